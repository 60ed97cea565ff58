/**
 * Persian sentences that bring a person in before a quote (batch q-rare): `خانم زهرا رضایی، عضو شورای شهر، از تأخیر پروژه
 * انتقاد کرد. او گفت: «…»` (a name, maybe after a form of address, its office between commas, any verb closing the sentence:
 * او / وی in the next sentence is that person, lang/introduced.ts), and `یک مسافر که … گفت:` ("a passenger who …"), someone
 * left unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { described, person, pronoun } from './shared';

const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u;
const FORM_OF_ADDRESS = /^(?:دکتر|مهندس|آقای|خانم|سید)\s+/u;
/** A name of two or three words opening the sentence, its office between Persian commas, then the rest of the sentence. */
const APPOSED_OPENING = /^\s*((?:(?:دکتر|مهندس|آقای|خانم|سید)\s+)?[^\s،:.«»]+(?:\s+[^\s،:.«»]+){1,2})،\s+([^،:«».]{3,80})،\s+[^:]+[.!؟]?\s*$/u;
/** `او گفت:`, `وی افزود:`, `او ادامه می‌دهد:`: the pronoun (he or she), a verb of saying maybe after an adjunct, the colon. */
// (A feature's present tense too: `او می‌افزاید:`, `او اضافه می‌کند:`, `وی توضیح می‌دهد:`.)
const PRONOUN_COLON = /(?:^|[.!?؟]\s+)(?:او|وی)\s+(?:[^\s:«»]+\s+){0,4}?(?:گفت|افزود|ادامه\s+داد|ادامه\s+می[\u200c\s]?دهد|می[\u200c\s]?گوید|توضیح\s+داد|تأکید\s+کرد|تاکید\s+کرد|می[\u200c\s]?افزاید|اضافه\s+(?:کرد|می[\u200c\s]?کند)|توضیح\s+می[\u200c\s]?دهد|(?:تأکید|تاکید)\s+می[\u200c\s]?کند)\s*:\s*$/u;
/** `یک مسافر که … گفت:`: "one"/"a" and a noun opening the sentence, a relative clause, the verb: someone unnamed. */
// (`یکی از باغداران پیر از ته سالن پرسید:`: "one of" the group, then where, asking.)
// (`یک نانوای ۴۰ ساله از محله‌های قدیمی که نخواست نامش فاش شود، در تماس با ما گفت:`: the noun's age and origin, the
// relative clause, an adjunct; not `یک روز بعد،` (one day later), a time, nor `یک کشاورز به نام X` (a farmer named X).)
// (`یکی از کارگران گروه مرمت که نخواست نامش بیاید، درباره کار توضیح داد:`: a group of three words, explaining or adding.)
const UNNAMED_COLON = /(?:^|[.!?؟]\s+)(یک\s+(?!(?:روز|سال|ماه|هفته|شب|بار|ساعت|دقیقه|لحظه|دفعه)(?![^\s،:«»]))[^\s،:«»]+(?:\s+[^\s،:«»]+){0,7}?|یکی\s+از\s+[^\s،:«»]+(?:\s+[^\s،:«»]+){0,3}?)(?:\s+که\s+[^:«»]{0,100}?|\s+از\s+[^:«»]{0,40}?)?\s+(?:گفت|افزود|پرسید|می[\u200c\s]?گوید|می[\u200c\s]?پرسد|(?:توضیح|ادامه)\s+(?:داد|می[\u200c\s]?دهد)|(?:تأکید|تاکید|اضافه)\s+(?:کرد|می[\u200c\s]?کند))\s*:\s*$/u;
/** A preposition or a time opening an adverbial group (`در نجف‌آباد، …`, `کنار پل، …`, `شامگاه جمعه، …`): no one's name. */
// (`غروب دوشنبه، وقتی …، X …`: dusk and a clause of "when" are times too; `بر پایه‌ی آمار …،` "on the basis of" a place's preposition.)
const ADVERBIAL = /^(?:در|از|به|با|بر|کنار|نزدیک|روی|زیر|پشت|جلوی|شامگاه|صبح|عصر|ظهر|بامداد|شب|امروز|دیروز|غروب|وقتی|هنگامی|زمانی|پس|پیش)$/u;
/**
 * After adverbial groups, a name of two or three words (the last shaped like a family name, no adverb such as هنوز
 * among them) opening the clause; or one
 * family name alone, when only a name could be it: compounded with a zero-width non-joiner (`نیک‌فر`, `X‌سرشت`, not a
 * verb's `می‌` nor a plural's `‌ها`) or ending in -زاده, -پور, -نژاد (a bare -ی ends common nouns too, `مشتری`).
 */
