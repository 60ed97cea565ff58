/**
 * Attribution cues beyond English, enough for the common newspaper patterns:
 *   French    `« … », a déclaré X`, `X a dit : « … »`, `a-t-elle ajouté`, `selon X`
 *   German    `„…“, sagte X`, `X sagte: „…“`, `so X`, `laut X`
 *   Arabic    `«…»، قال X`, `وقال X: «…»`, `قالت` alone (she said), `بحسب X`
 *   Japanese  `「…」とX氏は述べた`, `X氏は「…」と語った`
 * The English reader in cues.ts runs first; these are tried when it finds nothing.
 */

import type { SpeakerPhrase } from './cues';
import { NAME_RUN, cleanName, looksLikePerson } from './names';

const FR_PARTICIPLES = 'déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|estimé|assuré|précisé|confié|lancé|répondu|annoncé|insisté|raconté|écrit|reconnu|averti|rappelé|poursuivi|martelé|tweeté';
const FR_PRESENT = 'déclare|dit|affirme|explique|ajoute|souligne|indique|estime|assure|précise|confie|lance|répond|annonce|insiste|raconte|écrit|reconnaît|rappelle|poursuit|martèle';
/** "a déclaré", "ont dit", "avait affirmé", "déclare", with the inverted pronoun forms "a-t-il dit", "dit-elle". */
const FR_COMPOUND = `(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\\s+(?:${FR_PARTICIPLES})`;
const FR_VERB = `(?:${FR_COMPOUND}|(?:${FR_PRESENT})(?:-t)?(?:-(?:il|elle|ils|elles))?)`;
const DE_VERB = 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|ergänzt|warnte|warnt|schrieb|schreibt|antwortete|antwortet|kritisierte|versicherte|unterstrich|fügte';
const AR_VERB = '[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت|تابع|تابعت|ذكر|ذكرت|كتب|كتبت|اعتبر|اعتبرت|يقول|تقول)';
const JA_VERB = '(?:述べ|語っ|話し|言っ|説明し|強調し|明らかにし|答え|指摘し|訴え|主張し)(?:た|ている|ました)';

/** French and German descriptions start with an article: "un porte-parole du ministère", "ein Sprecher der Polizei". */
const DESCRIPTION = String.raw`(?:le|la|l'|l’|un|une|les|der|die|das|ein|eine|einer)\s+[^,.;:!?«»„“”"]{2,60}?`;
const SPEAKER = `(?:(${NAME_RUN})|(${DESCRIPTION})(?=\\s*(?:[,.;:!?]|$)))`;

const FR_AFTER = new RegExp(`^(?:${FR_VERB})\\s+${SPEAKER}`, 'u');
const FR_PRONOUN = new RegExp(`^(?:(?:a|ont|avait)-t-|(?:${FR_PRESENT})(?:-t)?-)(il|elle)\\b`, 'u');
const DE_AFTER = new RegExp(`^(?:${DE_VERB}|so)\\s+(?:(er|sie)\\b|(${NAME_RUN})|(${DESCRIPTION})(?=\\s*(?:[,.;:!?]|$)))`, 'u');
const DE_INVERTED = new RegExp(`(?:^|\\s)(?:${DE_VERB})\\s+(?:(er|sie)\\b|(${NAME_RUN}))`, 'u');
// Before the quote only the forms no English sentence has: "a déclaré", not "assure"; German "so X" only follows a quote.
const SUBJECT_VERB = new RegExp(`(?:^|[,;:]\\s+|\\s)(?:(${NAME_RUN})|(${DESCRIPTION}))\\s+(?:${FR_COMPOUND}|${DE_VERB})(?![\\p{L}])`, 'u');
const ACCORDING_TO = new RegExp(`(?:^|\\s)(?:[Ss]elon|[Dd]'après|[Dd]’après|[Ll]aut|[Zz]ufolge)\\s+${SPEAKER}`, 'u');

/** An Arabic speaker: up to four words after the verb, ending before "that" (إن/أن), a preposition or punctuation. */
const AR_STOP = '(?:إن|أن|إنه|إنها|في|خلال|عن|على|إلى|أمس|اليوم|للصحفيين)(?![\\p{L}])';
const AR_SPEAKER = `((?:(?!${AR_STOP})[\\p{Script=Arabic}]+\\s*){1,4}?)(?=[:،؛.«"]|${AR_STOP}|$)`;
const AR_AFTER = new RegExp(`^(${AR_VERB})\\s+${AR_SPEAKER}`, 'u');
const AR_BEFORE = new RegExp(`(?:^|\\s)(${AR_VERB})\\s+${AR_SPEAKER}`, 'u');
const AR_PRONOUN = new RegExp(`(?:^|\\s)(${AR_VERB})\\s*(?:[:،]|(?:إن|إنه|إنها|أن)(?![\\p{L}]))`, 'u');
const AR_ACCORDING_TO = new RegExp(`(?:^|\\s)(?:بحسب|حسب|وفقا\\s+لـ?)\\s*${AR_SPEAKER}`, 'u');

/**
 * Cheap tests that must pass for the patterns above to match at all: most frames are English, and
 * the patterns that try a name at every position are slow to fail on a long one.
 */
