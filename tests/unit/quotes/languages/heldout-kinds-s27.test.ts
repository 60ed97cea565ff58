// Kinds a private set of invented articles showed in the nineteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/** The sentence after a quote says whose words they were (lang/next-sentence-unnamed.ts POINTS_BACK, pointed-back-tag.ts). */
const WORDS_OWNED_AFTER: KindCase[] = [
  ['fr: `« … » La phrase est de X Y, 42 ans, …`', '« Le pont est fermé », a dit le maire Paul Vidal.\n\n« Nos enfants partiront tous. » La phrase est de Léa Morvan, 42 ans, infirmière au port.', 'Nos enfants', 'Léa Morvan', ANY],
  ['fr: `Ces mots sont de X Y` opening the next paragraph', '« Le pont est fermé », a dit le maire Paul Vidal.\n\n« Personne ne nous a consultés. »\n\nCes mots sont de Hélène Corre, présidente du comité de quartier.', 'Personne ne nous', 'Hélène Corre', ANY],
  ['pt: `O relato é da professora X Y`', '“A estrada caiu”, disse o prefeito João Lima.\n\n“Só metade da turma veio hoje.”\n\nO relato é da professora Ana Reis, que leciona na vila há dez anos.', 'Só metade', 'Ana Reis', ANY],
  ['es: `Quien habla es X Y, de 29 años`', '«Cerramos en marzo», dijo el alcalde Luis Mora.\n\n«Yo bajé a la playa con quince años.»\n\nQuien habla es Pablo Iglesias Vidal, de 29 años, el pescador más joven del puerto.', 'Yo bajé', 'Pablo Iglesias Vidal', ANY],
  ['de: `„…“ Das verspricht X Y.`', '„Wir verkaufen nicht“, sagt Bauer Josef Gruber.\n\n„Hier wird weiter gebacken.“ Das verspricht Klara Huber. Sie führt die Bäckerei seit 2015.', 'Hier wird weiter', 'Klara Huber', ANY],
  ['ca: `«…» Ho reconeix X Y, …`', '«No hi ha pressupost», explica l’alcaldessa Marta Soler.\n\n«Els preus s’han doblat en cinc anys.» Ho reconeix Pere Vila, gerent de la cooperativa.', 'Els preus', 'Pere Vila', ANY],
  ['en: `The words came from X Y, who …`', '"The gate is for safety," said manager Tom Reyes.\n\n"A locked gate is not a right of way."\n\nThe words came from lawyer Nadia Brooks, who advises the fishers for free.', 'A locked gate', 'Nadia Brooks', ANY],
  ['ru: `«…». Так описывает жизнь в посёлке X Y, мать …`', '«Рейсов стало меньше», — сказал капитан Олег Титов.\n\n«Мы тут как в осаде». Так описывает жизнь в посёлке Ольга Зимина, мать троих детей.', 'Мы тут как', 'Ольга Зимина', ANY],
  ['counter-case fr: `La phrase est de circonstance` names no one', '« Le pont est fermé », a dit le maire Paul Vidal. « Nous rouvrirons en mai. » La phrase est de circonstance.', 'Nous rouvrirons', 'Paul Vidal', ANY],
  ['counter-case de: `Das kostet X Y` is no saying', '„Wir verkaufen nicht“, sagt Bauer Josef Gruber.\n\n„Hier wird weiter gebacken.“ Das kostet Klara Huber jeden Monat viel Geld.', 'Hier wird weiter', 'Josef Gruber', ANY],
];

