// Bengali attribution habits with no capitals to lean on (the sixty-first held-out set showed a farmer's name with his age
// in brackets, then when and where he spoke before `বলেন`; a later short form of a prefixed name; an office's short form in
// brackets; an unnamed source's gist sentence before the quote), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const QUOTE = '“নদীর বাঁধ এবারও ভেঙে গেলে আমাদের আর কিছু থাকবে না।”';

/** `কৃষক X Y Z (৬২) রবিবার সকালে উঠানে বসে বলেন, “…”`: the age closes the name; time, place and manner follow it (lang/bn.ts). */
kindTable('A Bengali name closed by its age in brackets, adverbials before the verb', [
  ['time, place and a participle between the age and `বলেন`', `জেলে রফিকুল ইসলাম মোল্লা (৪৭) রবিবার সকালে নিজের নৌকার পাশে দাঁড়িয়ে বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'রফিকুল ইসলাম মোল্লা', ANY],
  ['a farmer of a crop, `-চাষি`, is the role', `পানচাষি হারুন অর রশিদ (৬১) মঙ্গলবার বিকেলে বাজারে বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'হারুন অর রশিদ', 'পানচাষি'],
  ['`তিনি আরও বলেন` carries the aged speaker', `জেলে রফিকুল ইসলাম মোল্লা (৪৭) রবিবার সকালে ঘাটে বসে বলেন, “মাছ কমে গেছে।”\n\nতিনি আরও বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'রফিকুল ইসলাম মোল্লা', ANY],
  ['another person after the age and "and" is the subject, the day and a participle none of the name', `জেলে রফিকুল ইসলাম মোল্লা (৪৭) ও তাঁর ছেলে শাহীন আলম রবিবার ঘাটে বসে বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'শাহীন আলম', ANY],
  ['an occupation in -ে, `জেলে` ("fisherman"), before the name is none of it', `জেলে রফিকুল ইসলাম বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'রফিকুল ইসলাম', ANY],
  ['counter-case: a role and the name right before the verb, no age', `শিক্ষক সুরাইয়া পারভীন বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', 'শিক্ষক'],
  ['counter-case: a two-letter family name in -ে (`দে`) stays', `শিক্ষক অমিত কুমার দে বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'অমিত কুমার দে', ANY],
]);

/** `উপজেলা কৃষি কর্মকর্তা (এইও) X Y বলেন`: the office's short form in brackets belongs to the role (lang/bn.ts). */
kindTable('A Bengali office with its short form in brackets before the name', [
  ['the bracketed short form joins the role', `উপজেলা কৃষি কর্মকর্তা (এইও) সুরাইয়া পারভীন সাংবাদিকদের বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', 'এইও'],
  ['counter-case: no brackets, the office alone', `উপজেলা কৃষি কর্মকর্তা সুরাইয়া পারভীন সাংবাদিকদের বলেন, ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', 'কর্মকর্তা'],
]);

/** `ঘাটের পাশে বসে X Y বলছিলেন, “…”`: a postposition or participle in -ে before the name is no part of it (lang/bn.ts). */
kindTable('Bengali words of where and how before a name and the verb', [
  ['`পাশে বসে` before the name', `দুপুরে নৌকার পাশে বসে সুরাইয়া পারভীন বলছিলেন, ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', null],
]);

/** `একজন শিক্ষক নাম প্রকাশ না করার শর্তে বলেন, <gist>। “…”`: the one whose gist opens the paragraph says the quote (lang/bn.ts). */
kindTable('A Bengali gist sentence and then the quote in the same paragraph', [
  ['an unnamed source', `আগের দিন সভায় বাঁধ মেরামতের কথা ওঠে। তবে বিদ্যালয়ের একজন শিক্ষক নাম প্রকাশ না করার শর্তে বলেন, এমন প্রতিশ্রুতি আগেও শোনা গেছে। ${QUOTE}`, 'নদীর বাঁধ', DESCRIBED, ANY],
  ['a named source', `আগের দিন সভায় বাঁধ মেরামতের কথা ওঠে। তবে বিদ্যালয়ের শিক্ষক সুরাইয়া পারভীন বলেন, এমন প্রতিশ্রুতি আগেও শোনা গেছে। ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', ANY],
]);

/** `বলেন X Y` after `সভাপতি মো. X Y`, `X Y বলছিলেন` after `জেলে X Y Z (৪৭)`: a short form is the person introduced in full (lang/bn-fuller-name.ts). */
kindTable('A Bengali short form of two words resolves to the full introduction', [
  ['prefixes `মো.` dropped later', `সমবায় সমিতির সভাপতি মো. কামরুল হাসান উল্টো অভিযোগ করেন, জেলেরাই জাল ফেলে রেখেছেন।\n\n${QUOTE.replace(/।”$/u, ',”')} বলেন কামরুল হাসান।`, 'নদীর বাঁধ', 'মো. কামরুল হাসান', ANY],
  ['the family name after the age dropped later', `জেলে রফিকুল ইসলাম মোল্লা (৪৭) জানান, মাছ কমে গেছে।\n\nসন্ধ্যায় ঘাটে বসে রফিকুল ইসলাম বলছিলেন, ${QUOTE}`, 'নদীর বাঁধ', 'রফিকুল ইসলাম মোল্লা', ANY],
  ['a two-word name the text never wrote longer stays, the participle before it none of it', `সন্ধ্যায় ঘাটে বসে সুরাইয়া পারভীন বলছিলেন, ${QUOTE}`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', ANY],
  ['counter-case: the verb after a name introduced with a role is none of the full name', `শিক্ষক সুরাইয়া পারভীন বলেন, এমন প্রতিশ্রুতি আগেও শোনা গেছে।\n\n${QUOTE.replace(/।”$/u, ',”')} বলেন সুরাইয়া পারভীন।`, 'নদীর বাঁধ', 'সুরাইয়া পারভীন', ANY],
]);
