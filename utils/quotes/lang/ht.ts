/**
 * Haitian Creole (Latin script) sets the subject before its verb, after a quote too: `», X Y di.`, `», li di nou.` (he or
 * she), `», X te di.` (the past marker te), `», enspektè a deklare.` (the determiner after the noun: the one the text gave
 * that office), `», yon machann di.` (a trader: someone unnamed); before one `X, <role>, deklare: «…»`, `X fè konnen: «…»`,
 * `Dapre X, …` / `Selon X, …` (according to X), and a sentence `<role> X Y konfime …` or `Li <verb> …` (he or she) before
 * a quote standing alone.
 * Its verbs are French ones respelt (deklare, eksplike, konfime), which no French frame holds.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Say, declare, add, explain, confirm, stress, ask, answer, tell, state, indicate, admit, insist, warn, report, let know. */
const VERB =
  '(?:di|deklare|ajoute|eksplike|esplike|konfime|souliye|mande|reponn|rakonte|afime|endike|rekonèt|ensiste|avèti|rapòte|kontinye|plede|denonse|fè\\s+konnen|fè\\s+remake|fè\\s+konprann)';
/** The past and progressive markers before a verb (`te di`, `t ap di`, `ap eksplike`). */
const TENSE = '(?:(?:te|t)\\s+(?:ap\\s+)?|ap\\s+)?';
/** He or she, and the short `l` (`li di`, `l di`). */
const HE_OR_SHE = '(?:li|l|Li)';
/** The determiner after a noun (`enspektè a`, `majistra la`, `pòtpawòl lan`, `minis nan`). */
const DETERMINER = '(?:a|la|lan|nan|an)';
/** Haitian's own words: its respelt verbs, a pronoun and a verb, a noun and its determiner and a verb, `dapre`. */
const OWN_WORD = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:deklare|eksplike|esplike|konfime|souliye|rakonte|afime|endike|rekonèt|ensiste|avèti|fè\\s+konnen|fè\\s+remake|[Dd]apr[eè])|(?:li|l|yo|nou|mwen)\\s+${TENSE}${VERB}|(?:yon(?:\\s+\\p{Ll}+){1,3}|\\p{Ll}+\\s+${DETERMINER})\\s+${TENSE}${VERB}[.,:!?]|\\p{Lu}\\p{Ll}+\\s+${TENSE}di(?:\\s+(?:nou|yo|l|li))?\\s*[.,:!?])(?![\\p{L}])`,
  'u',
);
/** `…, yon agrikiltè 61 an, di.`, `…, te di Radyo X.`: di closing a tag after a comma, as no other language here ends one. */
const CLOSING_DI = /,\s+(?:te\s+)?di\s*[.!?]|,\s+te\s+di(?:\s+\p{Lu}[\p{L}-]*){1,3}\s*[.!?]/u;
// (`Li pwomèt tou … . « … », li di.`: a sentence whose subject is he or she, then the quote: the person just named.)
/** A frame ending on a sentence whose subject is `Li` (he or she), not Italian's `Li` (them) before an auxiliary. */
const PRONOUN_SENTENCE = /(?:^|[.!?]\s+)Li\s+(?!(?:ho|hai|ha|abbiamo|avete|hanno|sono|si|ne|vedo|vedi)\s)(?:te\s+)?\p{Ll}{3,}[^.!?«»:]*[.!?]\s*$/u;
/**
 * `Li t ap kriye lè l t ap pale ak jounalis yo: « …`: a sentence whose subject is he or she (`Li`, its tense markers after it)
 * opening the quote with a colon, whatever its verb: the person just named speaks.
 */
const PRONOUN_COLON_SENTENCE = /(?:^|[.!?]\s+)Li\s+(?:t\s+ap\s+|te\s+|ap\s+)?(?!(?:ho|hai|ha|abbiamo|avete|hanno|sono|si|ne|vedo|vedi)\s)\p{Ll}{3,}[^.!?«»:]*:\s*$/u;
/** Words closing the verb: a stop, or to whom it was said (`di nou`, `di jounal la`). */
// (`te di Radyo X.`: a station or paper told, a capitalised run closed by a stop, is no part of the subject.)
const CLOSE = '(?=\\s*[.,:!?;]|\\s+(?:nou|yo|l|li|jounalis|laprès)(?![\\p{L}])|\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s*[.!?]|\\s*$)';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${HE_OR_SHE}\\s+${TENSE}${VERB}${CLOSE}`, 'u'),
  // (`», yon machann di.`: yon, "a", someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(yon(?:\\s+\\p{Ll}+){1,3}?)\\s+${TENSE}${VERB}${CLOSE}`, 'u'),
  // (`», X Y, yon agrikiltè 61 an, di.`: who the person is may stand between commas before the verb.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})(?:\\s*,[^,.!?«»]{2,60},)?\\s+${TENSE}${VERB}${CLOSE}`, 'u'),
  // (`», deklare X Y.`: the verb first, as French orders it, then the name.)
  invertedAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${VERB}\\s+((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})(?=\\s*[.,!?]|\\s*$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(\\p{Ll}{3,})\\s+${DETERMINER}\\s+${TENSE}${VERB}${CLOSE}`, 'u'),
  according: new RegExp(`(?:^|[.!?]\\s+|,\\s+)(?:[Dd]apr[eè]|[Ss]elon)\\s+((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})\\s*,`, 'u'),
  // (`X, <role>, deklare: «`, `<role> X Y konfime lapolis …`: the last name before the verb; a role set off by commas may follow it.)
  subject: new RegExp(`((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN}),?\\s+${TENSE}${VERB}(?=\\s*:|\\s+\\p{Ll})`, 'gu'),
  apposedSubject: new RegExp(`((?:\\p{Ll}+\\s+){0,3})(${NAME_RUN})\\s*,[^,.!?«»]{2,80},\\s+${TENSE}${VERB}(?=\\s*:|\\s+\\p{Ll})`, 'gu'),
  pronounColon: new RegExp(`(?:^|[.!?]\\s+)${HE_OR_SHE}\\s+${TENSE}${VERB}\\s*:\\s*$`, 'u'),
}));

/** Capitalised words that open a sentence or a phrase of place or time and name no one (then, in, for, according to). */
const NO_NAME = /^(?:Nan|Pou|Lè|Apre|Men|Kounye|Se|Sa|Yo|Li|Nou|Mwen|Daprè|Dapre|Selon|Kontakte|Pandan|Depi|Lapolis|Leta|Gouvènman|Lajistis|Meri|Minis|Prezidan)$/u;

function named(run: string, lead: string | undefined): ReturnType<LanguageCues['before']> {
  const words = run.split(/\s+/u);
  while (words.length > 1 && NO_NAME.test(words[0]!)) words.shift();
  const name = words.length && !NO_NAME.test(words[0]!) ? cleanName(words.join(' ')) : '';
  return name ? person(name, lead?.trim() || null) : null;
}

export const haitian: LanguageCues = {
  applies: (frame) => OWN_WORD.test(frame) || CLOSING_DI.test(frame) || PRONOUN_SENTENCE.test(frame) || PRONOUN_COLON_SENTENCE.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (`», li di nou.`: he or she is left to the sentences before, which may bring in someone unnamed, `yon machann …`; read as
    // the latest speaker it would name them. A name or an office read before it still stands.)
    if (patterns().pronounAfter.test(line)) return null;
    const someone = patterns().someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const name = patterns().nameAfter.exec(line) ?? patterns().invertedAfter.exec(line);
    const found = name ? named(name[2]!, name[1]) : null;
    if (found) return found;
    const office = patterns().officeAfter.exec(line)?.[1];
    return office ? officeDescriptor(office) : null;
  },
  before(frame) {
    const sentence = frame.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1)!;
    const according = patterns().according.exec(sentence);
    if (according) return named(according[2]!, according[1]);
    if (patterns().pronounColon.test(sentence) || PRONOUN_COLON_SENTENCE.test(sentence)) return pronoun('they');
    // (The name right before the verb first: `Majistra Y, X Z, konfime` is X Z; else one set off by who they are, `X, <role>, di:`.)
    const read = (pattern: RegExp) => [...sentence.matchAll(pattern)].map((match) => named(match[2]!, match[1])).filter(Boolean).at(-1);
    return read(patterns().subject) ?? read(patterns().apposedSubject) ?? (PRONOUN_SENTENCE.test(frame) ? pronoun('they') : null);
  },
};
