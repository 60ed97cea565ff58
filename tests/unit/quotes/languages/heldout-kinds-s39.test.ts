// Kinds the thirty-first session read (kinds left alone in the nineteenth private set, then a twentieth set of invented
// articles), each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const SOURCE_POSTPOSITIONS =
  'A könyvtár felújítása tavasszal kezdődik. Szabó Ildikó építész tervezte az új olvasótermet.\n\n' +
  'Szabó Ildikó szerint „a régi falak többet bírnak, mint gondolnánk, csak a tetőt kell kicserélni”.\n\n' +
  'Mielőtt a munka elkezdődik, a tervek szerint „a teljes gyűjteményt egy raktárba költöztetik”.';

const FINNISH_SOURCE =
  'Kirjaston remontti alkaa keväällä. Arkkitehti Ville Laaksonen suunnitteli uuden lukusalin.\n\n' +
  'Laaksosen mukaan ”vanhat seinät kestävät enemmän kuin luulisi, vain katto pitää uusia”.\n\n' +
  'Johtaja Sari Hakkarainen puhui illalla. Sari Hakkaraisen mukaan ”kokoelma muuttaa varastoon koko kesäksi”.';

/**
 * Hungarian, Finnish and Estonian set their "according to" after the name (`X szerint`, `X:n mukaan`, `X sõnul`); right before
 * an opening mark, the name is the speaker of the words inside (lang/adjacent.ts); a common noun there (`a tervek szerint`,
 * "according to the plans") is no one.
 */
const POSTPOSED_SOURCES: KindCase[] = [
  ['hu: `X Y szerint „…”` is X Y', SOURCE_POSTPOSITIONS, 'a régi falak', 'Szabó Ildikó', null],
  ['fi: `Laaksosen mukaan ”…”` is the Laaksonen named before', FINNISH_SOURCE, 'vanhat seinät', 'Ville Laaksonen', 'arkkitehti'],
  ['fi: `X Hakkaraisen mukaan ”…”` gives the name in its own form, -nen', FINNISH_SOURCE, 'kokoelma muuttaa', 'Sari Hakkarainen', ANY],
];

const GUILD =
  "«Lleida no és Tarragona», afirma Laia Batlle, presidenta de la Cambra de Comerç de Lleida.\n\n" +
  'La regidora Marta Vives ho nega. «Els diners aniran als carrers», diu.\n\n' +
  "La cambra s'hi asseurà. «Parlarem, però no signarem res a cegues», conclou la presidenta de l'associació.";

/**
 * `la presidenta de l'associació`, "the president of the association": a word for any body after the office is the body the
 * holder's role names, so the one the text made president, not the person just named (office-holder.ts); Catalan role nouns.
 */
const ANY_BODY: KindCase[] = [
  ["ca: `conclou la presidenta de l'associació` is the president named before, past a councillor just named", GUILD, 'Parlarem', 'Laia Batlle', ANY],
  ['counter-case ca: `la presidenta del tribunal` is not the chamber’s president but the judge just named', GUILD.replace("presidenta de l'associació", 'presidenta del tribunal').replace('La regidora Marta Vives ho nega.', 'El cas va arribar a la jutgessa Carme Pons.'), 'Parlarem', 'Carme Pons', ANY],
];

kindTable('Names before a postposition of source', POSTPOSED_SOURCES);
kindTable('An office of any body', ANY_BODY);

describe('A common noun before a postposition of source names no one', () => {
  it('counter-case hu: `a tervek szerint „…”` gives its words to no named person', () => {
    const named = findQuotes(SOURCE_POSTPOSITIONS).filter((quote) => quote.text.startsWith('a teljes') && quote.speakerKind === 'name');
    expect(named).toEqual([]);
  });
});

const URDU =
  'صوبائی وزیرِ صحت نادیہ اسلم نے اسپتال کے دورے میں کہا کہ ’’ہر مریض کو دوا مفت ملے گی، کوئی واپس نہیں جائے گا‘‘۔\n\n' +
  'کراچی کی رہائشی فریدہ خان دو بچوں کی ماں ہیں۔\n\n' +
  '’’دوائی تو ملی، مگر ڈاکٹر کہاں ہیں؟‘‘ وہ پوچھتی ہیں۔\n\n' +
  '’’وارڈ میں صفائی روز ہوگی‘‘، ڈاکٹر عارف بٹ نے ہدایت کی۔';