const NAME_AFTER_GROUPS = /^((?:(?!(?:هنوز|نیز|هم|همچنان|اکنون|حالا|دیگر)\s)[^\s،:.«»]+\s+){1,2}[^\s،:.«»]{2,}(?:ی|زاده|پور|نیا|فر|یان|نژاد|راد|وند)|(?!(?:ن?می|ب)\u200c)[^\s\u200c،:.«»]{2,}\u200c(?!(?:ها|های|هایی|ای|اش|ام|تر|ترین)(?=[\s،]))[^\s\u200c،:.«»]{2,}|[^\s،:.«»]{2,}(?:زاده|پور|نژاد|وند))\s/u;
/** Words of a body, never opening a person's name. */
const BODY = /^(?:وزارت|سازمان|شرکت|دولت|شورای|مجلس|شهرداری|اداره)$/u;

/** The speaker of a Persian frame before a quote that lang/fa.ts leaves: the pronoun (for introduced.ts) or someone unnamed. */
// (Only lang/fa.ts calls it, on frames it read as Persian: `او افزود:` has no letter of Persian's own.)
export function persianPronounOrUnnamed(frame: string): SpeakerPhrase | null {
  const unnamed = UNNAMED_COLON.exec(frame.trim());
  if (unnamed && !/(?:^|\s)به\s+نام\s/u.test(unnamed[0])) return { ...described(unnamed[1]!)!, unnamed: true };
  // (او has no gender and is one person: the latest salient one, as a subject left out is, not a group's "they".)
  return PRONOUN_COLON.test(frame.trim()) ? { ...pronoun('they'), dropped: true } : null;
}

/**
 * The person a Persian sentence opens with, in apposition with an office, whatever its verb; or, given the text `earlier`,
 * a name of two or three words the text wrote before (`… X Y، کشاورز … .` then `X Y هر روز به مزرعه می‌رود.`).
 */
export function persianSubject(sentence: string, earlier?: string): SpeakerPhrase | null {
  if (!PERSIAN_LETTER.test(sentence)) return null;
  const known = earlier ? knownNameOpening(sentence, earlier) : null;
  if (known) return known;
  // (`در سوی دیگر بازار، X Y، معلم بازنشسته، …`: a place of four words or more first, then the name and its office.)
  const groups = sentence.trim().split('،');
  const firstNamed = groups.findIndex((group) => !ADVERBIAL.test(group.trim().split(/\s+/u)[0]!));
  const afterGroups = firstNamed > 0 ? APPOSED_OPENING.exec(groups.slice(firstNamed).join('،')) : null;
  if (afterGroups && !BODY.test(afterGroups[1]!.replace(FORM_OF_ADDRESS, '').split(/\s+/u)[0]!)) return person(afterGroups[1]!.replace(FORM_OF_ADDRESS, ''), afterGroups[2]!.trim());
  const found = APPOSED_OPENING.exec(sentence);
  // (`رحیمی هر صبح زود می‌آید.`: with no group before it, a family name the text gave in full opens the sentence too.)
  if (!found) return earlier && firstNamed >= 0 ? familyNameAfterGroups(groups[firstNamed]!, earlier) : null;
  if (BODY.test(found[1]!.replace(FORM_OF_ADDRESS, '').split(/\s+/u)[0]!)) return null;
  // (`در نجف‌آباد، در حدود …، حسن مرادی کنار مزرعه‌ای ایستاده`: the groups are where, the name after them the subject.)
  if (ADVERBIAL.test(found[1]!.split(/\s+/u)[0]!)) {
    const rest = sentence.trim().split('،').filter((group, i, all) => i === all.length - 1 || !ADVERBIAL.test(group.trim().split(/\s+/u)[0]!)).join('،').trim();
    const named = NAME_AFTER_GROUPS.exec(rest);
    return named && !named[1]!.split(/\s+/u).some((word) => ADVERBIAL.test(word)) ? person(named[1]!) : null;
  }
  return person(found[1]!.replace(FORM_OF_ADDRESS, ''), found[2]!.trim());
}

