// Luxembourgish (lang/lb.ts): `sot X`, the perfect `huet X gesot`, `esou X`, articles before names (`de`, `d'`), forms of
// address (`d'Fra`, `d'Me`), roles set off before the name, and unnamed speakers, in short paragraphs of my own about invented people.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BAKERY =
  "D'Bäckerei zu Kuelbech mécht am Abrëll zou, well de Bäcker a Pensioun geet.\n\n" +
  '„Mir hu keen Nofolger fonnt“, sot de Fernand Reiffers, dee se zanter drësseg Joer bedreift.\n\n' +
  "„Dat ass en Drama fir d'Duerf“, huet d'Carine Mreches gesot.\n\n" +
  '„Mir fueren elo all Moien an d\'Stad“, sot eng Noperin.\n\n' +
  "D'Buergermeeschtesch vun der Gemeng, d'Sonja Kayser, huet op d'Problemer vun den eelere Leit higewisen. „Mir sichen eng Léisung“, sot si.\n\n" +
  "„Et gëtt och e Bus fir op de Maart“, huet d'Buergermeeschtesch bäigefüügt.\n\n" +
  "„Mir kucken dat mam Schäfferot no“, sot d'Gemeng an engem Communiqué.";

const COURT =
  'Virun der Kriminalkummer ass e Méindeg e Prozess géint e Garagist ugaangen.\n\n' +
  "Als éischt Zeie gouf d'Marie Welter (54) vu Péiteng gehéiert. „Hien huet mäin Auto ni gefléckt“, sot d'Fra Welter.\n\n" +
  'De President vun der Kummer, de Luc Frisch, wollt méi wëssen. „Wou ass d\'Geld higaangen?“, huet de President gefrot.\n\n' +
  "De Vertrieder vum Parquet, de Marc Thoss, huet d'Dossieren opgezielt. „Dat ass kee Feeler, dat ass Bedruch“, esou de Procureur.\n\n" +
  "D'Affekotin vum Garagist, d'Nadine Biwer, huet dogéint plädéiert. D'Me Biwer huet dat esou formuléiert: „Mäi Client huet sech iwwerholl.“\n\n" +
  'De Jemp Koster, e Mecanicien aus der Garage, gouf als leschte Zeie gehéiert. Hie sot: „Mir kruten all Mount eise Pai.“\n\n' +
  "E Geschiedegten aus Esch, deen net genannt wëll ginn, sot dobaussen: „Ech kréie mäi Geld ni méi zeréck.“";

const CLUB =
  "Den FC Kiischpelt huet d'Coupe gewonnen.\n\n" +
  '„Ech si stolz op meng Spiller“, seet den Trainer Tom Schaack.\n\n' +
  "Si huet dem Comité erzielt, datt d'Spillerinnen all Dag trainéiert hunn. „Mir hu vill gelieft“, sot d'Kapitänin Lis Wagner.\n\n" +
  "„Dat war e flotte Match“, sot de Paul D., „mä ech hat Angscht.“";

const ROWS: KindCase[] = [
  ['lb: `„…“, sot de X Y, dee …` is X Y (the article no part of the name)', BAKERY, 'Mir hu keen Nofolger', 'Fernand Reiffers', ANY],
  ["lb: the perfect `„…“, huet d'X Y gesot.` is X Y (the elided article off)", BAKERY, 'Dat ass en Drama', 'Carine Mreches', ANY],
  ['lb: `„…“, sot eng Noperin.` is someone described, unnamed', BAKERY, 'Mir fueren elo', DESCRIBED, null],
  ["lb: `„…“, sot si.` after `D'<role>, d'X Y, huet …` is X Y", BAKERY, 'Mir sichen eng', 'Sonja Kayser', ANY],
  ["lb: `huet d'Buergermeeschtesch bäigefüügt` (an office alone) is the one named with it", BAKERY, 'Et gëtt och e Bus', 'Sonja Kayser', ANY],
  ["lb: `sot d'Gemeng …` is a body, no person", BAKERY, 'Mir kucken dat', UNNAMED, null],
  ["lb: `sot d'Fra X` (Mrs and the family name) is the woman named in full before", COURT, 'Hien huet mäin Auto', 'Marie Welter', ANY],
  ['lb: `huet de President gefrot` is the president named before', COURT, "Wou ass d'Geld", 'Luc Frisch', ANY],
  ['lb: `esou de Procureur` is the prosecutor introduced by his role', COURT, 'Dat ass kee Feeler', 'Marc Thoss', ANY],
  ["lb: `D'Me X huet dat esou formuléiert:` (Maître) is the lawyer named in full before", COURT, 'Mäi Client huet', 'Nadine Biwer', ANY],
  ['lb: `Hie sot:` after `De X Y, e <role>, …` is X Y', COURT, 'Mir kruten all', 'Jemp Koster', ANY],
  ['lb: `E Geschiedegten …, deen net genannt wëll ginn, sot:` stays unnamed', COURT, 'Ech kréie mäi Geld', UNNAMED, null],
  ['lb: `seet den Trainer X Y` is X Y, the coach', CLUB, 'Ech si stolz', 'Tom Schaack', 'Trainer'],
  ["lb: `sot d'Kapitänin X Y` is X Y (the sentence before's `Si huet … erzielt` no one named)", CLUB, 'Mir hu vill gelieft', 'Lis Wagner', ANY],
  ['lb: `„…“, sot de X D., „…“` is X D. with an initial', CLUB, 'Dat war e flotte', 'Paul D', ANY],
  ['lb: the part after `sot de X D.,` goes on his quote', CLUB, 'mä ech hat Angscht', 'Paul D', ANY],
];
/**
 * Still read wrong (left alone, outside lang/lb.ts): a sentence opening `De X Y` is taken whole for a person's name by the
 * mention finder (names.ts), so `Hie sot:` resolves to `De Jemp Koster`; and a split tag holding an initial's full stop
 * (`sot de Paul D., „…“`) is no split tag to filter.ts's SPLIT_TAG_BEFORE, so the second part is dropped.
 */
const FAILING = ['lb: `Hie sot:` after `De X Y, e <role>, …` is X Y', 'lb: the part after `sot de X D.,` goes on his quote'];
kindTable('Luxembourgish tags, the perfect, articles and forms of address before names, bodies and unnamed speakers', ROWS, FAILING);
