// Kazakh (Cyrillic script, lang/kk.ts): invented articles of my own about a village bridge and a district clinic, read
// whole by the quotes stage, with counter-cases (someone unnamed, residents as a group, a body speaking, a Russian tag).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Ақсу ауылында өзен үстінен жаңа көпір салынып жатыр. Құрылыс күзге дейін аяқталуы тиіс.\n\n' +
  'Аудандық құрылыс бөлімінің басшысы Серік Нұрланов жұмыстың кестеге сай жүріп жатқанын жеткізді. «Көпірдің тірегі дайын. Енді жол төсейміз», – деді ол.\n\n' +
  'Көпірдің ұзындығы сексен метр болады.\n\n' +
  '«Біз мерзімнен кешікпейміз», – деді бөлім басшысы.\n\n' +
  'Өзеннің арғы бетінде тұратын 62 жастағы Айгүл Темірова көпірді он жыл күткенін айтады.\n\n' +
  '«Балалар мектепке қайықпен баратын. Қыста мұз үстімен жүретін».\n\n' +
  'Аудан әкімі Бекзат Оралов құрылысқа қосымша қаржы бөлінетінін мәлімдеді. «Жол да жөнделеді», – деді Оралов.\n\n' +
  'Нұрлановтың айтуынша, «көпірдің жүк көтергіштігі жиырма тонна».\n\n' +
  '«Бұрын бізді ешкім тыңдамайтын», – деді бір тұрғын.\n\n' +
  'Әкімдік тұрғындарға хабарлады: «Көпір қарашада ашылады, оған дейін өзеннен паром жүреді».\n\n' +
  'Ауыл тұрғындары көпірдің тар екенін айтады.\n\n' +
  '«Екі көлік қатар сыймайды».\n\n' +
  'Көпір ашылғанда мереке болады.';

const CLINIC =
  'Төлебай ауылындағы емхана жаңа ғимаратқа көшті.\n\n' +
  '«Енді дәрігерлер күн сайын қабылдайды», – деп атап өтті аудандық аурухананың бас дәрігері Мақпал Исаева.\n\n' +
  '«Бізге тағы екі медбике керек», – деді ауыл тұрғыны.\n\n' +
  'Зейнеткер Қайрат Әлімов жаңа емхананың үйіне жақын екенін айтты.\n\n' +
  '«Бұрын қалаға автобуспен баратынмын», – дейді ол.\n\n' +
  'Исаеваның айтуынша, «жазда тіс емдейтін бөлме ашылады».';

/**
 * After the quote `деді`, `дейді` or `деп атап өтті` and the subject (role words and a name, `ол`, or an office: one noun or a
 * compound one, `бөлім басшысы`); before it `X-тың айтуынша` and a sentence whose subject, a full name, says or thinks
 * something (`… айтады.`, `… деп есептейді.`) before a quote standing alone.
 */
const KAZAKH_ROWS: KindCase[] = [
  ['kk: `», – деді ол.` after `<role> X Y … жеткізді.` is X Y', BRIDGE, 'Көпірдің тірегі', 'Серік Нұрланов', ANY],
  ['kk: `», – деді бөлім басшысы.` (a compound office) is the one the text gave it', BRIDGE, 'Біз мерзімнен', 'Серік Нұрланов', ANY],
  ['kk: a quote standing alone after `… X Y … айтады.` is X Y', BRIDGE, 'Балалар мектепке', 'Айгүл Темірова', ANY],
  ['kk: `», – деді Y.` is the full name given before', BRIDGE, 'Жол да жөнделеді', 'Бекзат Оралов', ANY],
  ['kk: `Y-тың айтуынша, «…»` is X Y, the genitive off', BRIDGE, 'көпірдің жүк', 'Серік Нұрланов', ANY],
  ['kk: `», – деп атап өтті <role> X Y.` is X Y with the role', CLINIC, 'Енді дәрігерлер', 'Мақпал Исаева', ANY],
  ['kk: `», – дейді ол.` after `<role> X Y … айтты.` is X Y', CLINIC, 'Бұрын қалаға', 'Қайрат Әлімов', ANY],
  ['kk: `Y-ның айтуынша, «…»` after a woman named in full is her', CLINIC, 'жазда тіс', 'Мақпал Исаева', ANY],
];

/** Counter-cases: `бір тұрғын` is someone new; residents and the district office are no person; an office no one holds. */
const COUNTER_ROWS: KindCase[] = [
  ['kk: `», – деді бір тұрғын.` is someone unnamed, not the office holder', BRIDGE, 'Бұрын бізді', UNNAMED, ANY],
  ['kk: a quote standing alone after `Ауыл тұрғындары … айтады.` is no one named', BRIDGE, 'Екі көлік', UNNAMED, ANY],
  ['kk: `Әкімдік тұрғындарға хабарлады: «…»` is a body, no person', BRIDGE, 'Көпір қарашада', UNNAMED, ANY],
  ['kk: `», – деді ауыл тұрғыны.` (a resident, no office) is no office holder', CLINIC, 'Бізге тағы', UNNAMED, ANY],
];

/** Russian beside the Kazakh reader, and Kazakh's own after-tag with a name. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказал X Y.` is still X Y', '«Мост откроют в ноябре», — сказал глава района Игорь Лебедев.', 'Мост откроют', 'Игорь Лебедев', ANY],
  ['kk: `», – деді <role> X Y.` after a place-name role is X Y', '«Жол күзге дейін жөнделеді», – деді Ақсу ауылының әкімі Ерлан Сейітов.', 'Жол күзге', 'Ерлан Сейітов', ANY],
  ['kk: `<role> X Y былай деді: «…»` is X Y', 'Аудан әкімі Ерлан Сейітов былай деді: «Жол күзге дейін жөнделеді».', 'Жол күзге', 'Ерлан Сейітов', ANY],
];

kindTable('Kazakh tags after and before the quote', KAZAKH_ROWS);
kindTable('Kazakh counter-cases', COUNTER_ROWS);
kindTable('Russian and Kazakh neighbours', NEIGHBOUR_ROWS);