/**
 * `غروب که می‌شود، رحیمی سبدها را به خانه می‌برد`: after groups of when or where, one word opening the clause that the text
 * wrote before as the last of a name set off by a comma (`حسن رحیمی، باغدار …،`): that person, in full.
 */
// (`روستای کلاته،`: a word closing on the ezafe, `‌ی` or `ای`, is a noun bound to a place, no given name.)
const EZAFE_END = /(?:\u200c\u06cc|\u0627\u06cc)$/u;
function familyNameAfterGroups(clause: string, earlier: string): SpeakerPhrase | null {
  const word = clause.trim().split(/\s+/u)[0] ?? '';
  if (word.length < 3 || ADVERBIAL.test(word) || BODY.test(word) || /^(?:او|وی|این|آن|یک|یکی|ما|من|آنها|آن‌ها)$/u.test(word)) return null;
  const given = [...earlier.matchAll(/(?:^|[\s.!?؟«»])([^\s،:.«»]{2,})\s+([^\s،:.«»]{2,})\s*،/gu)].filter((match) => match[2] === word && !ADVERBIAL.test(match[1]!) && !BODY.test(match[1]!) && !EZAFE_END.test(match[1]!));
  // (`حسن رحیمی، …` then `مریم رحیمی، دخترش، …`: a family two share stays with the one the story brought in first, as papers
  // call the relative by the given name; one person named twice is the latest writing of them.)
  const firstNames = new Set(given.map((match) => match[1]));
  const chosen = firstNames.size > 1 ? given[0] : given.at(-1);
  return chosen ? person(`${chosen[1]} ${word}`) : null;
}

/** A name shaped like one (the last word a family name) opening the sentence with no comma, which the text wrote before. */
function knownNameOpening(sentence: string, earlier: string): SpeakerPhrase | null {
  const opening = NAME_AFTER_GROUPS.exec(sentence.trim().replace(FORM_OF_ADDRESS, '') + ' ');
  const name = opening?.[1];
  // (`پایه‌ی`: a word closing on the ezafe after a non-joiner is bound to the noun after it, no family name.)
  if (!name || !/\s/u.test(name) || /\u200c\u06cc$/u.test(name) || /،/u.test(sentence.slice(0, sentence.indexOf(name) + name.length + 1))) return null;
  if (name.split(/\s+/u).some((word) => ADVERBIAL.test(word) || BODY.test(word) || /^(?:او|وی|این|آن|یک|یکی)$/u.test(word))) return null;
  return earlier.includes(name) ? person(name) : null;
}

/** Whether a word opens an adverbial group (a preposition or a time). */
export const isPersianAdverbialWord = (word: string): boolean => ADVERBIAL.test(word);

/** Whether a Persian sentence opens with an adverbial group (`در نجف‌آباد، …`): its first words are where or when, no one. */
export function opensWithPersianAdverbial(sentence: string): boolean {
  return PERSIAN_LETTER.test(sentence) && ADVERBIAL.test(sentence.trim().split(/\s+/u)[0] ?? '');
}

/** Letters only Urdu writes (ٹ ڈ ڑ ں ھ ہ ے): a sentence with one is no Persian one. */
const URDU_LETTER = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u;
/**
 * Whether a sentence is Persian (letters Persian writes and Arabic does not, none only Urdu writes): the Arabic and Urdu
 * readers of a sentence's subject misread its words as a name (`در کلاته، از … می‌کارند.` gave "در کلاته", a place with
 * its preposition; `… آیا به فروش باغ فکر کرده است` gave "باغ فکر", Urdu's `سبزی فروش` "seller" read as a role), so only
 * persianSubject above reads it.
 */
export const isPersianSentence = (sentence: string): boolean => PERSIAN_LETTER.test(sentence) && !URDU_LETTER.test(sentence);
