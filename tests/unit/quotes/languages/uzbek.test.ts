// Uzbek, Latin script (lang/uz.ts): the verb after the quote and its subject after it (`», — dedi X.`, `», degan edi u.` with no
// dash, `», — dedi advokat.` for the one given that office), `X-ning ta’kidlashicha, «…»` (according to X) and `X … dedi: «…»`
// before it, the apostrophe written ʼ or ʻ, each in short paragraphs of my own about invented people, with counter-cases:
// a phrase of time opening the sentence (`Majlisdan keyin`), a body, whom the words were said to.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Chirchiq daryosi ustidagi eski koʻprik taʼmirga yopildi.\n\n' +
  'Muhandis Dilnoza Qodirova loyiha haqida gapirib berdi. «Koʻprik ikki yilda qayta quriladi», degan edi u.\n\n' +
  'Muhandis Qodirovaning taʼkidlashicha, «Yangi koʻprik yuk mashinalarini ham koʻtaradi, yigirma yil xizmat qiladi».\n\n' +
  'Sanjar Tojiboyev yigʻilishda shunday dedi: «Materiallar allaqachon keltirildi».\n\n' +
  'Majlisdan keyin u muxbirlarga shunday dedi: «Ish kechasi ham davom etadi».';

const COURT =
  'Tuman sudida yer nizosi boʻyicha ish koʻrildi.\n\n' +
  'Himoyachi, advokat Rustam Sobirov hukm ustidan shikoyat berishini aytdi. «Mijozim aybsiz», — dedi Sobirov.\n\n' +
  '«Biz oliy sudga boramiz», — dedi advokat.\n\n' +
  'Tuman hokimligi maʼlum qildi: «Yer egasiga kompensatsiya toʻlanadi».\n\n' +
  '«Bu qaror adolatli», — javob berdi Zulfiya Ahmedova.';

const PARK =
  'Shahar bogʻida yangi favvora ochildi.\n\n' +
  'Bogʻ direktori Kamola Yusupova ochilish marosimida nutq soʻzladi. «Favvora kechasi ham ishlaydi», — deydi u.\n\n' +
  '«Bolalar maydonchasi ham quriladi», — deya qoʻshimcha qildi K. Yusupova.\n\n' +
  'Bogʻ meʼmori Otabek Rasulovning soʻzlariga koʻra, «Eski daraxtlar saqlab qolinadi».\n\n' +
  '«Suv qayerdan keladi?» — soʻradi Lola Karimova.\n\n' +
  'Viloyat sudi maʼlum qildi: «Bogʻ yeri boʻyicha nizo yoʻq».\n\n' +
  '«Juda chiroyli boʻlibdi», — dedi bir sayyoh.';

const FIELDS = 'Qishloqda yashovchi Akmal Yusupov kecha suv taqsimoti haqida gapirdi. «Suv ikki haftadan beri kelmayapti», degandi u.';

const ROWS: KindCase[] = [
  ['uz: `», degan edi u.` (he or she had said), no dash, is the person just named', BRIDGE, 'Koʻprik ikki yilda', 'Dilnoza Qodirova', ANY],
  ['uz: `Xning taʼkidlashicha, «…»` (as X stressed) is X, the genitive off, its apostrophe ʼ', BRIDGE, 'Yangi koʻprik', 'Dilnoza Qodirova', ANY],
  ['uz: `X Y … shunday dedi: «…»` is X Y', BRIDGE, 'Materiallar allaqachon', 'Sanjar Tojiboyev', ANY],
  ['uz: `Majlisdan keyin u … dedi:` is the one just named, `Majlisdan` (after the meeting) no name', BRIDGE, 'Ish kechasi', 'Sanjar Tojiboyev', ANY],
  ['uz: `», — dedi X.` is the X named in full before', COURT, 'Mijozim aybsiz', 'Rustam Sobirov', ANY],
  ['uz: `», — dedi advokat.` (said the lawyer) is the lawyer named before', COURT, 'Biz oliy sudga', 'Rustam Sobirov', ANY],
  ['uz: `Tuman hokimligi maʼlum qildi: «…»` (the district administration announced) is a body, no person', COURT, 'Yer egasiga', UNNAMED, null],
  ['uz: `», — javob berdi X Y.` (answered X Y) is X Y, not the lawyer before', COURT, 'Bu qaror adolatli', 'Zulfiya Ahmedova', ANY],
  ['uz: `», — deydi u.` (says he or she) is the director named in the sentence before', PARK, 'Favvora kechasi', 'Kamola Yusupova', ANY],
  ['uz: `», — deya qoʻshimcha qildi K. X.` (added) is the X named in full, her initial off', PARK, 'Bolalar maydonchasi', 'Kamola Yusupova', ANY],
  ['uz: `<role> X Yning soʻzlariga koʻra, «…»` (according to) is X Y, the role lower-case before the name', PARK, 'Eski daraxtlar', 'Otabek Rasulov', ANY],
  ['uz: `«…?» — soʻradi X Y.` (asked X Y) is X Y', PARK, 'Suv qayerdan', 'Lola Karimova', ANY],
  ['uz: `Viloyat sudi maʼlum qildi: «…»` (the regional court announced) is a body, no person', PARK, 'Bogʻ yeri', UNNAMED, null],
  ['uz: `», — dedi bir sayyoh.` (said a tourist) is someone unnamed, not the woman who asked', PARK, 'Juda chiroyli', UNNAMED, null],
  ['uz: `», degandi u.` (he or she had said, one word), no dash, is the person just named', FIELDS, 'Suv ikki haftadan', 'Akmal Yusupov', ANY],
];

// (`Majlisdan keyin u … dedi:`: lang/index.ts lets the Turkish reader, whose `dedi` this is too, read no further when Uzbek applies.)
kindTable('Uzbek tags after and before quotes, and the words around them', ROWS);
