// Kinds a private set of invented articles showed in the eighteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { ANY, UNNAMED, kindTable, type KindCase } from './kind-table';

/** A quote opening its paragraph, then a sentence bringing in someone new by full name (lang/introduced-after.ts). */
const NEWCOMER_AFTER: KindCase[] = [
  ['en: `"…" X Y has lived …` in the same paragraph', 'The council met on Monday. "We were never asked," said Tom Reyes.\n\n"The river came up to the door in an hour." Mary Okafor has lived on the bank for 30 years.', 'The river came', 'Mary Okafor', ANY],
  ['it: `«…» X Y, 22 anni, di …, ride …`', '«Il legno va ascoltato», dice il maestro Paolo Ferri.\n\n«Ho lasciato la facoltà dopo un anno.» Luca Zanin, 22 anni, di Mestre, sorride mentre lavora.', 'Ho lasciato', 'Luca Zanin', ANY],
  ['fr: `« … » X Y, 78 ans, habite …`', '« Nous avons suivi le contrat », a dit le maire Paul Vidal.\n\n« Trois jours sans sortir de chez moi ! » Odette Lavoie, 78 ans, habite la rue depuis 1970.', 'Trois jours', 'Odette Lavoie', ANY],
  ['de: `„…“ X Y, 34, ist …`, the family name written before with another given name', '„Wir haben nichts falsch gemacht“, sagt Wirt Josef Gruber.\n\n„Die Papiere habe immer ich gemacht.“ Anna Gruber, 34, ist im Betrieb für die Buchhaltung zuständig.', 'Die Papiere', 'Anna Gruber', ANY],
  ['es: `“…” X Y Z, maestro …, recibe …`: the apposed role is theirs', '“No hay agua”, dijo el agente Luis Mora.\n\n“Para un litro se van diez de agua.” Aurelio Cruz Ramos, maestro destilador, recibe a este diario junto al horno.', 'Para un litro', 'Aurelio Cruz Ramos', 'maestro destilador'],
  ['sv: `– …` then, opening the next paragraph, `X Y, 82, har bott …`', '– Det kostar mycket, säger Lena Berg.\n\n– Jag gifte mig i kyrkan 1960.\n\nAstrid Holm, 82, har bott i byn hela livet.', 'Jag gifte mig', 'Astrid Holm', ANY],
  ['ru: `«…». X Y — доярка и мать …`: the dash says what she is', '«Автобуса нет с сентября», — говорит водитель Павел Котов.\n\n«Я встаю в пять и везу детей сама». Марина Белова — доярка и мать двоих детей.', 'Я встаю', 'Марина Белова', 'доярка'],
  ['he: `"…". X Y, בת 84, גרה …`', '"נבנה דירות חדשות", אומר היזם דני לוי.\n\n"גרתי בדירה הזאת כל חיי". שרה כהן, בת 84, גרה בבניין מאז 1960.', 'גרתי בדירה', 'שרה כהן', ANY],
  ['counter-case en: a quote after its speaker\'s tag in the same paragraph stays theirs', '"We will fight," said Tom Reyes. "We have no choice." Mary Okafor has lived on the bank for 30 years.', 'We have no choice', 'Tom Reyes', ANY],
  ['counter-case en: a bare name opening the next paragraph is no speaker without an age', '"We were never asked," said Tom Reyes.\n\n"We have no choice."\n\nMary Okafor runs the shop on the corner.', 'We have no choice', 'Tom Reyes', ANY],
  ['counter-case en: `"…" X Y backs him …` is a sentence about the one quoted before', 'The council met on Monday. "We will not sell the field," said Tom Reyes.\n\n"The field stays a field." Mary Okafor backs him on the plan.', 'The field stays', 'Tom Reyes', ANY],
  ['counter-case ru: `Так X ответил` is read as before (a word of the sentence, no given name)', 'Максим Рябов открыл пекарню. Так говорят все.\n\n«Мы не будем менять рецепт». Так Рябов ответил на вопрос о ценах.', 'Мы не будем', 'Максим Рябов', ANY],
];

