/**
 * The role and the name in the words a Semitic reader took as the speaker (`رئيس نقابة … منذر الزعبي`, `ראש הממשלה X`):
 * a known office and its definite complements are the role, the words after it the name.
 */

import type { SpeakerPhrase } from '../cues';
import { described, person } from './shared';
import { plainName, type SemiticLanguage } from './semitic';
import { nameWordCount } from './arabic-name-parts';
import { occupationBeforeName } from './arabic-occupation';
export { pronounBeforeVerb, titledNameGroup } from './semitic-pronoun-subject';

/** `الباحثة في علوم البحار ليلى منصور`: an occupation's field after في belongs to the role. */
const FIELD = /^(?:علوم|شؤون|الشؤون|شأن|الشأن|مجال|قضايا|قسم|تاريخ|اقتصاد|هندسة|طب)$/u;
export const fieldAfterRole = (language: SemiticLanguage, words: readonly string[], word: string, next: string | undefined) =>
  word === 'في' && !!next && FIELD.test(next) && language.roleHeads.has(words[0] ?? '') && words.every((earlier, i) => i === 0 || language.definite.test(earlier));

/**
 * `مديرة إدارة حماية المستهلك في الوزارة المهندسة نوال الشمري`: في and one definite noun after an office whose
 * last word is definite, when a name (after any title) follows, say where the office sits (not `في المؤتمر الصحفي`).
 */
export function placeAfterOffice(language: SemiticLanguage, words: readonly string[], all: readonly string[], at: number): boolean {
  if (all[at] !== 'في' || words.length < 2 || !language.roleHeads.has(words[0]!) || !language.definite.test(words.at(-1)!) || !(language.definite.test(all[at + 1] ?? '') || namedPlaceThenName(language, all, at))) return false;
  const titled = language.title?.test(all[at + 2] ?? '') || language.weakRole?.test(all[at + 2] ?? '') ? 1 : 0;
  const first = all[at + 2 + titled];
  return !!first && !!all[at + 3 + titled] && plainName(language, first);
}

/**
 * `رئيس نقابة أصحاب المدارس الخاصة منذر الزعبي`: an Arabic office over a chain of nouns in construct (up to three
 * without the article), closed by a definite noun and its adjectives; the words after it are the name (two at least,
 * the first without the article). Returns where the office ends, or `from` when there is no such chain.
 */
/**
 * `رئيس نقابة أصحاب المخابز في طرابلس سامي نصار`: after في, a city's own name (no article) belongs to the office when a full
 * name follows it.
 */
function namedPlaceThenName(language: SemiticLanguage, words: readonly string[], at: number): boolean {
  const place = words[at + 1] ?? '';
  // (The name closes the words read: `في بيان رسمي صدر اليوم` goes on, a statement and no place.)
  const after = words[at + 4];
  return !language.definite.test(place) && language.script.test(place) && !language.stop.test(place) && plainName(language, words[at + 2] ?? '') && plainName(language, words[at + 3] ?? '') && (after === undefined || /^(?:إن|أن|بأن|إنه|إنها|:)$/u.test(after));
}

export function constructChain(language: SemiticLanguage, words: string[], from: number): number {
  let at = from;
  while (at < words.length && at - from < 3 && !language.definite.test(words[at]!) && !language.stop.test(words[at]!) && language.script.test(words[at]!)) at++;
  if (at === from || at >= words.length || !language.definite.test(words[at]!)) return from;
  while (at < words.length && language.definite.test(words[at]!) && !language.stop.test(words[at]!)) at++;
  // `مديرة إدارة حماية المستهلك في الوزارة`: where the office sits, في and one definite noun, belongs to it.
  if (words[at] === 'في' && (language.definite.test(words[at + 1] ?? '') || namedPlaceThenName(language, words, at))) at += 2;
  const name = words.slice(at);
  // (`… المهندسة نوال الشمري`: a title may stand between the office and the name.)
  const titled = name.length >= 3 && (!!language.title?.test(name[0]!) || !!language.weakRole?.test(name[0]!)) ? 1 : 0;
  return name.length - titled >= 2 && plainName(language, name[titled]!) ? at : from;
}

/** "In" or "of" a governorate, province, city or municipality (Arabic `بمحافظة`, `لولاية`): the place an office serves. */
const OFFICE_PLACE = /^(?:ب|ل|في\s)(?:محافظة|ولاية|مدينة|بلدية|منطقة|إمارة|مقاطعة|قضاء)$/u;

/** The definite words that go on the place's name (`بمحافظة مسقط`, `بولاية صور الساحلية`), leaving two words or more for the name. */
function placeTail(language: SemiticLanguage, words: readonly string[], from: number): number {
  let at = from;
  while (at + 2 < words.length && language.definite.test(words[at]!)) at++;
  return at - from;
}

/**
 * `قال بائع زيت متجول إن`, `قالت طالبة جامعية`: an occupation with no article, then no more than a noun and an adjective
 * with none either (a participle `متجول`, `متقاعد` or a nisba `جامعية`), is someone the paper does not name: Arabic writes a
 * named person's occupation with the article (`البائع X`) or in construct with a definite noun (`بائع الخضار X`).
 */
