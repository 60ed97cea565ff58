// Assamese (lang/as.ts): the subject in the agentive (`-ই`, `-য়ে`, `-ৱে`, `-এ`) before `কয়`, `জনায়`, `সতৰ্ক কৰি দিয়ে`, the
// quotative `বুলি` opening a tag after a quote, `তেওঁ কয়` for the person just quoted, in short paragraphs of my own about
// invented people, with counter-cases: someone unnamed (`এজন`, `এগৰাকী`), a body in the agentive, a weekday's `-এ`, Bengali.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'নলবাৰী জিলাত এখন নতুন দলং নিৰ্মাণৰ কাম আৰম্ভ হৈছে।\n\n' +
  'জিলা উপায়ুক্ত নিৰুপমা কলিতাই দেওবাৰে এক সভাত কয়, “দলংখন দুবছৰৰ ভিতৰত সম্পূৰ্ণ হ’ব।”\n\n' +
  '“আমি স্থানীয় লোকৰ সহায় বিচাৰিছোঁ,” কলিতাই কয়।\n\n' +
  'স্থানীয় বিধায়ক দেৱজিৎ হাজৰিকাই লগতে কয়, “এই দলঙে গাঁওবাসীৰ বহু সমস্যা দূৰ কৰিব।”\n\n' +
  '“কামৰ মান ভাল হ’ব লাগিব,” বুলি হাজৰিকাই সতৰ্ক কৰি দিয়ে।';

const MARKET =
  'শিৱসাগৰৰ বজাৰত শাক-পাচলিৰ দাম বাঢ়িছে।\n\n' +
  'এজন দোকানীয়ে কয়, “মানুহে এতিয়া কম বস্তু কিনে।”\n\n' +
  'জিলা প্ৰশাসনে জনাইছে, “বজাৰত নিয়মিত পৰিদৰ্শন চলিব।”\n\n' +
  'কৃষক অনুপম গগৈয়ে কয়, “পথাৰত পানী নাই, সেয়ে উৎপাদন কমিছে।”\n\n' +
  '“চৰকাৰে সহায় কৰিব লাগে,” তেওঁ কয়।';

const SCHOOL =
  'গুৱাহাটীৰ এখন বিদ্যালয়ত পানীৰ সমস্যা দেখা দিছে।\n\n' +
  'অধ্যক্ষ ৰীতা বৰাই কয়, “ছাত্ৰ-ছাত্ৰীয়ে পানী ঘৰৰ পৰা আনিব লগা হৈছে।”\n\n' +
  '“পানীৰ টেংকি সোনকালে বহুওৱা হ’ব,” বুলি অধ্যক্ষগৰাকীয়ে আশ্বাস দিয়ে।\n\n' +
  'বিদ্যালয়ৰ এগৰাকী শিক্ষয়িত্ৰীয়ে জনায়, “আমি বহুবাৰ আবেদন কৰিছোঁ।”';

const CLINIC =
  'তিনিচুকীয়াৰ চিকিৎসালয়ত ৰোগীৰ ভিৰ বাঢ়িছে।\n\n' +
  'চিকিৎসক মনোজ দাসে শুকুৰবাৰে কয়, “বিছনা কম, ৰোগী বেছি।”\n\n' +
  'অভিযন্তা প্ৰদীপ শৰ্মাৰ মতে, “নতুন ভৱনটো এবছৰত সাজু হ’ব।”\n\n' +
  'ধানখেতিয়ক কমলা চেতিয়াই পুৱাই ঘৰ এৰিছিল। চিকিৎসালয়ৰ বাৰাণ্ডাত বহি তেওঁ কয়, “তিনি ঘণ্টা ৰৈ আছোঁ।”';

const BENGALI = 'ঢাকার বাজারে চালের দাম বেড়েছে।\n\nব্যবসায়ী করিম হাসান বলেন, “বাজারে ক্রেতা কম।”';

const ROWS: KindCase[] = [
  ['as: `<role> X Y-ই … কয়, “…”` is X Y, the agentive -ই off, with the role', BRIDGE, 'দলংখন দুবছৰৰ', 'নিৰুপমা কলিতা', 'উপায়ুক্ত'],
  ['as: `“…,” X-ই কয়।` after a quote is the family name given in full before', BRIDGE, 'আমি স্থানীয়', 'নিৰুপমা কলিতা', ANY],
  ['as: `<role> X Y-ই লগতে কয়, “…”` (also said) is X Y', BRIDGE, 'এই দলঙে', 'দেৱজিৎ হাজৰিকা', 'বিধায়ক'],
  ['as: `“…,” বুলি X-ই সতৰ্ক কৰি দিয়ে।` (warned, the quotative opening the tag) is X', BRIDGE, 'কামৰ মান', 'দেৱজিৎ হাজৰিকা', ANY],
  ['as: `এজন দোকানীয়ে কয়` (a shopkeeper said) is someone described, no name', MARKET, 'মানুহে এতিয়া', DESCRIBED, null],
  ['as: counter-case: `জিলা প্ৰশাসনে জনাইছে` (the district administration) is a body, no person', MARKET, 'বজাৰত নিয়মিত', UNNAMED, null],
  ['as: `<role> X Y-য়ে কয়` is X Y, -য়ে off after a vowel', MARKET, 'পথাৰত পানী', 'অনুপম গগৈ', 'কৃষক'],
  ['as: `“…,” তেওঁ কয়।` (he said) is the person just quoted', MARKET, 'চৰকাৰে সহায়', 'অনুপম গগৈ', ANY],
  ['as: `<role> X Y-ই কয়` opening a school story is X Y', SCHOOL, 'ছাত্ৰ-ছাত্ৰীয়ে', 'ৰীতা বৰা', 'অধ্যক্ষ'],
  ['as: `বুলি অধ্যক্ষগৰাকীয়ে আশ্বাস দিয়ে` (the principal assured) is the principal named before', SCHOOL, 'পানীৰ টেংকি', 'ৰীতা বৰা', ANY],
  ['as: counter-case: `এগৰাকী শিক্ষয়িত্ৰীয়ে জনায়` (a teacher) after a named principal is someone described', SCHOOL, 'আমি বহুবাৰ', DESCRIBED, null],
  ['as: a consonant and -এ (`দাসে`) is the agentive; the weekday `শুকুৰবাৰে` after it is no subject', CLINIC, 'বিছনা কম', 'মনোজ দাস', 'চিকিৎসক'],
  ['as: `<role> X Y-ৰ মতে, “…”` (in X Y’s view) is X Y', CLINIC, 'নতুন ভৱনটো', 'প্ৰদীপ শৰ্মা', 'অভিযন্তা'],
  ['as: `X-ই … ঘৰ এৰিছিল। … তেওঁ কয়, “…”`: he or she is the person the sentence before brought in', CLINIC, 'তিনি ঘণ্টা', 'কমলা চেতিয়া', ANY],
  ['as: counter-case: a Bengali `X বলেন, “…”` is still read by the Bengali reader', BENGALI, 'বাজারে ক্রেতা', 'করিম হাসান', ANY],
];

kindTable('Assamese agentive subjects, বুলি tags and unnamed speakers', ROWS, [
  // Needs lang/introduced.ts to read Assamese paragraphs with assameseSubject (reported).
  'as: `X-ই … ঘৰ এৰিছিল। … তেওঁ কয়, “…”`: he or she is the person the sentence before brought in',
]);