/** Words the readers lacked: a Russian or Ukrainian dash line holding a title in marks; Hebrew present verbs; Chinese 分析; an age in a Chinese cleft. */
const WORDS_AND_LINES: KindCase[] = [
  ['uk: a dash line holding «…» inside its own sentence is the speech', 'Режисер Андрій Коваль повернувся до театру.\n— Я не хочу ставити виставу «про війну». Я хочу ставити виставу про людей, — пояснює він.', 'Я не хочу', 'Андрій Коваль', ANY],
  ['ru: `— Дайте мне …, хоть старый «пазик», …, — говорит X.`', 'Водитель Павел Котов работает тут двадцать лет.\n— Дайте мне любой, хоть старый «пазик», я его сам починю, — говорит Павел.', 'Дайте мне', 'Павел Котов', ANY],
  ['counter-case ru: `— «…», — сказал X.` keeps the marked words as the quote', 'Директор Иван Петров приехал утром.\n— «Мы работаем без выходных», — сказал он.', 'Мы работаем', 'Иван Петров', ANY],
  ['he: `האדריכלית והמתכננת העירונית ד״ר X Y סבורה …. "…"` opens with the speaker', '"יש פה סדקים", אמרה שכנה אחרת.\n\nהאדריכלית והמתכננת העירונית ד״ר רות שפירא סבורה שהוויכוח במקום הלא נכון. "הבעיה היא לא הגובה."', 'הבעיה היא', 'רות שפירא', 'האדריכלית'],
  ['counter-case he: a title opening the sentence is read as before', '"יש פה סדקים", אמרה שכנה אחרת.\n\nד״ר רות שפירא סבורה שהוויכוח במקום הלא נכון. "הבעיה היא לא הגובה."', 'הבעיה היא', 'רות שפירא', 'ד״ר'],
  ['he: `"…", מבטיחה X` after another paragraph', '"המגדל יסתיר את הים", אומרת מיכל לוי, יו״ר ועד השכונה.\n\nהוועדה תדון בתוכנית ביולי.\n\n"נגיע לדיון עם אוטובוס מלא", מבטיחה לוי.', 'נגיע לדיון', 'מיכל לוי', ANY],
  ['zh-Hant: `副教授X分析：「…」` after someone unnamed', '從嘉義來的一名遊客則說：「我們就去別的夜市。」\n\n北部科技大學餐旅管理系副教授蔡明哲分析：「夜市多半在私人土地上，攤商沒有保障。」', '夜市多半', '蔡明哲', '副教授'],
  ['zh-Hant: `「…」說這話的是31歲的X`', '攤商自治會長陳金水說：「生意很難做。」\n\n「漲四成，我只能漲價。」說這話的是31歲的林美玲，三年前返鄉擺攤。', '漲四成', '林美玲', ANY],
  ['counter-case zh-Hant: `說這話的是` a role and a name, as before', '攤商自治會長陳金水說：「生意很難做。」\n\n「漲四成，我只能漲價。」說這話的是攤商林美玲，三年前返鄉擺攤。', '漲四成', '林美玲', ANY],
];