/**
 * Urdu papers open a quote with a doubled ’ and close it with a doubled ‘ (find.ts); an office joined to its field by the izafat
 * (`وزیرِ صحت`) is the role, not part of the name; `وہ پوچھتی ہیں` (she asks) and `ہدایت کی` (instructed) are tags (lang/hi.ts).
 */
const URDU_ROWS: KindCase[] = [
  ['ur: `’’…‘‘` after `وزیرِ صحت X Y نے … کہا کہ` is X Y, the izafat office her role', URDU, 'ہر مریض', 'نادیہ اسلم', 'وزیرِ صحت'],
  ['ur: `’’…؟‘‘ وہ پوچھتی ہیں` is the resident introduced before', URDU, 'دوائی تو ملی', 'فریدہ خان', ANY],
  ['ur: `’’…‘‘، X نے ہدایت کی` is X', URDU, 'وارڈ میں', 'عارف بٹ', ANY],
];

const BENGALI =
  'নগর ভবনের প্রধান প্রকৌশলী (সড়ক) মো. কামরুল হাসান জানান, সংস্কারের কাজ আগামী মাসে শুরু হবে। ‘বর্ষার আগে সব গর্ত বন্ধ করা হবে,’ বলেন তিনি।\n\n' +
  '‘আমরা রোজ কাদায় হাঁটি,’ বললেন মহাখালীর শিক্ষার্থী তানিয়া রহমান, ‘কেউ দেখে না।’\n\n' +
  'বাজারের একজন দোকানি নাম প্রকাশ না করার শর্তে আমাদের বলেন, ‘ঠিকাদার দুই বছর আসেনি।’\n\n' +
  'নগর পরিকল্পনাবিদ ও চিকিৎসক সেলিনা পারভীনের মতে, ‘রাস্তা নয়, নালা আগে ঠিক করতে হবে।’';

/**
 * Bengali in single curly marks, closing after a vowel sign or a danda (find.ts); a dot is no sentence end there (`মো. X`,
 * lang/introduced.ts); `X-এর মতে` is "according to X"; after the verb the subject may end at the comma where the quote goes on;
 * someone asking for anonymity stays unnamed (lang/bn.ts).
 */
const BENGALI_ROWS: KindCase[] = [
  ['bn: `‘…,’ বলেন তিনি।` is the engineer the sentence before names, past `মো.`', BENGALI, 'বর্ষার আগে', 'মো. কামরুল হাসান', ANY],
  ['bn: `‘…,’ বললেন … শিক্ষার্থী X Y, ‘…’` is X Y', BENGALI, 'আমরা রোজ', 'তানিয়া রহমান', 'শিক্ষার্থী'],
  ['bn: `একজন দোকানি নাম প্রকাশ না করার শর্তে … বলেন` stays unnamed', BENGALI, 'ঠিকাদার', UNNAMED, ANY],
  ['bn: `চিকিৎসক X Y-এর মতে, ‘…’` is X Y', BENGALI, 'রাস্তা নয়', 'সেলিনা পারভীন', ANY],
];

const ARMENIAN =
  '«Նոր ավտոբուսները կգան ապրիլին»,- հայտարարեց քաղաքապետարանի խոսնակ Նարեկ Ավետիսյանը։\n\n' +
  'Ավետիսյանի խոսքով՝ գները չեն փոխվի։ «Տոմսը կմնա նույնը, ինչ հիմա է»,- ընդգծեց նա։\n\n' +
  'Ճարտարագետ Սոնա Մկրտչյանի կարծիքով՝ «առանց նոր գծերի ավտոբուսները ոչինչ չեն փոխի»։';

/**
 * Armenian: its full stop `։` and comma `՝` are read as ours and the quotes keep them (script-stops.ts); a family name's article or
 * case ending (`Ավետիսյանը`, `Մկրտչյանի`) is no part of it (names.ts); `նա` is he or she (lang/personal-pronouns.ts); `X-ի
 * կարծիքով՝ «…»` is "in X's opinion" (lang/adjacent.ts).
 */
const ARMENIAN_ROWS: KindCase[] = [
  ['hy: `»,- հայտարարեց … X Yը։` is X Y, the article off', ARMENIAN, 'Նոր ավտոբուսները', 'Նարեկ Ավետիսյան', ANY],
  ['hy: `»,- ընդգծեց նա։` is the spokesman', ARMENIAN, 'Տոմսը կմնա', 'Նարեկ Ավետիսյան', ANY],
  ['hy: `X Yի կարծիքով՝ «…»` is X Y', ARMENIAN, 'առանց նոր', 'Սոնա Մկրտչյան', ANY],
];