function indefiniteDescription(language: SemiticLanguage, words: string[]): boolean {
  if (language.constructBeforeDefinite || words.length < 2 || words.length > 3 || words[0]!.endsWith('.') || language.definite.test(words[0]!)) return false;
  const after = words.slice(1);
  return after.every((word) => !language.definite.test(word) && !language.roleHeads.has(word)) && /^(?:م\p{Script=Arabic}{3,5}|\p{Script=Arabic}{2,}ي(?:ة|ون|ين|ات))$/u.test(after.at(-1)!);
}

/**
 * `متحدث باسم بلدية رأس الخيمة`: the body a spokesperson speaks for runs, in construct, to its first definite noun and the
 * definite words after it (a city's name in two words among them); the name, if any, comes after.
 */
function bodyAfter(language: SemiticLanguage, words: readonly string[], from: number): number {
  let at = from;
  while (at < words.length && at - from < 3 && !language.definite.test(words[at]!)) at++;
  if (at === from || at >= words.length) return from + 1;
  while (at < words.length && language.definite.test(words[at]!) && !language.stop.test(words[at]!)) at++;
  return at;
}

/** Titles of address before a name (an occupation, `المهندس`, may take an adjective: `المهندس الزراعي`). */
const ADDRESS_TITLE = /^(?:الدكتور|الدكتورة|د\.|السيد|السيدة|الشيخ|الشيخة|الحاج|الحاجة)$/u;
/** Adjectives of a field in ي that follow a title as no family name does (`الدكتور الجامعي`, `الشيخ الجليل` aside). */
const FIELD_ADJECTIVE = /^ال(?:جامعي|نفسي|بيطري|شرعي|قانوني|اقتصادي|سياسي|اجتماعي|زراعي|طبي|عسكري|رسمي)$/u;