/** A description standing for someone named gives them its role noun, for their earlier quotes too (descriptor-role.ts). */
const ROLE_FROM_DESCRIPTION: KindCase[] = [
  ['en: `the retired nurse said` gives the woman named before her role', 'Mary Okafor has lived by the river for 40 years.\n\nShe is not against the houses. "If they clear the gully, the animals have nowhere to go," the retired nurse said.', 'If they clear', 'Mary Okafor', 'retired nurse'],
  ['en: her earlier quote, with no role of its own, takes it too', '"The river came up in an hour." Mary Okafor has lived by the river for 40 years.\n\nShe is not against the houses. "If they clear the gully, the animals have nowhere to go," the retired nurse said.', 'The river came', 'Mary Okafor', 'retired nurse'],
  ['fr: `lance la retraitée`', '« Trois jours sans sortir ! » Odette Lavoie, 78 ans, habite la rue depuis 1970.\n\nElle a lu le rapport. « J’ai failli tomber », lance la retraitée.', 'Trois jours', 'Odette Lavoie', 'retraitée'],
  ['counter-case en: `the 71-year-old said` gives no role', '"The river came up in an hour." Mary Okafor has lived by the river for 40 years.\n\n"The animals have nowhere to go," the 71-year-old said.', 'The river came', 'Mary Okafor', null],
  ['counter-case it: `aggiunge la figlia` gives no role (kin is no trade)', '«Il negozio resta aperto», dice Marco Bassi. Giulia Bassi, 30 anni, lavora in cassa.\n\n«Non chiudiamo», aggiunge la figlia.', 'Non chiudiamo', 'Giulia Bassi', null],
  ['counter-case en: a role the text gave with the name stays', '"We will vote no," said councillor Mary Okafor.\n\n"The animals have nowhere to go," the retired nurse said.', 'We will vote', 'Mary Okafor', '=councillor'],
];

/** A single-quoted quote left open at its paragraph's end, reopened by the next paragraph (find.ts pairSingleMarks). */
const SINGLE_MARKS_OVER_PARAGRAPHS: KindCase[] = [
  ['en: `‘A. B.` ¶ `‘C,’ he added.`: the first paragraph is his too', 'Farmer Tom Reyes spoke after the meeting.\n\n‘We are not against walkers or bikes. My own children cycle every day.\n\n‘What we want is a route around the farms,’ he added.', 'We are not against', 'Tom Reyes', ANY],
  ['nl: `… ‘A.` in a paragraph of prose ¶ `‘B.’`', 'Annet Dijkstra woont al veertig jaar aan de dijk. Ze kreeg een bod op haar huis. ‘Het is een redelijk bedrag, dat moet ik zeggen.\n\n‘Maar ik ben hier geboren en wil niet weg.’', 'Het is een redelijk', 'Annet Dijkstra', ANY],
];

/** A definite description of a person opening the sentence before an untagged quote: the one quoted last (described-opening.ts). */
const DESCRIBED_OPENING: KindCase[] = [
  ['en: `The 63-year-old innkeeper has run … "…"`', '"Four generations, and now this," says Leo Hart.\n\nThe 63-year-old innkeeper has run the place since 1994. "We had hail in July and lost half the harvest."', 'We had hail', 'Leo Hart', ANY],
  ['de: `Der 63-jährige Wirt führt … „…“`', '„Vier Generationen, und jetzt das“, sagt Leo Hartl.\n\nDer 63-jährige Wirt führt den Betrieb seit 1994. „Wir hatten im Juli Hagel, die halbe Ernte war weg.“', 'Wir hatten im Juli', 'Leo Hartl', ANY],
  ['pt: `A comerciante não esquece …. «…»`', '«Estive aqui em 1977», disse Rosa Tavares, 81 anos.\n\nA comerciante não esquece o preço da espera. «Durante as obras, vendi três botões por dia.»', 'Durante as obras', 'Rosa Tavares', ANY],
  ['counter-case en: `The crowd loved it.` names no one', '"Four generations, and now this," says Leo Hart.\n\nThe crowd loved the speech. "We had hail in July and lost half the harvest."', 'We had hail', UNNAMED, null],
  ['counter-case en: `A nurse …` opens someone new', '"Four generations, and now this," says Leo Hart.\n\nA nurse who lives nearby was less sure. "We had hail in July and lost half the harvest."', 'We had hail', UNNAMED, null],
  ['counter-case en: someone else named since the last quote is not passed over', '"Four generations, and now this," says Leo Hart. His neighbour Ann Cole disagrees.\n\nThe 63-year-old innkeeper has run the place since 1994. "We had hail in July and lost half the harvest."', 'We had hail', UNNAMED, null],
];