kindTable('Urdu marks, izafat offices and present tags', URDU_ROWS);
kindTable('Bengali single marks, sources and the unnamed', BENGALI_ROWS);
kindTable('Armenian stops, case endings and pronouns', ARMENIAN_ROWS);

describe('Stops of scripts no reader lists (script-stops.ts)', () => {
  it('keeps an Armenian quote as written, its own full stop inside', () => {
    const quote = findQuotes(ARMENIAN).find((found) => found.text.startsWith('Տոմսը'));
    expect(quote?.text).toBe('Տոմսը կմնա նույնը, ինչ հիմա է');
    expect(findQuotes('«Ես եկա։ Ես տեսա»,- ասաց նա։').map((found) => found.text)).toEqual(['Ես եկա։ Ես տեսա']);
  });
  it('counter-case: a text with no such stop is read unchanged', () => {
    expect(findQuotes('“We came. We saw,” she said.').map((found) => found.text)).toEqual(['We came. We saw,']);
  });
});

const TAMIL_TEXT =
  'நகராட்சியின் உதவிப் பொறியாளர் கே. ராஜேந்திரன் கூறியதாவது: “புதிய குழாய்கள் அடுத்த மாதம் பதிக்கப்படும்.”\n\n' +
  '“மழைக்காலத்துக்கு முன் வேலை முடியும்” என்றும் அவர் சொன்னார்.\n\n' +
  '“குழாயில் தண்ணீர் வந்து ஒரு வாரம் ஆகிறது,” என்றார் வியாபாரி செல்வம்.\n\n' +
  'மருத்துவர் பி. லதா, “காய்ச்சிய நீரையே குடியுங்கள்” என்று அறிவுறுத்தினார்.\n\n' +
  'பொருளாதார நிபுணர் அருண் குமாரின் கூற்றுப்படி, “நகரம் ஏரிகளை மீட்க வேண்டும்.”';

/**
 * Tamil, read by a reader of its own (lang/ta.ts): `X கூறியதாவது: “…”`, `” என்றும் அவர் சொன்னார்.` (the pronoun, the person
 * just quoted), `” என்றார் <role> X.`, `<role> X, “…” என்று <verb>.` (the subject before the quote, the verb's left out after
 * it), `X-இன் கூற்றுப்படி, “…”` ("according to X"); an initial's dot ends no sentence (sentences.ts).
 */
const TAMIL_ROWS: KindCase[] = [
  ['ta: `<role> கே. X கூறியதாவது: “…”` is கே. X', TAMIL_TEXT, 'புதிய குழாய்கள்', 'கே. ராஜேந்திரன்', ANY],
  ['ta: `” என்றும் அவர் சொன்னார்.` is the engineer just quoted', TAMIL_TEXT, 'மழைக்காலத்துக்கு', 'கே. ராஜேந்திரன்', ANY],
  ['ta: `,” என்றார் வியாபாரி X.` is X, the trader', TAMIL_TEXT, 'குழாயில்', 'செல்வம்', 'வியாபாரி'],
  ['ta: `மருத்துவர் பி. X, “…” என்று <verb>.` is பி. X', TAMIL_TEXT, 'காய்ச்சிய', 'பி. லதா', ANY],
  ['ta: `X Y-இன் கூற்றுப்படி, “…”` is X Y in the nominative', TAMIL_TEXT, 'நகரம் ஏரிகளை', 'அருண் குமார்', ANY],
];

const GEORGIAN_TEXT =
  '„ახალი ავტობუსები გაზაფხულზე ჩამოვა“, – განაცხადა მერიის სპიკერმა ნინო გელაშვილმა.\n\n' +
  '„ბილეთის ფასი არ შეიცვლება“, – დასძინა მან.\n\n' +
  'ექსპერტის, ზურაბ ქავთარაძის თქმით, „ახალი ხაზების გარეშე ავტობუსები ვერაფერს შეცვლის“.\n\n' +
  '„ჩვენ ყოველდღე ველოდებით“, – ამბობს ქავთარაძე.\n\n' +
  '„გრაფიკი უკვე მზადაა“, – თქვა კომპანიამ.';