/** The author's words inside one pair of marks (lang/incise.ts): a form of address's stop; a long tag; a spaced hyphen. */
const INCISES: KindCase[] = [
  ['fr: `« A, précise M. X, B »` parts at the tag', 'Jean Mbarga préside l’association des vendeurs.\n\n« Nous ne refusons pas le projet, précise M. Mbarga, nous refusons la méthode. »', 'nous refusons la méthode', 'Jean Mbarga', ANY],
  ['fr: `« A, nuance la retraitée, B »` parts at a verb of reportage', 'Odile Kervella attend le bateau.\n\n« Je ne me plains pas, nuance la retraitée, mais mes voisins vont renoncer. »', 'mais mes voisins', 'Odile Kervella', 'retraitée'],
  ['it: `«A — spiega X Y, presidente …, che … — B»`', 'Sul piazzale ci sono trecento pastori.\n\n«Non chiediamo favori — spiega Mario Sanna, presidente del comitato degli allevatori, che ha organizzato la protesta — chiediamo un prezzo giusto.»', 'chiediamo un prezzo', 'Mario Sanna', ANY],
  ['it: `«A - dice X Y - B»` with spaced hyphens', 'Il mercato apre alle sei.\n\n«Il pesce non arriva - dice Anna Rossi - e nessuno compra.»', 'e nessuno compra', 'Anna Rossi', ANY],
  ['counter-case it: `«A - come tutti sanno - B»` stays one quote', 'Il sindaco Paolo Neri ha parlato ieri. «Il porto - come tutti sanno - è chiuso da mesi», ha detto Neri.', 'Il porto - come tutti sanno', 'Paolo Neri', ANY],
];

/** Who the sentence before an untagged quote is about. */
const SUBJECT_BEFORE: KindCase[] = [
  ['it: `Dal …, X Y, direttore …, spiega la posizione …` ¶ `«…»`: the description after the verb is its object', 'I pastori protestano da giorni.\n\nDal caseificio più grande, Franco Pinna, direttore commerciale, spiega la posizione delle aziende.\n\n«Il formaggio si vende meno all’estero.»', 'Il formaggio', 'Franco Pinna', 'direttore commerciale'],
  ['pt: `A dona de casa X Y, de 39 anos, tem …` ¶ `“…”`', '“Sem barco, ficamos ilhados”, disse o pescador José Lima.\n\nA dona de casa Rita Souza, de 41 anos, tem uma filha que se trata na cidade.\n\n“Ou compro o remédio, ou pago a viagem.”', 'Ou compro o remédio', 'Rita Souza', 'dona de casa'],
  ['fr: `Joint par téléphone, il insiste …:` ¶ `« … »`', '« Les tarifs montent », a déclaré Marc Le Goff, élu chargé des transports.\n\nJoint par téléphone, il insiste sur les aides :\n\n« Le tarif des habitants reste le plus bas. »', 'Le tarif des habitants', 'Marc Le Goff', ANY],
  ['fr: `Quant à Mme X, elle …. « … », sourit-elle`: the topic, not the woman quoted last', 'Sur le quai, Anne Riou attend le bateau.\n\n« C’est trop cher », dit Claire Moal, mère de deux enfants.\n\nQuant à Mme Riou, elle garde son calme. « On a connu pire », sourit-elle.', 'On a connu pire', 'Anne Riou', ANY],
  ['de: `Der 68-Jährige betont, er habe …: „…“`', '„Ich habe lange gezögert“, sagt Anton Meier, der die Mühle führt.\n\nDer 68-Jährige betont, er habe eine Bedingung gestellt: „Hier wird weiter gemahlen.“', 'Hier wird weiter', 'Anton Meier', ANY],
  ['counter-case fr: `Le maire Paul Vidal, il …` keeps its own subject (no pronoun reading)', '« Les tarifs montent », a déclaré Marc Le Goff.\n\nLe maire Paul Vidal, lui, répond sans attendre :\n\n« Nous paierons la différence. »', 'Nous paierons', 'Paul Vidal', ANY],
  ['counter-case de: `Der Bürgermeister Karl Weiß sagt:` keeps the name', '„Ich habe lange gezögert“, sagt Anton Meier.\n\nDer Bürgermeister Karl Weiß sagt: „Wir helfen der Mühle.“', 'Wir helfen', 'Karl Weiß', ANY],
];

