// Kinds the fifty-fourth held-out set showed in Bengali and Hindi copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const HINDI_LONG_SUBJECT_AFTER =
  'गाँव में बाढ़ का पानी अब भी भरा है।\n\n' +
  '“हमारे खेत पूरी तरह डूब गए,” नदी के पास बसे रामपुर टोले के किसान हरि शंकर यादव ने कहा। पचास साल से खेती कर रहे हरि शंकर ने बताया कि ऐसा पहले नहीं हुआ।';
const HINDI_LONG_TAG_OPENS_NEXT =
  'किसान संघ के अध्यक्ष रमेश चौधरी ने राहत की माँग की। चौधरी ने कहा, “हम तीन साल से मुआवज़ा माँग रहे हैं।” नदी के पास बसे टोले में रहने वाली किसान कमला देवी ने बताया, “हमारा घर बह गया।”';
const HINDI_SHORT_SUBJECT_AFTER =
  'गाँव में बाढ़ का पानी अब भी भरा है।\n\n“हमारे खेत पूरी तरह डूब गए,” किसान हरि शंकर यादव ने कहा।';

/** `“…,” <place> के <role> X Y Z ने कहा।`: after the quote the whole subject runs to ने, however long (lang/hi.ts). */
kindTable('Hindi: a long subject after the quote, place and role before the name', [
  ['hi: `“…,” नदी के पास बसे … के किसान X Y Z ने कहा` is X Y Z', HINDI_LONG_SUBJECT_AFTER, 'हमारे खेत', 'हरि शंकर यादव', 'किसान'],
  ['counter-case hi: a short subject reads as before', HINDI_SHORT_SUBJECT_AFTER, 'हमारे खेत', 'हरि शंकर यादव', 'किसान'],
  ['counter-case hi: a long tag closing on a comma introduces the next quote, not the one before', HINDI_LONG_TAG_OPENS_NEXT, 'हम तीन साल', 'रमेश चौधरी', ANY],
]);

const BENGALI_THESE_WORDS =
  '‘এক রাতেই দোকানটা পানিতে তলিয়ে গেল।’—কথাগুলো বলছিলেন নন্দীপুর বাজারের মিজানুর রহমান। গত সপ্তাহে তাঁর দোকান ডুবে যায়।';
const BENGALI_THESE_WORDS_UNNAMED =
  '‘এক রাতেই দোকানটা পানিতে তলিয়ে গেল।’—কথাগুলো বলছিলেন বাজারের এক দোকানি। গত সপ্তাহে তাঁর দোকান ডুবে যায়।';

/** `’—কথাগুলো বলছিলেন <place>-এর X Y।`: a dash and "these words" before the verb, the speaker after it (lang/bn.ts). */
kindTable('Bengali: "these words were said by X" after the quote', [
  ['bn: `’—কথাগুলো বলছিলেন … বাজারের X Y।` is X Y', BENGALI_THESE_WORDS, 'এক রাতেই', 'মিজানুর রহমান', null],
  ['counter-case bn: `কথাগুলো বলছিলেন … এক দোকানি` stays unnamed', BENGALI_THESE_WORDS_UNNAMED, 'এক রাতেই', '<described>', ANY],
]);

const BENGALI_AGENCY_LISTENER =
  'পৌরসভার প্রকৌশলী সাবরিনা চৌধুরী বলেন, ‘নালা পরিষ্কার করা হচ্ছে।’ এ বিষয়ে জানতে চাইলে সাবরিনা চৌধুরী বার্তা সংস্থা দেশবার্তাকে বলেন, ‘আগামী মাসে নতুন পাম্প বসানো হবে।’';
const BENGALI_BODY_SPEAKS =
  'নালার পানি উপচে পড়েছে। সিটি করপোরেশনের জনসংযোগ সংস্থা বলেন, ‘আগামী মাসে নতুন পাম্প বসানো হবে।’';

/** `X বার্তা সংস্থা Yকে বলেন`, "X told news agency Y": the outlet's noun goes with the listener (lang/bn.ts). */
kindTable('Bengali: an outlet named as the listener is no part of the name', [
  ['bn: `জানতে চাইলে X Y বার্তা সংস্থা Zকে বলেন` is X Y', BENGALI_AGENCY_LISTENER, 'আগামী মাসে', 'সাবরিনা চৌধুরী', ANY],
  ['counter-case bn: a body as the subject (`… সংস্থা বলেন`) stays a description', BENGALI_BODY_SPEAKS, 'আগামী মাসে', '<described>', ANY],
]);

const BENGALI_AGED_PRONOUN_INCISE =
  'পৌরসভার প্রকৌশলী সাবরিনা চৌধুরী বলেন, ‘নালা পরিষ্কার করা হচ্ছে।’\n\n' +
  '৫২ বছর বয়সী কামরুন নাহার এখন মেয়ের বাড়িতে থাকছেন। ‘ঘরে এখনো হাঁটুপানি,’ তিনি বলেন, ‘কবে নামবে জানি না।’';
