// Bengali (lang/bn.ts), with a name ending as a genitive does (`-ের`), a place before the verb, `বর্ণনা দেন` (described): `X বলেন, “…”` and `“…,” বলেন X।` with the honorific verbs, the plain `বলে` of children, postpositions
// after a genitive (`সভার পর`), `মো.` in a name, a demonstrative role (`এই চিকিৎসক`), a name with its age in brackets and
// `তিনি … বলে জানান।` before a quote standing alone; each in short paragraphs of my own about invented people, with
// counter-cases: a body that informs, someone unnamed (`এক`, `একজন`, anonymity), a slogan in quotation marks.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FERRY =
  'চন্দনপুর ঘাটে তিন দিন ধরে খেয়া বন্ধ।\n\n' +
  'সভার পর ইউএনও সাবরিনা হক সাংবাদিকদের বলেন, “নতুন নৌকা আসবে সোমবার।”\n\n' +
  '“ঘাটের ভাড়া বাড়ানো হবে না,” বলেন তিনি।\n\n' +
  'সভার পর এক মাঝি বলেন, “আমাদের কেউ কিছু জানায়নি।”\n\n' +
  'পুলিশ জানায়, “ঘাটে অতিরিক্ত পাহারা থাকবে।”\n\n' +
  'অষ্টম শ্রেণির ছাত্রী তাহমিনা সুলতানা বলে, “নৌকা না থাকলে স্কুলে যেতে পারি না।”';

const CLINIC =
  'উপজেলা স্বাস্থ্য কমপ্লেক্সে ওষুধের সংকট দেখা দিয়েছে।\n\n' +
  'কমপ্লেক্সের চিকিৎসক ডা. রুবিনা খাতুন জানান, গত মাসে সরবরাহ আসেনি। “রোগী বাড়ছে, ওষুধ কমছে,” বলেন হাসপাতালের এই চিকিৎসক।\n\n' +
  '“আমরা জেলায় চিঠি দিয়েছি,” বলেন এক চিকিৎসক।\n\n' +
  'নাম প্রকাশ না করার শর্তে একজন কর্মচারী বলেন, “স্টোরে তালা ঝুলছে।”\n\n' +
  'মো. নাজমুল করিম বলেন, “আমার মায়ের ইনসুলিন কিনতে হয়েছে বাইরে থেকে।”';

const BRIDGE =
  'সেতুর দাবিতে এলাকাবাসী মানববন্ধন করেছেন।\n\n' +
  'আন্দোলনের একজন সংগঠক আরিফুল ইসলাম মোল্লা (৫২)। পেশায় শিক্ষক আরিফুলের বাড়ি নদীর ওপারে। সেতুর খবর শুনে তিনি খুশি হয়েছেন বলে জানান।\n\n' +
  '“বিশ বছর ধরে আমরা সাঁকো দিয়ে পার হচ্ছি।”\n\n' +
  'মানববন্ধনে ‘সেতু চাই এখনই’ লেখা ব্যানার ছিল। প্রকৌশলী জাকির হোসেন বলেন, “নকশার কাজ শেষ।”\n\n' +
  'নির্বাহী প্রকৌশলী হোসেন জানান, দরপত্র আগামী মাসে ডাকা হবে। “বর্ষার আগে পাইলিং শুরু হবে,” বলেন তিনি।';

const MARKET =
  'সবজির দাম কমেছে।\n\n' +
  'বাজারের সভাপতি শামীমা নাসরিন জানান, সরবরাহ বেড়েছে। বিক্রেতারা খুশি। “দাম আরও কমবে,” বলেন সভাপতি।\n\n' +
  'দোকানিদের পক্ষে বিমল চন্দ্র দাস বলেন, “খাজনা কমানো দরকার।”\n\n' +
  '“আমরা লোকসানে আছি,” বলেন বাজারের এক বিক্রেতা।';

const SELLER =
  'বাজারের সভাপতি শামীমা নাসরিন বলেন, “দাম আরও কমবে।”\n\n' +
  'গত সপ্তাহে বৃষ্টিতে ট্রাক আসেনি। এখন সরবরাহ স্বাভাবিক।\n\n' +
  'বাজারের এক দোকানি লোকসানের কথা বলে জানান।\n\n' +
  '“আমরা পুঁজি হারাচ্ছি।”';

const SCHOOL =
  'শহরের একটি বিদ্যালয়ের ছাদ ধসে পড়েছে।\n\n' +
  'শিক্ষা অধিদপ্তরের উপপরিচালক মো. আবু তাহের বিদ্যালয়ে সাংবাদিকদের বলেন, ‘ভবনটি অনেক পুরোনো ছিল।’\n\n' +
  'ঠিকাদার প্রতিষ্ঠানের ব্যবস্থাপক (প্রকল্প) ফারহানা ইয়াসমিন অবশ্য দেরির কথা মানেননি। তিনি বলেন, ‘আমরা সময়মতো কাজ শেষ করেছি।’\n\n' +
  'অভিভাবক সমিতির সভাপতি নাসিমা আক্তার শিক্ষার্থীদের বলেন, ‘ক্লাস চলবে পাশের মাদ্রাসায়।’\n\n' +
  'সভায় অধ্যাপক তানভীর জাবের বলেন, ‘মেরামতের টাকা কম।’';

