// Sakha or Yakut (Cyrillic script, lang/sah.ts): invented articles of my own about a village road and a new school, read whole by
// the quotes stage, with counter-cases (a ministry, someone unnamed, a plain sentence about a body) and Kazakh and Kyrgyz tags
// beside the Sakha reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const ROAD =
  'Күөх Алаас нэһилиэгэр саҥа суол тутуллар. Үлэ саас саҕаламмыта.\n\n' +
  'Нэһилиэк баһылыга Гаврил Оконешников маннык диэтэ: «Суол бэс ыйыгар бүтэр».\n\n' +
  '«Харчы бэйэбитигэр тиийэр», — диэтэ Оконешников.\n\n' +
  '«Массыыналар күһүн сылдьыахтара», — диэтэ кини.\n\n' +
  '«Үлэ түргэнник барар», — диэн эттэ Гаврил Оконешников.\n\n' +
  'Гаврил Оконешников этэринэн, «саҥа суол уон сыл үчүгэйдик турар».\n\n' +
  '«Бары үлэһиттэр бааллар», — диэтэ нэһилиэк баһылыга.\n\n' +
  'Министерство маннык биллэрдэ: «Бырагыраамма кэлэр сылга эмиэ салҕанар».\n\n' +
  'Биир оҕонньор маннык диэтэ: «Бу суолу отут сыл кэтэстибит».\n\n' +
  '«Сыана өссө улаатта», — диэтэ биир атыыһыт.\n\n' +
  'Улуус дьаһалтата атын суоллары эмиэ оҥорор. «Үлэ бу ыйга саҕаланар».';

const SCHOOL =
  'Нэһилиэккэ саҥа оскуола тутулунна.\n\n' +
  'Оскуола директора, 47 саастаах Марфа Дьячковская уон сыл бу нэһилиэккэ үлэлиир. «Оҕолор күһүн саҥа оскуолаҕа киириэхтэрэ. Кылаастар сырдыктар».\n\n' +
  '«Учууталлар бары бааллар», — диир Дьячковская.\n\n' +
  'Улуус киинигэр олорор учуутал Семен Жирков бу оскуолаҕа нэдиэлэ аайы кэлэр. Кини биһигини кытта кэпсэтэригэр маннык диэтэ: «Оҕолор математиканы сөбүлүүллэр».\n\n' +
  '«Кэлэр сылга спортзал аһыллыаҕа», — диэтэ Семен Жирков.';

/** After the quote диэтэ / диир / диэн and a verb, then the subject; before it `X маннык диэтэ:`, `Кини … диэтэ:`, `X этэринэн`. */
const SAKHA_ROWS: KindCase[] = [
  ['sah: `<role> X Y маннык диэтэ: «…»` is X Y with the role', ROAD, 'Суол бэс', 'Гаврил Оконешников', 'баһылыга'],
  ['sah: `», — диэтэ X.` is the full name given before', ROAD, 'Харчы бэйэбитигэр', 'Гаврил Оконешников', ANY],
  ['sah: `», — диэтэ кини.` is the one speaking already', ROAD, 'Массыыналар күһүн', 'Гаврил Оконешников', ANY],
  ['sah: `», — диэн эттэ X Y.` (the quotative and a verb) is X Y', ROAD, 'Үлэ түргэнник', 'Гаврил Оконешников', ANY],
  ['sah: `X Y этэринэн, «…»` (by what X says) is X Y', ROAD, 'саҥа суол', 'Гаврил Оконешников', ANY],
  ['sah: `», — диэтэ нэһилиэк баһылыга.` is the head the text named', ROAD, 'Бары үлэһиттэр', 'Гаврил Оконешников', ANY],
  ['sah: `<role>, 47 саастаах X Y … үлэлиир. «…»` is the one the plain sentence before brings in', SCHOOL, 'Оҕолор күһүн', 'Марфа Дьячковская', ANY],
  ['sah: `», — диир X.` (says) is the full name given before', SCHOOL, 'Учууталлар бары', 'Марфа Дьячковская', ANY],
  ['sah: `Кини … маннык диэтэ: «…»` is the one the sentence before brings in', SCHOOL, 'Оҕолор математиканы', 'Семен Жирков', ANY],
  ['sah: `», — диэтэ X Y.` is X Y', SCHOOL, 'Кэлэр сылга', 'Семен Жирков', ANY],
];

/** Counter-cases: a ministry, an old man and a seller left unnamed, a district office in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['sah: `Министерство маннык биллэрдэ: «…»` is a body, no person', ROAD, 'Бырагыраамма кэлэр', UNNAMED, ANY],
  ['sah: `Биир оҕонньор маннык диэтэ:` is someone unnamed', ROAD, 'Бу суолу', UNNAMED, ANY],
  ['sah: `», — диэтэ биир атыыһыт.` is someone unnamed', ROAD, 'Сыана өссө', UNNAMED, ANY],
  ['sah: a plain sentence about a district office names no speaker', ROAD, 'Үлэ бу', UNNAMED, ANY],
  ['sah: `», — диэтэ биир дьахтар.` alone is someone unnamed', '«Суол олус куһаҕан», — диэтэ биир дьахтар.', 'Суол олус', UNNAMED, ANY],
];

/** Kazakh and Kyrgyz tags read as before, though Sakha shares their ө, ү and Kazakh's һ. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['kk: `», – деді <role> X Y.` is still X Y', '«Жол күзге дейін жөнделеді», – деді аудан әкімі Ерлан Сапаров.', 'Жол күзге', 'Ерлан Сапаров', ANY],
  ['ky: `», – деди X Y.` is still X Y', '«Көпүрө күзгө чейин бүтөт», – деди Азамат Токтогулов.', 'Көпүрө күзгө', 'Азамат Токтогулов', ANY],
];

kindTable('Sakha tags after and before the quote', SAKHA_ROWS);
kindTable('Sakha counter-cases', COUNTER_ROWS);
kindTable('Kazakh and Kyrgyz beside the Sakha reader', NEIGHBOUR_ROWS);
