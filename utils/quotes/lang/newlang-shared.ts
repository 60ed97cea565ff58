/**
 * What the newlang modules (nl, pl, sv, ro, cs, id, el) share on top of latin.ts. These languages
 * write roles without an article (`radny X`, `rektorn X`), so the reader takes any lower-case words
 * after a verb for a description; here only words holding a role noun stay one (`twierdzi radna`),
 * and other words after the verb (`– powiedział w poniedziałek`, `katanya sambil tertawa`) mean the
 * subject was left out.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, NAME_RUN } from '../names';
import { isNewLanguageAgentNoun, isNewLanguageRoleNoun, roleInRelativeClause } from './newlang-roles';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { readAfter } from './adjacent';

// (`siger anklager Louise Brandt`: a lower-case agent noun there is a role too, by its shape.)
const hasRoleNoun = (words: string) => words.split(/\s+/u).slice(0, 3).some((word) => isNewLanguageAgentNoun(word));

/**
 * `twierdzi radna`, `zegt de boer`, `śmiał się bohater Orła`: a role noun alone (with its article or
 * one complement) stands for the person just named, like a pronoun.
 */
export function roleAnaphor(article?: RegExp): { test(words: string): boolean } {
  return {
    test: (words) => {
      const tokens = words.replace(article ?? /^$/u, '').trim().split(/\s+/u);
      // (`liderul de sindicat`: the noun and one lower-case word after "of" are still the office (`radny z Lublina` is a place); not Romanian's spokesperson,
      // `purtătoarea de cuvânt`, "bearer of the word", who speaks for a body, spokesperson.ts.)
      // (Greek makes "of" a genitive article: `ο πρόεδρος του συνεταιρισμού`, the body in lower case, is the office too.)
      const short = tokens.length <= 2 || (tokens.length === 3 && /^(?:de|din|van|z|od|του|της|των)$/u.test(tokens[1]!) && /^\p{Ll}/u.test(tokens[2]!) && !/^purtăt/u.test(tokens[0]!));
      return short && /^\p{Ll}/u.test(tokens[0] ?? '') && isNewLanguageRoleNoun(tokens[0] ?? '');
    },
  };
}

/** `Starosta Dolní Lhoty Martin Kučera`: of three capitalised words or more after a role, the first are the role's place. */
function placeToRole(found: SpeakerPhrase): SpeakerPhrase {
  const words = found.phrase.split(/\s+/u);
  if (!found.role || words.length < 3 || words.some((word) => !/^\p{Lu}/u.test(word))) return found;
  return person(words.slice(-2).join(' '), `${found.role} ${words.slice(0, -2).join(' ')}`, found.gender) ?? found;
}

/**
 * `Volgens Lotte Hoekstra is de grutto "…"`, `Enligt Lars Engström är beslutet ”…”`: in a verb-second
 * language the verb follows the source at once, with no comma to close it.
 */
function sourceOpening(according: string) {
  const pattern = lazy(() => new RegExp(`^(?:${according})\\s+(${NAME_RUN})\\s+\\p{Ll}`, 'u'));
  // (`Ifølge fylkesrådet er prisene «…»`: an office in lower case, made definite, then the verb: whom the text introduced with it.)
  // (`Volgens de schepen gaat het om ‘…’`: a Dutch office after its article, then the verb, the same.)
  const office = lazy(() => new RegExp(`^(?:${according})\\s+(?:(?:de|het)\\s+)?(\\p{Ll}[\\p{L}-]{3,})\\s+\\p{Ll}`, 'u'));
  return (frame: string): SpeakerPhrase | null => {
    const trimmed = frame.trim();
    const match = pattern().exec(trimmed);
    const officeNoun = match ? null : office().exec(trimmed)?.[1];
    if (officeNoun && isNewLanguageRoleNoun(officeNoun)) return officeDescriptor(officeNoun.toLowerCase());
    if (!match) return null;
    // `Enligt Trafikverkets presschef Johan Ek orsakades …`: a capitalised owner, then a role noun: the name follows the role.
    const rest = trimmed.slice(match[0].length - 1);
    const noun = /^\p{Ll}[\p{L}-]*/u.exec(rest)?.[0] ?? '';
    if (noun && isNewLanguageAgentNoun(noun)) {
      const owned = OWNED_NAME().exec(rest.slice(noun.length));
      const name = owned ? cleanName(owned[1]!) : '';
      return name ? person(name, `${match[1]} ${noun}`) : null;
    }
    const name = cleanName(match[1]!);
    return name ? person(name) : null;
  };
}

