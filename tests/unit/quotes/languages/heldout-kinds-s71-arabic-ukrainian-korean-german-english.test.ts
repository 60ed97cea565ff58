// Kinds the seventy-first held-out set showed in Arabic, Ukrainian, Korean, German and English copy, each in fresh
// sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const ARABIC_FISHER_SIXTIES =
  '«البحر لم يعد كما كان». بهذه العبارة بدأ كريم الحداد، وهو صياد يبلغ من العمر 63 عامًا، حديثه عن الموسم.\n\n' +
  'وقال المهندس ماجد السويدي، مدير الميناء: «سنبدأ أعمال التوسعة في الربيع المقبل».\n\n' +
  'ويتذكر الحداد الأيام الأولى في البحر. «كنا نخرج قبل الفجر ونعود بعد الظهر»، يقول الرجل الستيني، «واليوم لا نجد ما يكفي للبيع».';
const ARABIC_TWO_AGES =
  '«البحر لم يعد كما كان». بهذه العبارة بدأ كريم الحداد، وهو صياد يبلغ من العمر 63 عامًا، حديثه عن الموسم.\n\n' +
  'وقال ناصر العلي، وهو تاجر سمك يبلغ من العمر 47 عامًا: «الأسعار تضاعفت هذا الشتاء».\n\n' +
  'وقال المهندس ماجد السويدي، مدير الميناء: «سنبدأ أعمال التوسعة في الربيع المقبل».\n\n' +
  '«نشتري أقل ونبيع أقل»، يضيف الرجل الأربعيني.';
const ARABIC_DECADE_NOBODY_HAS =
  '«البحر لم يعد كما كان». بهذه العبارة بدأ كريم الحداد، وهو صياد يبلغ من العمر 63 عامًا، حديثه عن الموسم.\n\n' +
  'وقال المهندس ماجد السويدي، مدير الميناء: «سنبدأ أعمال التوسعة في الربيع المقبل».\n\n' +
  '«كنا نخرج قبل الفجر ونعود بعد الظهر»، يقول الرجل الأربعيني.';

/** `«…»، يقول الرجل الخمسيني`: Arabic's decade adjective is the earlier speaker the text gave an age in it (lang/arabic-age-decade.ts). */
kindTable('An Arabic decade-of-life descriptor after a quote is the earlier speaker of that age', [
  ['ar: `يقول الرجل الستيني` after another speaker is the fisher of 63', ARABIC_FISHER_SIXTIES, 'كنا نخرج قبل الفجر', 'كريم الحداد', ANY],
  ['ar: the quote the tag splits goes on with him', ARABIC_FISHER_SIXTIES, 'واليوم لا نجد', 'كريم الحداد', ANY],
  ['counter-case ar: `الرجل الأربعيني` is the trader of 47, not the fisher of 63', ARABIC_TWO_AGES, 'نشتري أقل', 'ناصر العلي', ANY],
  ['counter-case ar: a decade the text gave nobody stays with the speaker before', ARABIC_DECADE_NOBODY_HAS, 'كنا نخرج قبل الفجر', 'ماجد السويدي', ANY],
]);

const UKRAINIAN_RADIO_IN_MARKS =
  'Інженер Петро Савчук розповів про монтаж: «Ми все зробили вчасно».\n\n' +
  'В обласній компанії такі проєкти вітають. «Кожна школа може жити автономно», — сказав в ефірі радіо «Хвиля Півдня» речник компанії Андрій Гнатюк.';
const UKRAINIAN_HYPHENED_ROLE_BEFORE_MARKS =
  'Інженер Петро Савчук розповів про монтаж: «Ми все зробили вчасно».\n\n' +
  'Клуб готує запит до комісії. «Ми хочемо зрозуміти рішення», — пояснив прес-аташе «Світлого краю» Іван Бондар.';
const UKRAINIAN_BODY_IN_MARKS =
  'Інженер Петро Савчук розповів про монтаж: «Ми все зробили вчасно».\n\n' +
  'Компанія готує нові проєкти. «Попит росте щомісяця», — сказав директор компанії «Світлий край» Іван Бондар.';

/** `— сказав в ефірі радіо «…» X`: where it was said and the outlet's name in marks, between the verb and the speaker (lang/ru-uk.ts). */
kindTable('A Ukrainian outlet in quotation marks after "on air of" does not end the tag', [
  ['uk: `сказав в ефірі радіо «…» речник X` is X', UKRAINIAN_RADIO_IN_MARKS, 'Кожна школа', 'Андрій Гнатюк', 'речник'],
  ['counter-case uk: a body named in marks inside the role stays in the role', UKRAINIAN_BODY_IN_MARKS, 'Попит росте', 'Іван Бондар', 'Світлий край'],
  ['counter-case uk: a hyphened role before the body in marks is the role, no place said', UKRAINIAN_HYPHENED_ROLE_BEFORE_MARKS, 'Ми хочемо', 'Іван Бондар', 'прес-аташе'],
]);

