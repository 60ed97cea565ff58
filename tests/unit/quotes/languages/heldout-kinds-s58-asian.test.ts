// Kinds the fifty-eighth held-out set showed in Asian-language copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

/** `Trao đổi với <outlet>, TS X, <role>, nhận định: “…”`: a lead clause before a degree and the name (lang/vi-before.ts). */
kindTable('Vietnamese: a lead clause before a degree and the name', [
  [
    'vi: `Trao đổi với <outlet>, TS X, <role>, nhận định:` is X',
    'Trao đổi với Báo Nông Thôn, TS Phạm Quốc Bảo, chuyên gia thủy văn thuộc Viện Khoa học Thủy lợi miền Nam Trung Bộ, nhận định: “Mực nước năm nay xuống thấp bất thường, các hồ chứa cần tích nước sớm.”',
    'Mực nước năm nay',
    'Phạm Quốc Bảo',
    ANY,
  ],
  [
    'vi: `Trao đổi với <outlet>, TS X nhận định:` is X',
    'Trao đổi với Đài Phát Thanh Tỉnh, ThS Vũ Thị Ngân nhận định: “Giá phân bón sẽ còn tăng trong quý tới.”',
    'Giá phân bón',
    'Vũ Thị Ngân',
    ANY,
  ],
  [
    'counter-case vi: a degree opening the sentence still reads as before',
    'TS Phạm Quốc Bảo, chuyên gia thủy lợi, nhận định: “Mực nước năm nay xuống thấp bất thường.”',
    'Mực nước năm nay',
    'Phạm Quốc Bảo',
    'chuyên gia thủy lợi',
  ],
]);

/** `anh A Vương Sơn`: a highland one-letter given name before Vietnamese words is the name's first word (lang/vi-one-letter-given.ts). */
kindTable('Vietnamese: a one-letter given name kept', [
  [
    'vi: `anh A Vương Sơn, 29 tuổi, nói` keeps A',
    '“Nhà tôi mất cả mùa lúa rồi, giờ chỉ biết chờ”, anh A Vương Sơn, 29 tuổi, nói khi đang phơi thóc.',
    'Nhà tôi mất',
    'A Vương Sơn',
    ANY,
  ],
  [
    'counter-case en: an article before capitalised English words is no name',
    'A Tuesday Vote was delayed. "We need more time," said Mara Quill, the clerk.',
    'We need more time',
    'Mara Quill',
    ANY,
  ],
]);

/** `” என்றார் <role> க. X.`: a lone Tamil consonant and its dot is an initial, no sentence end (sentences.ts). */
kindTable('Tamil: a one-consonant initial before the name', [
  [
    'ta: `என்றார் <role> க. வேலுசாமி.` is the initial and the name',
    'கூட்டத்தில் பலர் பேசினர். “தண்ணீர் இல்லாமல் பயிர்கள் கருகிவிட்டன. அரசு உடனே உதவ வேண்டும்” என்றார் சங்கத்தின் மாவட்டத் தலைவர் க. வேலுசாமி.',
    'தண்ணீர் இல்லாமல்',
    'க. வேலுசாமி',
    ANY,
  ],
  [
    'counter-case ta: a name with no initial stays as it is',
    '“தண்ணீர் இல்லாமல் பயிர்கள் கருகிவிட்டன” என்றார் வேலுசாமி.',
    'தண்ணீர் இல்லாமல்',
    'வேலுசாமி',
    ANY,
  ],
]);

const TOLD_OUTLET_CONVEYED =
  'Kepala Dinas Kesehatan, Rini Wulandari, menyatakan stok vaksin cukup. Kepada Harian Timur, Rini menyampaikan: “Stok kami cukup untuk tiga bulan ke depan.”';
const TOLD_PERSON_CONVEYED =
  'Kepala Dinas Kesehatan, Rini Wulandari, menyatakan stok vaksin cukup. Camat Agus Salim juga hadir. Kepada Rini Wulandari, Agus menyampaikan: “Kami butuh tambahan petugas.”';