/** Names: Brazil's `seu`, Catalan articles, Russian patronymics and a body before a name, an Arabic participle and object. */
const NAMES: KindCase[] = [
  ['pt: `disse seu X` is the man named before', '“O rio é a nossa estrada”, resume o pescador Antônio Barros, de 63 anos.\n\n“Agora é canoa particular”, disse seu Antônio, apontando para o cais.', 'Agora é canoa', 'Antônio Barros', 'pescador'],
  ['pt: a gerund after the name is no role', '“O rio é a nossa estrada”, disse Antônio Barros, apontando para o cais.', 'O rio é', 'Antônio Barros', null],
  ['ca: `La X Y presideix …` ¶ `«…»`: the article is no part of the name', 'La Núria Pujol porta l’associació de veïns des de fa anys.\n\n«Hem fet tot el que hem pogut.»', 'Hem fet', 'Núria Pujol', ANY],
  ['ca: `L’X Y, de 22 anys, …` ¶ `«…»`', 'L’Oriol Camps, de 22 anys, forma part de la colla.\n\n«Ho farem igualment.»', 'Ho farem', 'Oriol Camps', null],
  ['ru: `пенсионерка X Y Z` with a patronymic, and `— …, — объясняет пенсионерка`', '— Было четыре рейса, теперь два, — говорит пенсионерка Вера Павловна Лосева.\n\n— Я езжу в город к врачу, — объясняет пенсионерка.', 'Я езжу', 'Вера Павловна Лосева', 'пенсионерка'],
  ['ru: `X Y машет …` ¶ `— …, — говорит она.`: the polite address is the woman named in full', '— Было четыре рейса, теперь два, — говорит пенсионерка Вера Павловна Лосева.\n\nПока паром отходит, Вера Павловна машет рукой.\n\n— Доживём до весны, — говорит она.', 'Доживём', 'Вера Павловна Лосева', ANY],
  ['ru: `Депутат Думы города X Y направил …` ¶ `«…»`', 'Депутат Думы Находки Игорь Соколов написал письмо губернатору.\n\n«Нам нужен второй паром».', 'Нам нужен', 'Игорь Соколов', 'Депутат'],
  ['ar: `قال صاحب المطعم مشيرا إلى …`: the participle is no name', '«الأسعار ارتفعت»، قال صاحب المطعم مشيرا إلى القائمة.', 'الأسعار ارتفعت', DESCRIBED, null],
  ['ar: `هكذا يلخص الطبيب X Y الوضع`: the object is no part of the name', '«المستشفى ممتلئ».\n\nهكذا يلخص الطبيب كريم الحداد الوضع، وهو الذي يعمل هناك منذ سنوات.', 'المستشفى ممتلئ', 'كريم الحداد', ANY],
  ['ar: `يقول الفلاح X بن Y` gives the farmer his role', '«الموسم جيد والسعر ضعيف»، يقول الفلاح الطاهر بن عمر وهو يفرغ أكياسه.', 'الموسم جيد', 'الطاهر بن عمر', 'الفلاح'],
  ['counter-case ru: three words with no patronymic after a role noun are a place and a name, as before', '— Работы нет, — говорит фермер Ключей Пётр Лаптев.', 'Работы нет', 'Пётр Лаптев', ANY],
  ['counter-case it: `La Russa` keeps its article as part of the family name', '«Il governo andrà avanti», ha detto Ignazio La Russa.', 'Il governo', 'Ignazio La Russa', ANY],
];