const BOAT =
  'নদীতে নৌকাডুবিতে দুজন নিখোঁজ।\n\n' +
  'নৌকার যাত্রী ছিলেন দিনমজুর জসিম উদ্দিন (৩৮)। সাঁতরে তীরে ওঠেন তিনি। পরে হাসপাতালে শুয়ে তিনি আমাদের কাছে সেই রাতের বর্ণনা দেন।\n\n' +
  '‘ঢেউ এসে নৌকা উল্টে দিল। আমি কিছুই দেখতে পাইনি।’\n\n' +
  '‘আমার ভাইকে খুঁজে পাইনি’, বলছিলেন জসিম।\n\n' +
  'ঘাটের এক মাঝি পরে সেই রাতের বর্ণনা দেন।\n\n' +
  '‘চারদিকে অন্ধকার ছিল।’';

const ROWS: KindCase[] = [
  ['bn: `<role> মো. X Y (ending as a genitive, -ের) <place>-এ সাংবাদিকদের বলেন` is মো. X Y: a place and the listener are set aside', SCHOOL, 'ভবনটি অনেক', 'মো. আবু তাহের', 'উপপরিচালক'],
  ['bn: `<role> (<branch>) X Y অবশ্য … । তিনি বলেন` is X Y: "however" (অবশ্য) ends the name', SCHOOL, 'আমরা সময়মতো', 'ফারহানা ইয়াসমিন', ANY],
  ['bn: `<role> X Y শিক্ষার্থীদের বলেন`: a role noun in the plural genitive (the listeners) is no name ending in -দের', SCHOOL, 'ক্লাস চলবে', 'নাসিমা আক্তার', ANY],
  ['bn: `অধ্যাপক X Y বলেন` with a name ending as a genitive (-ের) right before the verb is X Y', SCHOOL, 'মেরামতের টাকা', 'তানভীর জাবের', 'অধ্যাপক'],
  ['bn: a quote alone after `<occupation> X Y (৩৮)। … তিনি … বর্ণনা দেন।` ("described") is X Y', BOAT, 'ঢেউ এসে', 'জসিম উদ্দিন', ANY],
  ['bn: `’, বলছিলেন X,` with the given name alone is the person introduced in full with an occupation', BOAT, 'আমার ভাইকে', 'জসিম উদ্দিন', ANY],
  ['bn: a quote alone after `এক মাঝি … বর্ণনা দেন।` (a boatman described it) stays unnamed', BOAT, 'চারদিকে অন্ধকার', DESCRIBED, ANY],
  ['bn: `সভার পর X Y সাংবাদিকদের বলেন` is X Y: the postposition after the genitive is no part of the name', FERRY, 'নতুন নৌকা', 'সাবরিনা হক', ANY],
  ['bn: `“…,” বলেন তিনি।` is the person just quoted', FERRY, 'ঘাটের ভাড়া', 'সাবরিনা হক', ANY],
  ['bn: `সভার পর এক মাঝি বলেন` (a boatman) stays unnamed past the postposition', FERRY, 'আমাদের কেউ', UNNAMED, ANY],
  ['bn: `পুলিশ জানায়, “…”` (the plain verb) is a body, no person', FERRY, 'ঘাটে অতিরিক্ত', UNNAMED, ANY],
  ['bn: `<class> ছাত্রী X Y বলে, “…”` (the plain verb of a child) is X Y', FERRY, 'নৌকা না থাকলে', 'তাহমিনা সুলতানা', ANY],
  ['bn: `বলেন হাসপাতালের এই চিকিৎসক` (this doctor) is the doctor named before', CLINIC, 'রোগী বাড়ছে', 'রুবিনা খাতুন', ANY],
  ['bn: `বলেন এক চিকিৎসক` (a doctor) stays unnamed', CLINIC, 'আমরা জেলায়', UNNAMED, ANY],
  ['bn: `নাম প্রকাশ না করার শর্তে একজন কর্মচারী বলেন` stays unnamed', CLINIC, 'স্টোরে তালা', DESCRIBED, ANY],
  ['bn: `মো. X Y বলেন` keeps `মো.` (Muhammad) as the name’s first word', CLINIC, 'আমার মায়ের', 'মো. নাজমুল করিম', null],
  ['bn: a quote alone after `X Y Z (৫২)। … তিনি … বলে জানান।` is X Y Z', BRIDGE, 'বিশ বছর', 'আরিফুল ইসলাম মোল্লা', ANY],
  ['bn: a slogan in single marks (`‘সেতু চাই এখনই’ লেখা ব্যানার`) leaves the engineer the speaker', BRIDGE, 'নকশার কাজ', 'জাকির হোসেন', 'প্রকৌশলী'],
  ['bn: `<role> Y জানান, … । “…,” বলেন তিনি।` is the person named in full before with that family name', BRIDGE, 'বর্ষার আগে', 'জাকির হোসেন', ANY],
  ['bn: `বলেন সভাপতি` after `সভাপতি X Y জানান, …` is X Y', MARKET, 'দাম আরও', 'শামীমা নাসরিন', ANY],
  ['bn: `দোকানিদের পক্ষে X Y Z বলেন` (on the shopkeepers’ behalf) is X Y Z', MARKET, 'খাজনা কমানো', 'বিমল চন্দ্র দাস', ANY],
  ['bn: `বলেন বাজারের এক বিক্রেতা` (a seller of the market) stays unnamed', MARKET, 'আমরা লোকসানে', UNNAMED, ANY],
  ['bn: a quote alone after `এক দোকানি … বলে জানান।` stays unnamed, not the person quoted before', SELLER, 'আমরা পুঁজি', DESCRIBED, ANY],
];

kindTable('Bengali attribution (lang/bn.ts)', ROWS);
