// Urdu (lang/hi.ts) in doubled marks `’’…‘‘`: a form of address after a name (`X صاحب نے کہا کہ`), `انہوں نے … کہا کہ ’’…‘‘`
// for the person just introduced, a place's compound postposition after a name (`استاد X میدان کے کنارے`), the subject before
// the reflexive `اپنے`, an age in brackets, officers and players as roles; each in short paragraphs of my own about invented
// people, with counter-cases: an office and صاحب with no name, an unnamed trader, a name before a genitive that is no place.
import { describe, expect, it } from 'vitest';
import { urduIntroducedInFull } from '../../../../utils/quotes/lang/hi';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const POOL =
  'حافظ آباد میں سرکاری سوئمنگ پول تین ماہ سے بند پڑا ہے۔\n\n' +
  'پول کے سابق کوچ استاد نوید اکرم چیمہ (61) نے کہا، ’’یہاں سے چار قومی تیراک نکلے ہیں۔‘‘\n\n' +
  'چیمہ صاحب نے کہا کہ ’’پانی صاف کرنے کی مشین چلا دیں تو پول کل کھل سکتا ہے۔‘‘\n\n' +
  'شام کو استاد چیمہ تالاب کے کنارے بیٹھے پرانی تصویریں دیکھ رہے تھے۔ ’’ہم ہار نہیں مانیں گے‘‘، انہوں نے کہا۔\n\n' +
  'ڈپٹی کمشنر صاحب نے کہا کہ ’’مرمت کا تخمینہ بھیج دیا گیا ہے۔‘‘';

const MARKET =
  'سرگودھا کی سبزی منڈی میں آڑھتیوں اور کسانوں کے درمیان تنازع جاری ہے۔\n\n' +
  'منڈی کمیٹی کے سیکرٹری چوہدری اسلم وڑائچ کا کہنا ہے کہ نیلامی کا وقت بدلا جائے گا۔ انہوں نے صحافیوں سے گفتگو کرتے ہوئے کہا کہ ’’صبح چھ بجے سے پہلے کوئی بولی نہیں لگے گی۔‘‘\n\n' +
  'ایک دکاندار نے بتایا کہ اس کی آمدن آدھی رہ گئی ہے۔ انہوں نے کہا کہ ’’گاہک اب دوپہر کو آتے ہیں جب مال خراب ہو چکا ہوتا ہے۔‘‘\n\n' +
  'شام کو منڈی کے گیٹ پر طارق سلیم اپنے بیٹے کے ساتھ ٹرالی خالی کر رہے تھے۔ ’’اس بار ٹماٹر کا ریٹ لاگت سے بھی کم ہے‘‘، انہوں نے کہا۔';

const CRICKET =
  'جھنگ کے ضلعی کرکٹ ٹرائلز اتوار کو مکمل ہو گئے۔\n\n' +
  'پندرہ سالہ فاسٹ بولر حارث منیر سب سے تیز گیند کرانے والے کھلاڑی رہے۔ انہوں نے بتایا کہ ’’میں روز صبح نہر کے کنارے دوڑ لگاتا ہوں۔‘‘\n\n' +
  'گاؤں کی رضیہ سلطانہ (45) کے بیٹے کا بھی انتخاب ہوا۔ انہوں نے کہا کہ ’’میرا بیٹا تین سال سے ٹینس بال سے کھیل رہا تھا۔‘‘\n\n' +
  'ضلعی ٹیم کے کوچ فیصل رزاق بٹ کل میدان میں موجود تھے۔ ’’ہم نے صرف فٹنس اور رفتار دیکھی ہے‘‘، انہوں نے کہا۔';

/**
 * Urdu in doubled marks: a form of address after a name and a place after a name come off it; the person a sentence
 * introduces (by role, age in brackets or the reflexive) is who `انہوں نے` is; an office with صاحب and an unnamed trader
 * stay unnamed.
 */
