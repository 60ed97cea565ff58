// Kinds the thirty-second session read (kinds left alone in the twentieth private set, then a twenty-first set of invented
// articles), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const HEARING =
  '“This is a tax on families,” said Rep. Dana Whitfield of Oregon.\n\n' +
  'The loudest testimony came from Maria Lopez, who owns a bakery in Toledo. “Flour costs doubled,” Lopez said.\n\n' +
  'Rep. Tom Lopez, a Texas Republican who is not related to the witness, pressed her. “Have you tried Texas flour?” Tom Lopez asked.\n\n' +
  'Whitfield used her time to defend bakers. “Bread should not be a luxury,” she said.\n\n' +
  'Asked after the hearing whether she would be raising prices this fall regardless of the outcome, Maria Lopez said the decision ' +
  'was already partly made. “Our contracts were signed in May. What comes next is next year’s worry,” she said.';

const STEPS = (opening: string) =>
  'Maria Lopez, the county treasurer, spoke at the hearing. “We have no money left,” she said.\n\n' +
  `${opening}, talking to reporters on the steps of the courthouse, ${opening === 'Lopez' ? '' : 'Lopez '}was sharper: “The state has abandoned us. Nobody should pretend otherwise.”`;

const FIRST_NAME_ONLY =
  'Among the speakers was a bus driver who asked to be identified only by his first name, Marcus, because he feared losing his job.\n\n' +
  '“We were never asked what the new routes would do to us,” he said.\n\n' +
  'Marcus said he would keep driving. “Somebody has to get people to work,” he told the council.';

const VOLUNTEER =
  'His wife, Rosa Diaz, sat with their son a few beds away. “We came for safety,” Rosa Diaz said.\n\n' +
  'A nurse who volunteers at the shelter two nights a week, and who asked that her name not be used because her hospital had ' +
  'not authorized her to speak to reporters, said the crowding was showing in the children. “I see coughs that should have ' +
  'been treated months ago,” the nurse said.';

/**
 * English political copy: a lone adverb and its comma opening the sentence before a colon is no name; a long clause of
 * asking, ending in a preposition's object that is no person, leaves the name after it the sentence's subject (and so
 * whom the next "she" is); "identified only by her first name, X" gives the one name; "asked that her name not be used"
 * withholds it, so the description is no role of the woman named before.
 */
