// Two kinds the sixty-sixth held-out set showed, in fresh sentences of my own, with counter-cases:
// a West Slavic board, ministry or office opening the sentence before a quote (`Zarząd X odpowiedział …. „…”`) is a body,
// no person; and an East or West Slavic interviewee named in the lead-in to a dash exchange in another case
// (`ми запитали у Віктора Гнатюка`) is the person the text quoted before under the nominative full name.
import { kindTable, ANY, UNNAMED } from './kind-table';

const PL = '„Firma złożyła załodze ofertę, która jest najlepsza z możliwych. Czekamy na dalsze rozmowy”.';
const CS = '„Firma předložila odborům nabídku, která je maximální možná. Jsme připraveni dál jednat.“';

/** `Zarząd PKS odpowiedział …`: the board speaks as a body (body-subject.ts, lang/newlang-roles.ts). */
kindTable('A board, ministry or office opening the sentence before a quote is no person', [
  ['Polish board and its letters', `Zarząd PKS Zalesie odpowiedział na protest krótkim listem. ${PL}`, 'Firma', UNNAMED, ANY],
  ['Polish command of a service', `Komenda Straży Miejskiej odpowiedziała krótkim komunikatem. ${PL}`, 'Firma', UNNAMED, ANY],
  ['Polish ministry with a colon', `Ministerstwo Rolnictwa wydało w piątek oświadczenie: ${PL}`, 'Firma', UNNAMED, ANY],
  ['Polish firm named after "Spółka"', `Spółka Koleje Pomorskie wydała oświadczenie: ${PL}`, 'Firma', UNNAMED, ANY],
  ['Czech board', `Představenstvo Tatrovky reagovalo krátkým prohlášením: ${CS}`, 'Firma', UNNAMED, ANY],
  ['counter-case: a Polish person opening the same sentence stays named', `Tomasz Wieczorek odpowiedział na protest krótkim listem. ${PL}`, 'Firma', 'Tomasz Wieczorek', null],
  ['counter-case: a Czech person likewise', `Marek Dvořák reagoval krátkým prohlášením: ${CS}`, 'Firma', 'Marek Dvořák', null],
]);

const UK = '«Ми запустимо нову лінію восени, а старі склади переобладнаємо», — розповів директор заводу Остап Миколайович Скрипник.';
const RU = '«Мы запустим новую линию осенью, а старые склады переоборудуем», — рассказал директор завода Остап Николаевич Скрипник.';
const CS2 = '„Novou linku spustíme na podzim a staré sklady přestavíme,“ řekl ředitel závodu Radovan Kotrlík.';

/** `ми запитали у Віктора Гнатюка` then `— …?` / `— …`: the answers are the full name's (lang/declined-family.ts). */
kindTable('An interviewee named in another case before a dash exchange is the person quoted before', [
  ['Ukrainian genitive after "asked"', `${UK}\n\nЧи встигнуть до зими, ми запитали у Остапа Скрипника.\n\n— Остапе Миколайовичу, встигнете до морозів?\n\n— Мусимо встигнути. Дві лінії вже монтуємо.`, 'Мусимо', 'Остап Миколайович Скрипник', ANY],
  ['Ukrainian instrumental after "spoke with"', `${UK}\n\nПро терміни ми поговорили з Остапом Скрипником.\n\n— Встигнете до морозів?\n\n— Мусимо встигнути. Дві лінії вже монтуємо.`, 'Мусимо', 'Остап Миколайович Скрипник', ANY],
  ['Russian genitive after "asked"', `${RU}\n\nУспеют ли до зимы, мы спросили у Остапа Скрипника.\n\n— Остап Николаевич, успеете до морозов?\n\n— Должны успеть. Две линии уже монтируем.`, 'Должны', 'Остап Николаевич Скрипник', ANY],
  ['Czech genitive after "asked"', `${CS2}\n\nNa termíny jsme se zeptali Radovana Kotrlíka.\n\n– Stihnete to do zimy?\n\n– Musíme to stihnout. Dvě linky už montujeme.`, 'Musíme', 'Radovan Kotrlík', ANY],
  ['counter-case: a namesake whose name only opens like the family name is someone else', `${UK}\n\nНа наші запитання відповідає його заступниця Оксана Скрипникова.\n\n— Встигнете до морозів?\n\n— Мусимо встигнути. Дві лінії вже монтуємо.`, 'Мусимо', 'Оксана Скрипникова', ANY],
]);