/** Chinese: a known name opening the sentence before, the paragraph before introducing someone, a sigh as a tag, a long office. */
const CHINESE: KindCase[] = [
  ['zh: `傍晚，X照旧…。“…”`: a name the text gave before needs no evidence again', '“这间铺子比我还老。”店主刘国华说。\n\n傍晚，刘国华照旧把椅子收好。“只要还开一天，我就来一天。”', '只要还开', '刘国华', ANY],
  ['zh: `78岁的X是…。` ¶ `“…”`: the last sentence of the paragraph before', '“这间铺子比我还老。”店主刘国华说。\n\n81岁的孙志强是这里最老的客人，每天早上都来。\n\n“退休以后，我每天都在这里下棋。”', '退休以后', '孙志强', ANY],
  ['zh: `“…”老X叹了口气。`', '“这间铺子比我还老。”店主刘国华说。\n\n“我们每天都来。”一位姓王的顾客说。\n\n“通知上只写了月底。”老刘叹了口气。', '通知上', '刘国华', ANY],
  ['zh: `说这话的是某大学…学院教授X`', '“这间铺子比我还老。”店主刘国华说。\n\n“老街不是一栋房子。”说这话的是西南师范大学历史与文化学院教授马文杰。', '老街不是', '马文杰', '教授'],
  ['ko: `"…" ○○연구소 X 연구원의 말이다`', '시 관계자는 "대책을 검토 중"이라고 밝혔다.\n\n"바다부터 살아야 합니다." 남해수산연구소 김하늘 연구원의 말이다.', '바다부터', '김하늘', '연구원'],
  ['counter-case zh: a sentence before about no one named leaves the quote unnamed', '“这间铺子比我还老。”店主刘国华说。\n\n今年的马拉松吸引了很多游客。\n\n“退休以后，我每天都在这里下棋。”', '退休以后', UNNAMED, null],
];

/** English: a statement's author when the statement is named as the tag. */
const STATEMENT: KindCase[] = [
  ['en: `In a statement on Tuesday, X, general manager of …, said …` ¶ `"…," the statement read.`', 'In a written statement, Joan Pryce, chief executive of the Bay Hotel, said the fence was temporary.\n\n"We have opened a gate on the east side," the statement read.', 'We have opened', 'Joan Pryce', ANY],
  ['counter-case en: a statement no one is said to have issued stays the statement', 'The hotel put out a written statement.\n\n"We have opened a gate on the east side," the statement read.', 'We have opened', UNNAMED, null],
];

