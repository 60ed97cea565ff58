// Kinds the sixty-second held-out set showed in Czech, each in fresh sentences of my own, with counter-cases.
import { kindTable, UNNAMED } from './kind-table';

const POINTED_BACK_WITH_YEAR =
  'Obec Horní Ves řeší spor o kanalizaci.\n\n' +
  '„Chtěli jsme jen opravit potrubí a nakonec jsme platili dvojnásobek.“\n\n' +
  'Tak na zimu v roce 2019 vzpomíná Jana Novotná. Pětašedesátiletá učitelka tehdy zaplatila fakturu.';
const POINTED_BACK_NO_NAME =
  'Obec Horní Ves řeší spor o kanalizaci.\n\n' +
  '„Chtěli jsme jen opravit potrubí a nakonec jsme platili dvojnásobek.“\n\n' +
  'Tak na zimu v roce 2019 vzpomínají obyvatelé celé vesnice. Fakturu tehdy zaplatili všichni.';

/** `„…“` then `Tak na zimu v roce 2019 vzpomíná X Y`: the adjunct before the verb may hold a year (lang/pointed-back-tag.ts). */
kindTable('A quote pointed back at with a dated adjunct before the verb', [
  ['cs: `Tak na zimu v roce 2019 vzpomíná X Y` names the speaker', POINTED_BACK_WITH_YEAR, 'Chtěli jsme', 'Jana Novotná', null],
  ['counter-case cs: `Tak … v roce 2019 vzpomínají obyvatelé` names no one', POINTED_BACK_NO_NAME, 'Chtěli jsme', UNNAMED, null],
]);

const PROSECUTOR_THEN_SAID =
  'Soud v Horní Vsi projednával podvod s okny.\n\n' +
  'Státní zástupkyně Eva Kratochvílová navrhovala tři roky vězení. Řekla: „Obžalovaný lhal od prvního dne.“';
const MANAGING_DIRECTOR_AFTER =
  'Firma slíbila opravu do konce měsíce.\n\n' +
  '„Okna vyměníme zdarma,“ řekl jednatel firmy Martin Holub.';
const ADJECTIVE_NO_ROLE =
  'Soud v Horní Vsi projednával podvod s okny.\n\n' +
  'Státní peníze podle obžaloby skončily na účtu firmy. Soudkyně Jana Malá řekla: „Obžalovaný lhal od prvního dne.“';

/** `Státní zástupkyně X …. Řekla: „…“`, `řekl jednatel firmy X`: a prosecutor and a firm's director are roles (lang/newlang-roles.ts). */
kindTable('Czech offices before a name: a prosecutor, a managing director', [
  ['cs: `Státní zástupkyně X Y …. Řekla:` is X Y, the prosecutor', PROSECUTOR_THEN_SAID, 'Obžalovaný lhal', 'Eva Kratochvílová', 'zástupkyně'],
  ['cs: `řekl jednatel firmy X Y` gives the role', MANAGING_DIRECTOR_AFTER, 'Okna vyměníme', 'Martin Holub', 'jednatel'],
  ['counter-case cs: `Státní peníze` opening a sentence is no role of the judge', ADJECTIVE_NO_ROLE, 'Obžalovaný lhal', 'Jana Malá', '=Soudkyně'],
]);

const ROLE_LABEL_MID_PARAGRAPH =
  'Wethouder Sanne de Wit wil de bibliotheek in Kreekdorp sluiten.\n\n' +
  'De sporthal kampt al jaren met lekkages en een kapot dak. De wethouder: „Dat geld is er gewoon niet.”';
const HEADING_LABEL =
  'Wethouder Sanne de Wit wil de bibliotheek in Kreekdorp sluiten.\n\n' +
  'De sporthal kampt al jaren met lekkages en een kapot dak. De conclusie: „Dat geld is er gewoon niet.”';

/** `… lekkages. De wethouder: „…”`: an article and a role noun before the colon stand for the named holder (lang/nl.ts). */
kindTable('A Dutch role label before a colon after another sentence', [
  ['nl: `De wethouder: „…”` after another sentence is the alderwoman named before', ROLE_LABEL_MID_PARAGRAPH, 'Dat geld', 'Sanne de Wit', 'wethouder'],
  ['counter-case nl: `De conclusie: „…”` is a heading, no one', HEADING_LABEL, 'Dat geld', UNNAMED, null],
]);

const DASH_TAG_WITH_OWNED_ROLE = 'Publiken strömmade till redan vid lunch.\n\n– Vi har aldrig haft så mycket folk på läktaren, säger Karin Lund, föreningens ordförande.';
const DASH_CLAUSE_NOT_A_TAG = 'Publiken strömmade till redan vid lunch.\n\n– Vi har aldrig haft så mycket folk, men vi vet inte varför, klubbens tränare.';

/** `– …, säger X Y, föreningens ordförande.`: the role after the name is the tag's apposition, no tag of its own (lang/dialogue.ts). */
kindTable('A dash tag whose name carries a genitive role after a comma', [
  ['sv: `– …, säger X Y, föreningens ordförande.` is X Y, the chair', DASH_TAG_WITH_OWNED_ROLE, 'Vi har aldrig', 'Karin Lund', 'ordförande'],
  ['counter-case sv: a clause with no name before `klubbens tränare` names no one', DASH_CLAUSE_NOT_A_TAG, 'Vi har aldrig', UNNAMED, null],
]);

const LECTURER_WITH_RANKS =
  'Kuraklık üreticiyi zorluyor.\n\n' +
  'Ege Üniversitesi Ziraat Fakültesi öğretim üyesi Doç. Dr. Ayşe Demir ise sorunun yalnızca fiyat olmadığı görüşünde. Demir, “Kış çok sert geçti ve ürün azaldı” dedi.';
const GRADUATE_NO_OFFICE =
  'Kuraklık üreticiyi zorluyor.\n\n' +
  'Ege Üniversitesi Ziraat Fakültesi mezunu Ayşe Demir ise sorunun yalnızca fiyat olmadığı görüşünde. Demir, “Kış çok sert geçti ve ürün azaldı” dedi.';

/** `… öğretim üyesi Doç. Dr. X Y ise …` then `Y, “…” dedi.`: a noun and a possessed office head are the role (lang/tr-participle.ts). */
kindTable('A Turkish compound office before ranks and a name, introduced a sentence before the quote', [
  ['tr: `öğretim üyesi Doç. Dr. X Y` gives the role `öğretim üyesi`', LECTURER_WITH_RANKS, 'Kış çok', 'Ayşe Demir', '=öğretim üyesi'],
  ['counter-case tr: `Fakültesi mezunu X Y`, a graduate, is no office', GRADUATE_NO_OFFICE, 'Kış çok', 'Ayşe Demir', null],
]);