/** `… pentru Cronica Y:`, `… voor Radio Z:`: a recipient preposition and a capitalised run closing a frame before its colon. */
const RECIPIENT_BEFORE_COLON = /\s(?:pentru|voor|för|for|til|dla|pro|kepada|tegen)\s+(\p{Lu}[^:,;.!?]{1,40}?)\s*:\s*$/u;

const OWNED_NAME = lazy(() => new RegExp(`^\\s+(${NAME_RUN})\\s+\\p{Ll}`, 'u'));

/** Words opening a description of someone left unnamed: a person, someone, one of, a source. */
const UNNAMED_PERSON = /^(?:osoba|ktoś|jeden|jedna|źródło|persoana|cineva|unul|una|o\s+sursă|o\s+persoană|någon|en\s+källa|iemand|een\s+bron|en\s+kilde|nogen|noen|někdo|zdroj|jeden|jedna|biri|bir\s+kaynak|seseorang|sumber|salah\s+seorang|ένας|μία|μια|πηγή)(?![\p{L}])/iu;

/** A conjunction and one lower-case verb (maybe reflexive) closing a tag: `og ler.`, `och skrattar.`, `en lacht.` */
const JOINED_VERB = /\s+(?:og|och|en|i|a|și|dan)\s+\p{Ll}+(?:\s+(?:seg|sig|się|se|zich))?\s*([.!?]?)\s*$/u;