/**
 * Georgian, read by a reader of its own (lang/ka.ts): its lower-case letters open a sentence (find.ts); the subject after the verb
 * in the ergative (`გელაშვილმა`), `მან` (he or she), `X-ის თქმით` ("according to X", the genitive), a family name alone for the
 * latest person so named (caseless-mentions.ts); a common noun with a family name's ending (`კომპანიამ`) is no one.
 */
const GEORGIAN_ROWS: KindCase[] = [
  ['ka: `“, – განაცხადა … X Yმა.` is X Y in the nominative', GEORGIAN_TEXT, 'ახალი ავტობუსები', 'ნინო გელაშვილი', ANY],
  ['ka: `“, – დასძინა მან.` is the spokeswoman just quoted', GEORGIAN_TEXT, 'ბილეთის ფასი', 'ნინო გელაშვილი', ANY],
  ['ka: `X Yის თქმით, „…“` is X Y', GEORGIAN_TEXT, 'ახალი ხაზების', 'ზურაბ ქავთარაძე', ANY],
  ['ka: `“, – ამბობს Y.` is the X Y named before', GEORGIAN_TEXT, 'ჩვენ ყოველდღე', 'ზურაბ ქავთარაძე', ANY],
  ['counter-case ka: `“, – თქვა კომპანიამ.` (the company) names no one', GEORGIAN_TEXT, 'გრაფიკი', UNNAMED, ANY],
];

kindTable('Tamil tags, sources and initials', TAMIL_ROWS);
kindTable('Georgian cases, pronouns and family names', GEORGIAN_ROWS);

describe('A name in marks inside a Georgian sentence is no quote (filter.ts)', () => {
  it('counter-case ka: a firm’s name in „…“ before a comma and a quote is no split quote', () => {
    const found = findQuotes('შპს „ქალაქის ტრანსპორტი“ დირექტორის, ნინო გელაშვილის თქმით, „ყველაფერი მზადაა ზამთრისთვის“.').map((quote) => quote.text);
    expect(found).toEqual(['ყველაფერი მზადაა ზამთრისთვის']);
  });
});

const NYNORSK =
  'Sivert Lunde (61) har køyrt ferja i tretti år. Ho er seint ute i dag.\n\n' +
  '– Køa har aldri vore så lang på kaia, seier Lunde.\n\n' +
  'Bak han i køa sit Solveig Aarvik, som pendlar til byen. «Prisen er for høg», seier ho.\n\n' +
  'Ifølgje rådmann Terje Bø «må kommunen betale meir neste år».';

/** Nynorsk: `seier` (says), `ho` (she) and `ifølgje` (according to), beside Bokmål's words (lang/da-no.ts, lang/da-no-verbs.ts). */
const NYNORSK_ROWS: KindCase[] = [
  ['nn: `– …, seier X.` is the X named before', NYNORSK, 'Køa har aldri', 'Sivert Lunde', ANY],
  ['nn: `«…», seier ho.` is the woman the sentence before introduces', NYNORSK, 'Prisen er', 'Solveig Aarvik', ANY],
  ['nn: `Ifølgje rådmann X Y «…»` is X Y', NYNORSK, 'må kommunen', 'Terje Bø', ANY],
];

const KAZAKH_TEXT =
  '«Жаңа мектеп қыркүйекте ашылады», – деді аудан әкімінің кеңесшісі Айгүл Бекова журналистерге.\n\n' +
  '«Құрылыс уақытында бітеді», – деп қосты ол.\n\n' +
  'Сәулетші Нұрлан Әлиевтің айтуынша, «ғимарат жер сілкінісіне төзімді болады».\n\n' +
  '«Біз бұған сенеміз», – дейді Әлиев.';

/**
 * Kazakh, read by a reader of its own (lang/kk.ts): `– деді <role> X Y`, `– деп <verb> ол` (he or she), `X-тың айтуынша, «…»`
 * ("according to X", the genitive ending off), `– дейді Y` for the X Y named before.
 */
const KAZAKH_ROWS: KindCase[] = [
  ['kk: `», – деді <role> X Y …` is X Y', KAZAKH_TEXT, 'Жаңа мектеп', 'Айгүл Бекова', ANY],
  ['kk: `», – деп қосты ол.` is the adviser just quoted', KAZAKH_TEXT, 'Құрылыс уақытында', 'Айгүл Бекова', ANY],
  ['kk: `X Yтің айтуынша, «…»` is X Y', KAZAKH_TEXT, 'ғимарат жер', 'Нұрлан Әлиев', ANY],
  ['kk: `», – дейді Y.` is the X Y named before', KAZAKH_TEXT, 'Біз бұған', 'Нұрлан Әлиев', ANY],
];

