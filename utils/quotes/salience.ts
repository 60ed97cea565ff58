/**
 * Who "she", "they", "the senator" and "the 71-year-old" stand for, by salience.
 *
 * The salient people at a point of the text are, latest first, the subjects of the sentences before it (entities.ts
 * marks them: "Nia Okafor runs the farm.") and the speakers of the quotes before it. Rules:
 *   - "he"/"she" goes to the latest salient person whose gender fits (known and equal, or unknown), looking back over a
 *     few of them; so "she said" after a paragraph that introduces a new woman goes to her, not to a woman quoted
 *     earlier. Failing that, the latest person named at all whose gender is known to fit, then one who may fit.
 *   - "they" is never one person: it goes to a recent group subject ("Tom Reyes and Nia Okafor
 *     toured…") or plural description ("officials said"), else to nobody.
 *   - a subject another language leaves out (Spanish `, añadió.`, Japanese `と述べた`) goes to the
 *     latest salient person whatever their gender, failing that to the latest person named.
 *   - "the senator", "the treasurer": the latest person mentioned with that office or role, unless
 *     someone left unnamed with that noun ("a senior official said") was quoted since: then it stays as written;
 *     "the former president" needs a person written as former, "the president" one who is not.
 *   - "the CNN host" needs a role that says CNN: capitalised qualifiers must be in one of its roles.
 *   - "the 71-year-old": the person the text gave that age ("Ana Lopez, 71,"); none, no one.
 *   - "the mother of two" after "Nia Okafor, a mother of two,": the person the text described so; "the mother of two",
 *     "the father" without it: the latest salient person known to have that gender.
 *   Descriptions that match nothing stay descriptions ("a ministry spokeswoman", "the official").
 */

import { holdsOnlyUnder, opensWithSubordinateRank } from './subordinate-rank';
import { descriptionGender, pronounGender, type Gender, type Referent } from './coreference';
import { withoutArticle, type EntityBook, type Mention } from './entities';
import { isTitle, ORGANISATION_GROUP } from './names';
import { ROLE_NOUNS } from './roles';
import type { UnnamedIntroduction } from './unnamed-introduction';
import { statedRoleHolder } from './stated-role-holder';
import { introducedUnnamedSince } from './unnamed-since';
import { initialsOf, isAliasOffice } from './office-aliases';
import { describedSubjects } from './described-subjects';
import { introducedSubject } from './introduced-subject';
import { theyPronounPeople } from './stated-pronouns';

