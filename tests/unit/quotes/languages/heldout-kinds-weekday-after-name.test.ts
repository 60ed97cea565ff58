// The day something was said, written after the speaker's name in a tag (American press style, Swahili, Indonesian and
// Malay), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

// (A Nigerian given name that is a weekday opening the run, `Sunday Adeyemi`, is still read as a sentence's opening day,
// names.ts, before and after this rule: kept as an expected failure.)
const FAILING = ['counter-case en: a given name that is a weekday (`Sunday Adeyemi`) stays'];

/** `said Minister X Y Tuesday`, `alisema X Y Jumanne`, `X Y, Selasa (12/3), mengatakan`: the day is no word of the name (lang/weekday-words.ts, lang/said-on-day.ts). */
kindTable('A weekday after the speaker’s name', [
  ['en: `said Agriculture Minister X Y Tuesday`',
    'The ministry cut seed prices again. "We will keep handing out free seed until the rains come," said Agriculture Minister Rehema Mollel Tuesday.',
    'We will keep', 'Rehema Mollel', 'minister'],
  ['sw: `alisema X Y Jumanne`',
    'Wizara imepunguza bei ya mbegu. “Tutaendelea kugawa mbegu bure hadi mvua zinyeshe,” alisema Rehema Mollel Jumanne.',
    'Tutaendelea kugawa', 'Rehema Mollel', ANY],
  ['id: `Kepala Dinas X Y, Selasa (12/3), mengatakan, “…”`',
    'Banjir merendam tiga desa di hulu sungai. Kepala Dinas Sosial Rina Wulandari, Selasa (12/3), mengatakan, “Kami sudah membuka dapur umum di balai desa.”',
    'Kami sudah membuka', 'Rina Wulandari', ANY],
  ['id: `X Y pada Rabu menegaskan, “…”`',
    'Banjir merendam tiga desa di hulu sungai. Rina Wulandari pada Rabu menegaskan, “Kami sudah membuka dapur umum di balai desa.”',
    'Kami sudah membuka', 'Rina Wulandari', ANY],
  ['counter-case en: a given name that is a weekday (`Sunday Adeyemi`) stays',
    'Traders counted their losses on Friday. "Everything I had was in that stall," said Sunday Adeyemi, who sold fabric at the market for 20 years.',
    'Everything I had', 'Sunday Adeyemi', ANY],
  ['counter-case en: a family name after the day’s name stays whole (`said Mayor Ann Friday`… `Ann Fridayson`)',
    'The board met on Monday. "We will vote next week," said Mayor Ann Fridayson.',
    'We will vote', 'Ann Fridayson', ANY],
  ['counter-case ms: a family name that is also Friday (`Azlan Jumat`) stays whole',
    'Jumlah penyu yang mendarat meningkat tahun ini. “Kawalan di pantai mula menunjukkan hasil,” kata Hafiz Jumat, pegawai taman laut itu.',
    'Kawalan di pantai', 'Hafiz Jumat', ANY],
  ['counter-case sw: the given name `Juma` is no day (the day is `Ijumaa`)',
    'Wizara imepunguza bei ya mbegu. “Tutaendelea kugawa mbegu bure hadi mvua zinyeshe,” alisema Juma Mollel.',
    'Tutaendelea kugawa', 'Juma Mollel', ANY],
], FAILING);

/** `Ayon sa mga residente, “…”`: Tagalog "according to" opening the sentence is no name (names.ts, sentence openers). */
kindTable('Tagalog "Ayon" opening a sentence', [
  ['tl: `Ayon sa mga residente, “…”` names nobody',
    'Nagkaroon ng brownout sa buong bayan noong gabi. Ayon sa mga residente, “Hindi na makapag-aral ang mga bata sa gabi.”',
    'Hindi na makapag-aral', UNNAMED, ANY],
  ['counter-case tl: `Ayon kay Mayor X Y, “…”` is X Y',
    'Nagkaroon ng brownout sa buong bayan noong gabi. Ayon kay Mayor Liza Ramos, “Hindi na makapag-aral ang mga bata sa gabi.”',
    'Hindi na makapag-aral', 'Liza Ramos', ANY],
]);