const ENGLISH_ROWS: KindCase[] = [
  ['en: `Afterward, …, Lopez was sharper: “…”` is Lopez', STEPS('Afterward'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Privately, …, Lopez was sharper:` is Lopez', STEPS('Privately'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Lopez, talking to reporters …, was sharper:` is Lopez still', STEPS('Lopez'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Asked … regardless of the outcome, X said …. “…,” she said` is X', HEARING, 'Our contracts', 'Maria Lopez', ANY],
  ['en: the namesake witness is still herself before', HEARING, 'Have you tried', 'Tom Lopez', ANY],
  ['en: `identified only by his first name, Marcus` then “…,” he said` is Marcus', FIRST_NAME_ONLY, 'We were never', 'Marcus', ANY],
  ['en: `Marcus said …. “…,” he told` is Marcus', FIRST_NAME_ONLY, 'Somebody has to', 'Marcus', ANY],
  ['en: `A nurse …, and who asked that her name not be used, …` is no one named', VOLUNTEER, 'I see coughs', UNNAMED, null],
  ['en: the woman named before keeps no nurse’s role', VOLUNTEER, 'We came for safety', 'Rosa Diaz', null],
];
kindTable('English openings, one-name sources and withheld names', ENGLISH_ROWS);

const PARK =
  'Gəncə şəhər icra hakimiyyəti mərkəzi parkın yenidən qurulacağını açıqlayıb. İşlər iyun ayında başlayacaq.\n\n' +
  '"Parkda yeni oyun meydançaları və işıqlandırma olacaq. Ağacların heç biri kəsilməyəcək", - deyə icra hakimiyyətinin mətbuat katibi Nigar Əliyeva bildirib.\n\n' +
  '"Layihə payızda tamamlanacaq", - o əlavə edib.\n\n' +
  'Parkın yaxınlığında çayxana işlədən Samir Quliyev isə narahatdır. "Bir il müştəri olmasa, nə edəcəyəm?" - deyə o soruşur.\n\n' +
  'Memar Leyla Həsənovanın sözlərinə görə, "köhnə fəvvarə bərpa edilməlidir, çünki o şəhərin simvoludur".\n\n' +
  '"Gəncədə belə parklar azdır", - memar vurğulayıb.\n\n' +
  'Uşağı ilə gəzən və adının çəkilməsini istəməyən bir qadın da işlərdən razıdır. "Nəhayət uşaqlar üçün təhlükəsiz yer olacaq", - deyə o bildirib.\n\n' +
  '"Biz iki il gözləmişik", - Samir Quliyev deyib.';

/**
 * Azerbaijani sets the tag after the quote and a dash, the verb last (lang/az.ts): `- deyə <role> X Y bildirib`, `- o əlavə
 * edib` (o: he or she, the latest subject, which a Turkic topic particle `isə` may mark however long the words before it),
 * `- memar vurğulayıb` (the one the text gave that office), `X-ın sözlərinə görə, "…"` (the name in the genitive), and
 * `bir qadın` brought in unnamed.
 */
const AZERBAIJANI_ROWS: KindCase[] = [
  ['az: `- deyə <role> X Y bildirib` is X Y with the role', PARK, 'Parkda yeni', 'Nigar Əliyeva', 'mətbuat katibi'],
  ['az: `- o əlavə edib` is the one quoted just before', PARK, 'Layihə payızda', 'Nigar Əliyeva', ANY],
  ['az: `… X Y isə …. "…" - deyə o soruşur` is X Y', PARK, 'Bir il müştəri', 'Samir Quliyev', null],
  ['az: `Memar X Yanın sözlərinə görə, "…"` is X Y, the office off the name', PARK, 'köhnə fəvvarə', 'Leyla Həsənova', ANY],
  ['az: `- memar vurğulayıb` is the architect named before', PARK, 'Gəncədə belə', 'Leyla Həsənova', ANY],
  ['az: `bir qadın …. "…" - deyə o bildirib` is no one named', PARK, 'Nəhayət uşaqlar', UNNAMED, null],
  ['az: `- X Y deyib` is X Y', PARK, 'Biz iki il', 'Samir Quliyev', ANY],
  ['en: a family name ending like the genitive keeps it (counter-case)', '“We will appeal,” said Daniel Levin, the tenants’ lawyer.', 'We will appeal', 'Daniel Levin', ANY],
];
kindTable('Azerbaijani tags after the quote', AZERBAIJANI_ROWS);

const BRIDGE =
  'Шымкент қаласында Бадам өзені арқылы өтетін ескі көпірді жөндеу басталды. Жұмыс күзге дейін созылады.\n\n' +
  '«Көпір елу жыл бұрын салынған, оның тіректері әлсіреп қалды. Жөндеусіз оны пайдалану қауіпті», – деді қала әкімінің орынбасары Нұрлан Бекенов.\n\n' +
  'Қазір Шымкент маңында көпірлер аз. 1998 жылы Ақсу шатқалындағы су тасқыны бірнеше көпірді бұзған еді.\n\n' +
  'Көпірдің жанында тұратын 45 жастағы Айгүл Серікова балаларын мектепке апару қиындағанын айтады.\n\n' +
  '«Енді мектепке жету үшін бір сағат кетеді. Автобус та сирек жүреді», – дейді ол.\n\n' +
  'Зейнеткер Болат Ахметов болса жөндеуді құптайды. «Бұл көпірді әкем салысқан. Оның қайта жасалғанын көргім келеді», – деп еске алады ол.\n\n' +
  'Жобаның бас инженері Серік Омаров жұмыс кестесін түсіндірді. Бас инженер тұрғындарға өтініш те білдірді: «Құрылыс алаңына жақындамаңыздар, онда ауыр техника жұмыс істейді».\n\n' +
  'Әкімдік тұрғындарға хабарлады: «Жиналыс келесі сейсенбіде мектепте болады, барлық тұрғындар шақырылады».';

/**
 * Kazakh: a time word opening a sentence before a place (`Қазір <city> маңында`) and a place's name before its noun or in the
 * locative adjective are no one; a full name in the nominative deep in its sentence, or before `болса`, is its subject and the
 * one a later `– дейді ол` stands for; `Бас инженер … білдірді: «…»` is the engineer named before, a body (`Әкімдік`) no one.
 */
const KAZAKH_ROWS: KindCase[] = [
  ['kk: `… тұратын 45 жастағы X Y … айтады.` then `– дейді ол` is X Y', BRIDGE, 'Енді мектепке', 'Айгүл Серікова', ANY],
  ['kk: `Зейнеткер X Y болса …. «…», – деп еске алады ол` is X Y, the trade off the name', BRIDGE, 'Бұл көпірді', 'Болат Ахметов', 'зейнеткер'],
  ['kk: `Бас инженер … білдірді: «…»` is the chief engineer named before', BRIDGE, 'Құрылыс алаңына', 'Серік Омаров', ANY],
  ['kk: `Әкімдік тұрғындарға хабарлады: «…»` is no one (counter-case)', BRIDGE, 'Жиналыс келесі', UNNAMED, null],
  ['kk: `– деді <role> X Y.` is still X Y', BRIDGE, 'Көпір елу', 'Нұрлан Бекенов', ANY],
];
kindTable('Kazakh subjects inside the sentence, places and offices', KAZAKH_ROWS);

const RENT =
  'Einer, der sich beraten lässt, ist Karl Winter. Der 51-Jährige wohnt seit Jahren in Plagwitz. „Im Mai kam die Erhöhung“, erzählt der Koch.\n\n' +
  'Gegen die Erhöhung hat er Einspruch erhoben, bisher ohne Antwort. „Die Verwaltung sagte nur: ‚Dann ziehen Sie halt aus.‘ Mehr nicht.“\n\n' +
  'Dresdens Bürgermeisterin für Umwelt, Anna Winter (Grüne), die mit dem Mieter nicht verwandt ist, verteidigte die Regel. „Wir schützen damit Tausende Haushalte“, sagte sie.\n\n' +
  '„Die Kosten steigen für alle“, sagte Hans Meister, Vorsitzender des Eigentümervereins.\n\n' +
  'Petra Lang vom Mieterverein berät jede Woche Dutzende Mieter. „Viele wissen nicht, dass sie widersprechen dürfen“, sagt sie.\n\n' +
  'Im Stadtrat wurde der Antrag vertagt.\n\n' +
  'Ganz andere Sorgen hat eine 81-jährige Witwe aus Lindenau, die ihren Namen nicht in der Zeitung lesen möchte. Sie wohnt allein im dritten Stock, ihre Rente ist klein. „Ich lebe hier seit 1969. Wenn die Miete steigt, muss ich beim Essen sparen.“\n\n' +
  'Karl Winter will nun klagen. Genau dazu rät auch Lang. „Wir empfehlen jedem, den Vertrag prüfen zu lassen.“';

/**
 * German: a pronoun right after the verb (`Gegen die Erhöhung hat er …`) and a name after `Genau dazu rät auch` are the
 * sentence's subject; a city's genitive before a long office (`Dresdens Bürgermeisterin`) is no name, while a short role noun
 * may be a family name (`Hans Meister`); a new person after the verb (`Ganz andere Sorgen hat eine Witwe …`) is someone unnamed.
 */
const GERMAN_ROWS: KindCase[] = [
  ['de: `Gegen die Erhöhung hat er …. „…“` is the man named before', RENT, 'Die Verwaltung sagte', 'Karl Winter', ANY],
  ['de: `<City>s Bürgermeisterin …, X Y (Grüne), …. „…“, sagte sie.` is X Y', RENT, 'Wir schützen damit', 'Anna Winter', ANY],
  ['de: `sagte Hans Meister, Vorsitzender …` keeps the family name (counter-case)', RENT, 'Die Kosten steigen', 'Hans Meister', ANY],
  ['de: `Ganz andere Sorgen hat eine Witwe …, die ihren Namen nicht …` is no one named', RENT, 'Ich lebe hier', UNNAMED, null],
  ['de: `Genau dazu rät auch Lang. „…“` is Lang', RENT, 'Wir empfehlen jedem', 'Petra Lang', ANY],
];
kindTable('German subjects after the verb, offices of a city, unnamed after the verb', GERMAN_ROWS);