/** How many salient entries a pronoun looks back over before falling back to any mention. */
const LOOKBACK = 6;
/** How close (in characters) a person of known gender must stand before a latest subject of unknown gender to be preferred. */
const NEARBY = 200;
/** How many recent mentions the fallback looks over. */
const RECENT_MENTIONS = 20;
const OFFICE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', ceo: 'executive' };
/** Family words that describe a person already named by the gender they carry: "the mother of two". */
const EPITHETS: Record<string, Gender> = {
  mother: 'female', grandmother: 'female', widow: 'female', woman: 'female', mum: 'female', mom: 'female',
  father: 'male', grandfather: 'male', widower: 'male', man: 'male', dad: 'male',
  // (British and Australian copy's grandparents: "the proud gran", "the proud grandad".)
  gran: 'female', granny: 'female', grandma: 'female', nan: 'female', nanna: 'female', grandad: 'male', grandpa: 'male',
};
// "the mother of two", and tabloids' hyphenated "the mum-of-one": the head is the family word.
const DEFINITE = /^the\s+((?:[\p{L}\d’'-]+\s+){0,3}?)([\p{L}\d-]+?)(?:[\s-]+of[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?$/iu;
const AGE = /\b(\d{1,3})-year-old\b/;
/** Head nouns of the people papers quote without naming them: "the official" is not the person just named. */
const ANONYMOUS_NOUNS = new Set(
  ('official spokesman spokeswoman spokesperson source aide adviser advisor insider person staffer officer witness ' +
    'caller reader user poster commenter narrator voice statement report campaign group company agency ministry ' +
    'department government administration council committee court police').split(' '),
);
/** Nouns for people by their ending: "grazier", "teenager", "Dutchman", "novelist", "librarian". */
// "ace" and "hitman": tabloid sport copy's nouns for the player ("the footie ace said").
const PERSON_HEAD = /(?:[^e]er|ier|ger|or|ist|ian|man|woman|ant|ent|ee|teen|^ace)$/;
/** Nationalities sport and feature copy calls a person by: "said the Spaniard", "the Scot told reporters". */
const DEMONYMS = new Set(
  ('scot spaniard italian german portuguese brazilian argentine argentinian uruguayan colombian mexican american canadian ' +
    'australian aussie kiwi swede dane norwegian finn pole czech croatian serb serbian belgian swiss austrian greek turk ' +
    'nigerian ghanaian senegalese ivorian cameroonian egyptian moroccan algerian japanese korean chinese indian pakistani ' +
    'iranian israeli jamaican russian ukrainian icelander hungarian romanian bulgarian welsh irish french ' +
    // A Buddhist monk's title, written after his name and alone: "the Thera said".
    'thera').split(' '),
);
/** Public standing political copy names the famous by ("the billionaire mogul", "the CNN host"). */
const PUBLIC_FIGURES = new Set('member mogul billionaire tycoon magnate businessman businesswoman celebrity star front-runner frontrunner host anchor correspondent reporter columnist commentator pundit candidate nominee lawmaker legislator politician'.split(' '));

/**
 * Nouns sport and feature copy calls the one person it named by, which no ending marks as a person: where they are from
 * ("the Galway native", "the Ohio local", "the Kenyan expat") or where they stand in a career ("the youngster", "the
 * veteran", "the Wales international"); "the police boss" for the one in charge just named; "the dinner lady" (a title only capitalised).
 */
const EPITHET_HEADS = new Set('native local expat exile youngster veteran rookie international debutant boss lady'.split(' '));
/** Playing positions that are also written as titles ("Striker X"): no office, so "the striker" is the one player named. */
const POSITIONS = new Set('striker goalkeeper midfielder winger skipper defender forward keeper fullback'.split(' '));

interface Entry {
  at: number;
  referent: Referent;
  group?: string;
}

export class Salience {
  private readonly subjects: Mention[] = [];
  private readonly speakers: Entry[] = [];
  /** Unnamed people sentences open with (unnamed-introduction.ts), by description, with the gender their words give. */
  private readonly unnamed = new Map<string, Gender | null>(); private readonly singularThey: Set<string>;

  constructor(
    private readonly book: EntityBook,
    private readonly introductions: UnnamedIntroduction[] = [],
    text = '',
    isInside: (at: number) => boolean = () => false,
  ) {
    this.subjects.push(...book.mentions.filter((mention) => mention.subject)); this.singularThey = theyPronounPeople(text, book.mentions);
    for (const introduction of introductions) this.unnamed.set(introduction.phrase, introduction.gender);
    this.subjects.push(...describedSubjects(text, (phrase, at) => this.description(phrase, at), isInside)); // (after the named ones: resolved against them)
    this.subjects.sort((a, b) => a.at - b.at);
  }

  /**
   * `En 52-årig kvinna … – …, säger kvinnan.`: when the latest salient entry is an unnamed person a sentence
   * brought in and the gender fits, that person, kept as a description; else null.
   */
  unnamedLatest(at: number, gender: Gender | null): Referent | null {
    const latest = this.recent(at)[0];
    if (!latest || latest.referent.kind !== 'description' || !this.unnamed.has(latest.referent.name)) return null;
    return this.fits(latest.referent, gender) ? latest.referent : null;
  }

  /** A quote at `at` was attributed to `referent`: a speaker is salient for the pronouns after it. */
  noteSpeaker(referent: Referent, at: number, group?: string): void {
    this.speakers.push(group ? { at, referent, group } : { at, referent });
  }

  /** A one-word name in a script without capitals (山田, حسن): the fuller name of one of the last four speakers it belongs to. */
  fullerSpeaker(short: string): Referent | null {
    const belongs = (name: string) => (/\s/.test(name) ? name.split(/\s+/).includes(short) : name.startsWith(short));
    const seen = new Set<string>();
    for (let i = this.speakers.length - 1; i >= 0 && seen.size < 4; i--) {
      const { referent } = this.speakers[i]!;
      if (seen.has(referent.name)) continue;
      seen.add(referent.name);
      if (belongs(referent.name)) return referent;
    }
    // (Further back, the one speaker it belongs to, if only one: `北沢市長は` after several others were quoted.)
    const older = [...new Set(this.speakers.map((entry) => entry.referent.name))].filter(belongs);
    return older.length === 1 ? this.speakers.find((entry) => entry.referent.name === older[0])!.referent : null;
  }

  /**
   * `exclude`: a person the text rules out (the one who asked the question this quote answers).
   * `knownOverSpeaker`: in scripts that mark a woman (她, 그녀, 彼女) but seldom a man, a person of the pronoun's known
   * gender is surer than a speaker just quoted whose gender the text never gave (not than someone newly introduced).
   */
  pronoun(pronoun: string, at: number, exclude?: string, knownOverSpeaker = false): Referent | null {
    const recent = this.recent(at).filter((entry) => entry.referent.name !== exclude);
    if (/^they$/i.test(pronoun)) {
      for (const entry of recent.slice(0, 4)) {
        if (entry.referent.kind === 'name' && this.singularThey.has(entry.referent.name)) return entry.referent; // (`X, who uses they/them pronouns`: stated-pronouns.ts.)
        if (entry.group) return { name: entry.group, kind: 'name' };
        if (entry.referent.kind === 'description' && isPlural(entry.referent.name)) return entry.referent;
      }
      return null;
    }
    const gender = pronounGender(pronoun);
    const fits = (referent: Referent) => this.fits(referent, gender);
    const salient = recent.slice(0, LOOKBACK).find((entry) => fits(entry.referent));
    const knownGender = knownOverSpeaker && gender && salient && !this.genderOf(salient.referent) && this.speakers.includes(salient) ? recent.slice(0, LOOKBACK).find((entry) => this.genderOf(entry.referent) === gender) : undefined;
    if (knownGender) return knownGender.referent;
    // `Her father, Mark Dawson, said … Kaylee fed him twice a day. "…," he said`: one whose gender the text gave, newly
    // introduced just before a latest subject it did not and who was met earlier, is surer than that subject.
    // (A person introduced last, of unknown gender, stays the one "she" is: the new woman, not the one before.)
    // (Only the person just before that subject: `Trump told reporters …. Cruz brushed it off. "…," he said` skips no one for a man quoted earlier.)
    const before = salient && gender && !this.genderOf(salient.referent) ? recent.find((entry) => entry.at < salient.at && entry.referent.name !== salient.referent.name) : undefined;
    // (A description is never "newly introduced" by its first name: "the spokesman" quoted before "Daniel Koh said …" is not surer.)
    // (Not the one quoted last: `«…», versicherte er.` then `Gisler kündigte … an. «…», sagte er.` is a new turn, the subject's;
    // nor over the one just quoted with no one named since: `Greer's reply: "…"` then `He also refused …. "…," he said`.)
    const lastQuoted = this.speakers.filter((entry) => entry.at < at).at(-1);
    const quotedLast = lastQuoted?.referent.name === before?.referent.name || (!!lastQuoted && lastQuoted.referent.name === salient?.referent.name && !this.mentionsBefore(at).some((mention) => mention.at > lastQuoted.at && mention.name !== lastQuoted.referent.name));
    const surer = before && !quotedLast && before.referent.kind === 'name' && before.at > salient!.at - NEARBY && this.genderOf(before.referent) === gender && this.firstAt(before.referent.name) > this.firstAt(salient!.referent.name) ? before : undefined;
    if (surer) return surer.referent;
    const nearer = salient && gender ? this.nearerKnown(salient, recent[0], gender, at, exclude) : null;
    if (nearer) return nearer;
    if (salient) return salient.referent;
    const named = this.mentionsBefore(at).slice(-RECENT_MENTIONS).filter((mention) => mention.name !== exclude).map((mention): Referent => ({ name: mention.name, kind: 'name' }));
    const known = named.filter((referent) => gender && this.genderOf(referent) === gender).at(-1);
    return known ?? named.filter(fits).at(-1) ?? null;
  }

  /**
   * `Mr. Haddad praised Ms. Whitfield. "…," she said`: the latest subject does not fit, so "she" would
   * reach back to an older subject the text gave no gender; a person named since that subject (an
   * object) whom the text made a woman is surer. Only when the pronoun had to skip the latest subject.
   */
  private nearerKnown(salient: Entry, latest: Entry | undefined, gender: Gender, at: number, exclude?: string): Referent | null {
    if (!latest || latest === salient || this.genderOf(salient.referent)) return null;
    const since = this.mentionsBefore(at).filter((mention) => mention.at > salient.at && mention.name !== exclude && mention.name !== salient.referent.name);
    const known = since.filter((mention) => this.genderOf({ name: mention.name, kind: 'name' }) === gender).at(-1);
    return known ? { name: known.name, kind: 'name' } : null;
  }

  /** A subject the language left out (cues.ts `dropped`): the latest salient person, whatever their gender. */
  dropped(at: number): Referent | null {
    const salient = this.recent(at)[0];
    if (salient) return salient.referent;
    const named = this.mentionsBefore(at).at(-1);
    return named ? { name: named.name, kind: 'name' } : null;
  }

  /** The person a definite description stands for, or null to keep the description. */
  description(phrase: string, at: number): string | null {
    const match = DEFINITE.exec(phrase.trim());
    if (!match) return null;
    // "Nia Okafor, a mother of two," ... "the mother of two said": the text described her so.
    const described = this.mentionsBefore(at).reverse().find((mention) => this.book.entities.get(mention.name)?.descriptions.has(withoutArticle(phrase)));
    if (described) return described.name;
    const head = (match[2] ?? '').toLowerCase();
    const office = OFFICE_ABBREVIATIONS[head] ?? head;
    if (ROLE_NOUNS.has(office) || isTitle(office)) {
      const qualifiers = (match[1] ?? '').split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
      // "the chief justice" is not the justice named last: a rank before the office must be the holder’s too.
      const ranks = (match[1] ?? '').toLowerCase().split(/\s+/).filter((word) => RANKS_BEFORE_OFFICE.has(word));
    const holder = this.mentionsBefore(at)
      .reverse()
      .find((mention) => {
        const person = this.book.entities.get(mention.name);
        const roles = person?.roles.map((entry) => entry.role) ?? [];
        // "the former president" is not the president, nor "the president" the former one.
        const former = roles.length > 0 && roles.every((role) => /\bformer\b/i.test(role));
        // ("the Nationals MP" is the one introduced as "Member for …": a legislator's letters stand for "member"; that
        // form names a seat, never a party, so the party before the letters cannot conflict with it.)
        const seatHolder = !person?.offices.has(office) && LEGISLATOR_LETTERS.test(office) && !!person?.offices.has('member') && roles.some((role) => /^Member\s+(?:for|of)\s/u.test(role));
        const ranked = ranks.every((rank) => person?.offices.has(rank) || roles.some((role) => role.toLowerCase().split(/[\s-]+/).includes(rank))) && (ranks.length > 0 || !holdsOnlyUnder(roles, office));
        return (person?.offices.has(office) || seatHolder || isAliasOffice(office, roles)) && (seatHolder || !qualifiersConflict(qualifiers, roles)) && ranked && former === /\bformer\b/i.test(match[1] ?? '');
      });
      // "a senior official said …" and later "the official said": the unnamed one, quoted since the named holder was last mentioned.
      if (holder && !this.describedSpeakerSince(head, holder.at, at) && !introducedUnnamedSince(this.introductions, head, holder.at, at)) return holder.name;
    }
    // "Her long-time trainer, Colin Baird," … "the trainer said": a noun the text itself gave someone as a role (stated-role-holder.ts).
    const stated = statedRoleHolder(phrase, at, this.book, this.mentionsBefore(at), this.introductions, (noun) => ANONYMOUS_NOUNS.has(noun) || !!EPITHETS[noun], (noun, from, to) => this.describedSpeakerSince(noun, from, to));
    if (stated) return stated;
    // "X, deputy commissioner of Chandpur, … the DC told reporters": an office's initials (`The CEC said`; `Agriculture CEC Member X`: letters as a word).
    const initials = /^[Tt]he\s+(\p{Lu}{2,4})$/u.exec(phrase.trim())?.[1];
    // (`the MCE` after `the Elmina Municipal Chief Executive, X`, `the CS` after `Transport Cabinet Secretary X`: letters may leave a place or portfolio out, two no rank.)
    const initialsFit = (role: string) => initialsOf(role) === initials || ((initials!.length >= 3 || !opensWithSubordinateRank(role)) && initialsOf(role).endsWith(initials!)) || role.split(/\s+/u).some((word) => word.replace(/^\((.+)\)$/u, '$1') === initials); // (`Superintendent of Police (SP)`)
    const initialled = initials ? this.mentionsBefore(at).reverse().find((mention) => this.book.entities.get(mention.name)?.roles.some((entry) => initialsFit(entry.role))) : undefined;
    if (initialled) return initialled.name;
    const age = AGE.exec(phrase);
    if (age) {
      const aged = this.mentionsBefore(at).reverse().find((mention) => this.book.entities.get(mention.name)?.age === Number(age[1]));
      if (aged) return aged.name;
    }
    const gender = age ? null : EPITHETS[head];
    if (!gender) return null;
    // A family word names the latest salient person known to have that gender; unknown is not enough.
    const salient = this.recent(at)
      .slice(0, LOOKBACK)
      .find(({ referent }) => referent.kind === 'name' && this.genderOf(referent) === gender);
    return salient?.referent.name ?? null;
  }

  /**
   * "the Bethanga grazier said", "said the Dutchman", "the retired teacher said", "the 63-year-old
   * says" (when the text gave nobody that age): a description no office, age or earlier description ties to anyone stands for the one person named between `from`
   * (the paragraph that introduces the speaker) and the quote, when there is exactly one (for a noun no office, one subject opening them who speaks: `X said
   * he voted for Y. "…," the retired rancher said`) and no unnamed speaker was quoted there. Nouns for people papers do not name ("the official", "the
   * source"), offices ("the senator") and public standing ("the mogul", "the host") stay as written here: political copy refers to
   * the famous that way (a party or seat the person's own introduction carries ties them first, introduced-tie.ts).
   */
  soleNamed(phrase: string, from: number, at: number, text = ''): string | null {
    const match = DEFINITE.exec(phrase.trim());
    const written = match?.[2] ?? '';
    const head = written.toLowerCase();
    if (!match || OFFICE_ABBREVIATIONS[head] || (isTitle(head) && !POSITIONS.has(head) && !EPITHET_HEADS.has(head)) || ANONYMOUS_NOUNS.has(head) || PUBLIC_FIGURES.has(head) || isPlural(head)) return null;
    // "the port operator" named beside an organisation is that organisation, no person.
    if (ORGANISATION_GROUP.test(phrase.trim())) return null;
    // A capitalised head is an organisation or a place ("the American Enterprise Institute"), save a demonym ("the Dutchman").
    // After an age, a capitalised word shaped like a nationality is one too ("the 31-year-old Antiguan", "the 24-year-old Surinamese").
    const agedDemonym = AGE.test(phrase) && /(?:an|ese|i|er)$/.test(head);
    if (/^\p{Lu}/u.test(written) && !/(?:man|woman)$/.test(written) && !DEMONYMS.has(head) && !agedDemonym) return null;
    // The head must be a noun for a person: "the board", "the commission" are bodies.
    if (!ROLE_NOUNS.has(head) && !PERSON_HEAD.test(head) && !AGE.test(phrase) && !EPITHETS[head] && !DEMONYMS.has(head) && !agedDemonym && !EPITHET_HEADS.has(head)) return null;
    if (this.speakers.some((entry) => entry.at >= from && entry.at < at && entry.referent.kind === 'description')) return null;
    // ("… who has used the Cold Spring branch since 1994": a run the text writes after "the" names a thing, no person.)
    const inParagraph = this.mentionsBefore(at).filter((mention) => mention.at >= from && !mention.qualifier && !/(?:^|\s)the\s+$/u.test(text.slice(Math.max(0, mention.at - 5), mention.at)));
    const named = new Set(inParagraph.map((mention) => mention.name));
    const people = AGE.test(phrase) ? [...named].filter((name) => !/^\p{Lu}{2,4}\s/u.test(name)) : []; // (an age is no club's, `FC Y`, `AC`, `SV`)
    // (The one subject that speaks, not the first name, `Residents of Cove Bay …. Retired schoolteacher X, who …, said`; an office only if written as its role.)
    const speaking = inParagraph.filter((mention) => mention.subject && /^[^,.;:!?"“”]{0,40}?(?:,[^,.;:!?"“”]{1,80},){0,2}\s+(?:said|says|told|tells)\s/u.test(text.slice(mention.at, mention.at + 220)));
    const opener = new Set(speaking.map((mention) => mention.name)).size === 1 && (!ROLE_NOUNS.has(head) || text.slice(Math.max(0, speaking[0]!.at - 30), speaking[0]!.at).trimEnd().toLowerCase().endsWith(head)) ? speaking[0]!.name : null;
    const sole = named.size === 1 ? [...named][0]! : people.length === 1 ? people[0]! : (opener ?? (AGE.test(phrase) ? introducedSubject(this.book, inParagraph, from, text) : null));
    // "the mother", "the mum-of-one": a family word for the one person named, when the text gave that person no gender (else `described` took one); with an age `described` reads no gender: `the 47-year-old grandmother` is the one woman named.
    // ("Coach Dunn praised the side. '…,' said the striker": a person the text gave another role is not the player.)
    const soleRoles = sole ? (this.book.entities.get(sole)?.roles ?? []) : [];
    // (A skipper is the side's captain: `Zimbabwe captain X` … `the skipper said`.)
    if (POSITIONS.has(head) && soleRoles.length > 0 && !soleRoles.some((entry) => entry.role.toLowerCase().includes(head) || (head === 'skipper' && /captain/u.test(entry.role.toLowerCase())))) return null;
    // ("the TIMB boss", "the Chelsea boss": the body a boss is written with must be in the person's role.)
    const bossOf = head === 'boss' ? (match[1] ?? '').split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)) : [];
    if (bossOf.length > 0 && !soleRoles.some((entry) => bossOf.every((word) => entry.role.includes(word)))) return null;
    const epithet = EPITHETS[head];
    if (epithet && (!sole || (this.book.entities.get(sole)?.gender ?? epithet) !== epithet || (!AGE.test(phrase) && this.book.entities.get(sole)?.gender))) return null;
    // "Ruth Adler, 71," is not "the 45-year-old".
    const age = AGE.exec(phrase);
    const known = sole ? this.book.entities.get(sole)?.age : null;
    return age && known != null && known !== Number(age[1]) ? null : sole;
  }

  /**
   * `», dijo el atacante de 23 años`, `a lancé l’élue de 54 ans`: the person the text gave that age, else the one person
   * named between `from` (the introducing paragraph) and the quote, when no unnamed speaker was quoted there, the text
   * gave that person no other age and the description's gender does not contradict theirs.
   */
  agedOrSole(age: number, gender: Gender | null, from: number, at: number, writtenGender: (at: number) => Gender | null = () => null): string | null {
    const aged = this.mentionsBefore(at).reverse().find((mention) => this.book.entities.get(mention.name)?.age === age);
    if (aged) return aged.name;
    if (this.speakers.some((entry) => entry.at >= from && entry.at < at && entry.referent.kind === 'description')) return null;
    const named = new Set(this.mentionsBefore(at).filter((mention) => mention.at >= from).map((mention) => mention.name));
    const sole = named.size === 1 ? [...named][0]! : null;
    if (!sole || this.book.entities.get(sole)?.body) return null;
    const known = this.book.entities.get(sole)?.age;
    // (`A treinadora Marta Vidal`: the article of the role written before the name gives a gender the book may not hold yet.)
    const first = this.book.mentions.find((mention) => mention.name === sole);
    const soleGender = this.genderOf({ name: sole, kind: 'name' }) ?? (first ? writtenGender(first.at) : null);
    return (known != null && known !== age) || (gender && soleGender && soleGender !== gender) ? null : sole;
  }

  /** Whether a speaker described with the head noun `head` ("a spokesman for the mayor") was quoted between `from` and `to`. */
  private describedSpeakerSince(head: string, from: number, to: number): boolean {
    return this.speakers.some((entry) => entry.at > from && entry.at < to && entry.referent.kind === 'description' && headNoun(entry.referent.name) === head);
  }

  private fits(referent: Referent, gender: Gender | null): boolean {
    // "Velmar Energy, the nation's largest coal company," is no "he".
    if (gender && referent.kind === 'name' && this.book.entities.get(referent.name)?.body) return false;
    const known = this.genderOf(referent);
    if (!gender || known) return !gender || known === gender;
    if (this.unnamed.has(referent.name)) return true;
    // "he" is one person: "a spokesman" or "the official" may be him, "Police" or "officials" not.
    return referent.kind === 'name' || /^(?:an?|one|another|the)\s+.*[^s]$/i.test(referent.name);
  }

  private genderOf(referent: Referent): Gender | null {
    if (referent.kind === 'description') return this.unnamed.get(referent.name) ?? descriptionGender(referent.name);
    return this.book.entities.get(referent.name)?.gender ?? this.book.genders.get(referent.name) ?? null;
  }

  /** Subjects and speakers before `at`, latest first. */
  private recent(at: number): Entry[] {
    const subjects = this.subjects.filter((mention) => mention.at < at).slice(-LOOKBACK * 2);
    const speakers = this.speakers.filter((entry) => entry.at < at).slice(-LOOKBACK * 2);
    const unnamed = this.introductions.filter((introduction) => introduction.at < at).slice(-LOOKBACK).map((introduction): Entry => ({ at: introduction.at, referent: { name: introduction.phrase, kind: 'description' } }));
    const entries: Entry[] = [...subjects.map((mention): Entry => ({ at: mention.at, referent: { name: mention.name, kind: 'name' }, group: mention.group })), ...speakers, ...unnamed];
    return entries.sort((a, b) => b.at - a.at);
  }

  /** The one person named between `from` and `at`, when no one unnamed spoke there and their known gender fits. */
  soleSince(from: number, at: number, gender: Gender | null): string | null {
    if (this.speakers.some((entry) => entry.at >= from && entry.at < at && entry.referent.kind === 'description')) return null;
    const named = new Set(this.mentionsBefore(at).filter((mention) => mention.at >= from).map((mention) => mention.name));
    const sole = named.size === 1 ? [...named][0]! : null;
    // (`O Ministério do Mar justifica …`: a body opening with its article is no person a tag's noun stands for.)
    if (!sole || this.book.entities.get(sole)?.body || /^(?:O|A|Os|As|El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das)\s|^L[’']/u.test(sole)) return null;
    const known = this.genderOf({ name: sole, kind: 'name' });
    return gender && known && known !== gender ? null : sole;
  }

  /** Where a person is first mentioned; Infinity for one the text never names (a description). */
  private firstAt(name: string): number {
    return this.book.mentions.find((mention) => mention.name === name)?.at ?? Infinity;
  }

  private mentionsBefore(at: number): Mention[] {
    const mentions = this.book.mentions;
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (mentions[middle]!.at < at) low = middle + 1;
      else high = middle;
    }
    return mentions.slice(Math.max(0, low - 200), low);
  }
}

/** "the CNN host" needs a person whose role says CNN: capitalised qualifiers must be found in a role. */
const LEGISLATOR_LETTERS = /^(?:mp|msp|mla|mca|mep)$/;
/** Ranks written before an office that make it another post: chief justice, deputy mayor, vice chair, acting director. */
const RANKS_BEFORE_OFFICE = new Set(['chief', 'deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'lieutenant']);

function qualifiersConflict(qualifiers: string[], roles: string[]): boolean {
  return qualifiers.some((qualifier) => !roles.some((role) => role.split(/\s+/).includes(qualifier)));
}

/** The noun a description is about: "official" in "a senior administration official", "spokesman" in "a spokesman for the mayor". */
function headNoun(description: string): string {
  const words = description.toLowerCase().split(/\s+(?:for|of|at|with|in|from|to|on|who|whose|which|that)\s+/)[0]!.split(/\s+/);
  return words.at(-1) ?? '';
}

const isPlural = (description: string): boolean => /s$/i.test(description.trim()) && !/(?:ss|us|is)$/i.test(description.trim());
