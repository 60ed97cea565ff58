// Ossetian, Iron (Cyrillic script with æ, lang/os.ts): invented articles of my own about a village bridge and a school, read whole
// by the quotes stage, names written family name first (`Гæздæнты Сослан`), with counter-cases (a ministry, someone unnamed,
// a plain sentence about a body) and Russian and Kazakh tags beside the Ossetian reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Сау Дæтты хъæуы ног хид аразынц. Куыст райдыдта уалдзæджы.\n\n' +
  'Районы фæндæгты управленийы хицау Гæздæнты Сослан журналистæн загъта: «Хид фæззæджы цæттæ уыдзæн».\n\n' +
  '«Æхца нын фаг ис», – загъта Гæздæнты.\n\n' +
  '«Кусджытæ алы бон дæр кусынц», – загъта уый.\n\n' +
  '«Машинæтæ йыл зымæджы дæр цæудзысты», – бафтыдта Гæздæнты Сослан.\n\n' +
  'Гæздæнты Сосланы загъдмæ гæсгæ, «ног хид æртын азы алæудзæн».\n\n' +
  'Министрад афтæ загъта: «Программæ иннæ аз дæр адарддæр уыдзæн».\n\n' +
  'Иу зæронд лæг загъта: «Ацы хидмæ æртын азы æнхъæлмæ кастыстæм».\n\n' +
  '«Аргътæ та фæбæрзонддæр сты», – загъта иу дуканигæс.\n\n' +
  'Районы администраци ноджы фæндæгтæ аразы. «Куыст ацы мæй райдайдзæн».';

const SCHOOL =
  'Хъæуы скъолайæн ног агъуыст арæзтой.\n\n' +
  'Скъолайы директор, 52-аздзыд Бесаты Зæлинæ дæс азы ацы хъæуы кусы. «Сывæлттæ ног къласты ахуыр кæндзысты. Къæлæтджынтæ ног сты».\n\n' +
  '«Ахуыргæнджытæ дæр æппæт ам сты», – зæгъы Бесаты.\n\n' +
  'Хъæуы цæрæг Тедеты Азæмæт йæ фырты алы бон скъоламæ хæццæ кæны. Уый нæм æрбацыд æмæ загъта: «Ныр сывæлттæн хуыздæр у».\n\n' +
  '«Иннæ аз спортзал дæр уыдзæн», – загъта Тедеты Азæмæт.';

/** After the quote загъта / зæгъы / бафтыдта and the subject; before it `X … загъта:`, `Уый … загъта:`, `X-ы загъдмæ гæсгæ`. */
const OSSETIAN_ROWS: KindCase[] = [
  ['os: `<role> X Y журналистæн загъта: «…»` is X Y with the role', BRIDGE, 'Хид фæззæджы', 'Гæздæнты Сослан', 'хицау'],
  ['os: `», – загъта X.` (the family name alone) is the full name given before', BRIDGE, 'Æхца нын', 'Гæздæнты Сослан', ANY],
  ['os: `», – загъта уый.` is the one speaking already', BRIDGE, 'Кусджытæ алы', 'Гæздæнты Сослан', ANY],
  ['os: `», – бафтыдта X Y.` (added) is X Y', BRIDGE, 'Машинæтæ йыл', 'Гæздæнты Сослан', ANY],
  ['os: `X Y-ы загъдмæ гæсгæ, «…»` is X Y, the genitive off', BRIDGE, 'ног хид', 'Гæздæнты Сослан', ANY],
  ['os: `<role>, 52-аздзыд X Y … кусы. «…»` is the one the plain sentence before brings in', SCHOOL, 'Сывæлттæ ног', 'Бесаты Зæлинæ', ANY],
  ['os: `», – зæгъы X.` (says) is the full name given before', SCHOOL, 'Ахуыргæнджытæ дæр', 'Бесаты Зæлинæ', ANY],
  ['os: `Уый … æмæ загъта: «…»` is the one the sentence before brings in', SCHOOL, 'Ныр сывæлттæн', 'Тедеты Азæмæт', ANY],
  ['os: `», – загъта X Y.` is X Y', SCHOOL, 'Иннæ аз', 'Тедеты Азæмæт', ANY],
];

/** Counter-cases: a ministry, an old man and a shopkeeper left unnamed, a district office in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['os: `Министрад афтæ загъта: «…»` is a body, no person', BRIDGE, 'Программæ иннæ', UNNAMED, ANY],
  ['os: `Иу зæронд лæг загъта:` is someone unnamed', BRIDGE, 'Ацы хидмæ', UNNAMED, ANY],
  ['os: `», – загъта иу дуканигæс.` is someone unnamed', BRIDGE, 'Аргътæ та', UNNAMED, ANY],
  ['os: a plain sentence about a district office names no speaker', BRIDGE, 'Куыст ацы', UNNAMED, ANY],
  ['os: `», – загъта иу ус.` alone is someone unnamed', '«Фæндаг тынг æвзæр у», – загъта иу ус.', 'Фæндаг тынг', UNNAMED, ANY],
];

/** Russian and Kazakh tags read as before: Ossetian's own readers go first only where its æ or its verbs stand. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказал <role> X Y.` is still X Y', '«Мост откроют осенью», — сказал глава района Тимур Дзуцев.', 'Мост откроют', 'Тимур Дзуцев', ANY],
  ['kk: `», – деді <role> X Y.` is still X Y', '«Жол күзге дейін жөнделеді», – деді аудан әкімі Ерлан Сапаров.', 'Жол күзге', 'Ерлан Сапаров', ANY],
];

kindTable('Ossetian tags after and before the quote', OSSETIAN_ROWS);
kindTable('Ossetian counter-cases', COUNTER_ROWS);
kindTable('Russian and Kazakh beside the Ossetian reader', NEIGHBOUR_ROWS);
