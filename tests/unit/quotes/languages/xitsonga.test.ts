// Xitsonga (lang/ts-tsonga.ts): `ku vula X` / `ku engetela X` (so says X, X added) after a quote, `u te` / `u engetele`
// for the person just quoted, `U te: “…”` and `X, <who>, u te: “…”` before one, forms of address (Hosi, Khansela, Manana,
// Dokodela) taken off names; each in short paragraphs of my own about invented people, with counter-cases: a body, someone
// unnamed, a quoted slogan, and a Zulu sentence the reader leaves alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Buloho bya nambu wa Xikhovha byi wile hi vhiki leri hundzeke.\n\n' +
  'Ndzhaka Baloyi, 52, i murimi la tshamaka eXikhovha.\n\n' +
  '“Vana va hina a va ha swi koti ku ya exikolweni,” ku vula Ndzhaka Baloyi.\n\n' +
  '“Hi tshama hi rindzile ku hela ka mpfula,” u engetele.\n\n' +
  '“Buloho byi ta akiwa hi n’hweti leyi taka,” ku vula Masipala wa Xikhovha.\n\n' +
  '“Hi karhele hi ku rindza,” ku vula wansati un’wana loyi a nga lavangiki ku boxiwa vito.';

const SCHOOL =
  'Xikolo xa Mbhanyele xi pfumala vadyondzisi.\n\n' +
  'Mudyondzisi lonkulu, Nsovo Hlungwani, u vule leswaku xikolo xi na vana va 900. U te: “Hi na vadyondzisi va nkombo ntsena.”\n\n' +
  '“Hi kombele mfumo ku hi pfuna,” ku vula Hlungwani, “kambe a hi si kuma nhlamulo.”\n\n' +
  'Manana Tintswalo Novela, loyi a nga mutswari, u te: “Vana va hina va dyondza va yimile.”\n\n' +
  '“Hi lava vadyondzisi lava engetelekeke,” ku engetela Manana Novela.\n\n' +
  '“Hi rhandza xikolo xa hina swinene,” ku vula vatswari.';

const CHIEF =
  'Vaaki va Mahlathi va hlengeletanile ehubyeni.\n\n' +
  'Hosi Mhlaba Nkuna, loyi a fumaka Mahlathi, u vulavule na vaaki. U te: “Misava ya swirimo yi fanele ku avelaniwa hi ku lulama.”\n\n' +
  '“Loko mfumo wu nga hi pfuni, hi ta tirhisana hi voxe,” ku vula Hosi Nkuna.\n\n' +
  'Khansela wa wadi ya 9, Rhandzu Mathonsi, u pfumerile leswaku ku na xiphiqo. “Hi ta vulavula na ndzawulo,” ku vula Khansela Mathonsi.\n\n' +
  '“A hi nge tshiki vaaki va hina,” ku engetela yena.';

const CLINIC =
  'Kliniki ya Tiyani yi pfariwile hi Musumbhunuku.\n\n' +
  '“Vavabyi va fanele ku ya eTiyani Xikaya,” ku vula Dokodela Nhlalala Ngobeni.\n\n' +
  '“Mirhi yi ta fika hi Ravunharhu,” ku hlamula Ndzawulo ya Rihanyo.';

/** A Zulu paragraph: its `kusho` and `uthe` are Zulu's, not the Xitsonga reader's `ku vula`. */
const ZULU =
  'Amanzi ayesehlile emfuleni.\n\n' +
  '“Sizolinda imvula,” kusho uSipho Shirindza.';

const ROWS: KindCase[] = [
  ['ts: `ku vula X Y` (so says X Y) after a quote is X Y', BRIDGE, 'Vana va hina a va', 'Ndzhaka Baloyi', null],
  ['ts: `u engetele.` (he added) is the man just quoted', BRIDGE, 'Hi tshama hi rindzile', 'Ndzhaka Baloyi', ANY],
  ['ts: counter-case: `ku vula Masipala wa …` (the municipality) is a body, no person', BRIDGE, 'Buloho byi ta akiwa', UNNAMED, null],
  ['ts: counter-case: `ku vula wansati un’wana loyi …` (a woman who …) is someone described, no name', BRIDGE, 'Hi karhele hi ku', DESCRIBED, null],
  ['ts: `U te: “…”` (she said) is the person the sentence before names', SCHOOL, 'Hi na vadyondzisi', 'Nsovo Hlungwani', ANY],
  ['ts: a split quote `“…,” ku vula X, “…”` is hers both parts', SCHOOL, 'kambe a hi si kuma', 'Nsovo Hlungwani', ANY],
  ['ts: `Manana X Y, loyi …, u te: “…”` is X Y, Manana off the name', SCHOOL, 'Vana va hina va dyondza', 'Tintswalo Novela', ANY],
  ['ts: `ku engetela Manana X` (Mrs X added) is the woman named in full before', SCHOOL, 'Hi lava vadyondzisi', 'Tintswalo Novela', ANY],
  ['ts: counter-case: `ku vula vatswari` (the parents said) is a group, no one named', SCHOOL, 'Hi rhandza xikolo', UNNAMED, null],
  ['ts: `Hosi X Y, loyi a fumaka …. U te: “…”` is the chief, Hosi off the name', CHIEF, 'Misava ya swirimo', 'Mhlaba Nkuna', ANY],
  ['ts: `ku vula Hosi X` (so says chief X) is the chief named in full before', CHIEF, 'Loko mfumo wu nga', 'Mhlaba Nkuna', ANY],
  ['ts: `ku vula Khansela X` (councillor X) is the councillor named in full before', CHIEF, 'Hi ta vulavula na', 'Rhandzu Mathonsi', ANY],
  ['ts: `ku engetela yena` (added he/she) is the person just quoted', CHIEF, 'A hi nge tshiki', 'Rhandzu Mathonsi', ANY],
  ['ts: `ku vula Dokodela X Y` is the doctor X Y, the address their role', CLINIC, 'Vavabyi va fanele', 'Nhlalala Ngobeni', 'dokodela'],
  ['ts: counter-case: `ku hlamula Ndzawulo ya Rihanyo` (the health department answered) is a body', CLINIC, 'Mirhi yi ta fika', UNNAMED, null],
  ['ts: counter-case: a Zulu tag `kusho uX` is left to the Zulu reader, its name without the prefix', ZULU, 'Sizolinda imvula', 'Sipho Shirindza', ANY],
];

kindTable('Xitsonga speakers', ROWS);
