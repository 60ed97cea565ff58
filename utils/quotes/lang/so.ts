/**
 * Somali: the focus particle `ayaa` fused with a subject pronoun (`ayuu` he, `ayay`/`ayey` she or they) stands before the
 * verb. After a quote `,” ayuu yiri X.` (said X), `,” ayay tiri X.` (she said), `,” ayuu yiri.` (the person just quoted),
 * `,” sidaas waxaa yiri X.` (so said X); before one `X ayaa yiri: “…”`, `X, oo ah <who he is>, ayaa sheegay: “…”`,
 * `Wuxuu yiri: “…”` / `Waxa uu sheegay: “…”` / `Wuxuu intaa ku daray: “…”` (he said, he added), and `Sida uu sheegay X,`
 * (according to X). Names run to three words (given, father's, grandfather's); an office (`Guddoomiyaha` chairman,
 * `Wasiirka` minister) written before the name is its role.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying, his form and hers: said (yiri, sheegay), added (raaciyay, ku daray), mentioned, pointed out, asked, answered, stressed, repeated. */
const SAY = '(?:yiri|yidhi|tiri|tidhi|sheegay|sheegtay|raaciyay|raacisay|ku\\s+daray|ku\\s+dartay|xusay|xustay|tilmaamay|tilmaantay|weydiiyay|weydiisay|ku\\s+jawaabay|ku\\s+jawaabtay|caddeeyay|caddeysay|ku\\s+celiyay|ku\\s+celisay|ku\\s+nuuxnuuxsaday|carabka\\s+ku\\s+adkeeyay)';
/** The focus particle, alone or with the pronoun fused (he, she, they), or `buu`/`bay` after a fronted word. */
const FOCUS = '(?:ayuu|ayay|ayey|ayaa|buu|bay)';
/** Words between the particle and the verb: to that (intaa), also (sidoo kale), to someone (u), in (ku). */
const BETWEEN = '(?:(?:intaa|intaas|sidan|sidaan|sidoo\\s+kale|haddana|markale|u|ku)\\s+)*';
/** "He/she said" opening a sentence: `Wuxuu`, `Waxa uu`, `Waxay`, `Waxa ay` (the subject in the pronoun). */
const PRONOUN_OPENING = '(?:Wuxuu|Waxa\\s+uu|Waxaa\\s+uu|Waxay|Waxa\\s+ay|Waxaa\\s+ay|(?:Isagu|Iyadu|Isaga|Iyada)\\s+(?:wuxuu|waxay)|(?:Ayuu|Ayay)|Sidoo\\s+kale\\s+(?:wuxuu|waxay))';
/**
 * Offices and occupations written before a name (chairman, minister, commander, mayor, spokesperson, director, manager, MP,
 * governor, secretary, teacher, doctor, engineer, lawyer, officer, Dr, Mr, Mrs).
 */