const UKRAINIAN_HEAD_SECOND_WORD =
  'Голова Вербівської сільської громади Марина Коваль пояснює, навіщо громада купила генератори: «Без світла не працює ні школа, ні амбулаторія».\n\n' +
  'Інженер Петро Савчук, який встановлював обладнання, додав: «Ми закінчили роботу за три тижні».\n\n' +
  'Люди вже звикли до нових правил. «Це лише початок, далі буде більше», — усміхається очільниця громади. Наступного року громада планує нові станції.';
const UKRAINIAN_HEAD_NOBODY_HOLDS =
  'Люди вже звикли до нових правил. Інженер Петро Савчук, який встановлював обладнання, додав: «Ми закінчили роботу за три тижні».\n\n' +
  '«Це лише початок, далі буде більше», — усміхається очільниця громади. Наступного року громада планує нові станції.';

/** `— усміхається очільниця громади` after `Голова громади X`: another word for the same office, her gender in the noun (lang/unnamed-office.ts). */
kindTable('Ukrainian "очільниця" refers back to the council head the story named', [
  ['uk: `очільниця громади` is the `голова громади` named before, not the man quoted last', UKRAINIAN_HEAD_SECOND_WORD, 'Це лише початок', 'Марина Коваль', ANY],
  ['counter-case uk: with no head named the office stays an unnamed description', UKRAINIAN_HEAD_NOBODY_HOLDS, 'Це лише початок', DESCRIBED, ANY],
]);

const FERRY_OPENING =
  'PORT LOUIS – The ferry operator Blue Lagoon Lines has cancelled all crossings until further notice.\n\n' +
  '"We have not been paid since June," deckhand Marcus Fontaine said.\n\n' +
  'The owner speaks\n\n';
const FERRY_QUESTIONS_AND_ANSWERS =
  'How many crossings were cancelled, and why?\n\n' +
  'Twelve this week. Mostly the engine trouble on the bigger boat, and the insurance on the small one.\n\n' +
  'Your crew say they have heard nothing from you since the summer.\n\n' +
  'That is unfair, but I see why they feel it. I have spoken to the bank every week.\n\n' +
  'Will the crew be paid?\n\n' +
  'All of them. Thirty years I run boats on this water and I never left a crew short.\n\n' +
  'Will the ferries run at Christmas?\n\n' +
  'If we don\'t run, how do we pay anyone? The boats must sail.\n\n';
const ENGLISH_ANNOUNCED_INTERVIEW =
  FERRY_OPENING +
  'The Courier spoke to Helena Duprat, who founded the company in 1998, at her office on the quay on Friday. The interview has been edited for length and clarity.\n\n' +
  FERRY_QUESTIONS_AND_ANSWERS;
const ENGLISH_UNANNOUNCED_QUESTIONS =
  FERRY_OPENING +
  'Helena Duprat founded the company in 1998 and runs it from an office on the quay.\n\n' +
  FERRY_QUESTIONS_AND_ANSWERS;

/**
 * `The Courier spoke to X … The interview has been edited for length.` then questions that ask of others (`Will the crew
 * be paid?`) or are put as statements to "you": the answers are X's, the paper's object the one interviewed (qa-answers.ts).
 */
kindTable('An announced interview whose questions ask of others, one put as a statement', [
  ['en: an answer after `How many … and why?` is the interviewee\'s', ENGLISH_ANNOUNCED_INTERVIEW, 'Twelve this week', 'Helena Duprat', ANY],
  ['en: the answer after a statement put to "you" is hers too', ENGLISH_ANNOUNCED_INTERVIEW, 'That is unfair', 'Helena Duprat', ANY],
  ['en: `Will the crew be paid?` is answered by her', ENGLISH_ANNOUNCED_INTERVIEW, 'All of them', 'Helena Duprat', ANY],
  ['counter-case en: the quote before the interview stays the deckhand\'s', ENGLISH_ANNOUNCED_INTERVIEW, 'We have not been paid', 'Marcus Fontaine', ANY],
]);

describe('counter-case en: questions that neither say "you" nor follow an announced interview', () => {
  it('leaves the plain paragraphs after them unquoted', () => {
    const quoted = findQuotes(ENGLISH_UNANNOUNCED_QUESTIONS).map((quote) => quote.text);
    expect(quoted.some((words) => words.startsWith('Twelve this week')), JSON.stringify(quoted)).toBe(false);
  });
});