export function splitRole(language: SemiticLanguage, phrase: string[]): SpeakerPhrase | null {
  // (`גם נועה לוי, …`, `אמרה גם נועה לוי`: "also" before a name is no part of it.)
  const words = phrase.length > 1 && /^ו?(?:גם|אף)$/u.test(phrase[0]!) ? phrase.slice(1) : phrase;
  const first = words[0] ?? '';
  if (language.outletHeads.has(first.replace(/^(?:ال|ה)/u, ''))) return null;
  // `بحسب الدكتور العتوم`: a form of address, then one definite word in ي, is a family name written in full before.
  if (words.length === 2 && ADDRESS_TITLE.test(first) && /^ال\p{Script=Arabic}{3,}ي$/u.test(words[1]!) && !FIELD_ADJECTIVE.test(words[1]!)) return person(words[1]!, first);
  if (language.roleHeads.has(first)) {
    if (indefiniteDescription(language, words)) return described(words.join(' '));
    let end = 1;
    while (end < words.length) {
      const word = words[end] ?? '';
      const next = words[end + 1] ?? '';
      // (`رئيس التعاونية الحسين بوعزة`: a given name with the article ends the office.)
      if (language.givenWithArticle?.test(word) && plainName(language, next)) break;
      // Only right after the definite office or its adjectives; `و` + an office joins a second office (`الكاتب والناقد`).
      const adjectiveOnly = !!language.definiteHeadTakes && language.definite.test(words[end - 1]!) && language.definite.test(first) && !language.definiteHeadTakes.test(word) && !language.roleHeads.has(word.replace(/^و/u, ''));
      if (adjectiveOnly && language.definite.test(word)) break;
      // `مديرة آثار البر الغربي`, `استشارية طب الطوارئ`: an office with no article is in construct with the noun after it.
      // (`م. X`, `د. X`: an abbreviated title is in construct with nothing.)
      const construct = end === 1 && !language.definite.test(first) && !first.endsWith('.') && !language.constructBeforeDefinite && language.definite.test(next) && !language.stop.test(word);
      if (language.definite.test(word) || ((language.constructNouns.has(word) || construct) && language.definite.test(next))) end++;
      else if (/^(?:باسم|באמצעות)$/u.test(word) && next) end = bodyAfter(language, words, end + 1);
      else if (end === 1 && !language.constructBeforeDefinite && !first.endsWith('.') && constructChain(language, words, end) > end) end = constructChain(language, words, end);
      else if (fieldAfterRole(language, words.slice(0, end), word, next) || placeAfterOffice(language, words.slice(0, end), words, end)) end += 2;
      else break;
    }
    // `عضو المجلس البلدي بمحافظة ظفار X`: where the office sits (in a governorate, a city), written before the name, is part of the role.
    const place = OFFICE_PLACE.test(words[end] ?? '') && end + 3 < words.length ? end + 2 + placeTail(language, words, end + 2) : end;
    // (`סגן ראש העיר לענייני תחבורה X`, `نائب رئيس البلدية لشؤون النقل X`: the office's complement with "for" before the name.)
    const served = complementBeforeName(language, words.slice(place));
    let name = words.slice(place + served, place + served + 5);
    // `הכלכלן ד"ר X Y מאוניברסיטת…`: a title before the name and where the person comes from after it are neither.
    if (name.length > 2 && (language.title?.test(name[0]!) || language.weakRole?.test(name[0]!))) name = name.slice(1);
    const from = language.affiliation ? name.findIndex((word, i) => i >= 2 && language.affiliation!.test(word)) : -1;
    name = name.slice(0, from > 0 ? from : 4);
    // `الخبيرة التربوية الدكتورة X`: an academic title or form of address closing the office run is no part of the role
    // (an occupation used as a title, `مدير المشروع المهندس`, stays).
    const titled = end > 1 && (language.title?.test(words[end - 1]!) || /^(?:الدكتور|الدكتورة|د\.)$/u.test(words[end - 1]!));
    const role = [...words.slice(0, titled ? end - 1 : place), ...words.slice(place, place + served)].join(' ');
    // `דובר צה"ל`: an acronym after an office is an organisation (names have no gershayim).
    if (name.length === 0 || name.every((word) => /["״]/u.test(word))) return described(words.slice(0, end + name.length).join(' '));
    // `פרמדיק מד"א אלון שגיא`: an acronym right after the office is the body it serves, part of the role.
    if (name.length >= 3 && /\p{L}["״]\p{L}/u.test(name[0]!)) return person(name.slice(1).join(' '), `${role} ${name[0]}`);
    return person(name.join(' '), role);
  }
  // `أكد العبيدي أن`: one definite word ending in ي (a nisba) is a family name, not a description.
  if (words.length === 1 && /^(?:[وف]?ال)\p{Script=Arabic}+ي$/u.test(first)) return person(first);
  // `المتحدث الرسمي`: a definite description runs over its definite words only (`البلدية خطة` is noun + object).
  if (language.definite.test(first)) {
    const end = words.findIndex((word, i) => i > 0 && !language.definite.test(word));
    // (`הכוורן יוסי לוי`, `النحال سعيد منصور`: a definite noun no list holds, then a name of two or three plain words and
    // nothing after it, is that person's occupation: article + noun + name, as in the languages with capitals.)
    const rest = words.slice(end);
    if (end === 1 && rest.length >= 2 && rest.length <= 3 && rest.every((word) => plainName(language, word))) return person(rest.join(' '), first);
    return described(words.slice(0, end < 0 ? 5 : end).join(' '));
  }
  if (language.descriptionHeads.has(first)) return described(words.slice(0, 5).join(' '));
  // `هيئة الأرصاد الجوية`, `משרד הבריאות`: a body speaks only as itself.
  if (language.constructNouns.has(first.replace(/^[وف]/u, '')) && words.length > 1 && language.definite.test(words[1]!)) return described(words.slice(0, 4).join(' '));
  // `بائع الخضار منير داود`: a trade in construct before a name (arabic-occupation.ts).
  // (`عبد الكريم سالم أبو حمدة`: an Arabic name's construct parts count as one, arabic-name-parts.ts.)
  const take = language.constructBeforeDefinite ? 4 : nameWordCount(words);
  return (language.constructBeforeDefinite ? null : occupationBeforeName(language, words)) ?? person(words.slice(0, take).join(' '));
}

/**
 * How many of the words after an office belong to it as a complement with "for" (Hebrew ל, Arabic ل prefixed to a noun of
 * five letters or more, `לענייני`, `لشؤون`) and the noun after it, leaving a name of two words. None when no such word
 * stands there (names opening with the letter, `ליאור`, `ليلى`, are shorter or are the name's first word with one after).
 */
function complementBeforeName(language: SemiticLanguage, name: readonly string[]): number {
  const at = name.findIndex((word, i) => i <= 2 && /^(?:ל|ل)\p{L}{4,}$/u.test(word) && !language.definite.test(word));
  if (at < 0) return 0;
  const left = name.length - at - 1;
  return left === 3 || left === 4 ? name.length - 2 : 0;
}

/**
 * `יו"ר הוועד, X Y, אם לשלושה ילדים, אמרה`: an aside about the person (opening with a person noun, no article) after the
 * office-and-name groups says more of them, no part of the tag: the words before the verb without it.
 */
export function withoutTrailingAside(language: SemiticLanguage, lead: string): string {
  const groups = lead.split(/[.!?؟]\s/u).at(-1)!.split(/[،,]/u);
  if (groups.length < 4 || groups.at(-1)!.trim()) return lead;
  const aside = groups.at(-2)!;
  const opening = aside.trim().split(/\s+/u)[0] ?? '';
  const name = groups.at(-3)!.trim().split(/\s+/u);
  const personNoun = (language.roleHeads.has(opening) || language.descriptionHeads.has(opening)) && !language.definite.test(opening);
  if (!personNoun || name.length < 2 || name.length > 3 || !name.every((word) => plainName(language, word))) return lead;
  const at = lead.lastIndexOf(aside);
  return lead.slice(0, at - 1) + lead.slice(at + aside.length);
}