const OFFICE = /^(?:(?:Xoghayaha|Macallin|Macallinka|Macallimad|Macallimadda|Dhakhtar|Dhakhtarka|Dhakhtarad|Injineer|Injineerka|Qareen|Qareenka|Sarkaalka|Guddoomiyaha|Gudoomiyaha|Guddoomiye|Wasiirka|Wasiir|Taliyaha|Duqa|Afhayeenka|Agaasimaha|Maareeyaha|Xildhibaan|Xildhibaanka|Madaxweynaha|Madaxweyne|Ku-xigeenka|Gudoomiye|Guddoomiye-ku-xigeenka|Badhasaabka|Maayarka|Dr\.?|Mudane|Marwo|Jaalle|Ustaad)(?:\s+\p{Ll}[\p{L}'’-]*)*\s+)+/u;
/** A definite noun for a person, his (`afhayeenku`, `guddoomiyuhu`, `wasiirka`) or hers (`macallimaddu`): the one the text gave that office. */
const DEFINITE_NOUN = /^(\p{Ll}[\p{L}'’-]*(?:ka|ga|ha|ku|gu|hu|da|ta|du|tu|dha|dhu))(?![\p{L}])/u;
/** Words after the verb that say how or when, not who: while he/she (isagoo, iyadoo), then, today, to the press. */
const NO_SUBJECT = /^(?:isagoo|iyadoo|iyagoo|isaga|iyada|kadib|markii|maanta|shalay|xalay|intaa|sidoo|haddana|warbaahinta|wariyeyaasha)(?![\p{L}])/u;
/** Nouns heading a body's name (a government, ministry, committee, company, the police): no person. */
const BODY = /^(?:Dowladda|Dawladda|Wasaaradda|Maamulka|Guddiga|Shirkadda|Ururka|Hay'adda|Hay’adda|Ciidamada|Booliska|Golaha|Baarlamaanka|Xisbiga|Jaamacadda|Isbitaalka|Bangiga|Degmada|Gobolka)(?![\p{L}])/u;

/** Titles abbreviated with a point before a name: Dr, Prof, Eng, Sheikh (`Sh.`), Gen, Col, Hon (`Mud.`). */
const TITLE_ABBREVIATION = /^\s*(?:Dr|Prof|Eng|Ing|Sh|Gen|Col|Mud)\.\s+(?=\p{Lu})/u;
/** `ayay u sheegtay X` (she told X): after `u` and a verb of telling, the words name who was told, never the teller. */
const TOLD = /\su\s+(?:sheegay|sheegtay|yiri|yidhi|tiri|tidhi)\s*$/u;
/**
 * `<phrase> ayuu ku yiri: “…”` (at/in <phrase> he said): with the pronoun fused to the focus and `ku` (in, at, to) before
 * the verb, the fronted words are where or to whom it was said; the subject is the pronoun.
 */
const ADJUNCT_FRONTED = /\s(?:ayuu|ayay|ayey|buu|bay)\s+ku\s+(?:yiri|yidhi|tiri|tidhi|sheegay|sheegtay)\s*:?\s*$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  tag: new RegExp(`^[\\s,]*${FOCUS}\\s+${BETWEEN}${SAY}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  // (`,” sidaas waxaa yiri X.`, `,” waxaa sidaas yiri X.`: so said X.)
  soSaid: new RegExp(`^[\\s,]*(?:sidaas|sidaa)\\s+(?:waxaa|waxa)\\s+${SAY}\\s+|^[\\s,]*(?:waxaa|waxa)\\s+sidaas\\s+${SAY}\\s+`, 'u'),
  // (`,” X ayaa yiri.`: the name first, then the particle and verb.)
  nameFirst: new RegExp(`^[\\s,]*(${NAME_RUN})\\s+${FOCUS}\\s+${BETWEEN}${SAY}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*${FOCUS}\\s+${BETWEEN}${SAY}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)${PRONOUN_OPENING}\\s+${BETWEEN}${SAY}(?:\\s+(?:in|inuu|inay))?\\s*[:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|[.!?]\\s+)Sida\\s+(?:uu|ay)\\s+${SAY}\\s+([^.!?“”"]{2,120}?)\\s*,?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,240}?),?\\s+(?:${FOCUS}|wuxuu|waxay|waxa\\s+uu|waxa\\s+ay)\\s+${BETWEEN}${SAY}(?:\\s+[^.!?“”":]{1,60}?)?\\s*:\\s*$`, 'u'),
}));

/** The name a group of words holds, an office before it taken off; a run longer than three words keeps its last three. */
function somaliName(group: string): { name: string; office: string | null } | null {
  const words = group.trim();
  const office = OFFICE.exec(words)?.[0] ?? '';
  const rest = words.slice(office.length);
  if (BODY.test(rest) || !patterns().name.test(rest)) return null;
  const parts = rest.split(/\s+/u);
  // (`Wasiirka Beeraha,`: one capitalised word after an office is its portfolio, no name.)
  if (office && parts.length < 2) return null;
  // (`Wasiirka Beeraha X Y Z`: after an office, its capitalised complement and then the three words of the name.)
  const cut = office && parts.length > 3 ? parts.length - 3 : 0;
  const name = cleanName(parts.slice(cut).join(' '));
  const role = `${office}${parts.slice(0, cut).join(' ')}`.trim();
  return name ? { name, office: role || null } : null;
}

/**
 * `Guddoomiyaha X, Y Z W, oo ah …,`: the name among comma-set groups; a group before it, its office written before it, or
 * an `oo ah …` ("who is …") after it is the role. No name: the first group describes someone (`Nin … ah oo …`).
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  // (`Kulanka dabadiis, X oo aad u faraxsan ayaa sidan yiri:`: a name, then `oo` and the clause saying how they were.)
  const groups = subject.split(/,\s*/u).map((group) => group.trim().replace(/^(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})\s+oo\s+(?!ah\s)\S.*$/u, '$1')).filter(Boolean);
  const at = groups.findIndex((group) => somaliName(group) !== null);
  if (at < 0) {
    const first = groups[0];
    const noun = first ? DEFINITE_NOUN.exec(first)?.[1] : undefined;
    if (noun && noun === first) return officeDescriptor(noun);
    return first ? described(first) : null;
  }
  const found = somaliName(groups[at]!)!;
  const apposed = groups.slice(at + 1).find((group) => /^oo\s+ah\s/u.test(group))?.replace(/^oo\s+ah\s+/u, '');
  const role = [found.office, ...groups.slice(0, at), apposed].filter(Boolean).join(', ');
  const named = person(found.name, role || null);
  // (One word alone is the short form of a name the text gave in full.)
  if (named && !found.name.includes(' ')) named.loose = true;
  return named;
}

/** The words after a tag's verb: a name, an office's definite noun, how or when it was said, someone described. */
function tagSubject(rest: string): SpeakerPhrase | null {
  // (`ayay tiri Dr. X Y, oo ah …`: a title's abbreviation point ends no sentence.)
  const title = TITLE_ABBREVIATION.exec(rest)?.[0] ?? '';
  const words = (title + /^[^.!?;“”"\n]*/u.exec(rest.slice(title.length))![0]).trim();
  if (!words || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  if (/^\p{Lu}/u.test(head!)) {
    const found = somaliName(head!);
    if (!found) return BODY.test(head!) ? described(head!) : null;
    const apposed = after.find((group) => /^oo\s+ah\s/u.test(group))?.replace(/^oo\s+ah\s+/u, '');
    return person(found.name, [found.office, apposed].filter(Boolean).join(', ') || null);
  }
  const noun = DEFINITE_NOUN.exec(head!)?.[1];
  return noun && noun === head ? officeDescriptor(noun) : described(head!);
}

/** A frame ending `… ayuu ku yiri:`, whose subject is the pronoun: frames.ts gives it the sentence before too. */
export const isSomaliFrontedAdjunct = (frame: string): boolean => /\sku\s/u.test(frame) && ADJUNCT_FRONTED.test(frame);

/**
 * `X ayaa Isniintii ku dhawaaqay … . <a meeting he held> ayuu ku yiri: “…”`: the pronoun is the subject of the sentence
 * before, a name fronted by `ayaa`; null when that sentence has none.
 */
function subjectOfSentenceBefore(frame: string): SpeakerPhrase | null {
  const sentences = frame.trim().split(/(?<=[.!?])\s+/u);
  const before = sentences.length > 1 ? sentences[sentences.length - 2]! : '';
  const subject = /^([^.!?“”"]{2,160}?)\s+ayaa\s/u.exec(before)?.[1];
  const speaker = subject ? speakerIn(subject) : null;
  return speaker?.kind === 'name' && !speaker.pronoun ? speaker : null;
}

export const somali: LanguageCues = {
  applies: (frame) => /(?:^|[\s,])(?:ayuu|ayay|ayey|ayaa|buu|bay|wuxuu|waxay|waxaa|waxa|Wuxuu|Waxay|Waxaa|Waxa|Sida)(?=[\s:,.]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { tag, soSaid, nameFirst } = patterns();
    const named = nameFirst.exec(line)?.[1];
    if (named) {
      const found = somaliName(named);
      if (found) return person(found.name, found.office);
    }
    const verb = tag.exec(line) ?? soSaid.exec(line);
    if (verb && TOLD.test(` ${verb[0].trimEnd()}`)) return pronoun('they');
    return verb ? tagSubject(line.slice(verb[0].length)) : null;
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore } = patterns();
    // (`“…,” ayay tiri X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return somali.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    if (ADJUNCT_FRONTED.test(frame)) return subjectOfSentenceBefore(frame) ?? pronoun('they');
    const source = according.exec(frame)?.[1] ?? subjectBefore.exec(frame)?.[1];
    return source ? speakerIn(source) : null;
  },
};