/** `Kepada <outlet>, X menyampaikan:`: `menyampaikan` (conveyed) is a verb of saying, its subject the speaker, not the outlet (lang/id.ts). */
kindTable('Indonesian: `menyampaikan` after a fronted `kepada <outlet>`', [
  ['id: `Kepada <outlet>, X menyampaikan:` is X', TOLD_OUTLET_CONVEYED, 'Stok kami', 'Rini Wulandari', ANY],
  ['counter-case id: `Kepada Y, X menyampaikan:` is X, never the person told', TOLD_PERSON_CONVEYED, 'Kami butuh', 'Agus Salim', ANY],
]);

const ACCORDING_TRADITIONAL =
  '　　對此，漁業署長王大同表示，今年魚價下跌。　　每年十月舉辦的「東港漁業節」是否登場，也引起關注。據王大同說，「漁業節一定照常辦，反而更要幫漁民促銷」，市府今年將擴大結合觀光行程。';
const ACCORDING_OUTLET_TRADITIONAL =
  '　　對此，漁業署長王大同表示，今年魚價下跌。　　每年十月舉辦的「東港漁業節」是否登場，也引起關注。據漁民說，「漁業節一定照常辦，反而更要幫漁民促銷」，市府今年將擴大結合觀光行程。';

/** `據X說，「…」`: "according to X" in Traditional characters, 據 for 据 (lang/zh.ts). */
kindTable('Traditional Chinese: 據X說 before a quote', [
  ['zh-TW: `據X說，「…」` after a bracketed name in the paragraph is X', ACCORDING_TRADITIONAL, '漁業節一定照常辦', '王大同', ANY],
  ['counter-case zh-TW: `據漁民說` (fishermen) names no one', ACCORDING_OUTLET_TRADITIONAL, '漁業節一定照常辦', UNNAMED, ANY],
]);

const CLAIMED_THEN_SAID =
  'জেলা কৃষি অফিসের উপপরিচালক নাসরিন আক্তার দাবি করেন, এবার সময়মতো বীজ বিতরণ হয়েছে। ‘বৃষ্টি দেরিতে এসেছে বলে চারা রোপণ পিছিয়েছে,’ বলেন তিনি।';
const INFORMED_THEN_SAID =
  'জেলা কৃষি অফিসের উপপরিচালক নাসরিন আক্তার জানান, এবার সময়মতো বীজ বিতরণ হয়েছে। ‘বৃষ্টি দেরিতে এসেছে বলে চারা রোপণ পিছিয়েছে,’ বলেন তিনি।';
const TOLD_TITLED_OUTLET = 'কৃষক সমিতির সভাপতি রফিকুল ইসলাম দেশের আলো পত্রিকাকে বলেন, ‘সার পাইনি এখনো। দাম বেড়েছে দ্বিগুণ।’';
const TOLD_BARE_OUTLET = 'কৃষক সমিতির সভাপতি রফিকুল ইসলাম পত্রিকাকে বলেন, ‘সার পাইনি এখনো। দাম বেড়েছে দ্বিগুণ।’';

/** `<role> X দাবি করেন, …`: the noun of a light verb (`দাবি করেন`, claimed) is no name word (lang/bn.ts bengaliSubject). */
kindTable('Bengali: a light verb’s noun after the name', [
  ['bn: `<role> X Y দাবি করেন, …` then `বলেন তিনি` is X Y', CLAIMED_THEN_SAID, 'বৃষ্টি দেরিতে', 'নাসরিন আক্তার', ANY],
  ['counter-case bn: `<role> X Y জানান, …` reads as before', INFORMED_THEN_SAID, 'বৃষ্টি দেরিতে', 'নাসরিন আক্তার', ANY],
]);

/** `X <genitive> <noun> পত্রিকাকে বলেন`: an outlet's title before its dative noun is the listener's (lang/bn.ts nameIn). */
kindTable('Bengali: an outlet’s title before the dative outlet noun', [
  ['bn: `X দেশের আলো পত্রিকাকে বলেন` is X', TOLD_TITLED_OUTLET, 'সার পাইনি', 'রফিকুল ইসলাম', ANY],
  ['counter-case bn: `X পত্রিকাকে বলেন` with no title is X', TOLD_BARE_OUTLET, 'সার পাইনি', 'রফিকুল ইসলাম', ANY],
]);