const HAS_ARABIC = /\p{Script=Arabic}/u;
const HAS_HIRAGANA = /\p{Script=Hiragana}/u;
const HAS_DE_VERB = new RegExp(`(?:${DE_VERB})\\s`, 'u');
const HAS_SUBJECT_VERB = new RegExp(`(?:${FR_COMPOUND}|${DE_VERB})(?![\\p{L}])`, 'u');

/** Japanese: "と" closes the quote; the speaker is the topic (…は) or subject (…が), with 氏/さん dropped. */
const JA_NAME = '([^\\s、。「」『』]{1,20}?)(?:氏|さん|様)?(?:は|が)';
const JA_AFTER = new RegExp(`^と(?:、)?${JA_NAME}[^。]{0,20}?${JA_VERB}`, 'u');
const JA_BEFORE = new RegExp(`(?:^|[、。\\s])${JA_NAME}\\s*$`, 'u');

export function speakerAfterInOtherLanguages(frame: string): SpeakerPhrase | null {
  const french = FR_AFTER.exec(frame) ?? ACCORDING_TO.exec(frame);
  if (french && (french.index ?? 0) <= 1) return fromGroups(french[1], french[2]);
  const pronoun = FR_PRONOUN.exec(frame);
  if (pronoun) return pronounPhrase(pronoun[1] === 'il' ? 'he' : 'she');
  const german = DE_AFTER.exec(frame);
  if (german) return german[1] ? pronounPhrase(german[1] === 'er' ? 'he' : 'she') : fromGroups(german[2], german[3]);
  if (HAS_ARABIC.test(frame)) {
    const arabic = AR_AFTER.exec(frame);
    if (arabic) return arabicSpeaker(arabic[1], arabic[2]);
    const arabicAccording = AR_ACCORDING_TO.exec(frame);
    if (arabicAccording && arabicAccording.index <= 1) return fromGroups(arabicAccording[1]);
    const arabicPronoun = AR_PRONOUN.exec(frame);
    if (arabicPronoun && arabicPronoun.index === 0) return arabicPronounPhrase(arabicPronoun[1] ?? '');
  }
  const japanese = HAS_HIRAGANA.test(frame) ? JA_AFTER.exec(frame) : null;
  if (japanese) return fromGroups(japanese[1]);
  return null;
}

export function speakerBeforeInOtherLanguages(frame: string): SpeakerPhrase | null {
  const arabicScript = HAS_ARABIC.test(frame);
  const according = ACCORDING_TO.exec(frame) ?? (arabicScript ? AR_ACCORDING_TO.exec(frame) : null);
  if (according) return fromGroups(according[1], according[2]);
  // German puts the verb second: in `Am Mittwoch sagte Merkel:` the name follows the verb.
  const inverted = HAS_DE_VERB.test(frame) ? DE_INVERTED.exec(frame) : null;
  if (inverted) return inverted[1] ? pronounPhrase(inverted[1] === 'er' ? 'he' : 'she') : fromGroups(inverted[2]);
  const subject = HAS_SUBJECT_VERB.test(frame) ? SUBJECT_VERB.exec(frame) : null;
  if (subject) return fromGroups(subject[1], subject[2]);
  if (arabicScript) {
    const arabic = AR_BEFORE.exec(frame);
    if (arabic) return arabicSpeaker(arabic[1], arabic[2]);
    const arabicPronoun = AR_PRONOUN.exec(frame);
    if (arabicPronoun) return arabicPronounPhrase(arabicPronoun[1] ?? '');
  }
  const japanese = HAS_HIRAGANA.test(frame) ? JA_BEFORE.exec(frame) : null;
  return japanese ? fromGroups(japanese[1]) : null;
}

const NAME_AT_END = new RegExp(`(?:^|\\s)(${NAME_RUN})$`, 'u');

function fromGroups(name: string | undefined, description?: string): SpeakerPhrase | null {
  if (name?.trim()) return { phrase: name.trim(), kind: 'name', pronoun: false };
  // "le ministre Paul Girard", "der Sprecher Jonas Weber": an office before a full name.
  const titled = cleanName(NAME_AT_END.exec(description?.trim() ?? '')?.[1] ?? '');
  if (/^\p{Lu}/u.test(titled) && looksLikePerson(titled)) return { phrase: titled, kind: 'name', pronoun: false };
  if (description?.trim()) return { phrase: description.trim(), kind: 'description', pronoun: false };
  return null;
}

function arabicSpeaker(verb: string | undefined, name: string | undefined): SpeakerPhrase | null {
  const phrase = fromGroups(name);
  return phrase && { ...phrase, gender: arabicVerbGender(verb ?? '') };
}

function pronounPhrase(pronoun: 'he' | 'she'): SpeakerPhrase {
  return { phrase: pronoun, kind: 'name', pronoun: true };
}

/** Arabic verbs carry the speaker's gender: قالت, أضافت, تقول are "she said". */
function arabicPronounPhrase(verb: string): SpeakerPhrase {
  return pronounPhrase(arabicVerbGender(verb) === 'female' ? 'she' : 'he');
}

function arabicVerbGender(verb: string): 'male' | 'female' {
  return /ت$|^[وف]?تقول$/.test(verb) ? 'female' : 'male';
}
