// Tatar (Cyrillic script, lang/tt.ts): invented articles of my own about a village water pipe and a rural library, read whole
// by the quotes stage, with counter-cases (a ministry, someone unnamed, a word of respect after a given name) and Kazakh and
// Kyrgyz tags beside the Tatar reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'Югары Тирәкле авылында яңа су үткәргеч салына. Эшләрне район торак-коммуналь хуҗалыгы идарәсе башлыгы Марат Гыйльметдинов җитәкли.\n\n' +
  '«Торбаларның яртысы инде салынды», — диде Марат Гыйльметдинов.\n\n' +
  '«Көзгә кадәр бөтен йортларга су керәчәк», — диде ул авыл халкы белән очрашуда.\n\n' +
  '«Акча җитәрлек», — дип өстәде Гыйльметдинов.\n\n' +
  '«Эшчеләр ял көннәрендә дә эшли», — дип белдерде идарә башлыгы.\n\n' +
  'Авыл җирлеге башлыгы Рәзилә Сафина болай диде: «Халык бу көнне күптән көтә».\n\n' +
  'Сафинаның сүзләренчә, «кышын коеларга бару авыр иде».\n\n' +
  'Министрлык болай диде: «Программа киләсе елда да дәвам итәчәк».\n\n' +
  'Исемен атамаска үтенгән бер укытучы болай диде: «Мәктәптә дә су юк иде».';

const LIBRARY =
  'Авыл китапханәсенә яңа китаплар кайтты. Китапханәдә утыз ел эшләүче Нурия Хәсәнова укучыларны каршы ала.\n\n' +
  '«Балалар хәзер дә китап укый», — ди Нурия апа.\n\n' +
  '«Иң күп әкиятләр сорыйлар», — ди ул.\n\n' +
  'Мәктәп директоры Илшат Вәлиев: «Без китапханә белән бергә эшлибез», — диде.\n\n' +
  '«Киләсе айда шагыйрьләр белән очрашу булачак», — дип сөйләде Илшат Вәлиев.';

/** After the quote диде / ди / дип and a verb, then the subject; before it `X болай диде:`, a name and a colon, `Xның сүзләренчә`. */
const TATAR_ROWS: KindCase[] = [
  ['tt: `», — диде X Y.` is X Y', WATER, 'Торбаларның яртысы', 'Марат Гыйльметдинов', ANY],
  ['tt: `», — диде ул <adjunct>.` is the one speaking already', WATER, 'Көзгә кадәр', 'Марат Гыйльметдинов', ANY],
  ['tt: `», — дип өстәде X.` is the full name given before', WATER, 'Акча җитәрлек', 'Марат Гыйльметдинов', ANY],
  ['tt: `», — дип белдерде идарә башлыгы.` is the one the text made башлыгы', WATER, 'Эшчеләр ял', 'Марат Гыйльметдинов', ANY],
  ['tt: `<role> X Y болай диде: «…»` is X Y with the role', WATER, 'Халык бу', 'Рәзилә Сафина', 'башлыгы'],
  ['tt: `Xның сүзләренчә, «…»` is X, the genitive off', WATER, 'кышын коеларга', 'Рәзилә Сафина', ANY],
  ['tt: `», — ди X апа.` is X, the word of respect no part of the name', LIBRARY, 'Балалар хәзер', 'Нурия Хәсәнова', ANY],
  ['tt: `», — ди ул.` is the one speaking already', LIBRARY, 'Иң күп', 'Нурия Хәсәнова', ANY],
  ['tt: `<role> X Y: «…» — диде.` is X Y', LIBRARY, 'Без китапханә', 'Илшат Вәлиев', ANY],
  ['tt: `», — дип сөйләде X Y.` is X Y', LIBRARY, 'Киләсе айда', 'Илшат Вәлиев', ANY],
];

/** Counter-cases: a ministry and an unnamed teacher are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['tt: `Министрлык болай диде: «…»` is a body, no person', WATER, 'Программа киләсе', UNNAMED, ANY],
  ['tt: `бер укытучы болай диде:` is someone unnamed', WATER, 'Мәктәптә дә', UNNAMED, ANY],
  ['tt: `», — диде бер сатучы.` is someone unnamed', '«Бәяләр артты», — диде бер сатучы.', 'Бәяләр артты', UNNAMED, ANY],
];

/** Kazakh and Kyrgyz tags read as before, though Tatar shares their ә, ө, ү, ң. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['kk: `», – деді <role> X Y.` is still X Y', '«Жол күзге дейін жөнделеді», – деді аудан әкімі Ерлан Сапаров.', 'Жол күзге', 'Ерлан Сапаров', ANY],
  ['ky: `», – деди X Y.` is still X Y', '«Көпүрө күзгө чейин бүтөт», – деди Азамат Токтогулов.', 'Көпүрө күзгө', 'Азамат Токтогулов', ANY],
];

kindTable('Tatar tags after and before the quote', TATAR_ROWS);
kindTable('Tatar counter-cases', COUNTER_ROWS);
kindTable('Kazakh and Kyrgyz beside the Tatar reader', NEIGHBOUR_ROWS);