/** Second pass over the set: dash lines, offices, a verb-second opening, Japanese and Russian tags. */
const SECOND_PASS: KindCase[] = [
  ['ru: `— …, — сказал депутат` after `Депутат Думы Находки X Y` (a body of two words before the name)', 'Депутат Думы Находки Игорь Соколов написал письмо губернатору.\n\n«Рейсов стало меньше», — сказал капитан Олег Титов.\n\n«Я добиваюсь возврата рейса», — сказал депутат.', 'Я добиваюсь', 'Игорь Соколов', ANY],
  ['ru: `— …, — продолжает она`', '«Рейсов стало меньше», — сказал капитан Олег Титов.\n\n«Мы тут как в осаде». Так описывает жизнь в посёлке Ольга Зимина, мать троих детей.\n\n— Автобус до школы ходит раз в день, — продолжает она.', 'Автобус до школы', 'Ольга Зимина', ANY],
  ['no: an untagged dash line after `X er daglig leder ved Y Z` (a workplace after a preposition is no second person)', '– Kvoten blir halvert, sier fisker Ola Berg.\n\nRune Dahl er daglig leder ved Nordvik Fiskemottak, som har 14 ansatte.\n\n– Uten fangst har vi ingenting å pakke, og da må folk gå hjem.', 'Uten fangst', 'Rune Dahl', ANY],
  ['no: a dash line, then `Det sier X Y (23), …` opening the next paragraph', '– Kvoten blir halvert, sier fisker Ola Berg.\n\nGjelden\n\n– Båten er ikke nedbetalt før om ti år, og med halv kvote går det ikke.\n\nDet sier Sander Berg (23), sønnen til Ola, som overtok en båt i fjor.', 'Båten er ikke', 'Sander Berg', null],
  ['no: `I en e-post skriver rådgiver X Y i departementet:` ¶ `«…»`', '– Kvoten blir halvert, sier fisker Ola Berg.\n\nI en e-post skriver statssekretær Eirik Lund i departementet:\n\n«Regjeringen vil ha en levende kystflåte.»', 'Regjeringen vil', 'Eirik Lund', 'statssekretær'],
  ['ja: `「…」と、牧場を営むX Yさん（５２）は振り返る。`', '「まず牛を守ることしか考えなかった」と、牧場を営む佐藤一郎さん（５２）は振り返る。', 'まず牛を', '佐藤一郎', ANY],
  ['en: `Those are the words of retired teacher X Y, 71, …`', '"It is dead," said one stallholder, who asked not to be named.\n\n"You cannot put a price on a first dance."\n\nThose are the words of retired teacher Ellen Price, 71, who has walked the pier every Sunday since 1980.', 'You cannot put', 'Ellen Price', 'retired teacher'],
  ['es: `El patrón aplaude …. «…»` after someone else spoke', '«Nos roban a todos», resume Xosé Rial, patrón de los pescadores del puerto.\n\n«Hay redes organizadas», dijo el delegado Andrés Paredes.\n\nEl patrón aplaude el plan, aunque con dudas. «Quiero ver primero los barcos nuevos».', 'Quiero ver', 'Xosé Rial', ANY],
  ['fr: `Le maire, lui, réunit …. « … »` after someone else spoke', '« Le bateau, c’est la route », tranche Yann Le Bras, le maire de l’île.\n\n« Les tarifs montent », a déclaré Hervé Morvan.\n\nLe maire, lui, réunit les habitants lundi. « Nous irons tous à Rennes s’il le faut. »', 'Nous irons', 'Yann Le Bras', ANY],
  ['ar: `X الY يملك …` ¶ `«…»`: a name with its family name\'s article, then an imperfect verb, opens the paragraph before', '«الموسم جيد»، قال الفلاح الطاهر بن عمر.\n\nسمير الفاسي يملك مطحنة عند مدخل البلدة منذ سنوات.\n\n«المطاحن تعمل بنصف طاقتها هذا العام».', 'المطاحن تعمل', 'سمير الفاسي', ANY],
  ['counter-case ar: a body opening the sentence is no one', '«الموسم جيد»، قال الفلاح الطاهر بن عمر.\n\nالحكومة تملك الأرض منذ سنوات.\n\n«المطاحن تعمل بنصف طاقتها هذا العام».', 'المطاحن تعمل', UNNAMED, null],
  ['counter-case fa: `یک راننده تاکسی …` (Persian letters) stays someone unnamed', 'یک راننده تاکسی که نخواست نامش فاش شود، گفت: «ما که نمی‌توانیم تعطیل کنیم و کار می‌کنیم.»', 'ما که', UNNAMED, null],
  ['counter-case nl: a body named inside the opening sentence holds no office', '‘Voor de club is het een ramp’, zucht Marc Wouters. De 58-jarige voorzitter van zwemclub De Snelle Vissen zag het ledenaantal dalen. ‘Wie niet kan trainen, stopt.’', 'Wie niet kan', 'Marc Wouters', ANY],
];

kindTable('s27: whose words the sentence after says they were', WORDS_OWNED_AFTER);
kindTable('s27: second pass', SECOND_PASS);

describe('s27: dash lines, counter-case', () => {
  it('an untagged dash line after a paragraph naming two people is no speech', () => {
    const text = '– Kvoten blir halvert, sier fisker Ola Berg.\n\nRune Dahl og Kari Lie driver mottaket sammen ved Nordvik Fiskemottak.\n\n– Uten fangst har vi ingenting å pakke, og da må folk gå hjem.';
    expect(findQuotes(text).map((quote) => quote.text)).toEqual(['Kvoten blir halvert']);
  });
});
kindTable('s27: incises', INCISES);
kindTable('s27: the subject of the sentence before', SUBJECT_BEFORE);
kindTable('s27: names', NAMES);
kindTable('s27: Chinese and Korean', CHINESE);
kindTable('s27: a statement and its author', STATEMENT);
