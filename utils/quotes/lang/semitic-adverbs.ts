/**
 * Words around an Arabic or Hebrew verb of saying that say how or when, never who: the reader skips them
 * (lang/semitic.ts), so they are read neither as a name nor as the end of one. And the subject of a clause whose verb of
 * doing comes first, for a verb of saying after it with no subject of its own.
 */

import type { SpeakerPhrase } from '../cues';

/**
 * `ثم أضاف ضاحكًا:`, `قال أيضًا X`: a word in the accusative's tanween right after the verb is how or what more; not the
 * years of an age, `البالغ من العمر 40 عامًا`. The words after the verb without it.
 */
export function withoutLeadingAdverb(clause: string): string {
  // (`قال مبتسما.`, `قال ضاحكا`: written without its tanween, a participle of the form مُفعِلاً or فاعلاً is as plain.)
  return clause.replace(TIME_WORD, '').replace(TO_OUTLET, '').replace(TO_WHOM, '').replace(TO_WHOM, '').replace(/^(?!عام)(?:\p{Script=Arabic}{2,}(?:\u064Bا|ا\u064B)|م\p{Script=Arabic}{3,}ا|\p{Script=Arabic}ا\p{Script=Arabic}{2}ا)(?=[\s:،,.]|$)\s*/u, '');
}

/**
 * `אמר היום (שלישי) X`, `אמרה אמש X`, `قال أمس X`, `قال اليوم الثلاثاء X`: when it was said, with the day in brackets
 * (Hebrew) or named (Arabic), comes between the verb and the name.
 */
const TIME_WORD = /^(?:(?:היום|אתמול|אמש|הבוקר|הערב|הלילה)(?:\s*\([^()\n]{1,10}\))?|(?:اليوم|أمس)(?:\s+(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت))?)(?=[\s:،,]|$)\s*/u;

/**
 * `وقالت لنا بالإنجليزية:`, `אמרה לנו באנגלית:`: to whom (a pronoun after the preposition) and in which tongue it was
 * said stand between the verb and any name.
 */
const TO_WHOM = /^(?:لنا|لي|له|لها|لهم|بالإنجليزية|بالانجليزية|بالعربية|بالفرنسية|بالألمانية|بالإيطالية|بالإسبانية|بالروسية|بالعبرية|לנו|לי|לו|לה|להם|באנגלית|בעברית|בערבית|ברוסית|בצרפתית)(?=[\s:،,]|$)\s*/u;

/** `אמרה ל"חדשות הצפון" X`, `قال لـ«الجريدة» X`: the outlet the words were told to, its name in quotation marks, comes before the name. */
const TO_OUTLET = /^(?:ל[-־]?|لـ?\s*)["״“«][^"״“”«»\n]{1,40}["״”»](?=[\s:،,]|$)\s*/u;

/** `X, מצידה, אומרת …`, `X، من جهته، قال …`: "for her part" between the subject and its verb says nothing of who. */
const OWN_PART = /[,،]\s*(?:מצידו|מצידה|מצדו|מצדה|מצידם|מצידן|من\s+جهته|من\s+جهتها|من\s+جانبه|من\s+جانبها)\s*[,،]/gu;

/** The sentence without a "for her part" set off by commas. */
export function withoutOwnPart(sentence: string): string {
  return /[מم]/u.test(sentence) ? sentence.replace(OWN_PART, '') : sentence;
}

/** `، ثم أضاف:`, `ואז הוסיף:`: "then" right before the verb, whose subject is left out. */
export function isThenBeforeVerb(word: string): boolean {
  return /^(?:[وف]?ثمّ?|ו?אז)$/u.test(word);
}

/** Hebrew adverbs that stand between a subject and its verb (already, also, still, only, again, never, soon). */
const HEBREW_ADVERB_BEFORE_VERB = /^(?:כבר|גם|עוד|עדיין|רק|שוב|מעולם|תמיד|מיד|אף|בקרוב)$/u;

/** `רונה לוי כבר הבטיחה …`: "already" between the name and the verb is no part of the name; the words before it are. */
export function withoutAdverbsBeforeVerb(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && HEBREW_ADVERB_BEFORE_VERB.test(words[end - 1]!)) end--;
  return end === words.length ? words : words.slice(0, end);
}

/**
 * `وتقدمت النائبة X، عضو …، بطلب …، وقالت:`: a sentence opening with a verb joined by و/ف, then an office and a name of up
 * to three words set off by a comma, gives that person to a later verb of saying with no subject. `read` reads the words
 * after a verb (lang/semitic.ts readSpeaker); `isOffice` tells an office's first word.
 */
export function officeAfterFirstVerb(sentence: string, read: (rest: string) => SpeakerPhrase | null | undefined, isOffice: (word: string) => boolean): SpeakerPhrase | null {
  // (`يقف المدير العام X على شرفة …، ثم يقول:`: a present verb opening the sentence may stand without و as well.)
  const verb = /^\s*(?:[وف]\p{L}{3,}|[يت]\p{L}{2,})\s/u.exec(sentence);
  if (!verb) return null;
  const rest = sentence.slice(verb[0].length);
  const found = read(rest);
  if (!found || found.kind !== 'name' || found.pronoun || found.phrase.split(/\s+/u).length > 3) return null;
  const after = rest.slice(rest.indexOf(found.phrase) + found.phrase.length);
  // (`يجلس X، 61 عامًا، صياد …`: with no office, a name given its age in years is a person all the same.)
  if (!found.role || !isOffice(rest.trim().split(/\s+/u)[0]!)) return /^\s*،\s*\d{1,3}\s+(?:عامًا|عاما|عامٌ|سنة)\s*،/u.test(after) ? found : null;
  // (The name closed by a comma, or by a preposition of place: `X على شرفة المطعم`.)
  return /^\s*(?:[،,]|(?:على|في|إلى|أمام|قرب|عند|داخل|وسط)\s)/u.test(after) ? found : null;
}

/** `لكن جبار يقول:`: "but" opening the words before the verb is no part of the name after it. */
export function withoutLeadingBut(words: string[]): string[] {
  return words.length > 1 && /^(?:[وف]?لكنّ?|بل)$/u.test(words[0]!) ? words.slice(1) : words;
}

/** `وفقًا للدكتور X`: "according to" with ل and the article contracted (`لل`), written apart so the name reads with its article. */
export function withAccordingUnglued(frame: string): string {
  return /وفق/u.test(frame) ? frame.replace(/((?:^|\s)[وف]?وفق(?:ا|اً|ًا))\s+لل(?=\p{L})/gu, '$1 ل ال') : frame;
}

// (`אמרה בטקס ראש המועצה, X`: a one-word occasion before the office, read past by semitic.ts readSpeaker.)
export { withoutLeadingOccasion } from './semitic-occasion';
