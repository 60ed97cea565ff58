/**
 * Afrikaans: after a quote `,” sê X.`, `,” vra sy.`, `,” voeg hy by.` (separable: the particle `by` closes the tag) and the
 * perfect, auxiliary first and participle last, `,” het X gesê.`, `,” het sy bygevoeg.`; before one `X sê: “…”`,
 * `Hy het bygevoeg: “…”`, `Volgens X, “…”`. Roles stand bare before the name (`boer Koos Nel`, `woordvoerder X Y`), titles
 * shortened (`mnr.`, `mev.`, `me.`, `dr.`, `adv.`). `Vir X is …` ("for X it is …") puts X after a preposition: no part of the name.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor } from './newlang-shared';
import { AFRIKAANS_ADDRESS } from '../address-dot';

/** Present forms (Afrikaans has one form for every person and, in a story, for the past as well). */
const PRESENT = 'sê vra vertel verduidelik verklaar antwoord beklemtoon waarsku erken bevestig skryf meen reken lui voeg glo'.split(' ');
/** Participles closing the perfect: `het X gesê`, `het sy bygevoeg`, `het hy verduidelik` (ver-/be-/er- verbs take no ge-). */
const PARTICIPLES = 'gesê gevra vertel verduidelik verklaar geantwoord beklemtoon gewaarsku erken bevestig geskryf gemeen gereken bygevoeg opgemerk uitgewys aangevoer betoog gepleit gereageer'.split(' ');
const PARTICIPLE = alternation(PARTICIPLES);

/**
 * Roles an Afrikaans story writes before or after a name, beside the Dutch ones newlang-roles.ts already knows (`boer`,
 * `woordvoerder`): `burgemeester`, `raadslid`, `skoolhoof` (headmaster), `prokureur` (attorney), `inwoner` (resident).
 */
const ROLES = new Set(
  ('landdros aanklaer staatsaanklaer burgemeester raadslid wyksraadslid skoolhoof hoof prokureur advokaat regter dokter verpleegster onderwyser onderwyseres ' +
    'inwoner inwoners boer boerin eienaar eienares werker werkers woordvoerder woordvoerster voorsitter voorsitster direkteur ' +
    'bestuurder sekretaris minister predikant dominee afrigter kaptein polisiewoordvoerder kenner navorser professor dosent ' +
    'bibliotekaris bibliotekaresse winkelier sakeman sakevrou vakbondleier lid speaker').split(' '),
);
const isRole = (word: string) => ROLES.has(word.toLowerCase()) || isNewLanguageRoleNoun(word) || /(?:woordvoerder|woordvoerster|voorsitter|bestuurder|direkteur)$/u.test(word.toLowerCase());

const cues = latinCues({
  // (The participles too, so that a frame holding only `het … gesê` is tried: read() below turns it into `sê`.)
  afterVerbs: alternation([...PRESENT, ...PARTICIPLES]),
  subjectVerbs: `${alternation(PRESENT)}|Sê|Vra`,
  // (hy: he; sy: she, also "his/her", which never stands before a colon or after a tag's verb alone.)
  pronouns: { hy: 'male', Hy: 'male', sy: 'female', Sy: 'female' },
  dropsSubject: false,
  according: '[Vv]olgens',
  articles: 'die|ŉ|hierdie|daardie|haar|hul',
  hasArticles: false,
  // `voeg hy by`: the separable verb's particle ends the speaker phrase; `terwyl` (while), `toe` (when), times and days too.
  stops: 'aan|vir|teenoor|tydens|in|op|by|na|met|oor|gister|vandag|eergister|later|ook|nog|egter|verder|terwyl|toe|nadat|voordat|maandag|dinsdag|woensdag|donderdag|vrydag|saterdag|sondag|Maandag|Dinsdag|Woensdag|Donderdag|Vrydag|Saterdag|Sondag',
  recipients: 'aan|teenoor',
  outlet: /^(?:koerant|nuusblad|dagblad|tydskrif|radio|nuusagentskap|\p{L}*[Bb]lad|\p{L}*[Kk]oerant|Beeld|Burger|Rapport|Netwerk24|Maroela|RSG|kykNET)$/u,
  capitalRole: { test: isRole },
  anaphor: roleAnaphor(/^die\s+/u),
});

/**
 * `,” het X gesê.` → `,” sê X.`; `Hy het egter bygevoeg:` → `Hy sê:`: the perfect read as the present, its auxiliary where the
 * verb stands and the participle (with the lower-case adverbs before it) dropped. Only up to the clause's end.
 */
const PERFECT_AFTER = new RegExp(`^([\\s,–—-]*)het\\s+([^.!?;:“”"]{1,90}?)\\s+(?:${PARTICIPLE})(?![\\p{L}])`, 'u');
const PERFECT_BEFORE = new RegExp(`(?<=\\s)het\\s+((?:\\p{Ll}+\\s+){0,3}?)(?:${PARTICIPLE})(?![\\p{L}])`, 'gu');
/** `In haar uitspraak het sy gesê …`: after an opening phrase the subject pronoun follows `het`; it stays, before the verb. */
const INVERTED_PRONOUN = /^(?:hy|sy|hulle)(?=\s)/u;
/** `Vir X is dit …`, `Vir X gaan dit oor …`: a sentence opened by "for" and a name: the preposition is no part of it. */
const FOR_OPENING = /(^|[.!?]\s+)Vir\s+(?=\p{Lu})/gu;

