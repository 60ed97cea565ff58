// Urdu (lang/hi.ts, in Arabic script): quotes set in single marks `’…‘` (find.ts), `X نے کہا کہ`, `X کا کہنا تھا کہ`, `X کے مطابق`,
// `’…،‘ انھوں نے بتایا۔` for the person just introduced, an age (`40 سالہ X Y`) or a role before a lone family name opening a
// sentence on its subject, titles (ڈاکٹر، حاجی) off the name; each in short paragraphs of my own about invented people,
// with counter-cases: a body, someone unnamed, a slogan in the same marks, English single marks, the doubled form.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../utils/quotes/find';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FERRY =
  'سکھر میں دریا کے کنارے کشتی رانوں نے منگل کو کام بند رکھا۔\n\n' +
  'کشتی رانوں کی انجمن کے صدر ناصر علی سومرو نے جلسے سے خطاب کرتے ہوئے کہا کہ کرایہ بڑھائے بغیر گزارا ممکن نہیں۔\n\n' +
  '’ڈیزل کی قیمت ہر مہینے بڑھتی ہے اور مسافر کم ہوتے جا رہے ہیں۔ ہم کب تک نقصان اٹھائیں؟‘\n\n' +
  '40 سالہ رشیدہ بانو پچھلے دس برس سے گھاٹ پر چائے بیچ رہی ہیں۔ ان کا کہنا تھا کہ ’کشتیاں نہ چلیں تو میرا چولہا بھی نہیں جلتا۔‘\n\n' +
  '’ہم کسی سے لڑنا نہیں چاہتے،‘ رشیدہ بانو نے کہا، ’ہمیں صرف روزی چاہیے۔‘\n\n' +
  'کنارے پر لگے ایک کتبے پر ’دریا سب کا ہے‘ لکھا تھا۔';

const CLINIC =
  'ملتان کے نواحی دیہات میں بخار کے مریض بڑھ گئے ہیں۔\n\n' +
  'ضلعی ہسپتال کے سربراہ ڈاکٹر کامران یوسف نے بتایا کہ وارڈ بھر چکے ہیں۔ ’ہم نے ایک ہفتے میں 300 مریض دیکھے ہیں اور دوائی کم پڑ رہی ہے۔‘\n\n' +
  'محکمۂ صحت کے مطابق ’ہر گاؤں میں ٹیم بھیجی جا رہی ہے اور کسی کو مایوس نہیں کیا جائے گا۔‘\n\n' +
  'مریضوں کے ساتھ آئے حاجی منظور احمد کے مطابق ’یہاں رات کو کوئی ڈاکٹر نہیں ملتا، صبح تک انتظار کرنا پڑتا ہے۔‘\n\n' +
  'قطار میں کھڑی ایک بزرگ خاتون نے، جنھوں نے اپنا نام نہیں بتایا، کہا: ’میرا پوتا تین دن سے بیمار ہے اور کسی نے دیکھا تک نہیں۔‘';

const MARKET =
  'گوجرانوالہ کی غلہ منڈی میں آڑھتیوں نے بدھ کو ہڑتال کی۔\n\n' +
  'آڑھتی ایسوسی ایشن کے چیئرمین شیخ فہد نعیم کا کہنا ہے کہ نئے ٹیکس نے کاروبار ٹھپ کر دیا ہے۔ ’گندم کی بوری پر اب تین جگہ ٹیکس لگتا ہے اور کسان منڈی آنا چھوڑ رہا ہے،‘ انھوں نے بتایا۔\n\n' +
  'شام کو انجمن کے صدر قریشی نے اعلان کیا کہ ہڑتال جاری رہے گی۔ ’یہ ہمارا آخری مطالبہ ہے،‘ انھوں نے کہا۔ ’ہم کسی دباؤ میں نہیں آئیں گے۔‘\n\n' +
  'پولیس نے کہا کہ ’منڈی کے راستے کھلے رہیں گے اور کسی کو زبردستی دکان بند کرنے نہیں دی جائے گی۔‘';

const PRESIDENT =
  'منڈی کمیٹی کے صدر ندیم اشرف قریشی نے صبح کہا کہ ’اجلاس دوپہر کو ہوگا۔‘\n\n' + MARKET;

const COUNCIL =
  'سیالکوٹ کی بلدیہ نے سڑکوں کی مرمت کا منصوبہ پیش کیا۔\n\n' +
  'چیئرمین سلمان حیدر نے کہا، ’’اگلے مہینے تک تمام بڑی سڑکیں ٹھیک کر دی جائیں گی۔‘‘\n\n' +
  'چیئرمین نے مزید کہا: ’ٹھیکیداروں کو وقت پر ادائیگی کی جائے گی۔‘';

