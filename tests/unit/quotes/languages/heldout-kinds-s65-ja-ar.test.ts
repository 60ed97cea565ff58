// Kinds the sixty-fifth held-out set showed in Japanese and Arabic copy, each in fresh sentences of my own, with
// counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED } from './kind-table';

const CLEFT_NAMES_AFTER_QUOTE = '　港の朝市が３年ぶりに再開した。\n\n　「魚の値段が高くても、客は来てくれる」と話すのは、漁協組合長の村井健司さん（64）。';
const CLEFT_SURNAME_WITH_COPULA = '　港の朝市が３年ぶりに再開した。\n\n　「魚の値段が高くても、客は来てくれる」と話すのは、村井さんだ。';
const CLEFT_ON_A_GROUP = '　港の朝市が３年ぶりに再開した。\n\n　「魚の値段が高くても、客は来てくれる」と話すのは、地元の漁師たちだ。';

/** `「…」と話すのは、<office>の<name>さん（64）。`: the cleft right after the quote names who says it, copula or not (lang/ja.ts honouredCleft). */
kindTable('Japanese: a cleft after the quote, `と話すのは、…さん（64）。`, names its speaker', [
  ['ja: `と話すのは、漁協組合長の X さん（64）。` is X', CLEFT_NAMES_AFTER_QUOTE, '魚の値段が高くても', '村井健司', ANY],
  ['ja: `と話すのは、X さんだ。` is X', CLEFT_SURNAME_WITH_COPULA, '魚の値段が高くても', '村井', null],
  ['counter-case ja: `と話すのは、地元の漁師たちだ。` names no one', CLEFT_ON_A_GROUP, '魚の値段が高くても', UNNAMED, ANY],
]);

const THUS_SAYING_THEN_NEW_QUOTE =
  '　朝市の運営は、料理研究家の竹内美保さん（51）が手伝う。港の会館では、村井健司さんが魚をさばいていた。\n\n' +
  '　「毎朝が勉強です」。竹内さんはそう言って笑い、「でも、失敗も楽しいんです」と続けた。';
const NEXT_NAMED_WITHOUT_SAYING =
  '　朝市の運営は、料理研究家の竹内美保さん（51）が手伝う。\n\n' +
  '　「毎朝が勉強です」と話した。隣の店の村井健司さんは黙って聞き、「いいね」とうなずいた。';

/** `「…」。X さんはそう言って笑い、「…」と続けた。`: "saying so" names the speaker of the quote before, though a new quote follows (lang/ja.ts nextTitled). */
kindTable('Japanese: `「…」。X さんはそう言って…、「…」`: the one "saying so" said the quote before', [
  ['ja: `。X さんはそう言って笑い、「…」` is X', THUS_SAYING_THEN_NEW_QUOTE, '毎朝が勉強です', '竹内美保', ANY],
  ['counter-case ja: `と話した。` then `X さんは黙って聞き、「…」`: no "saying so", the quote stays with the one speaking', NEXT_NAMED_WITHOUT_SAYING, '毎朝が勉強です', '竹内美保', ANY],
]);

const TOLD_TO_OUTLET =
  'وقال النائب كريم الزيات، عضو مجلس النواب عن الدائرة، في تصريح خاص لـ"صوت المدينة الجديدة": "المشروع سيكتمل قبل نهاية العام الحالي بإذن الله".';
const TOLD_TO_OUTLET_HEBREW = 'חבר המועצה יואב שטרן אמר ל"קול העמק": "נפתח את הגשר לפני החורף, בלי שום דחייה נוספת".';
const QUOTE_AFTER_COLON = 'وقال النائب كريم الزيات، عضو مجلس النواب عن الدائرة: "لن نقبل بأي تأخير جديد في المشروع".';

/** `في تصريح لـ"<outlet>": "…"`: the words in marks after "to" (لـ, ל) name the listener, no quotation (work-titles.ts). */
describe('Arabic and Hebrew: an outlet in marks after "to" (لـ"…", ל"…") is no quotation', () => {
  const starts = (text: string) => findQuotes(text).map((quote) => quote.text.trim().slice(0, 12));
  it('ar: `لـ"صوت المدينة الجديدة":` is not a quote; the words after it are, by the MP', () => {
    const quotes = findQuotes(TOLD_TO_OUTLET);
    expect(quotes.map((quote) => quote.text)).not.toContain('صوت المدينة الجديدة');
    expect(quotes.find((quote) => quote.text.startsWith('المشروع سيكتمل'))?.speaker).toBe('كريم الزيات');
  });
  it('he: `ל"קול העמק":` is not a quote', () => {
    expect(starts(TOLD_TO_OUTLET_HEBREW)).not.toContain('קול העמק');
  });
  it('counter-case ar: `وقال …: "…"` (a verb ending in ل, then a colon) keeps its quote', () => {
    expect(findQuotes(QUOTE_AFTER_COLON).find((quote) => quote.text.startsWith('لن نقبل'))?.speaker).toBe('كريم الزيات');
  });
});

