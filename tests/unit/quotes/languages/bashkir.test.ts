// Bashkir (Cyrillic script, lang/ba.ts): invented articles of my own about a village bridge and a district library, read whole
// by the quotes stage, with counter-cases (a ministry, someone unnamed, a plain sentence about a body) and Tatar and Kazakh
// tags beside the Bashkir reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Ҡаранйылға ауылында йылға аша яңы күпер һалына. Эштәрҙе район юл идаралығы етәксеһе Ринат Сәйфуллин алып бара.\n\n' +
  '«Күперҙең яртыһы инде әҙер», — тине Ринат Сәйфуллин.\n\n' +
  '«Көҙгә тиклем машиналар йөрөй башлаясаҡ», — тине ул ауыл халҡы менән осрашыуҙа.\n\n' +
  '«Аҡса етерлек», — тип өҫтәне Сәйфуллин.\n\n' +
  'Ауыл биләмәһе башлығы Лилиә Ғафурова былай тине: «Халыҡ был көндө күптән көтә».\n\n' +
  'Ғафурованың һүҙҙәренсә, «яҙын ауыл ике аҙна буйы юлһыҙ ҡала ине».\n\n' +
  'Министрлыҡ былай тине: «Программа киләһе йылда ла дауам итәсәк».\n\n' +
  'Исемен атамауҙы һораған бер эшсе беҙгә шуны әйтте: «Ҡышын һыуыҡта был эш барыбер туҡтаясаҡ».\n\n' +
  '«Хаҡтар үҫте», — тине бер һатыусы.\n\n' +
  'Өс бала атаһы Айгиз Ҡаһарманов ҡулын күтәреп: «Балалар ҡайһы юлдан йөрөр?» — тип һораны.\n\n' +
  'Район хакимиәте яңы юл һалыуҙы ла ҡарай. «Эш был айҙа башлана».';

const LIBRARY =
  'Ауыл китапханаһына яңы китаптар ҡайтты.\n\n' +
  'Китапханасы Зөһрә Байбулатова утыҙ йыл буйы ошонда эшләй. «Балалар хәҙер ҙә китап уҡый. Иң күп әкиәттәр һорайҙар».\n\n' +
  '«Киләһе айҙа шағирҙар менән осрашыу булыр», — ти Байбулатова.\n\n' +
  'Мәҙәниәт бүлеге начальнигы Ринат Ильяс улы Мостафин осрашыуҙа былай тине: «Китапханаға компьютер ҙа бирәбеҙ».\n\n' +
  'Етмеш йәшлек ветеран Мансур Ишбулдин китапхананы төҙөүҙә ҡатнашҡан. «Беҙ уны бергәләп төҙөнөк», — тине ветеран.\n\n' +
  'Был ауылдан сыҡҡан Гүзәл Әминева ла ошо китапханала үҫкән. Ул китапхана тураһында йылы һүҙҙәр һөйләй. «Бында мин тәүге китабымды уҡыным».';

/** After the quote тине / ти / тип and a verb, then the subject; before it a name and a verb or a converb and a colon, `Xның һүҙҙәренсә`. */
const BASHKIR_ROWS: KindCase[] = [
  ['ba: `», — тине X Y.` is X Y', BRIDGE, 'Күперҙең яртыһы', 'Ринат Сәйфуллин', ANY],
  ['ba: `», — тине ул <adjunct>.` is the one speaking already', BRIDGE, 'Көҙгә тиклем', 'Ринат Сәйфуллин', ANY],
  ['ba: `», — тип өҫтәне X.` is the full name given before', BRIDGE, 'Аҡса етерлек', 'Ринат Сәйфуллин', ANY],
  ['ba: `<role> X Y былай тине: «…»` is X Y with the role', BRIDGE, 'Халыҡ был', 'Лилиә Ғафурова', 'башлығы'],
  ['ba: `Xның һүҙҙәренсә, «…»` is X, the genitive off', BRIDGE, 'яҙын ауыл', 'Лилиә Ғафурова', ANY],
  ['ba: `<role> X Y ҡулын күтәреп: «…» — тип һораны.` is X Y (a converb before the colon)', BRIDGE, 'Балалар ҡайһы', 'Айгиз Ҡаһарманов', ANY],
  ['ba: `<role> X Y … эшләй. «…»` is the one the plain sentence before brings in', LIBRARY, 'Балалар хәҙер', 'Зөһрә Байбулатова', ANY],
  ['ba: `», — ти X.` (says) is the full name given before', LIBRARY, 'Киләһе айҙа', 'Зөһрә Байбулатова', ANY],
  ['ba: `<role> X Y улы Z былай тине:` keeps the patronymic in the name', LIBRARY, 'Китапханаға компьютер', 'Ринат Ильяс улы Мостафин', 'начальнигы'],
  ['ba: `», — тине ветеран.` is the veteran the text named', LIBRARY, 'Беҙ уны', 'Мансур Ишбулдин', ANY],
  ['ba: `Ул … һөйләй.` then «…» is the one the sentence before brings in', LIBRARY, 'Бында мин', 'Гүзәл Әминева', ANY],
];

/** Counter-cases: a ministry, an unnamed worker and seller, a body in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['ba: `Министрлыҡ былай тине: «…»` is a body, no person', BRIDGE, 'Программа киләһе', UNNAMED, ANY],
  ['ba: `бер эшсе … әйтте:` is someone unnamed', BRIDGE, 'Ҡышын һыуыҡта', UNNAMED, ANY],
  ['ba: `», — тине бер һатыусы.` is someone unnamed', BRIDGE, 'Хаҡтар үҫте', UNNAMED, ANY],
  ['ba: a plain sentence about a district office names no speaker', BRIDGE, 'Эш был', UNNAMED, ANY],
  ['ba: `», — тине бер ҡатын.` alone is someone unnamed', '«Юл бик насар», — тине бер ҡатын.', 'Юл бик', UNNAMED, ANY],
];

/** Tatar and Kazakh tags read as before, though Bashkir shares their ә, ө, ү, ң. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['tt: `», — диде X Y.` is still X Y', '«Торбалар инде салынды», — диде Марат Гыйльметдинов.', 'Торбалар инде', 'Марат Гыйльметдинов', ANY],
  ['kk: `», – деді <role> X Y.` is still X Y', '«Жол күзге дейін жөнделеді», – деді аудан әкімі Ерлан Сапаров.', 'Жол күзге', 'Ерлан Сапаров', ANY],
];

kindTable('Bashkir tags after and before the quote', BASHKIR_ROWS);
kindTable('Bashkir counter-cases', COUNTER_ROWS);
kindTable('Tatar and Kazakh beside the Bashkir reader', NEIGHBOUR_ROWS);