/** An Arabic kunya in brackets after a full name: no part of the name, and the person when the text writes it alone (lang/arabic-kunya.ts). */
const ARABIC_KUNYA: KindCase[] = [
  ['ar: `قال X Y (أبو Z)،` names X Y', '"ندفع الترخيص والتأمين"، قال سليم العمري (أبو خالد)، سائق تاكسي.', 'ندفع الترخيص', 'سليم العمري', ANY],
  ['ar: `يقول أبو Z` later is X Y', '"ندفع الترخيص والتأمين"، قال سليم العمري (أبو خالد)، سائق تاكسي.\n\nوقالت الطالبة ريم حداد: "التطبيق أسهل".\n\n"سأعود إلى الشارع غداً"، يقول أبو خالد.', 'سأعود إلى', 'سليم العمري', ANY],
  ['counter-case ar: a kunya the text never bracketed after a name is a person of its own', '"ندفع الترخيص والتأمين"، قال سليم العمري، سائق تاكسي.\n\n"سأعود إلى الشارع غداً"، يقول أبو خالد.', 'سأعود إلى', 'أبو خالد', ANY],
  ['counter-case en: a party in brackets after the name, as before', '"We will vote no," said Senator John Cole (R-Texas).', 'We will vote', 'John Cole', ANY],
];

/** Korean and Japanese unnamed people the readers lacked (unnamed-introduction.ts, lang/ja.ts). */
const UNNAMED_CJK: KindCase[] = [
  ['ko: `한 주부(62)는 "…"` is someone unnamed, her age after the noun', '구청 박민호 과장은 "임대료를 감면한다"고 설명했다.\n\n20년째 이 시장을 찾는다는 한 주부(62)는 "여기 오면 덤을 얹어준다"고 말했다.', '여기 오면', UNNAMED, null],
  ['ja: `２年の女子生徒は「…」` is someone unnamed, not the man quoted before', '鉄道会社の田中一郎広報課長は「赤字が続いている」と述べた。\n\n町内から高校に通う２年の女子生徒は「バスだと１時間半かかる」と打ち明けた。', 'バスだと', UNNAMED, null],
  ['counter-case ja: a pupil named after the noun is that person', '鉄道会社の田中一郎広報課長は「赤字が続いている」と述べた。\n\n高校２年の山本花子さんは「バスだと１時間半かかる」と打ち明けた。', 'バスだと', '山本花子', ANY],
];

kindTable('s26: someone new named after the quote', NEWCOMER_AFTER);
kindTable('s26: unnamed in Korean and Japanese', UNNAMED_CJK);
kindTable('s26: an Arabic kunya', ARABIC_KUNYA);
kindTable('s26: a described opening', DESCRIBED_OPENING);
kindTable('s26: single marks over paragraphs', SINGLE_MARKS_OVER_PARAGRAPHS);

describe('s26: single marks over paragraphs, counter-cases', () => {
  it('an opening ‘ left open is no quote when the next paragraph does not reopen it', () => {
    const quotes = findQuotes('Tom Reyes spoke. ‘We are not against walkers or bikes at all.\n\nThe council meets again in May. “We will listen,” said Ann Lee.');
    expect(quotes.map((quote) => quote.text)).toEqual(['We will listen,']);
  });
  it('a straight \' inside a paragraph is never carried over (it may be an apostrophe)', () => {
    const quotes = findQuotes("Tom Reyes spoke of the 'old days and the mill by the river.\n\n'We will listen to everyone,' said Ann Lee.");
    expect(quotes.map((quote) => quote.text)).toEqual(['We will listen to everyone,']);
  });
});
kindTable('s26: a role from a description', ROLE_FROM_DESCRIPTION);
kindTable('s26: words and lines', WORDS_AND_LINES);