const OUTLET_IN_BRACKETS = '　祭りの笛は、港町に住む演奏家の竹内美保さん（51）が指導する。竹内さんは地元ケーブルテレビ「つばめチャンネル」の取材に、「港に活気が戻ってきた。本当にうれしい」と語った。';
const OUTLET_BEFORE_INTERVIEW = '　竹内さんは「ほたるテレビ」のインタビューに、「港に活気が戻ってきた」と語った。';
const SHORT_QUOTE_AFTER_PARTICLE = '　竹内さんは取材に対し、「もう無理だ」と断った。';

/** `地元テレビ「…」の取材に、「…」と語った`: an outlet named in corner brackets is no quotation (work-titles.ts). */
describe('Japanese: an outlet in corner brackets, `テレビ「…」の取材に`, is no quotation', () => {
  const texts = (text: string) => findQuotes(text).map((quote) => quote.text);
  it('ja: `ケーブルテレビ「…」の取材に、「…」と語った`: only the words after it are a quote', () => {
    expect(texts(OUTLET_IN_BRACKETS)).toEqual(['港に活気が戻ってきた。本当にうれしい']);
    expect(findQuotes(OUTLET_IN_BRACKETS)[0]?.speaker).toBe('竹内美保');
  });
  it('ja: `「…」のインタビューに` names the outlet', () => {
    expect(texts(OUTLET_BEFORE_INTERVIEW)).not.toContain('ほたるテレビ');
  });
  it('counter-case ja: `取材に対し、「もう無理だ」と断った` stays a quote', () => {
    expect(texts(SHORT_QUOTE_AFTER_PARTICLE)).toContain('もう無理だ');
  });
});

const TOPIC_THEN_NAME_WITH_COPULA =
  '　「毎朝が勉強です」と話すのは、漁協組合長の村井健司さん（64）。\n\n' +
  '　朝市の最年少は、町立高校２年の竹内美保さん（17）だ。中学生の時に見学したのがきっかけで、今年から店に立っている。「魚の名前を覚えるのが大変。でも、お客さんと話すのが楽しいんです」と、笑顔で語った。';
const NAME_ONLY_OWNING_THE_TOPIC =
  '　「毎朝が勉強です」と話すのは、漁協組合長の村井健司さん（64）。\n\n' +
  '　朝市の最年少の店員は、町立高校２年の竹内美保さん（17）の同級生だ。中学生の時に見学したのがきっかけで、今年から店に立っている。「魚の名前を覚えるのが大変。でも、お客さんと話すのが楽しいんです」と、笑顔で語った。';

/** `最年少は、…X さん（17）だ。` then `「…」と、笑顔で語った`: the person a topic sentence names before its copula is the one the subjectless tag means (ja-mentions.ts). */
kindTable('Japanese: `…は、…X さん（17）だ。` makes X the subject a later `と語った` leaves out', [
  ['ja: `最年少は、…X さん（17）だ。…「…」と、笑顔で語った` is X', TOPIC_THEN_NAME_WITH_COPULA, '魚の名前を覚える', '竹内美保', ANY],
  ['counter-case ja: `…は、X さん（17）の同級生だ。`: the classmate is unnamed; the quote stays with the last speaker', NAME_ONLY_OWNING_THE_TOPIC, '魚の名前を覚える', '村井健司', ANY],
]);

const GIVEN_NAME_OF_TWO_WORDS =
  'افتتح الدكتور نور الدين عبد الحكيم، وكيل وزارة التربية بالمحافظة، صباح اليوم الاثنين، مدرسة جديدة بقرية المنشية.\n\n' +
  'وأضاف وكيل الوزارة أن المدرسة ستعمل بنظام الفترتين، مؤكدًا: "لن يحرم أي طفل من مقعده، والأولوية للفتيات".';
const GIVEN_NAME_OF_TWO_WITH_FAMILY_IN_ARTICLE =
  'افتتح الدكتور نور الدين الشامي، وكيل وزارة التربية بالمحافظة، صباح اليوم الاثنين، مدرسة جديدة بقرية المنشية.\n\n' +
  'وأضاف وكيل الوزارة أن المدرسة ستعمل بنظام الفترتين، مؤكدًا: "لن يحرم أي طفل من مقعده، والأولوية للفتيات".';
const GIVEN_NAME_OF_TWO_THEN_LISTENER = 'وقال الدكتور نور الدين للصحفيين: "لن يحرم أي طفل من مقعده، والأولوية للفتيات".';

/** `افتتح الدكتور نور الدين عبد الحكيم، وكيل …`: a given name of two words (… الدين) and the family name after it are one name (semitic-opening.ts). */
kindTable('Arabic: a given name of two words, `X الدين`, keeps the family name written after it', [
  ['ar: `الدكتور نور الدين عبد الحكيم، وكيل الوزارة` then `وأضاف وكيل الوزارة` is the full name', GIVEN_NAME_OF_TWO_WORDS, 'لن يحرم', 'نور الدين عبد الحكيم', ANY],
  ['ar: `نور الدين الشامي،` likewise', GIVEN_NAME_OF_TWO_WITH_FAMILY_IN_ARTICLE, 'لن يحرم', 'نور الدين الشامي', ANY],
  ['counter-case ar: `قال الدكتور نور الدين للصحفيين:`: the word after the name is no family name', GIVEN_NAME_OF_TWO_THEN_LISTENER, 'لن يحرم', 'نور الدين', ANY],
]);