/** A role read before a name that ends in "from"/"in"/"at": the name is a place (`radny z Lublina`). */
const PLACE_PREPOSITION_END = /(?:^|\s)(?:z|ze|w|we|din|în|från|fra|i|iz|u|v|ve|od|van|uit|la|na|vo)$/u;
/** A Greek article and an agent noun by its ending (`ο αγρότης`, `η ψηφοφόρος` is left out: -ος is every noun's). */
const GREEK_AGENT_ROLE = /^(?:ο|η)\s+\p{Script=Greek}{3,}(?:της|τής|τρια|τρία|ίστρια|ιστής|ιστας|εύς)$/u;
/** An indefinite article, a noun, "from" and a capitalised place: `en granne från Storby`, `een bewoner uit Zwolle`. */
const FROM_PLACE = /^(?:en|ett|ei|et|een|ein|eine|o|un|una|jeden|jedna)\s+\p{Ll}+\s+(?:från|fra|uit|aus|z|ze|din|iz|iš)\s+\p{Lu}/u;
/** A club or place in the genitive (`Warty`, `Wisły`, `Dolnej`, `Lhoty`): an ending no given name in the nominative has. */
const OBLIQUE_PLACE = /\p{Ll}(?:y|ej|ego|ych|ich|ów|ii)$/u;
/** A verb and two to seven lower-case words closing the tag, nothing capitalised (Latin script: Greek reads its own). */
const BARE_VERB_AND_WORDS = /^([\s,–—-]*\p{Script=Latin}+)((?:\s+\p{Ll}[\p{Ll}-]*){1,7})\s*[.!?]?\s*$/u;
/** Prepositions opening an adjunct after the verb: `po vynesení rozsudku`, `podczas sesji`, `după ședință`, `tijdens de raad`. */
const ADJUNCT_PREPOSITION = /^\s*(?:po|na|w|we|v|ve|podczas|při|pri|během|počas|przed|před|pred|dla|pro|pre|za|după|la|în|pe|på|efter|under|vid|ved|etter|tijdens|bij|op|dalam|saat|usai|setelah|seusai)\s/u;
/** A role read before a name that ends in "to": the name is whom the words were said to. */
const SAID_TO_END = /\s+(?:till|til|tegen|aan)$/u;
const NAME_BEFORE_APPOSITIVE = /(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+),\s+([^,;:„“”"«»]{2,60}),\s*\p{Ll}/u;

function placeAfterRole(frame: string, found: SpeakerPhrase): SpeakerPhrase | null {
  const before = NAME_BEFORE_APPOSITIVE.exec(frame);
  const name = before && before[2]!.includes(found.phrase) ? cleanName(before[1]!) : '';
  return name ? person(name, before![2]!.trim()) : null;
}

// (`a precizat directorul Direcției …, Sorin Matei.`: the name may close the sentence.)
const APPOSED_NAME = lazy(() => new RegExp(`^,\\s+(${NAME_RUN})(?=,|\\s*[.!?]?\\s*$|\\s+\\p{Ll})`, 'u'));

function apposedAfterBody(frame: string, found: SpeakerPhrase): SpeakerPhrase | null {
  const at = frame.indexOf(`${found.role} ${found.phrase}`);
  if (at < 0 || !hasRoleNoun(found.role!)) return null;
  const group = APPOSED_NAME().exec(frame.slice(at + found.role!.length + 1 + found.phrase.length));
  const name = group ? cleanName(group[1]!) : '';
  return name.includes(' ') ? person(name, `${found.role} ${found.phrase}`, found.gender) : null;
}

export function roleNounReading(cues: LanguageCues, options: { dropsSubject: boolean; placeAfterRole: boolean; according?: string }): LanguageCues {
  const opening = options.according ? sourceOpening(options.according) : () => null;
  // `– řekl po vynesení rozsudku novinářům.`: a known verb, then only lower-case words holding no role noun: the subject was left out.
  const leftOut = (frame: string): SpeakerPhrase | null => {
    const bare = options.dropsSubject ? BARE_VERB_AND_WORDS.exec(frame) : null;
    // (Only words opening with a preposition, an adjunct: `– mówiła jedna z mieszkanek`, `ανέφερε αρμόδιο στέλεχος` are subjects.)
    if (!bare || !ADJUNCT_PREPOSITION.test(bare[2]!) || bare[2]!.trim().split(/\s+/u).some((word) => isNewLanguageAgentNoun(word))) return null;
    const verb = cues.after(`${bare[1]}.`);
    return verb?.pronoun ? verb : null;
  };
  const keep = (found: SpeakerPhrase | null, after: boolean, frame: string): SpeakerPhrase | null => {
    if (!found) return null;
    // `säger kommunalrådet till Östersunds-Posten`, `zegt de burgemeester tegen Omroep West`: the run after a role noun and "to"
    // is whom it was said to; the role noun, read alone, stands for the speaker.
    if (after && found.kind === 'name' && found.role && !found.pronoun && SAID_TO_END.test(found.role) && hasRoleNoun(found.role)) {
      const again = cues.after(frame.replace(`${found.role} ${found.phrase}`, found.role.replace(SAID_TO_END, '')));
      // (`sier ordføreren til Radio Vest`: the role noun read alone may come back as a descriptor standing for the person, kept too.)
      return again && (again.kind !== 'name' || again.descriptor) ? keep(again, after, frame) : null;
    }
    // `mówił na konferencji prasowej trener Warty Tomasz Grabowski`: an adjunct read past took the role noun before the
    // name with it; a place or club in a case of its own opening three capitalised words goes back to that role.
    if (after && found.kind === 'name' && !found.pronoun && (!found.role || !hasRoleNoun(found.role))) {
      const words = found.phrase.split(/\s+/u);
      const at = frame.indexOf(found.phrase);
      const roleWord = at > 0 ? /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(frame.slice(0, at))?.[1] : undefined;
      if (roleWord && isNewLanguageRoleNoun(roleWord) && words.length === 3 && OBLIQUE_PLACE.test(words[0]!)) return person(words.slice(1).join(' '), `${roleWord} ${words[0]}`, found.gender) ?? found;
    }
    // `kata Manajer Persiga, Hendra Wiranata, dalam…`: an office over a body, then the person in a comma group of two names or more.
    const apposed = found.kind === 'name' && found.role && !found.pronoun ? apposedAfterBody(frame, found) : null;
    if (apposed) return apposed;
    // `Anna Kowal, zastępczyni burmistrza Lipowa, przyznaje, że`: a one-word run closing the appositive after a full name is the
    // place or body the office belongs to; the person is the name before the appositive.
    if (!after && found.kind === 'name' && found.role && !found.pronoun && !/\s/u.test(found.phrase)) {
      const appositive = NAME_BEFORE_APPOSITIVE.exec(frame);
      if (appositive && appositive[2]!.trim() === `${found.role} ${found.phrase}`) return placeAfterRole(frame, found) ?? found;
    }
    // `Jan Kowalski, radny z Lublina, powiedział:`, `Ion Popescu, consilier din Cluj,`: a run after a role and "from"/"in" is the
    // place; the person is the name before the appositive, or (`säger en granne från Storby`) the
    // person the words describe.
    if (found.kind === 'name' && found.role && PLACE_PREPOSITION_END.test(found.role)) return placeAfterRole(frame, found) ?? (/^\p{Ll}/u.test(found.role) ? described(`${found.role} ${found.phrase}`) : null);
    // `Menurut Siti Marlina, kenaikan harga adalah …`: lower-case words after a name are a role only with a role noun.
    // (`δήλωσε ο αγρότης X`: a Greek agent noun after its article is a role by its ending.)
    if (found.kind === 'name' && found.role && !found.descriptor && !hasRoleNoun(found.role) && !/^\p{Lu}/u.test(found.role) && !GREEK_AGENT_ROLE.test(found.role)) delete found.role;
    // `siger Kirsten Hald Mikkelsen (V), der er borgmester i Aabenraa Kommune`: the role in a relative clause after the name.
    const at = found.kind === 'name' && !found.pronoun && !found.role ? frame.indexOf(found.phrase) : -1;
    const relative = at >= 0 ? roleInRelativeClause(frame.slice(at + found.phrase.length)) : null;
    if (relative) return { ...found, role: relative };
    // `twierdzi radna`: the role noun standing for the person is their role too.
    if (found.descriptor && !found.role) {
      const role = frame.split(/[\s.,;:!?]+/u).find((word) => isNewLanguageRoleNoun(word));
      if (role) found.role = role;
    }
    // `– twierdzi osoba z zespołu, która prosi o anonimowość`, `säger en källa`: an unnamed person or source, no one named earlier.
    // (`säger en granne från Storby`: an indefinite noun from a named place describes one person, too.)
    if (found.kind === 'description' && (UNNAMED_PERSON.test(found.phrase) || FROM_PLACE.test(found.phrase))) return found;
    // (`opísala svoju skúsenosť Katarína Benková`: an object between the verb and a full name is no description; the name speaks.)
    const named = after && found.kind === 'description' ? readAfter(frame) : null;
    if (named && named.kind === 'name' && !named.pronoun && named.phrase.includes(' ')) return named;
    if (found.kind === 'description' && !hasRoleNoun(found.phrase)) return after && options.dropsSubject ? pronoun('they') : null;
    return options.placeAfterRole && found.kind === 'name' && !found.pronoun ? placeToRole(found) : found;
  };
  // `sier Haugland og ler.`, `säger hon och skrattar`: a second verb joined to the tag is no part of the name.
  const after = (frame: string) => keep(cues.after(frame), true, frame) ?? (JOINED_VERB.test(frame) ? keep(cues.after(frame.replace(JOINED_VERB, '$1')), true, frame) : null) ?? leftOut(frame);
  // (A source that is an office, `Ifølge fylkesrådet er …`, goes before the reader's description of the words after it.)
  const before = (frame: string) => {
    const source = opening(frame);
    if (source?.descriptor) return source;
    const found = keep(cues.before(frame), false, frame);
    // (`X, director de vânzări, a declarat pentru Cronica Y:`: a run after "for"/"to" closing the frame is whom it was said to;
    // read again without it.)
    const told = found?.kind === 'name' && !found.pronoun ? RECIPIENT_BEFORE_COLON.exec(frame) : null;
    if (told && told[1]!.includes(found!.phrase)) return keep(cues.before(`${frame.slice(0, told.index)}:`), false, frame) ?? source;
    return found ?? source;
  };
  return { ...cues, after, before };
}

/** `« je dodal.`, `« sta pojasnila.`: a Slovene auxiliary before the past participle closing the tag, its subject left out. */
export const SLOVENE_PAST_TAG = /^[\s,]*[—–-]?\s*(?:je|sta|so)\s+(\p{Ll}{2,}(?:l|la|li))\s*[.!]?\s*$/u;

/** The person the sentences before bring in (lang/newlang-introduced.ts); -la tells a woman, -l a man. */
export const slovenePast: LanguageCues = {
  applies: (frame) => SLOVENE_PAST_TAG.test(frame),
  after: (frame) => {
    const verb = SLOVENE_PAST_TAG.exec(frame)?.[1];
    return verb ? pronoun('they', verb.endsWith('la') ? 'female' : verb.endsWith('l') ? 'male' : undefined) : null;
  },
  before: () => null,
};

/** `Oikeudessa marraskuussa hän sanoi:`, `Hän lisäsi:`: Finnish "he/she" (one word for both) and its verb before the colon, maybe after adverbials. */
export const FINNISH_PRONOUN_BEFORE_COLON = /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+){0,2})?[Hh]än\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:$/u;
/** FINNISH_PRONOUN_BEFORE_COLON.test(text), its pronoun tested first with no \p class (Finnish words only: most text lacks `hän`). */
export function isFinnishPronounBeforeColon(text: string): boolean {
  return /[Hh]än\s/u.test(text) && FINNISH_PRONOUN_BEFORE_COLON.test(text);
}

/** The person the sentences before bring in (lang/newlang-introduced.ts), never a name `Hän`. */
export const finnishPronoun: LanguageCues = {
  applies: (frame) => isFinnishPronounBeforeColon(frame.trimEnd()),
  after: () => null,
  before: (frame) => (isFinnishPronounBeforeColon(frame.trimEnd()) ? pronoun('they') : null),
};