/** The indefinite article `’n` written as one letter, ŉ, so that the reader takes it for a word and not an elision. */
const ARTICLE = /(?<![\p{L}])['’]n(?=\s)/gu;
/** Forms of address before a name, no part of it nor a role: `mnr.` (Mr), `mev.` (Mrs), `me.` (Ms), `dr.`, `adv.`, `prof.`, `ds.` (Reverend). */
const ADDRESS = new RegExp(`(?<![\\p{L}])(?:${[...AFRIKAANS_ADDRESS, 'dr', 'adv', 'prof'].join('|')})\\.\\s+(?=\\p{Lu})`, 'giu');
const asLetter = (frame: string) => frame.replace(ARTICLE, 'ŉ').replace(ADDRESS, '');
const written = (words: string) => words.replace(/ŉ/gu, '’n');
const asWritten = (found: SpeakerPhrase | null): SpeakerPhrase | null => (found ? { ...found, phrase: written(found.phrase), ...(found.role ? { role: written(found.role) } : {}) } : null);

/** `Die bestuurder van die fabriek, X Y, sê …`: a role, then the name set off by commas, then the verb. */
const APPOSED_NAME = new RegExp(`(?:^|[.!?]\\s+)(\\p{Lu}[^,.!?“”"]{2,60}),\\s+(\\p{Lu}\\p{Ll}+(?:\\s+(?:van der|van|du|de|le|von)?\\s*\\p{Lu}\\p{Ll}+)+),\\s+(?:${alternation(PRESENT)})(?![\\p{L}])`, 'u');

function apposedName(frame: string): SpeakerPhrase | null {
  const found = APPOSED_NAME.exec(frame);
  return found && isRole(found[1]!.split(/\s+/u).find((word) => !/^(?:die|ŉ)$/iu.test(word)) ?? '') ? person(found[2]!.replace(/\s+/gu, ' '), found[1]!.replace(/^Die\s/u, 'die ')) : null;
}

const perfectAfter = (frame: string) => asLetter(frame).replace(PERFECT_AFTER, '$1sê $2');
const perfectBefore = (frame: string) => asLetter(frame).replace(PERFECT_BEFORE, (_, between: string) => `${INVERTED_PRONOUN.exec(between)?.[0].concat(' ') ?? ''}sê`).replace(FOR_OPENING, '$1');

/**
 * `,” lui die verklaring.` ("the statement reads"): the words of a document, whose author is the one the story quoted last,
 * read as a subject left out.
 */
const DOCUMENT_TAG = /^[\s,–—-]*lui\s+(?:die|ŉ|hul|sy|haar)\s+\p{Ll}*(?:verklaring|brief|verslag|kennisgewing|boodskap|dokument|e-pos|skrywe|pos|twiet)(?![\p{L}])/u;

/** Nouns for a body (`Munisipaliteit`, `Departement`, `Raad`): a run after one is the body's name, no person's. */
const BODY = /(?:munisipaliteit|departement|regering|raad|maatskappy|polisie|vakbond|skool|hospitaal|universiteit|kerk|vereniging|ministerie|kantoor|party|klub|bank|hof|diens|owerheid)$/iu;
const notBody = (found: SpeakerPhrase | null): SpeakerPhrase | null =>
  found?.kind === 'name' && !found.pronoun && found.role && BODY.test(found.role.split(/\s+/u).at(-1)!) ? described(`${found.role} ${found.phrase}`) : found;

/**
 * Words Afrikaans has and Dutch, which shares `volgens`, `het` and `vertel`, lacks: `sê`, `nie`, `’n`, `hy`, `sy`, `hulle`. A
 * frame without one is left to lang/nl.ts (`Maar volgens haar heeft …` is Dutch, "haar" no article there).
 */
const OWN_WORD = /(?<![\p{L}])(?:sê|gesê|nie|['’]n|ŉ|hy|Hy|sy|Sy|hulle|Hulle|bygevoeg|gevra|ons|Ons)(?![\p{L}])/u;

/**
 * `,” het die 41-jarige geantwoord.`: "the 41-year-old" points back at the person the text gave that age (`X (41)`), as
 * English "the 41-year-old" does: the description carries the age for attribute.ts (salience.ts `agedOrSole`).
 */
const AGED = /^die\s+(\d{1,3})-jarige$/u;
const withAge = (found: SpeakerPhrase | null): SpeakerPhrase | null => {
  const age = found?.kind === 'description' ? AGED.exec(found.phrase.trim())?.[1] : undefined;
  return age ? { ...found!, age: Number(age) } : found;
};

/**
 * `X het vertel hoe sy in 2019 gedreig is.`: a clause word after the verb (how, that, why, when, whether) opens what is told,
 * never who tells it; the sentence's subject, read elsewhere, is the speaker.
 */
const CLAUSE_WORD = /^(?:hoe|dat|hoekom|waarom|wanneer|of|wat)(?![\p{L}])/iu;
const notClause = (found: SpeakerPhrase | null): SpeakerPhrase | null => (found?.kind === 'description' && CLAUSE_WORD.test(found.phrase.trim()) ? null : found);
/** The same clause closing the frame before a quote: what is told comes next, the verb read as one before a colon (`X sê:`). */
const TOLD_CLAUSE_CLOSING = new RegExp(`(?<=\\s)(${alternation(PRESENT)})\\s+(?:hoe|dat|hoekom|waarom|wanneer|of)\\s+[^.!?;:“”"]+[.]\\s*$`, 'u');
const toldAsColon = (frame: string) => frame.replace(TOLD_CLAUSE_CLOSING, '$1:');

export const afrikaans: LanguageCues = {
  ...cues,
  applies: (frame) => OWN_WORD.test(frame) && cues.applies(frame),
  after: (frame) => (DOCUMENT_TAG.test(asLetter(frame)) ? pronoun('they') : withAge(asWritten(notClause(notBody(cues.after(perfectAfter(frame))))))),
  before: (frame) => asWritten(apposedName(toldAsColon(perfectBefore(frame))) ?? notClause(notBody(cues.before(toldAsColon(perfectBefore(frame)))))),
};
