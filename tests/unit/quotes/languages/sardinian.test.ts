// Sardinian (lang/sc.ts): `at naradu X`, `at contadu X, <age>, <role>`, `at annantu.` (the subject left out), `narat X`,
// `X at naradu:`, `at naradu s'ingegnere` (an office for the one named before), `su giòvanu` (someone described), `segundu`,
// bodies and unnamed speakers, in short paragraphs of my own about invented people.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FLOOD =
  "S'abba at inundadu sa pratza de Biddanoa in sa note de martis.\n\n" +
  '«Amus bidu s\'abba intrare in sas domos in pagos minutos», at contadu Bainzu Manca, 47 annos, butegheri.\n\n' +
  'Su butegheri at naradu chi sa buttega est serrada. «Amus pèrdidu totu sa mertze», at annantu.\n\n' +
  "Su cumandante de sos pompieris, s'ingegnere Antoni Serra, at naradu chi sos carros sunt lòmpidos tardu. «Sa gente est salva», at naradu Serra, «ma sos dannos sunt mannos».\n\n" +
  "«Depimus limpiare sos canales», at naradu s'ingegnere.\n\n" +
  'Unu pastore de sa bidda, chi non at chèrfidu nàrrere su nùmene, at contadu chi fiat in su cuile: «Non nd\'apo mai bidu aici».\n\n' +
  '«Amus a agiudare totus», at naradu su comunu in una nota.';

const SCHOOL =
  'Sa scola de Sarule at a torrare a abèrrere in santandria.\n\n' +
  'Sa sìndiga, Luisa Piras, at naradu: «Sos pitzinnos ant a torrare in classe».\n\n' +
  '«Est una die bella pro totu sa bidda», at declaradu.\n\n' +
  'Issa at naradu puru chi sa regione at a pagare sos trabàllos. «Sunt dinares bene ispesos», narat Luisa Piras.\n\n' +
  '«Deo so cuntentu», at naradu su giòvanu, unu babbu de duos pitzinnos.\n\n' +
  'Segundu sos tècnicos, sa cobertura est sana. «Podimus intrare», at naradu su diretore Gavinu Loi.\n\n' +
  'Giuanne Mele est su mere de s\'impresa. Giuanne Mele at naradu: «Sa teulada est noa».\n\n' +
  '«Semus cuntentos», ant naradu sos maistros.';

const ROWS: KindCase[] = [
  ['sc: `«…», at contadu X Y, <age>, <role>.` is X Y', FLOOD, "Amus bidu s'abba", 'Bainzu Manca', ANY],
  ['sc: `«…», at annantu.` (added, the subject left out) is the one speaking', FLOOD, 'Amus pèrdidu totu', 'Bainzu Manca', ANY],
  ['sc: `«…», at naradu X, «…»` is X named before', FLOOD, 'Sa gente est salva', 'Antoni Serra', ANY],
  ['sc: the part after `at naradu X,` goes on his quote', FLOOD, 'ma sos dannos', 'Antoni Serra', ANY],
  ["sc: `at naradu s'ingegnere` (an office after the elided article) is the engineer named before", FLOOD, 'Depimus limpiare', 'Antoni Serra', ANY],
  ['sc: `Unu pastore …, chi non at chèrfidu …, at contadu …:` stays unnamed', FLOOD, "Non nd'apo mai", DESCRIBED, null],
  ['sc: `at naradu su comunu` is a body, no person', FLOOD, 'Amus a agiudare', UNNAMED, null],
  ['sc: `Sa sìndiga, X Y, at naradu: «…»` is X Y', SCHOOL, 'Sos pitzinnos ant', 'Luisa Piras', ANY],
  ['sc: `«…», at declaradu.` (the subject left out) is the mayor speaking', SCHOOL, 'Est una die bella', 'Luisa Piras', ANY],
  ['sc: `«…», narat X Y.` (says, the present) is X Y', SCHOOL, 'Sunt dinares', 'Luisa Piras', ANY],
  ['sc: `at naradu su giòvanu, …` (the young man, no office) is someone described, no one named before', SCHOOL, 'Deo so cuntentu', UNNAMED, null],
  ['sc: `at naradu su diretore X Y` is X Y with the role', SCHOOL, 'Podimus intrare', 'Gavinu Loi', 'diretore'],
  ['sc: `Segundu sos tècnicos` (according to the experts) names no one for the words it opens', SCHOOL, 'Podimus intrare', 'Gavinu Loi', ANY],
  ['sc: `X Y at naradu: «…»` before a quote is X Y', SCHOOL, 'Sa teulada est', 'Giuanne Mele', ANY],
  ['sc: `ant naradu sos maistros` (the plural, the teachers) is a group described, no one named', SCHOOL, 'Semus cuntentos', UNNAMED, null],
];
kindTable('Sardinian tags, the perfect `at naradu`, the subject left out, offices, bodies and unnamed speakers', ROWS);