const ROWS: KindCase[] = [
  ['ur: `<role> X Y Z (61) نے کہا، ’’…‘‘` is X Y Z, the age in brackets none of it', POOL, 'یہاں سے چار', 'نوید اکرم چیمہ', ANY],
  ['ur: `X صاحب نے کہا کہ ’’…‘‘`: صاحب after the family name comes off it, the one named in full before', POOL, 'پانی صاف کرنے', 'نوید اکرم چیمہ', ANY],
  ['ur: `استاد X تالاب کے کنارے …۔ ’’…‘‘، انہوں نے کہا`: the word before `کے کنارے` is the place, X the one named before', POOL, 'ہم ہار نہیں', 'نوید اکرم چیمہ', ANY],
  ['counter-case ur: `ڈپٹی کمشنر صاحب نے کہا کہ` is an office with صاحب, no name', POOL, 'مرمت کا تخمینہ', DESCRIBED, ANY],
  ['ur: `انہوں نے … گفتگو کرتے ہوئے کہا کہ ’’…‘‘` after `<role> X Y Z کا کہنا ہے` is X Y Z', MARKET, 'صبح چھ بجے', 'چوہدری اسلم وڑائچ', ANY],
  ['counter-case ur: `ایک دکاندار نے بتایا …۔ انہوں نے کہا کہ ’’…‘‘` is the unnamed trader', MARKET, 'گاہک اب دوپہر', UNNAMED, ANY],
  ['ur: `… پر X Y اپنے بیٹے کے ساتھ …۔ ’’…‘‘، انہوں نے کہا` is X Y, the subject of the reflexive', MARKET, 'اس بار ٹماٹر', 'طارق سلیم', ANY],
  ['ur: `سالہ فاسٹ بولر X Y … رہے۔ انہوں نے بتایا کہ ’’…‘‘`: a player’s position is a role before the name', CRICKET, 'میں روز صبح', 'حارث منیر', ANY],
  ['ur: `گاؤں کی X Y (45) کے بیٹے …۔ انہوں نے کہا کہ` is X Y, named before an age in brackets', CRICKET, 'میرا بیٹا تین', 'رضیہ سلطانہ', ANY],
  ['counter-case ur: `کوچ X Y Z کل میدان میں …۔ ’’…‘‘، انہوں نے کہا`: a name before a plain postposition keeps its words', CRICKET, 'ہم نے صرف فٹنس', 'فیصل رزاق بٹ', ANY],
];

// (The trader: `انہوں نے` reaches back past a sentence whose subject is someone unnamed to the person named before;
// lang/introduced.ts keeps only named subjects, so an unnamed `ایک X نے` does not stop the look-back.)
kindTable('Urdu forms of address, places and subjects before `انہوں نے`', ROWS, [
  'counter-case ur: `ایک دکاندار نے بتایا …۔ انہوں نے کہا کہ ’’…‘‘` is the unnamed trader',
]);

// (For fuller-names.ts, which does not yet ask hi.ts for Urdu short names: read here directly.)
describe('Urdu short names and offices read against the text before', () => {
  const before = 'میلے میں شریک سترہ سالہ بولر حارث منیر ضلعی ٹیم میں ہیں۔ رکن صوبائی اسمبلی میاں شفیق احمد نے دورہ کیا۔ استاد نوید اکرم چیمہ (61) وہاں تھے۔';
  it('finds a given name introduced after a role in full', () => expect(urduIntroducedInFull(before, 'حارث')).toBe('حارث منیر'));
  it('finds a family name introduced with an age in brackets', () => expect(urduIntroducedInFull(before, 'چیمہ')).toBe('نوید اکرم چیمہ'));
  it('finds a title and given name as the agent’s full name', () => expect(urduIntroducedInFull(before, 'میاں شفیق')).toBe('میاں شفیق احمد'));
  it('finds nothing for a word no name holds', () => expect(urduIntroducedInFull(before, 'ضلعی')).toBeNull());
});