const BENGALI_NAMED_TAG_OPENS_NEXT =
  'পৌরসভার প্রকৌশলী সাবরিনা চৌধুরী বলেন, ‘নালা পরিষ্কার করা হচ্ছে।’ স্থানীয় কাউন্সিলর রফিকুল আলম বলেন, ‘কাজ খুব ধীরে চলছে।’';

/** `৫২ বছর বয়সী X Y …। ‘…,’ তিনি বলেন, ‘…’`: the aged subject, then a pronoun tag between two parts (lang/bn.ts). */
kindTable('Bengali: a pronoun tag between two parts refers to the aged subject before', [
  ['bn: `৫২ বছর বয়সী X Y …। ‘…,’ তিনি বলেন, ‘…’` is X Y (first part)', BENGALI_AGED_PRONOUN_INCISE, 'ঘরে এখনো', 'কামরুন নাহার', ANY],
  ['bn: … and the second part', BENGALI_AGED_PRONOUN_INCISE, 'কবে নামবে', 'কামরুন নাহার', ANY],
  ['counter-case bn: a named tag after a closed quote opens the next one, not the one before', BENGALI_NAMED_TAG_OPENS_NEXT, 'নালা পরিষ্কার', 'সাবরিনা চৌধুরী', ANY],
]);

const BENGALI_BRACKETED_OFFICE =
  'নদীর ভাঙনে শতাধিক পরিবার ঘর হারিয়েছে।\n\n' +
  'উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) মাহমুদা খাতুন গতকাল এলাকা পরিদর্শন করেন। তিনি বলেন, ‘সবাইকে ত্রাণ দেওয়া হবে।’\n\n' +
  '‘কাউকে বাদ দেওয়া হবে না,’ আশ্বাস দেন ইউএনও। তিনি জানান, স্কুলটি রক্ষায় কাজ চলছে।';
const BENGALI_BRACKETED_OFFICE_NO_HOLDER =
  'নদীর ভাঙনে শতাধিক পরিবার ঘর হারিয়েছে। (ইউএনও) কার্যালয়ের সামনে অনেকে জড়ো হন।\n\n' +
  '‘কাউকে বাদ দেওয়া হবে না,’ আশ্বাস দেন ইউএনও। তিনি জানান, স্কুলটি রক্ষায় কাজ চলছে।';

/** `<office> (<short form>) X Y …` and later `‘…,’ আশ্বাস দেন <short form>।`: the short form is X Y (lang/unnamed-office.ts). */
kindTable('Bengali: an office\'s short form in brackets before a name stands for that person later', [
  ['bn: `কর্মকর্তা (ইউএনও) X Y …` then `‘…,’ আশ্বাস দেন ইউএনও` is X Y', BENGALI_BRACKETED_OFFICE, 'কাউকে বাদ', 'মাহমুদা খাতুন', ANY],
  ['counter-case bn: `(ইউএনও) কার্যালয়ের সামনে` names no holder: the office stays unnamed', BENGALI_BRACKETED_OFFICE_NO_HOLDER, 'কাউকে বাদ', '<described>', ANY],
]);

const BENGALI_QUOTE_OPENS_WITH_DIGITS =
  'নদীর ভাঙনে শতাধিক পরিবার ঘর হারিয়েছে।\n\n' +
  'উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) মাহমুদা খাতুন গতকাল এলাকা পরিদর্শন করেন। ত্রাণ বিতরণের সময় তিনি বলেন, ‘৯৫টি পরিবারের তালিকা করা হয়েছে। সবাইকে ত্রাণ দেওয়া হবে।’';
const BENGALI_QUOTE_OPENS_WITH_WORD =
  'নদীর ভাঙনে শতাধিক পরিবার ঘর হারিয়েছে।\n\n' +
  'উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) মাহমুদা খাতুন গতকাল এলাকা পরিদর্শন করেন। ত্রাণ বিতরণের সময় তিনি বলেন, ‘পঁচানব্বইটি পরিবারের তালিকা করা হয়েছে।’';

/** `‘৯৫টি …’`: a single mark before a digit of any script opens a quote, as before a Latin digit (find.ts). */
kindTable('Bengali: a quote opening with Bengali digits is found', [
  ['bn: `তিনি বলেন, ‘৯৫টি পরিবারের …’` is a quote of X Y', BENGALI_QUOTE_OPENS_WITH_DIGITS, '৯৫টি', 'মাহমুদা খাতুন', ANY],
  ['counter-case bn: the same quote opening with a word reads as before', BENGALI_QUOTE_OPENS_WITH_WORD, 'পঁচানব্বইটি', 'মাহমুদা খাতুন', ANY],
]);
