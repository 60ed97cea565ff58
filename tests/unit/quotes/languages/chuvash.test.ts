// Chuvash (Cyrillic script, lang/cv.ts): invented articles of my own about a village water pipe and a rural choir, read whole
// by the quotes stage, with counter-cases (a ministry, someone unnamed, a plain sentence about a body) and Bashkir and Russian
// tags beside the Chuvash reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'Ҫӗнӗ Кӗрлев ялӗнче ҫӗнӗ шыв пӑрӑхӗ хываҫҫӗ. Ӗҫсем ҫулла пуҫланнӑ.\n\n' +
  'Ял тӑрӑхӗн пуҫлӑхӗ Николай Угаслов ҫапла каларӗ: «Ӗҫсене кӗркунне вӗҫлетпӗр».\n\n' +
  '«Укҫа пире ҫитет», — терӗ Угаслов.\n\n' +
  '«Пӑрӑхсене пурне те туянтӑмӑр», — терӗ вӑл.\n\n' +
  '«Ҫуркунне пӗтӗм урамсене шыв ҫитет», — хушса хучӗ Николай Угаслов.\n\n' +
  'Николай Угаслов каланӑ тӑрӑх, «ҫӗнӗ пӑрӑхсем аллӑ ҫул тытса тӑрӗҫ».\n\n' +
  '«Ӗҫсем графикпа пыраҫҫӗ», — терӗ ял пуҫлӑхӗ.\n\n' +
  'Министерство ҫапла пӗлтерчӗ: «Программа тепӗр ҫул та малалла пырать».\n\n' +
  'Пӗр ватӑ ҫын ҫапла каларӗ: «Эпир ку шыва вӑтӑр ҫул кӗтрӗмӗр».\n\n' +
  '«Хаксем каллех ӳсрӗҫ», — терӗ пӗр сутуҫӑ.\n\n' +
  'Район администрацийӗ ҫул юсама та шутлать. «Ӗҫсем ҫак уйӑхра пуҫланаҫҫӗ».';

const CHOIR =
  'Ял хорӗ ҫӗнӗ юрӑсем вӗренет.\n\n' +
  'Культура ҫуртӗн ертӳҫи, 58 ҫулти Ирина Тихонова вунӑ ҫул хора ертсе пырать. «Халӗ хора ҫамрӑксем те ҫӳреҫҫӗ. Эпир ваттисен юррисене вӗрентетпӗр».\n\n' +
  '«Ҫулла эпир Хусана каятпӑр», — тет Тихонова.\n\n' +
  'Хорта юрлакан Вера Кузьмина кашни эрнере кӳршӗ ялтан килет. Вӑл концерт хыҫҫӑн ҫапла каласа пачӗ: «Ачасем хорта юрлама юратаҫҫӗ».\n\n' +
  '«Концерта пӗтӗм ял пухӑнать», — терӗ Вера Кузьмина.';

/** After the quote терӗ / тет / хушса хучӗ and the subject; before it `X ҫапла каларӗ:`, `Вӑл … каласа пачӗ:`, `X каланӑ тӑрӑх`. */
const CHUVASH_ROWS: KindCase[] = [
  ['cv: `<role> X Y ҫапла каларӗ: «…»` is X Y with the role', WATER, 'Ӗҫсене кӗркунне', 'Николай Угаслов', 'пуҫлӑхӗ'],
  ['cv: `», — терӗ X.` is the full name given before', WATER, 'Укҫа пире', 'Николай Угаслов', ANY],
  ['cv: `», — терӗ вӑл.` is the one speaking already', WATER, 'Пӑрӑхсене пурне', 'Николай Угаслов', ANY],
  ['cv: `», — хушса хучӗ X Y.` (added) is X Y', WATER, 'Ҫуркунне пӗтӗм', 'Николай Угаслов', ANY],
  ['cv: `X Y каланӑ тӑрӑх, «…»` (by what X said) is X Y', WATER, 'ҫӗнӗ пӑрӑхсем', 'Николай Угаслов', ANY],
  ['cv: `», — терӗ ял пуҫлӑхӗ.` is the head the text named', WATER, 'Ӗҫсем графикпа', 'Николай Угаслов', ANY],
  ['cv: `<role>, 58 ҫулти X Y … пырать. «…»` is the one the plain sentence before brings in', CHOIR, 'Халӗ хора', 'Ирина Тихонова', ANY],
  ['cv: `», — тет X.` (says) is the full name given before', CHOIR, 'Ҫулла эпир', 'Ирина Тихонова', ANY],
  ['cv: `Вӑл … ҫапла каласа пачӗ: «…»` is the one the sentence before brings in', CHOIR, 'Ачасем хорта', 'Вера Кузьмина', ANY],
  ['cv: `», — терӗ X Y.` is X Y', CHOIR, 'Концерта пӗтӗм', 'Вера Кузьмина', ANY],
];

/** Counter-cases: a ministry, an old man and a seller left unnamed, a district office in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['cv: `Министерство ҫапла пӗлтерчӗ: «…»` is a body, no person', WATER, 'Программа тепӗр', UNNAMED, ANY],
  ['cv: `Пӗр ватӑ ҫын ҫапла каларӗ:` is someone unnamed', WATER, 'Эпир ку', UNNAMED, ANY],
  ['cv: `», — терӗ пӗр сутуҫӑ.` is someone unnamed', WATER, 'Хаксем каллех', UNNAMED, ANY],
  ['cv: a plain sentence about a district office names no speaker', WATER, 'Ӗҫсем ҫак', UNNAMED, ANY],
  ['cv: `», — терӗ пӗр хӗрарӑм.` alone is someone unnamed', '«Ҫул питӗ начар», — терӗ пӗр хӗрарӑм.', 'Ҫул питӗ', UNNAMED, ANY],
];

/** Bashkir and Russian tags read as before, though Chuvash shares Bashkir's ҫ and Russian's letters. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ba: `», — тине X Y.` is still X Y', '«Күпер көҙгә әҙер булыр», — тине Ринат Сәйфуллин.', 'Күпер көҙгә', 'Ринат Сәйфуллин', ANY],
  ['ru: `», — сказал <role> X Y.` is still X Y', '«Работы завершатся осенью», — сказал глава района Иван Смирнов.', 'Работы завершатся', 'Иван Смирнов', ANY],
];

kindTable('Chuvash tags after and before the quote', CHUVASH_ROWS);
kindTable('Chuvash counter-cases', COUNTER_ROWS);
kindTable('Bashkir and Russian beside the Chuvash reader', NEIGHBOUR_ROWS);