/**
 * Urdu in single marks: the tag before, after or cut into the quote; the subject a sentence with no tag brings in; titles
 * off the name (a family-name-like title, شیخ, stays as written); a body, a slogan and the unnamed never a name.
 */
const ROWS: KindCase[] = [
  ['ur: `’…‘` alone after `<role> X Y Z نے … کہا کہ …۔` is X Y Z', FERRY, 'ڈیزل کی قیمت', 'ناصر علی سومرو', 'صدر'],
  ['ur: `ان کا کہنا تھا کہ ’…‘` after `40 سالہ X Y …` is X Y', FERRY, 'کشتیاں نہ چلیں', 'رشیدہ بانو', null],
  ['ur: `’…،‘ X Y نے کہا، ’…‘`: the first part, closed after the Urdu comma', FERRY, 'ہم کسی سے لڑنا', 'رشیدہ بانو', null],
  ['ur: `’…،‘ X Y نے کہا، ’…‘`: the second part', FERRY, 'ہمیں صرف روزی', 'رشیدہ بانو', null],
  ['ur: `X نے بتایا کہ …۔ ’…‘`: the title ڈاکٹر comes off the name', CLINIC, 'ہم نے ایک ہفتے', 'کامران یوسف', 'سربراہ'],
  ['ur: `محکمۂ صحت کے مطابق ’…‘`: a department is no name', CLINIC, 'ہر گاؤں میں', UNNAMED, ANY],
  ['ur: `حاجی X Y کے مطابق ’…‘`: the title حاجی comes off the name', CLINIC, 'یہاں رات کو', 'منظور احمد', ANY],
  ['ur: `ایک بزرگ خاتون نے، جنھوں نے …، کہا:` is someone unnamed', CLINIC, 'میرا پوتا', DESCRIBED, ANY],
  ['ur: `’…،‘ انھوں نے بتایا۔` after `<role> شیخ X Y کا کہنا ہے` keeps شیخ, a title papers write as a name', MARKET, 'گندم کی بوری', 'شیخ فہد نعیم', 'چیئرمین'],
  ['ur: `’…،‘ انھوں نے کہا۔` after `<role> X نے اعلان کیا`: the lone family name is the one named in full before', PRESIDENT, 'یہ ہمارا آخری', 'ندیم اشرف قریشی', ANY],
  ['ur: `’…،‘ انھوں نے کہا۔ ’…‘`: the words after the tag are the same person’s, never "انھوں"', PRESIDENT, 'ہم کسی دباؤ', 'ندیم اشرف قریشی', ANY],
  ['ur: `پولیس نے کہا کہ ’…‘`: a body is no name', MARKET, 'منڈی کے راستے', UNNAMED, ANY],
  ['ur: the doubled `’’…‘‘` form still read, `<role> X Y نے کہا،`', COUNCIL, 'اگلے مہینے', 'سلمان حیدر', 'چیئرمین'],
  ['ur: `چیئرمین نے مزید کہا:` is the chairman named before', COUNCIL, 'ٹھیکیداروں کو', 'سلمان حیدر', ANY],
];

kindTable('Urdu single marks, tags and titles', ROWS);

describe('Urdu single marks (find.ts)', () => {
  it('finds `’…‘` with its closer after the Urdu full stop', () => {
    expect(findQuoteSpans('انھوں نے کہا: ’کام کل سے شروع ہوگا۔‘ پھر وہ چلے گئے۔').map((span) => span.text)).toEqual(['کام کل سے شروع ہوگا۔']);
  });

  it('finds `’…‘` opening on a number', () => {
    expect(findQuoteSpans('انھوں نے بتایا: ’12 دکانیں بند ہیں۔‘').map((span) => span.text)).toEqual(['12 دکانیں بند ہیں۔']);
  });

  it('leaves English single marks and apostrophes inside Urdu text as English reads them', () => {
    expect(findQuoteSpans('دکان کے باہر ‘Made in Sialkot’ لکھا تھا اور Ali’s Cafe بند تھا۔').map((span) => span.text)).toEqual(['Made in Sialkot']);
  });

  it('reads no quote from an English apostrophe before Arabic-script words', () => {
    expect(findQuoteSpans('It’s here. کام جاری ہے، کل ختم ہوگا۔')).toEqual([]);
  });
});

describe('a slogan in the same marks', () => {
  it('is no one’s quote', async () => {
    const { findQuotes } = await import('../../../../utils/quotes');
    const slogan = findQuotes(FERRY).find((quote) => quote.text.startsWith('دریا سب کا'));
    expect(slogan?.speakerKind ?? null).not.toBe('name');
  });
});
