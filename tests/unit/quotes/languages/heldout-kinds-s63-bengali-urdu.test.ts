// Kinds the sixty-third held-out set showed in Bengali and Urdu, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

/**
 * A quote alone as its paragraph, the next one pointing back at it and naming the speaker (lang/pointing-back.ts):
 * Urdu `یہ کہنا تھا <aged> <role> X Y کا، جو …`, `یہ سوال <place> کے <role> X Y نے اٹھایا`, Bengali `কথাগুলো বলছিলেন <aged> X Y, …`.
 */
const URDU_SAYING_WAS =
  'قصبے میں نئی لائبریری کھل گئی ہے۔\n\n“ہمارے بچوں کو اب کتابوں کے لیے شہر نہیں جانا پڑے گا۔”\n\n' +
  'یہ کہنا تھا 48 سالہ کسان شاہد منیر کا، جو نہر کے کنارے دس ایکڑ زمین کاشت کرتے ہیں۔';
const URDU_QUESTION_RAISED =
  'قصبے میں نئی لائبریری کھل گئی ہے۔\n\n“کتابیں مہنگی ہیں، ہر کوئی خرید نہیں سکتا۔ غریب بچے کہاں جائیں؟”\n\n' +
  'یہ سوال محلے کے دکاندار عمران بشیر نے اٹھایا، جن کے مطابق لائبریری دیر سے کھلتی ہے۔';
const URDU_NEXT_PARAGRAPH_OTHER =
  'قصبے میں نئی لائبریری کھل گئی ہے۔\n\n“ہمارے بچوں کو اب کتابوں کے لیے شہر نہیں جانا پڑے گا۔”\n\n' +
  'لائبریری کے منتظم عمران بشیر نے بتایا کہ روزانہ سو طلبہ آتے ہیں۔';
const BENGALI_THESE_WORDS =
  'নদীর পাড়ে নতুন সেতুর কাজ শেষ হয়েছে।\n\n“আগে খেয়া পার হতে এক ঘণ্টা লাগত। এখন পাঁচ মিনিটে হাটে পৌঁছাই।”\n\n' +
  'কথাগুলো বলছিলেন ৬৮ বছর বয়সী মোস্তফা কামাল, পেশায় অবসরপ্রাপ্ত ডাকপিয়ন।';
const BENGALI_NEXT_PARAGRAPH_OTHER =
  'নদীর পাড়ে নতুন সেতুর কাজ শেষ হয়েছে।\n\n“আগে খেয়া পার হতে এক ঘণ্টা লাগত। এখন পাঁচ মিনিটে হাটে পৌঁছাই।”\n\n' +
  'সেতুটি নির্মাণে খরচ হয়েছে ৪০ কোটি টাকা, জানিয়েছেন প্রকৌশলী মোস্তফা কামাল।';

kindTable('A lone quote whose next paragraph points back and names its speaker (Urdu, Bengali)', [
  ['ur: `یہ کہنا تھا 48 سالہ کسان X Y کا، جو …` names X Y, the role apart', URDU_SAYING_WAS, 'ہمارے بچوں', 'شاہد منیر', '=کسان'],
  ['ur: `یہ سوال محلے کے دکاندار X Y نے اٹھایا` names X Y', URDU_QUESTION_RAISED, 'کتابیں مہنگی', 'عمران بشیر', '=دکاندار'],
  ['counter-case ur: a next paragraph that does not point back names no one for the quote', URDU_NEXT_PARAGRAPH_OTHER, 'ہمارے بچوں', '<unnamed>', ANY],
  ['bn: `কথাগুলো বলছিলেন ৬৮ বছর বয়সী X Y, পেশায় …` names X Y, the age apart', BENGALI_THESE_WORDS, 'আগে খেয়া', 'মোস্তফা কামাল', ANY],
  ['counter-case bn: a next paragraph that does not point back names no one for the quote', BENGALI_NEXT_PARAGRAPH_OTHER, 'আগে খেয়া', '<unnamed>', ANY],
]);

/** Urdu `<body> کی <role> X Y نے بتایا`: the noun owned by the genitive, a role no list holds, comes off the name (lang/hi.ts). */
kindTable('Urdu: the role after a genitive postposition is no part of the name', [
  ['ur: `اسکول کی نگران X Y نے بتایا` is X Y, role نگران', 'اسکول کی نگران ثمینہ اشرف نے بتایا کہ “ہم نے نئی کلاسیں شروع کی ہیں۔”', 'ہم نے نئی', 'ثمینہ اشرف', '=نگران'],
  ['counter-case ur: `گاؤں کے محمد علی خان نے بتایا`: a name opening with محمد keeps its three words', 'گاؤں کے محمد علی خان نے بتایا کہ “ہم نے نئی کلاسیں شروع کی ہیں۔”', 'ہم نے نئی', 'محمد علی خان', ANY],
  ['counter-case ur: two words after the genitive are the name alone', 'گاؤں کی ثمینہ اشرف نے بتایا کہ “ہم نے نئی کلاسیں شروع کی ہیں۔”', 'ہم نے نئی', 'ثمینہ اشرف', null],
]);

/** Bengali tags after a quote with the verb before its subject (lang/bn.ts). */
kindTable('Bengali: a listener in the dative or a doubled participle before the verb, the subject after it', [
  ['bn: `’ স্থানীয় রেডিও X-কে বলেন Y Z।` is Y Z', 'মেলার আয়োজন নিয়ে কথা হয়।\n\n“এবার মেলায় শিশুদের জন্য আলাদা মঞ্চ থাকবে,” জেলা বেতার কেন্দ্রকে বলেন সুলতানা পারভীন।', 'এবার মেলায়', 'সুলতানা পারভীন', ANY],
  ['counter-case bn: `’ X Y সাংবাদিকদের বলেন।`: the subject before the verb still is the speaker', 'মেলার আয়োজন নিয়ে কথা হয়।\n\n“এবার মেলায় শিশুদের জন্য আলাদা মঞ্চ থাকবে,” সুলতানা পারভীন সাংবাদিকদের বলেন।', 'এবার মেলায়', 'সুলতানা পারভীন', ANY],
  ['bn: `’ হাসতে হাসতে বললেন তিনি।` after a sentence introducing an actress is her', 'দলের অভিনেত্রী মালবিকা সেনগুপ্ত মাঝের সারিতে বসে আছেন।\n\n“প্রথম দিন মঞ্চে উঠে পা কাঁপছিল,” হাসতে হাসতে বললেন তিনি।', 'প্রথম দিন', 'মালবিকা সেনগুপ্ত', ANY],
  ['bn: `X Y উদ্বোধনী বক্তব্যে বলেন, “…”`: the occasion\'s adjective is no part of the name', 'জেলা প্রশাসক কামরুন নাহার উদ্বোধনী বক্তব্যে বলেন, “এই মেলা সবার।”', 'এই মেলা', 'কামরুন নাহার', ANY],
  ['counter-case bn: `X Y Z বক্তব্যে বলেন`: a three-word name before a bare locative stays whole', 'জেলা প্রশাসক মো. কামরুল হাসান চৌধুরী বক্তব্যে বলেন, “এই মেলা সবার।”', 'এই মেলা', 'মো. কামরুল হাসান চৌধুরী', ANY],
]);