const TAGALOG =
  '“Tuloy ang proyekto sa Enero,” ani Engr. Liza Santos, hepe ng city planning office.\n\n' +
  '“Walang bahay na gigibain nang walang abiso,” dagdag pa niya.\n\n' +
  'Ayon kay Dr. Paolo Reyes, propesor ng inhinyeriya, “mas mura ang tulay kaysa sa ferry.”\n\n' +
  '“Kailangan lang ng tamang disenyo,” paliwanag ng propesor.';

/**
 * Tagalog, read by a reader of its own (lang/tl.ts): `ani <address> X Y, <role>`, `dagdag pa niya` (he or she), `Ayon kay X Y,
 * <role>, “…”` ("according to"), `paliwanag ng <office>` for the one the text gave that office.
 */
const TAGALOG_ROWS: KindCase[] = [
  ['tl: `,” ani Engr. X Y, <role>.` is X Y', TAGALOG, 'Tuloy ang proyekto', 'Liza Santos', 'hepe'],
  ['tl: `,” dagdag pa niya.` is the one just quoted', TAGALOG, 'Walang bahay', 'Liza Santos', ANY],
  ['tl: `Ayon kay Dr. X Y, <role>, “…”` is X Y', TAGALOG, 'mas mura', 'Paolo Reyes', 'propesor'],
  ['tl: `,” paliwanag ng propesor.` is the professor named before', TAGALOG, 'Kailangan lang', 'Paolo Reyes', ANY],
];

kindTable('Nynorsk verbs, pronoun and source', NYNORSK_ROWS);
kindTable('Kazakh tags and sources', KAZAKH_ROWS);
kindTable('Tagalog tags and sources', TAGALOG_ROWS);

const SWAHILI =
  'Msemaji wa kaunti, Bi Amina Hassan, alisema mradi utaanza Machi. “Hakuna nyumba itakayobomolewa bila fidia,” alisema.\n\n' +
  '“Tunaomba subira,” alisema Dkt Juma Mwinyi, mhandisi wa kaunti.\n\n' +
  '“Ujenzi ni salama,” aliongeza Dkt Mwinyi.';

/** Swahili: `alisema.` (the third person's prefix on the verb, its subject left out, lang/adjacent.ts); `Dkt` is a doctor's title (names.ts). */
const SWAHILI_ROWS: KindCase[] = [
  ['sw: `,” alisema.` is the subject of the sentence before', SWAHILI, 'Hakuna nyumba', 'Amina Hassan', ANY],
  ['sw: `,” aliongeza Dkt X.` is the X Y named before, the title off', SWAHILI, 'Ujenzi ni salama', 'Juma Mwinyi', ANY],
];
kindTable('Swahili subjects left out and titles', SWAHILI_ROWS);

const ALBANIAN_DANISH =
  '“Shtëpia ime ka qëndruar tridhjetë vjet”, thotë Besnik Lala, 64 vjeç.\n\n' +
  '“E ndërtova vetë”, shton ai, “me paratë e emigracionit”.\n\n' +
  'Inxhinierja Dorina Meta e kundërshton. “Muret nuk janë të sigurta”, tha ajo.\n\n' +
  '»Byen bygger videre til foråret,« siger rådmand for Kultur og Sundhed Jesper Holm Nielsen.';

/**
 * Albanian: a pronoun tag between the two parts of a quote ends at its comma (lang/personal-pronouns.ts); an office with its
 * suffixed article opening a sentence (`Inxhinierja X Y`) is no part of the name (lang/newlang-roles.ts). Danish: a portfolio
 * after `for … og` is no part of the name (names.ts).
 */
const ALBANIAN_DANISH_ROWS: KindCase[] = [
  ['sq: `”, shton ai, “…` is the man named before', ALBANIAN_DANISH, 'E ndërtova vetë', 'Besnik Lala', ANY],
  ['sq: `Inxhinierja X Y …. “…”, tha ajo.` is X Y, the office off the name', ALBANIAN_DANISH, 'Muret nuk', 'Dorina Meta', ANY],
  ['da: `siger rådmand for Kultur og Sundhed X Y Z` is X Y Z', ALBANIAN_DANISH, 'Byen bygger', 'Jesper Holm Nielsen', ANY],
];
kindTable('Albanian pronoun tags and offices, Danish portfolios', ALBANIAN_DANISH_ROWS);
