/**
 * Kannada, read as Tamil is (lang/dravidian.ts): the verb last, the quotative ಎಂದು (ಎಂಬುದಾಗಿ, spoken ಅಂತ) after the quote,
 * then the subject and the verb: `’ ಎಂದು ಸಚಿವ X Y ಹೇಳಿದರು.`, `’ ಎಂದು ಅವರು ತಿಳಿಸಿದರು.` (he, she: the one just quoted or
 * introduced); the subject before the quote and a bare `ಎಂದರು` after it (`X, ‘…’ ಎಂದರು.`); before one `X ಹೇಳಿದ್ದು
 * ಹೀಗೆ: ‘…’` ("what X said was this") and `X ಅವರ ಪ್ರಕಾರ, ‘…’` ("according to X"). Names take initials (`ಕೆ.ಎಸ್. X`),
 * honorifics after them (`X ಅವರು`) and roles before them (`ಜಂಟಿ ಆಯುಕ್ತ X`).
 */

import type { SpeakerPhrase } from '../cues';
import { described, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { quotativeReader } from './dravidian';

const K = '\\u0c80-\\u0cff';

/** Offices and occupations written before a name. */
const ROLES = new Set(
  ('ಆಯುಕ್ತ ಆಯುಕ್ತೆ ಸಚಿವ ಸಚಿವೆ ಶಾಸಕ ಶಾಸಕಿ ಸಂಸದ ಸಂಸದೆ ಅಧ್ಯಕ್ಷ ಅಧ್ಯಕ್ಷೆ ಉಪಾಧ್ಯಕ್ಷ ಕಾರ್ಯದರ್ಶಿ ಸಂಚಾಲಕ ಸಂಚಾಲಕಿ ನಿರ್ದೇಶಕ ' +
    'ನಿರ್ದೇಶಕಿ ಅಧಿಕಾರಿ ತಹಶೀಲ್ದಾರ್ ಜಿಲ್ಲಾಧಿಕಾರಿ ಮೇಯರ್ ಪ್ರಾಧ್ಯಾಪಕ ಪ್ರಾಧ್ಯಾಪಕಿ ವೈದ್ಯ ವೈದ್ಯೆ ಶಿಕ್ಷಕ ಶಿಕ್ಷಕಿ ರೈತ ನಿವಾಸಿ ' +
    'ವಿದ್ಯಾರ್ಥಿ ವಿದ್ಯಾರ್ಥಿನಿ ವ್ಯಾಪಾರಿ ಚಾಲಕ ಎಂಜಿನಿಯರ್ ಮುಖ್ಯಸ್ಥ ಮುಖ್ಯಸ್ಥೆ ವಕ್ತಾರ ಮುಖಂಡ ನಾಯಕ ನಾಯಕಿ ಕಮಿಷನರ್ ' +
    'ಇನ್‌ಸ್ಪೆಕ್ಟರ್ ನ್ಯಾಯಮೂರ್ತಿ ಅರ್ಚಕ ಕಾರ್ಮಿಕ ಸದಸ್ಯ ಸದಸ್ಯೆ ಗುತ್ತಿಗೆದಾರ ಮಾಲೀಕ ಮಾಲೀಕರು ನಿರ್ವಾಹಕ ನಿರ್ವಾಹಕಿ ಉದ್ಯಮಿ ಕಾರ್ಯಕರ್ತ ಕಾರ್ಯಕರ್ತೆ ' +
    // (Offices written as their English initials, `ಬಿಇಒ` Block Education Officer, `ಡಿಡಿಪಿಐ`, `ಪಿಎಸ್‌ಐ` sub-inspector.)
    'ಪಿಡಿಒ ಎಸ್ಪಿ ಡಿಸಿ ಸಿಇಒ ಬಿಇಒ ಡಿಡಿಪಿಐ ಡಿಎಚ್‌ಒ ಟಿಎಚ್‌ಒ ಪಿಎಸ್‌ಐ ಸಿಪಿಐ ಡಿವೈಎಸ್ಪಿ ಎಸಿಪಿ ಎಇಇ ಡಾ. ಪ್ರೊ. ' +
    'ಮುಖ್ಯಶಿಕ್ಷಕ ಮುಖ್ಯಶಿಕ್ಷಕಿ ಪ್ರಾಂಶುಪಾಲ ಪ್ರಾಂಶುಪಾಲೆ ಉಪನ್ಯಾಸಕ ಉಪನ್ಯಾಸಕಿ ಕುಲಪತಿ ಕೋಚ್ ತರಬೇತುದಾರ ಅಧೀಕ್ಷಕ ಅಧೀಕ್ಷಕಿ').split(' '),
);

/**
 * Words in a case form, whose or to whom, no name: genitive (`ಸಮಿತಿಯ`, `ಇಲಾಖೆಯ`, `ಸಂಘದ`, `ಜನರ`, `ಮಕ್ಕಳ`), dative
 * (`ಅವರಿಗೆ`, `ಊರಿಗೆ`), locative (`ಊರಿನಲ್ಲಿ`), ablative (`ಮನೆಯಿಂದ`), accusative (`ಅವರನ್ನು`); and a relative
 * participle before a name (`ಬಂದಿದ್ದ`, `ಮಾಡಿದ`, `ಕಳೆದುಕೊಂಡ`, `ಮಾಡುವ`: who came, who did, who lost, who does); a
 * plural (`ಅಧಿಕಾರಿಗಳು`, `ಸ್ಥಳೀಯರು`, `ಪೊಲೀಸರು`: officials, locals, police), which names no one person.
 * (A genitive -ದ after a nasal is a name's own end, `ಆನಂದ`, `ಗೋವಿಂದ`.) A weekday (`ಬುಧವಾರ`, on Wednesday) is when, no name.
 */
const CASE_ENDING = new RegExp(`(?:ಿಯ|ೆಯ|ಗಳ|ಯರ|ರರ|ಳ|ಿನ|(?<![ಂ್])ದ|ಗೆ|ಕ್ಕೆ|ಲ್ಲಿ|ಲ್ಲೇ|ಿಂದ|ನ್ನು|ನ್ನೂ|ಿದ|ಂಡ|ುವ|ದ್ದ|ೊಬ್ಬರ|ಗಳು|ಯರು|ಸರು|(?:ಸೋಮ|ಮಂಗಳ|ಬುಧ|ಗುರು|ಶುಕ್ರ|ಶನಿ|ಭಾನು|ರವಿ)ವಾರ(?:ದಂದು)?)$`, 'u');

/**
 * What stands between a subject and its verb: a dative, locative or ablative (`ಸುದ್ದಿಗಾರರಿಗೆ`, "to reporters";
 * `ಸಭೆಯಲ್ಲಿ`, "at the meeting"), an adverb (`ಸ್ಪಷ್ಟವಾಗಿ`), a verbal adverb (`ನಗುತ್ತಾ`, `ಅಳುತ್ತಲೇ`), an
 * infinitive a light verb takes (`ಅಳಲು ತೋಡಿಕೊಂಡರು`), a day word; an age in brackets is read apart (lang/dravidian.ts).
 */
const ADJUNCT = new RegExp(`(?:ಗೆ|ಕ್ಕೆ|ಲ್ಲಿ|ಲ್ಲೇ|ಿಂದ|ವಾಗಿ|ಾಗಿ|ತ್ತಾ|ತ್ತಲೇ|ತ್ತಲೆ|ಲು|ವಾರ)$|^(?:ಇಂದು|ನಿನ್ನೆ|ಮತ್ತೆ|ಸಹ|ಕೂಡ|ಈಗ|ಆಗ)$`, 'u');

/** Verbs a noun or an infinitive goes with (`ಆತಂಕ ವ್ಯಕ್ತಪಡಿಸಿದರು`, "expressed worry"; `ಅಳಲು ತೋಡಿಕೊಂಡರು`, "poured out grief"). */
const LIGHT = '(?:ಮಾಡಿದರು|ವ್ಯಕ್ತಪಡಿಸಿದರು|ನೀಡಿದರು|ತೋಡಿಕೊಂಡರು|ಹೊರಹಾಕಿದರು|ಪಟ್ಟರು|ಮಾಡಿದ್ದಾರೆ|ವ್ಯಕ್ತಪಡಿಸಿದ್ದಾರೆ)';

/** A finite verb in the third person, past or present: `ಹೇಳಿದರು`, `ಅಭಿಪ್ರಾಯಪಟ್ಟರು`, `ತೋಡಿಕೊಂಡರು`, `ಹೇಳುತ್ತಾರೆ`, `ತಿಳಿಸಿದ್ದಾರೆ`, `ಹೇಳಿದಳು`. */
const FINITE_END = '(?:[ದತಡಟ](?:್[ದತಡಟ])?ರು|ದನು|ದಳು|ತ್ತಾರೆ|ತ್ತಾನೆ|ತ್ತಾಳೆ|ದ್ದಾರೆ|ದ್ದಾನೆ|ದ್ದಾಳೆ)';

const reader = quotativeReader({
  letter: /[\u0c80-\u0cff]/u,
  quotative: '(?:ಎಂದು|ಎಂದೂ|ಎಂದೇ|ಎಂಬುದಾಗಿ|ಅಂತ|ಅಂತಲೂ)',
  quotativeOptional: false,
  // ("said", the quotative itself as the verb: `’ ಎಂದರು.`; its subject stands before the quote.)
  said: '(?:ಎಂದರು|ಅಂದರು|ಎನ್ನುತ್ತಾರೆ|ಎಂದಿದ್ದಾರೆ|ಎಂದನು|ಎಂದಳು)',
  pronoun: '(?:ಅವರು|ಆತ|ಆಕೆ|ಅವನು|ಅವಳು|ಇವರು|ಅವರೆಲ್ಲ)',
  finite: `(?:[${K}]+\\s+)?${LIGHT}|[${K}]+${FINITE_END}`,
  // ("What X said was this", "X said thus", "X, speaking", "X, answering").
  opens: '(?:ಹೇಳಿದ್ದು\\s+ಹೀಗೆ|ಹೀಗೆ\\s+ಹೇಳಿದರು|ಹೀಗೆ\\s+ಹೇಳುತ್ತಾರೆ|ಹೇಳಿದರು|ತಿಳಿಸಿದರು|ಹೇಳುತ್ತಾರೆ|ಮಾತನಾಡಿ|ಪ್ರತಿಕ್ರಿಯಿಸಿ|ಹೇಳುವಂತೆ)',
  according: '(?:ಪ್ರಕಾರ|ಪ್ರಕಾರವಾಗಿ)',
  roles: ROLES,
  // Agent nouns: `-ಗಾರ`, `-ದಾರ`, `-ಕಾರ`, and offices ending in "officer" (`ಉಪವಿಭಾಗಾಧಿಕಾರಿ`).
  roleShape: /(?:ಗಾರ|ದಾರ|ದಾರ್|ಕಾರ|ಾಧಿಕಾರಿ|ಾಧ್ಯಕ್ಷ)$/u,
  loneNameTag: true,
  caseEnding: CASE_ENDING,
  small: new Set('ಈ ಆ ಒಂದು ಮತ್ತು ಹಾಗೂ ಆದರೆ ಅವರ ತಮ್ಮ ನಮ್ಮ ಇದು ಅದು ಇದೇ ಅದೇ ಇನ್ನು ಕುರಿತು ಬಗ್ಗೆ ನಾನು ನಾವು ಅವರು ಎಂದು ಎಂದೂ ಅಂತ'.split(' ')),
  // (`X ಅವರ ಪ್ರಕಾರ`: the honorific genitive stands apart from the name.)
  fromGenitive: (word) => (word === 'ಅವರ' ? '' : word),
  finiteWord: new RegExp(`${FINITE_END}$`, 'u'),
  participle: /\p{L}(?:ಿದ|ಂಡ|ುವ|ದ್ದ)$/u,
  participleNames: true,
  // (`X ಅವರು`, `X ಅವರೇ`: the respectful "he/she" after a name is no part of it.)
  addressAfter: new Set(['ಅವರು', 'ಅವರೇ']),
  titles: new Set(['ಶ್ರೀ', 'ಶ್ರೀಮತಿ', 'ಕುಮಾರಿ']),
  adjunct: ADJUNCT,
  // (`<town> <taluk> <office> X.Y. Z <place> <to whom> ತಿಳಿಸಿದರು`: a long subject and its adjuncts.)
  subjectWords: 10,
  subjectReach: 16,
  // (Honorific name endings, `-ಅಮ್ಮ`, `-ಅಪ್ಪ`, `-ಅಯ್ಯ`: `X ‘…’ ಎಂದರು` with no role.)
  nameShape: /(?:ಮ್ಮ|ಪ್ಪ|ಯ್ಯ)$/u,
});

const { cues: base } = reader;
const word = `[${K}][^\\s,.;:“”"‘’]*`;
/** `’ ಎಂಬುದು X ಅವರ ಆರೋಪ.`: "is X's charge", the speaker in the honorific genitive. */
const GENITIVE_CLAIM = new RegExp(`^[\\s,]*ಎಂಬುದು\\s+((?:${word}\\s+){0,2}${word})\\s+ಅವರ\\s+${word}\\s*(?:\\.|$)`, 'u');
/** `<words> ಕಾರ್ಮಿಕರೊಬ್ಬರು,`: "one worker", a person the text leaves unnamed (before the quote, or after it as the tag's subject). */
const ONE = `(?:${word}ೊಬ್ಬ|ಒಬ್ಬ)(?:ರು|ಳು)?`;
const ONE_OF = new RegExp(`((?:${word}\\s+){0,5}${ONE})\\s*,?\\s*$`, 'u');
const ONE_OF_AFTER = new RegExp(`^[\\s,]*(?:ಎಂದು|ಎಂದೂ|ಅಂತ)\\s+((?:${word}\\s+){0,4}${ONE})\\s`, 'u');
/** `X ‘…’ ಎಂದರು.`: a subject right before the quote, no comma, opening its sentence (initials' dots, `ಎಂ.ಆರ್.`, no stop). */
const NAME_WORD = `(?:(?:[${K}]{1,4}\\.){1,3}|${word})`;
const SUBJECT_BEFORE = new RegExp(`(?:^|[.!?]\\s+)((?:${NAME_WORD}\\s+){0,14}${NAME_WORD})\\s*$`, 'u');
/** `’ ಎಂದು <body> ಒತ್ತಾಯಿಸಿದೆ.`: a verb in the neuter ("it has demanded", `ತಿಳಿಸಿದೆ`, `ಹೇಳಿತು`), a body's, no person's. */
const BODY_AFTER = new RegExp(`^[\\s,]*(?:ಎಂದು|ಎಂದೂ|ಅಂತ)\\s+((?:${word}\\s+){0,4}${word})\\s+[${K}]+(?:ಿದೆ|ಿತು|ತ್ತದೆ)\\s*(?:[.,]|$)`, 'u');
/** `’ ಎಂದು ಸ್ಥಳೀಯ ನಿವಾಸಿಗಳು …`: a plural subject, a group the text leaves unnamed. */
const PLURAL_AFTER = new RegExp(`^[\\s,]*(?:ಎಂದು|ಎಂದೂ|ಅಂತ)\\s+((?:${word}\\s+){0,3}${word}(?:ಗಳು|ಯರು|ಸರು))\\s`, 'u');

/**
 * `’ ಎಂದ ಅವರು, ‘…’ ಎಂದರು.`: the relative participle "who said" and its subject, between two quotes of one speaker ("said he,
 * '…' he said"); read after the first quote and before the second. A pronoun is the one quoted; a subject must be marked as a name.
 */
const PRONOUN_WORD = '(?:ಅವರು|ಆತ|ಆಕೆ|ಅವನು|ಅವಳು)';
const WHO_SAID = `ಎಂದ\\s+((?:${NAME_WORD}\\s+){0,6}?(?:${NAME_WORD}))\\s*,`;
const WHO_SAID_AFTER = new RegExp(`^[\\s,]*${WHO_SAID}\\s*$`, 'u');
const WHO_SAID_BEFORE = new RegExp(`(?:^|[\\s.])${WHO_SAID}\\s*$`, 'u');
const PRONOUN_ALONE = new RegExp(`^${PRONOUN_WORD}$`, 'u');
/**
 * `<role> ಬಿ.ಕೆ. X ಅವರು <…> ಒಪ್ಪಿಕೊಂಡರು. ‘…’`: a quote with no tag of its own after a whole sentence whose subject, marked by
 * the honorific ಅವರು, opens it and whose finite verb closes it; the quote goes on what that person said or did.
 */
const SENTENCE_SUBJECT = new RegExp(`^\\s*((?:${NAME_WORD}\\s+){0,5}${NAME_WORD})\\s+ಅವರು\\s+[^.!?‘’“”]*[${K}]${FINITE_END}\\.\\s*$`, 'u');

/** The speaker `ಎಂದ <subject>,` names: the pronoun, else a marked name. */
function whoSaid(words: string | undefined) {
  if (!words) return null;
  return PRONOUN_ALONE.test(words) ? pronoun('they') : reader.nameInMarked(words);
}

/**
 * A title in quotation marks with a case ending glued on (`‘ನಾಡು ವಾರ್ತೆ’ಗೆ ತಿಳಿಸಿದರು`, told to 'Nadu Varthe'): the paper
 * or programme spoken to, an adjunct like any dative, read as one word so it ends no clause.
 */
const QUOTED_TITLE_CASE = new RegExp(`[‘“][^‘’“”]{1,40}[’”](?=[${K}])`, 'gu');
const untitled = (frame: string) => frame.replace(QUOTED_TITLE_CASE, 'ಪತ್ರಿಕೆ');
/** `’ ಎಂದು ಹೇಳುವಾಗ X ಅವರ ಕಣ್ಣು …`: "while saying …, X's eyes …": the one saying, in the honorific genitive. */
const WHILE_SAYING = new RegExp(`^[\\s,]*(?:ಎಂದು|ಅಂತ)\\s+(?:ಹೇಳುವಾಗ|ಹೇಳುತ್ತಿದ್ದಂತೆ|ಹೇಳುತ್ತಲೇ|ಹೇಳುತ್ತಾ)\\s+((?:${NAME_WORD}\\s+){0,3}${NAME_WORD})\\s+ಅವರ(?:ು)?\\s`, 'u');
/** `’ ಎನ್ನುತ್ತಾರೆ ಈ ಯುವ ಶಿಕ್ಷಕಿ.`: "says this young teacher", the person just named, described as the English "the teacher". */
const THIS_ONE_AFTER = new RegExp(`^[\\s,]*(?:ಎನ್ನುತ್ತಾರೆ|ಎಂದರು|ಎನ್ನುತ್ತಾನೆ|ಎನ್ನುತ್ತಾಳೆ)\\s+(?:ಈ|ಆ)\\s+(?:${word}\\s+){0,2}(${word})\\s*\\.`, 'u');
/** `X <to whom> ಒಂದು ಸಲಹೆ ಹೇಳಿದರು:`: "told (them) a suggestion": the thing told, after `ಒಂದು` ("a"), is no subject. */
const THING_TOLD = new RegExp(`\\s+ಒಂದು\\s+${word}(?=\\s+(?:ಹೇಳಿದರು|ತಿಳಿಸಿದರು|ಹೇಳುತ್ತಾರೆ)\\s*[:,]?\\s*$)`, 'u');

export const kannada: LanguageCues = {
  applies: base.applies,
  after(whole) {
    const frame = untitled(whole);
    const line = frame.split('\n')[0]!;
    const whileSaying = WHILE_SAYING.exec(line)?.[1];
    if (whileSaying) return reader.nameIn(whileSaying);
    const thisOne = THIS_ONE_AFTER.exec(line)?.[1];
    if (thisOne && !PRONOUN_ALONE.test(thisOne)) return officeDescriptor(thisOne);
    const unnamed = ONE_OF_AFTER.exec(line) ?? PLURAL_AFTER.exec(line);
    const body = BODY_AFTER.exec(line);
    if (body) return described(body[1]!);
    if (unnamed) return { ...described(unnamed[1]!)!, unnamed: true };
    const said = whoSaid(WHO_SAID_AFTER.exec(line)?.[1]);
    if (said) return said;
    const claim = GENITIVE_CLAIM.exec(line);
    if (claim) return person(claim[1]!);
    const read = base.after!(frame);
    // (`’ ಎಂದು ಬಿಇಒ ಹೇಳಿದರು.`: an office alone, Kannada having no article, is the one the story gave it, as "the officer" is.)
    return read?.office && read.role ? officeDescriptor(read.role) : read;
  },
  before(whole) {
    const frame = untitled(whole).replace(THING_TOLD, '');
    const unnamed = ONE_OF.exec(frame);
    if (unnamed) return { ...described(unnamed[1]!)!, unnamed: true };
    const said = whoSaid(WHO_SAID_BEFORE.exec(frame)?.[1]);
    if (said) return said;
    const read = base.before!(frame);
    if (read) return read;
    const opening = SENTENCE_SUBJECT.exec(frame)?.[1];
    if (opening) return reader.nameInMarked(opening);
    // (Only a name marked as one, by a role, initials, an honorific ending or an age: else the words are a clause's end.)
    const subject = SUBJECT_BEFORE.exec(frame)?.[1];
    return subject ? reader.nameInMarked(subject) : null;
  },
};
/** `<participle> X ಅವರ …`, `<role> X ಅವರು …`: a marked name before the honorific (nominative or genitive), whoever the verb's subject is. */
const HONOURED = new RegExp(`((?:${NAME_WORD}\\s+){0,4}${NAME_WORD})\\s+ಅವರ(?:ು|ೇ)?(?=[\\s,]|$)`, 'u');

/**
 * The person a sentence introduces, for a pronoun tag after the quote that follows (lang/introduced.ts): the reader's
 * reading (a role or participle and two name words, a name and its age), else a marked name before the honorific. A
 * sentence holding quotation marks is quoted words, no narration.
 */
export function kannadaSubject(sentence: string): SpeakerPhrase | null {
  if (/[‘’“”"]/u.test(sentence)) return null;
  const read = reader.subject(sentence);
  // (Narration ends on its verb: words closing the sentence with none after them, `ಹೋಗುವ ಸಮಯ ತಡ.`, are a quote's verbless clause.)
  const last = sentence.trim().replace(/[.!?]+$/u, '').split(/\s+/u).at(-1);
  if (read) return read.phrase.replace(/[.!?]+$/u, '').split(/\s+/u).at(-1) === last ? null : read;
  const honoured = HONOURED.exec(sentence)?.[1];
  const found = honoured ? reader.nameInMarked(honoured) : null;
  return found?.kind === 'name' && !found.pronoun ? found : null;
}
/** Whether a word may be part of a name written before a short form of it (lang/fuller-names.ts). */
export const mayBeKannadaNameWord = reader.mayBeNamePart;
/** Whether a word is a Kannada office or a title with a dot (`ಡಾ.`), no initial (lang/fuller-names.ts). */
export const isKannadaRole = reader.isRole;
/**
 * A sentence of Kannada narration: the dot of an initial or a title (`ಕೆ.`, `ಎಸ್.`, `ಎಂ.`, `ಡಾ.`, `ಪ್ರೊ.`: a consonant with its
 * sign or virama, a vowel and its anusvara, as sentences.ts reads them) ends none (`ಡಾ. X Y ನೇತೃತ್ವದ ತಂಡ …`).
 */
export const KANNADA_SENTENCE = /(?:[^.!?।]|(?<=(?:^|[\s(.])(?:[\u0c95-\u0cb9][\u0cbe-\u0ccd]?|[\u0c85-\u0c94]\u0c82?|ಪ್ರೊ))\.)+[.!?।]?/gu;
