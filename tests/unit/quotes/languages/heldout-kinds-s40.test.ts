// Kinds the thirty-second session read (kinds left alone in the twentieth private set, then a twenty-first set of invented
// articles), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const HEARING =
  '“This is a tax on families,” said Rep. Dana Whitfield of Oregon.\n\n' +
  'The loudest testimony came from Maria Lopez, who owns a bakery in Toledo. “Flour costs doubled,” Lopez said.\n\n' +
  'Rep. Tom Lopez, a Texas Republican and no kin of the baker, questioned her. “Have you tried Texas flour?” Tom Lopez asked.\n\n' +
  'Whitfield used her time to defend bakers. “Bread should not be a luxury,” she said.\n\n' +
  'Asked once the session ended whether her loaves would cost more by winter whatever the result of the vote, Maria Lopez said she ' +
  'had mostly settled it. “Our contracts were signed in May. Whatever follows belongs to next spring,” she said.';

const STEPS = (opening: string) =>
  'Maria Lopez, the county treasurer, spoke at the hearing. “We have no money left,” she said.\n\n' +
  `${opening}, talking to reporters on the steps of the courthouse, ${opening === 'Lopez' ? '' : 'Lopez '}was sharper: “The state has abandoned us. Nobody should pretend otherwise.”`;

const FIRST_NAME_ONLY =
  'Among the speakers was a bus driver who wanted to be identified by his first name only, Marcus, fearing for his job.\n\n' +
  '“We were never asked what the new routes would do to us,” he said.\n\n' +
  'Marcus said he would keep driving. “Somebody has to get people to work,” he told the council.';

const VOLUNTEER =
  'His wife, Rosa Diaz, sat with their son a few beds away. “We came for safety,” Rosa Diaz said.\n\n' +
  'A nurse who helps out at the clinic on Sundays, and who asked that her name not be printed since her employer forbids ' +
  'interviews, said the children were paying for the crowding. “I see coughs that should have been treated long ago,” the ' +
  'nurse said.';

/**
 * English political copy: a lone adverb and its comma opening the sentence before a colon is no name; a long clause of
 * asking, ending in a preposition's object that is no person, leaves the name after it the sentence's subject (and so
 * whom the next "she" is); "identified by his first name only, X" gives the one name; "asked that her name not be printed"
 * withholds it, so the description is no role of the woman named before.
 */
const ENGLISH_ROWS: KindCase[] = [
  ['en: `Afterward, …, Lopez was sharper: “…”` is Lopez', STEPS('Afterward'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Privately, …, Lopez was sharper:` is Lopez', STEPS('Privately'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Lopez, talking to reporters …, was sharper:` is Lopez still', STEPS('Lopez'), 'The state has abandoned', 'Maria Lopez', ANY],
  ['en: `Asked … whatever the result of the vote, X said …. “…,” she said` is X', HEARING, 'Our contracts', 'Maria Lopez', ANY],
  ['en: the namesake witness is still herself before', HEARING, 'Have you tried', 'Tom Lopez', ANY],
  ['en: `identified by his first name only, Marcus` then “…,” he said` is Marcus', FIRST_NAME_ONLY, 'We were never', 'Marcus', ANY],
  ['en: `Marcus said …. “…,” he told` is Marcus', FIRST_NAME_ONLY, 'Somebody has to', 'Marcus', ANY],
  ['en: `A nurse …, and who asked that her name not be printed, …` is no one named', VOLUNTEER, 'I see coughs', UNNAMED, null],
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
  'Uşağı ilə parkda gəzən bir qadın da işlərdən razıdır. "Nəhayət uşaqlar üçün təhlükəsiz yer olacaq", - deyə o bildirib.\n\n' +
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
  'Зейнеткер Болат Ахметов болса жөндеуді құптайды. «Бұл көпірді әкем салысқан. Оның қайта жасалғанын көргім келеді», – деп айтады ол.\n\n' +
  'Жобаның бас инженері Серік Омаров жұмыс кестесін түсіндірді. Бас инженер жұртқа былай деді: «Құрылыс алаңына жақындамаңыздар, онда ауыр техника жұмыс істейді».\n\n' +
  'Әкімдік тұрғындарға хабарлады: «Жиналыс келесі сейсенбіде мектепте болады, барлық тұрғындар шақырылады».';

/**
 * Kazakh: a time word opening a sentence before a place (`Қазір <city> маңында`) and a place's name before its noun or in the
 * locative adjective are no one; a full name in the nominative deep in its sentence, or before `болса`, is its subject and the
 * one a later `– дейді ол` stands for; `Бас инженер … деді: «…»` is the engineer named before, a body (`Әкімдік`) no one.
 */
const KAZAKH_ROWS: KindCase[] = [
  ['kk: `… тұратын 45 жастағы X Y … айтады.` then `– дейді ол` is X Y', BRIDGE, 'Енді мектепке', 'Айгүл Серікова', ANY],
  ['kk: `Зейнеткер X Y болса …. «…», – деп айтады ол` is X Y, the trade off the name', BRIDGE, 'Бұл көпірді', 'Болат Ахметов', 'зейнеткер'],
  ['kk: `Бас инженер … деді: «…»` is the chief engineer named before', BRIDGE, 'Құрылыс алаңына', 'Серік Омаров', ANY],
  ['kk: `Әкімдік тұрғындарға хабарлады: «…»` is no one (counter-case)', BRIDGE, 'Жиналыс келесі', UNNAMED, null],
  ['kk: `– деді <role> X Y.` is still X Y', BRIDGE, 'Көпір елу', 'Нұрлан Бекенов', ANY],
];
kindTable('Kazakh subjects inside the sentence, places and offices', KAZAKH_ROWS);

const RENT =
  'Zu den Ratsuchenden gehört Karl Winter. Der 51-Jährige wohnt seit Jahren in Plagwitz. „Im Mai kam das Schreiben“, erzählt der Koch.\n\n' +
  'Für seinen Einspruch hat er drei Wochen gebraucht, eine Antwort fehlt. „Die Verwaltung meinte nur: ‚Dann suchen Sie sich was anderes.‘ Mehr nicht.“\n\n' +
  'Dresdens Bürgermeisterin für Umwelt, Anna Winter (Grüne), keine Verwandte des Kochs, verteidigte die Regel. „Wir schützen damit Tausende Haushalte“, sagte sie.\n\n' +
  '„Die Kosten steigen für alle“, sagte Hans Meister, Vorsitzender des Eigentümervereins.\n\n' +
  'Petra Lang vom Mieterverein berät jede Woche Dutzende Mieter. „Viele wissen nicht, dass sie widersprechen dürfen“, sagt sie.\n\n' +
  'Im Stadtrat wurde der Antrag vertagt.\n\n' +
  'Größere Sorgen hat eine 81-jährige Witwe aus Lindenau, die anonym bleiben will. Sie wohnt allein im dritten Stock, ihre Rente ist klein. „Ich lebe hier seit 1969. Wenn die Miete steigt, muss ich beim Essen sparen.“\n\n' +
  'Karl Winter will nun klagen. Genau dazu drängt auch Lang. „Wir empfehlen jedem, den Vertrag prüfen zu lassen.“';

/**
 * German: a pronoun right after the verb (`Für seinen Einspruch hat er …`) and a name after `Genau dazu drängt auch` are the
 * sentence's subject; a city's genitive before a long office (`Dresdens Bürgermeisterin`) is no name, while a short role noun
 * may be a family name (`Hans Meister`); a new person after the verb (`Größere Sorgen hat eine Witwe …`) is someone unnamed.
 */
const GERMAN_ROWS: KindCase[] = [
  ['de: `Für seinen Einspruch hat er …. „…“` is the man named before', RENT, 'Die Verwaltung meinte', 'Karl Winter', ANY],
  ['de: `<City>s Bürgermeisterin …, X Y (Grüne), …. „…“, sagte sie.` is X Y', RENT, 'Wir schützen damit', 'Anna Winter', ANY],
  ['de: `sagte Hans Meister, Vorsitzender …` keeps the family name (counter-case)', RENT, 'Die Kosten steigen', 'Hans Meister', ANY],
  ['de: `Größere Sorgen hat eine Witwe …, die anonym bleiben will` is no one named', RENT, 'Ich lebe hier', UNNAMED, null],
  ['de: `Genau dazu drängt auch Lang. „…“` is Lang', RENT, 'Wir empfehlen jedem', 'Petra Lang', ANY],
];
kindTable('German subjects after the verb, offices of a city, unnamed after the verb', GERMAN_ROWS);

const WORKS =
  'Pelas sete horas, enquanto as máquinas rasgam o asfalto do Largo do Rato, Ana Tavares já tomou o pequeno-almoço. ' +
  '«Desde março que não durmo descansada», lamenta-se a pensionista de 71 anos, que vive no prédio da esquina.\n\n' +
  'Na comissão de moradores o tom é outro. «Em 2021 garantiram-nos “meio ano de estaleiro” e lá vão dois anos», ' +
  'recorda o presidente da comissão, Paulo Mendes Cardoso, professor aposentado.';

const FLOOD =
  'Carmen Ruiz, de 61 años, todavía no ha repintado la fachada. «El barro subió hasta la rodilla. Se fue todo», recuerda mientras barre el suelo de la mercería que lleva desde 1994.\n\n' +
  'Medio año más tarde la tienda funciona otra vez, aunque sin beneficios. Ruiz lo resume así: «Hemos gastado 30.000 euros en reabrir y de la administración solo hemos visto 5.000».\n\n' +
  'El consejero de Economía, Andrés Ruiz —ninguna relación con la tendera—, justificó el lunes los plazos: «Hemos pagado casi todas las ayudas solicitadas».';

/**
 * Portuguese reflexive verbs in the present after a quote (`», lamenta-se a pensionista`) and `recorda`; Spanish object pronouns
 * between the subject and its verb (`X lo resume así:`) and dashes set against an aside's words (`X —ninguna relación con Y—, justificó`).
 */
const ROMANCE_ROWS: KindCase[] = [
  ['pt: `», lamenta-se a pensionista de 71 anos, …` is the woman named before', WORKS, 'Desde março', 'Ana Tavares', ANY],
  ['pt: `», recorda o presidente da comissão, X Y Z,` is X Y Z', WORKS, 'Em 2021 garantiram', 'Paulo Mendes Cardoso', 'presidente'],
  ['es: `Ruiz lo resume así: «…»` is the Ruiz named before', FLOOD, 'Hemos gastado', 'Carmen Ruiz', ANY],
  ['es: `El consejero …, X Y —ninguna relación con …—, justificó …: «…»` is X Y', FLOOD, 'Hemos pagado', 'Andrés Ruiz', 'consejero'],
];
kindTable('Portuguese reflexive tags, Spanish clitics and dashed asides', ROMANCE_ROWS);

const STATEHOUSE =
  'Rancher Cole Haverty has doubts. Cattle have grazed his land since 1920. “If the well drops, I’m finished,” said Haverty, 58.\n\n' +
  'Secretary of the Commonwealth Irene Vasquez, whose office runs elections, released a statement. “No voter should lose a ballot over a typo,” Vasquez said.\n\n' +
  'State Sen. Paul Dembski, R-Oak Lawn, whose district has two rail lines, said his voters pay enough. “My voters drive. Every toll is theirs already,” he said.\n\n' +
  'Ruth Akana, chairwoman of the Kalani Valley Tribe, travelled two hours for the meeting. Later, outside, she said it plainly: “This valley was ours first.”\n\n' +
  'Sen. Dana Castel pressed the admiral. “You cannot change the plans halfway through a hull,” she said.\n\n' +
  'Then came the sharpest remark of the day, from Sen. Wes Marlow, R-Ind., silent until then: “Do we want vessels or slideshows?”\n\n' +
  'County steps in\n\n' +
  'Pinellas County Commissioner Andre Toussaint, whose ward covers the coast, has proposed a loan fund. Toussaint summed it up: “The state fixed the insurers’ problem, not ours.”';

/**
 * English political copy: an occupation opening a three-word run (`Rancher X Y`), `Secretary of the Commonwealth X Y`, a party
 * letter and home town after a lawmaker (`R-Oak Lawn`), a tribe's name beside its chairwoman, words that "came from" someone
 * before a colon, and a section heading ending in a preposition right before a paragraph's first name.
 */
const ENGLISH_NAMES_ROWS: KindCase[] = [
  ['en: `Rancher X Y …. “…,” said Y` is X Y, a rancher', STATEHOUSE, 'If the well drops', 'Cole Haverty', 'rancher'],
  ['en: `Secretary of the Commonwealth X Y` is X Y with that office', STATEHOUSE, 'No voter should', 'Irene Vasquez', 'Secretary of the Commonwealth'],
  ['en: `State Sen. X Y, R-Oak Lawn, … “…,” he said` is X Y', STATEHOUSE, 'My voters drive', 'Paul Dembski', ANY],
  ['en: `X, chairwoman of the Y Tribe, …. …, she said it plainly:` is X', STATEHOUSE, 'This valley was ours', 'Ruth Akana', ANY],
  ['en: `Then came the sharpest remark …, from Sen. X Y, R-Ind., …:` is X Y', STATEHOUSE, 'Do we want', 'Wes Marlow', ANY],
  ['en: a heading ending in `in` before `County Commissioner X Y` leaves X Y', STATEHOUSE, 'The state fixed', 'Andre Toussaint', 'commissioner'],
  ['en: the senator before is still herself (counter-case)', STATEHOUSE, 'You cannot change', 'Dana Castel', ANY],
];
kindTable('English names beside offices, party tags, tribes and headings', ENGLISH_NAMES_ROWS);

const FISH_MARKET =
  'في سوق الأنفوشي، وقف الحاج فتحي السيد عوض، صاحب محل أسماك منذ خمسة عشر عامًا، أمام الميزان يراقب الزبائن. وقال لـ«صوت الإسكندرية»: «الأسعار زادت الضعف في شهر واحد. الناس بتشتري نص الكمية».\n\n' +
  'وأضاف: «إحنا بنخسر كل يوم، ومحدش بيسأل فينا».\n\n' +
  'وبحسب رامي عبد الحميد، عضو شعبة الأسماك بالغرفة التجارية، فإن «نصف المحلات في السوق مهددة بالإغلاق قبل الصيف».\n\n' +
  '«الحكومة لازم تتدخل وتحدد سعر عادل للجملة»، يقول عبد الحميد.';

/**
 * Arabic: after an opening place, a past verb and the name with its form of address (`في سوق X، وقف الحاج Y Z،`) is the subject
 * the next `وقال لـ«…»:` and `وأضاف:` stand for; `وبحسب X Y` is no part of the name a later short form stands for.
 */
const ARABIC_ROWS: KindCase[] = [
  ['ar: `في سوق X، وقف الحاج Y، … وقال لـ«…»: «…»` is Y', FISH_MARKET, 'الأسعار زادت', 'فتحي السيد عوض', ANY],
  ['ar: `وأضاف: «…»` is the same man', FISH_MARKET, 'إحنا بنخسر', 'فتحي السيد عوض', ANY],
  ['ar: `«…»، يقول عبد الحميد` after `وبحسب رامي عبد الحميد،` is the full name without وبحسب', FISH_MARKET, 'الحكومة لازم', 'رامي عبد الحميد', ANY],
];
kindTable('Arabic subjects after a place and a past verb, according-to before a name', ARABIC_ROWS);

const BUSES =
  'У Гомелі скарацілі тры аўтобусныя маршруты. Жыхары незадаволеныя.\n\n' +
  '«Раніцай чакаю аўтобус паўгадзіны, а потым не магу ў яго ўціснуцца», — кажа Марына.\n\n' +
  'Намеснік дырэктара аўтапарка Сяргей Калеснік у эфіры мясцовага радыё заявіў: «Мы закрываем толькі лініі, што ідуць побач з іншымі».\n\n' +
  '«Мы павысілі заробкі вадзіцелям, — сказаў чыноўнік, — але людзей усё роўна не хапае».\n\n' +
  'Пенсіянерка з Валатавы, якая не хоча, каб друкавалі яе імя, распавядае, што цяпер ходзіць пешшу. «Да паліклінікі мне ісці два кіламетры, зімой гэта цяжка», — кажа жанчына.';

const ESTUARY =
  '«Lehen ez genuen ibaian igeri egin nahi. Ura beltza zen», gogoratu du Jon Etxabe Zornotzako Arraun Elkarteko presidenteak.\n\n' +
  'Maite Irazabal Durangoko Ingurumen zinegotziak asteartean datuak eman zituen. «Hamar hodi itxi ditugu aurten», esan zuen prentsaurrekoan.';

/**
 * Belarusian, read with Russian and Ukrainian: its verbs (`кажа`, `заявіў`, `сказаў`), offices (`Намеснік дырэктара`) and a
 * withheld name (`якая не хоча, каб друкавалі яе імя`); Basque: a body in the local genitive after the name (`X Y Zornotzako
 * Arraun Elkarteko presidenteak`) is no part of it.
 */
const BELARUSIAN_BASQUE_ROWS: KindCase[] = [
  ['be: `», — кажа X.` is X', BUSES, 'Раніцай чакаю', 'Марына', ANY],
  ['be: `Намеснік дырэктара … X Y … заявіў: «…»` is X Y, deputy director', BUSES, 'Мы закрываем', 'Сяргей Калеснік', 'намеснік'],
  ['be: `— сказаў чыноўнік, —` is the official named before', BUSES, 'Мы павысілі', 'Сяргей Калеснік', ANY],
  ['be: `Пенсіянерка …, якая не хоча, каб друкавалі яе імя, …` is no one named', BUSES, 'Да паліклінікі', UNNAMED, null],
  ['eu: `», gogoratu du X Y Zornotzako Arraun Elkarteko presidenteak` is X Y', ESTUARY, 'Lehen ez genuen', 'Jon Etxabe', ANY],
  ['eu: `X Y Durangoko Ingurumen zinegotziak … «…», esan zuen` is X Y', ESTUARY, 'Hamar hodi', 'Maite Irazabal', ANY],
  ['en: a family name ending in -ko after a patronymic stays whole (counter-case)', '“We will open the school in autumn,” said Taras Petrovych Bojko, the head teacher.', 'We will open', 'Taras Petrovych Bojko', ANY],
];
kindTable('Belarusian verbs, offices and withheld names; Basque bodies after the name', BELARUSIAN_BASQUE_ROWS);

const LAKESIDE =
  'पोखराको लेकसाइडमा रामबहादुर गुरुङको होटल छ । ३० वर्षदेखि होटल चलाउने गुरुङको ढोकाअगाडि अहिले धुलो र गिट्टी छ ।\n\n' +
  '‘पर्यटकहरू यता फर्किँदैनन् । गत वर्ष सबै कोठा भरिएका थिए, यो वर्ष आधा खाली छन्,’ गुरुङले भने ।\n\n' +
  'सडक निर्माणका प्रमुख दीपक श्रेष्ठ ढिलाइको दोष बर्खालाई दिन्छन् । ‘हामी असोजभित्र काम सक्छौं,’ उनले थपे ।\n\n' +
  'नगरकी मेयर सीता पौडेल व्यापारीको माग उचित भएको बताउँछिन् । ‘हामीले वैकल्पिक सडकका लागि निवेदन पठाएका छौं,’ मेयरले भनिन् ।';

/**
 * Nepali, read as Hindi (lang/ne.ts): the agent ले and the genitive का are written on the word (`गुरुङले भने`), a lone family
 * name is the one the text wrote in full with a postposition on it (`X Yको होटल`), `उनले थपे` is the latest subject, and an
 * office with the agent (`मेयरले भनिन्`) is the one the text introduced with it.
 */
const NEPALI_ROWS: KindCase[] = [
  ['ne: `’ गुरुङले भने ।` is the X गुरुङ written in full before', LAKESIDE, 'पर्यटकहरू यता', 'रामबहादुर गुरुङ', null],
  ['ne: `<role> X Y … बताउँछन् ।` then `’ उनले थपे ।` is X Y', LAKESIDE, 'हामी असोजभित्र', 'दीपक श्रेष्ठ', 'प्रमुख'],
  ['ne: `’ मेयरले भनिन् ।` is the mayor named before', LAKESIDE, 'हामीले वैकल्पिक', 'सीता पौडेल', ANY],
  ['hi: Hindi `X ने कहा` is still read (counter-case)', 'जिलाधिकारी राजेश वर्मा ने कहा, “सड़क का काम अगले महीने पूरा होगा।”', 'सड़क का काम', 'राजेश वर्मा', ANY],
];
kindTable('Nepali agents and postpositions on the word', NEPALI_ROWS);

const MARKET =
  'విజయవాడ, మార్చి 4: పాత బస్టాండ్ సమీపంలోని కూరగాయల మార్కెట్‌లో దుకాణాలను సిబ్బంది మంగళవారం తొలగించారు.\n\n' +
  'మార్కెట్ గేటు దగ్గర నిలబడిన గుంటుపల్లి సరోజ (48) బాధతో కనిపించారు. “పదేళ్లుగా ఇక్కడే కూరగాయలు అమ్ముతున్నాను. ఇక నా బతుకు ఏమిటి?” అని ఆమె అడిగారు.\n\n' +
  'ఆమె భర్త, ఆటో డ్రైవర్ గుంటుపల్లి రమేశ్ (52) కూడా వచ్చారు. “మాకు ఏ సమాచారమూ రాలేదు,” అని రమేశ్ విమర్శించారు.\n\n' +
  'నగరపాలక సంస్థ కమిషనర్ దేవరపల్లి వెంకట రావు పత్రికలకు వివరాలు ఇచ్చారు. “రెండు నెలల ముందే ప్రకటన చేశాం. కొత్త మార్కెట్‌లో అందరికీ స్థలం ఇస్తాం,” అని కమిషనర్ వివరించారు.\n\n' +
  'వెంకట రావు ఇలా చెప్పారు: “వచ్చే వారం నుంచి కొత్త దుకాణాల పంపిణీ మొదలవుతుంది.”';

const STAND =
  'തൃശൂർ ശക്തൻ സ്റ്റാൻഡിലെ കടകൾ ഒഴിപ്പിക്കാനുള്ള നീക്കം വ്യാപാരികളെ ആശങ്കയിലാക്കി.\n\n' +
  'പഴക്കട നടത്തുന്ന വർക്കി തോമസ് കഴിഞ്ഞ മുപ്പതു വർഷമായി ഇവിടെയുണ്ട്. “ഈ കട ഇല്ലെങ്കിൽ കുടുംബം പട്ടിണിയാകും. ഇനി എവിടെ പോകും?” അദ്ദേഹം ആരാഞ്ഞു.\n\n' +
  'വർക്കിയുടെ അനിയൻ ജോണി തോമസിനും ഇതേ ആശങ്കയാണ്. “ഒരു അറിയിപ്പും ആരും തന്നിട്ടില്ല,” ജോണി വിമർശിച്ചു.\n\n' +
  '“പുതിയ സ്റ്റാൻഡിൽ എല്ലാവർക്കും കട നൽകും,” കോർപറേഷൻ സെക്രട്ടറി എം.കെ. രാജൻ പറഞ്ഞു.';

/**
 * Telugu and Malayalam, read as Tamil (lang/dravidian.ts): `,” అని ఆమె అడిగారు.` after a sentence naming a woman with her age,
 * `,” అని X విమర్శించారు.` with a given name the text wrote after the family name, an office (`అని కమిషనర్ వివరించారు`), a
 * three-word name's last two (`వెంకట రావు ఇలా చెప్పారు:`); Malayalam with no quotative (`” അദ്ദേഹം ആരാഞ്ഞു.`, `” <office>
 * എം.കെ. X പറഞ്ഞു.`, initials run together).
 */
const SOUTH_INDIAN_ROWS: KindCase[] = [
  ['te: `… నిలబడిన X Y (48) …. “…” అని ఆమె అడిగారు.` is X Y', MARKET, 'పదేళ్లుగా', 'గుంటుపల్లి సరోజ', null],
  ['te: `,” అని రమేశ్ విమర్శించారు.` is the X రమేశ్ written in full before', MARKET, 'మాకు ఏ', 'గుంటుపల్లి రమేశ్', ANY],
  ['te: `,” అని కమిషనర్ వివరించారు.` is the commissioner named before', MARKET, 'రెండు నెలల', 'దేవరపల్లి వెంకట రావు', 'కమిషనర్'],
  ['te: `వెంకట రావు ఇలా చెప్పారు: “…”` is the three-word name', MARKET, 'వచ్చే వారం', 'దేవరపల్లి వెంకట రావు', ANY],
  ['ml: `… നടത്തുന്ന X Y …. “…” അദ്ദേഹം ആരാഞ്ഞു.` is X Y', STAND, 'ഈ കട ഇല്ലെങ്കിൽ', 'വർക്കി തോമസ്', null],
  ['ml: `,” <office> എം.കെ. X പറഞ്ഞു.` is the initials and name', STAND, 'പുതിയ സ്റ്റാൻഡിൽ', 'എം.കെ. രാജൻ', 'സെക്രട്ടറി'],
];
kindTable('Telugu and Malayalam tags after the quote', SOUTH_INDIAN_ROWS);

const LIBRARY =
  'Dywedodd deiliad portffolio llyfrgelloedd y cyngor, y Cynghorydd Alun Parri: “Rydyn ni’n gweld mwy o ddarllenwyr bob blwyddyn.”\n\n' +
  'Mae rheolwraig y llyfrgell, Nia Hughes, yn cefnogi’r syniad. “Mae’r silffoedd yn llawn ers misoedd,” meddai hi.\n\n' +
  'Mae Dafydd Hughes – nid yw’n perthyn i’r rheolwraig – yn gadeirydd grŵp darllen Treforys. “Rydyn ni’n falch o’r llyfrgell,” meddai.';

const GUARD =
  'Mirosław Kubacki, rzecznik straży miejskiej, mówi, że kontrole są codziennie.\n\n' +
  'Rzecznik zaznacza jednak, że kar jest coraz więcej. „Od października nałożyliśmy już dwieście kar, a sezon grzewczy trwa”.';

/**
 * Welsh puts the verb first (lang/cy.ts): `Dywedodd <role>, y Cynghorydd X Y: “…”`, `,” meddai hi.` after `Mae <role>, X Y, yn …`,
 * and `Mae X Y – … – yn …. “…,” meddai.` (`Mae`, "is", no part of the name); Polish: an office no family name shares, opening
 * the sentence (`Rzecznik zaznacza …`), is the one named with it before.
 */
const WELSH_POLISH_ROWS: KindCase[] = [
  ['cy: `Dywedodd <role>, y Cynghorydd X Y: “…”` is X Y', LIBRARY, 'Rydyn ni’n gweld', 'Alun Parri', 'portffolio'],
  ['cy: `Mae <role>, X Y, yn …. “…,” meddai hi.` is X Y', LIBRARY, 'Mae’r silffoedd', 'Nia Hughes', ANY],
  ['cy: `Mae X Y – … – yn …. “…,” meddai.` is X Y', LIBRARY, 'Rydyn ni’n falch', 'Dafydd Hughes', ANY],
  ['pl: `Rzecznik zaznacza …. „…”` is the spokesman named before', GUARD, 'Od października', 'Mirosław Kubacki', 'rzecznik'],
];
kindTable('Welsh verbs first, a Polish office opening the sentence', WELSH_POLISH_ROWS);

const POWER =
  'د کندهار ښار په ځینو برخو کې د برېښنا ستونزه زیاته شوې ده.\n\n' +
  'د مېوې پلورونکی عبدالرحمن نورزی وايي: «زموږ دوکان ورځ کې یوازې دوه ساعته برېښنا لري، مېوه مو خرابېږي.»\n\n' +
  '«هره اونۍ زیان کوو،» هغه وویل.\n\n' +
  'ضیاالحق وردګ، د برېښنا ادارې ویاند، وویل: «موږ نوي ترانسفارمرونه راوړي دي.»\n\n' +
  '«ستونزه به تر دوبي حل شي،» د ادارې ویاند وویل.';

/**
 * Pashto sets the verb last (lang/ps.ts): `<role> X Y وايي: «…»`, `«…،» هغه وویل.` (he said), `X Y، <role>، وویل: «…»` and
 * `«…،» د ادارې ویاند وویل.` (the office's spokesman, the one the text gave that office).
 */
const PASHTO_ROWS: KindCase[] = [
  ['ps: `<role> X Y وايي: «…»` is X Y', POWER, 'زموږ دوکان', 'عبدالرحمن نورزی', 'پلورونکی'],
  ['ps: `«…،» هغه وویل.` is the man quoted before', POWER, 'هره اونۍ', 'عبدالرحمن نورزی', ANY],
  ['ps: `X Y، <role>، وویل: «…»` is X Y', POWER, 'موږ نوي', 'ضیاالحق وردګ', 'ویاند'],
  ['ps: `«…،» د ادارې ویاند وویل.` is the spokesman named before', POWER, 'ستونزه به', 'ضیاالحق وردګ', ANY],
];
kindTable('Pashto tags with the verb last', PASHTO_ROWS);

const GRAIN =
  'Farashin shinkafa ya tashi a kasuwar Rimi da ke Katsina.\n\n' +
  'Malam Musa Danjuma, wanda ke sayar da hatsi tun shekaru goma, ya ce: “Jama’a ba sa iya saye yanzu. Muna zaune ne kawai.”\n\n' +
  'Ya ƙara da cewa: “Idan farashin bai sauka ba, zan rufe shagona.”\n\n' +
  '“Ba mu ne muka jawo tsadar ba,” in ji Alhaji Bello Sani.\n\n' +
  'Kwamishinan kasuwanci na jihar, Dakta Hauwa Lawal, ta gana da ’yan kasuwa. “Gwamnati na shirin rage haraji,” kwamishinan ta ce.';

/**
 * Hausa (lang/ha.ts): `Malam X Y, …, ya ce: “…”`, `Ya ƙara da cewa: “…”` (he added that), `”, in ji Alhaji X Y.` (said X Y) and
 * `”, kwamishinan ta ce.` (the commissioner said: the one the text gave that office); forms of address come off the name.
 */
const HAUSA_ROWS: KindCase[] = [
  ['ha: `Malam X Y, …, ya ce: “…”` is X Y', GRAIN, 'Jama’a ba sa', 'Musa Danjuma', 'Malam'],
  ['ha: `Ya ƙara da cewa: “…”` is the man quoted before', GRAIN, 'Idan farashin', 'Musa Danjuma', ANY],
  ['ha: `”, in ji Alhaji X Y.` is X Y', GRAIN, 'Ba mu ne muka', 'Bello Sani', ANY],
  ['ha: `”, kwamishinan ta ce.` is the commissioner named before', GRAIN, 'Gwamnati na shirin', 'Hauwa Lawal', ANY],
];
kindTable('Hausa tags', HAUSA_ROWS);

const WASTE =
  'ගාල්ල නගරයේ කසළ එකතු කිරීම ප්‍රමාද වී ඇත.\n\n' +
  'නගර සභාවේ සභාපති සුනිල් ජයවර්ධන අද මාධ්‍යයට අදහස් දැක්වීය. “ලබන සතියේ සිට කසළ දිනපතා එකතු කරනවා,” යැයි ඔහු පැවසීය.\n\n' +
  '“අපේ වීදියේ කසළ සති දෙකක් තිස්සේ තියෙනවා,” යැයි කමල් ප්‍රනාන්දු මහත්මිය කීවාය.\n\n' +
  'පරිසර සංවිධානයේ ලේකම් නිමල් සිල්වාට අනුව, “ප්‍රශ්නය විසඳන්න නම් ප්‍රතිචක්‍රීකරණය අවශ්‍යයි.”';

/** Sinhala, read as Tamil (lang/si.ts): `,” යැයි ඔහු පැවසීය.`, `,” යැයි X Y මහත්මිය කීවාය.` (the form of address after the name) and `<role> X Yට අනුව, “…”`. */
const SINHALA_ROWS: KindCase[] = [
  ['si: `<role> X Y …. “…,” යැයි ඔහු පැවසීය.` is X Y', WASTE, 'ලබන සතියේ', 'සුනිල් ජයවර්ධන', ANY],
  ['si: `,” යැයි X Y මහත්මිය කීවාය.` is X Y', WASTE, 'අපේ වීදියේ', 'කමල් ප්‍රනාන්දු', null],
  ['si: `<role> X Yට අනුව, “…”` is X Y', WASTE, 'ප්‍රශ්නය විසඳන්න', 'නිමල් සිල්වා', 'ලේකම්'],
];
kindTable('Sinhala tags after the quote', SINHALA_ROWS);

const BAHIR_DAR =
  'በባህር ዳር ከተማ የገበያ ማዕከሉ ግንባታ ተጀምሯል።\n\n' +
  'የልብስ ነጋዴ አቶ በላይ ከበደ፣ የሱቃቸውን በር እየዘጉ «ደንበኞቼ ሁሉ ከአካባቢው ሄደዋል። ገቢዬ በግማሽ ቀንሷል፤ ቤተሰቤን ማስተዳደር ከብዶኛል» ብለዋል።\n\n' +
  'የጫማ ነጋዴዋ ወ/ሮ አልማዝ ታደሰ ደግሞ «ምትክ ቦታ እንደሚሰጠን ተነግሮን ነበር፤ እስካሁን ግን ምንም አልተሰጠንም» ሲሉ ተናግረዋል።';

const FLOODED_MARKET =
  'ទឹកជំនន់បានលិចផ្សារថ្មីអស់រយៈពេលបីថ្ងៃ។\n\n' +
  'ម្ចាស់តូបលក់ផ្លែឈើ អ្នកស្រី ស៊ុន ចាន់ធា បានប្រាប់ថា៖ «ទំនិញរបស់ខ្ញុំខូចអស់ពាក់កណ្ដាល ហើយគ្មាននរណាជួយទេ»។\n\n' +
  '«ខ្ញុំត្រូវរង់ចាំឲ្យទឹកស្រកសិន ទើបអាចបើកតូបវិញបាន» អ្នកស្រីបន្ថែម។';

const WATER_CUT =
  'မန္တလေးမြို့တွင် ရေပေးဝေမှု ရပ်ဆိုင်းနေသည်။\n\n' +
  '“ရေမရှိတာ သုံးရက်ကြာပြီ။ ထမင်းချက်လို့ မရဘူး” ဟု စားသောက်ဆိုင်ရှင် ဒေါ်နီနီဝင်းက ပြောသည်။\n\n' +
  '“ရေဝယ်ရတာ ပိုက်ဆံ အများကြီးကုန်တယ်” ဟု သူက ဆက်ပြောသည်။';

/**
 * Amharic (lang/am.ts): `<role> አቶ X Y፣ … «…» ብለዋል።` and `ወ/ሮ X Y ደግሞ «…» ሲሉ ተናግረዋል።`, the subject before the words;
 * Khmer (lang/km.ts): `អ្នកស្រី X Y បានប្រាប់ថា៖ «…»` and `» អ្នកស្រីបន្ថែម។` (the form of address alone, she); Burmese
 * (lang/my.ts): `” ဟု <role> ဒေါ်X က ပြောသည်။` and `” ဟု သူက ဆက်ပြောသည်။`. Forms of address come off the names.
 */
const MAINLAND_ROWS: KindCase[] = [
  ['am: `<role> አቶ X Y፣ … «…» ብለዋል።` is X Y', BAHIR_DAR, 'ደንበኞቼ ሁሉ', 'በላይ ከበደ', null],
  ['am: `<role> ወ/ሮ X Y ደግሞ «…» ሲሉ ተናግረዋል።` is X Y', BAHIR_DAR, 'ምትክ ቦታ', 'አልማዝ ታደሰ', null],
  ['km: `<role> អ្នកស្រី X Y បានប្រាប់ថា៖ «…»` is X Y', FLOODED_MARKET, 'ទំនិញរបស់ខ្ញុំ', 'ស៊ុន ចាន់ធា', null],
  ['km: `» អ្នកស្រីបន្ថែម។` is the woman quoted before', FLOODED_MARKET, 'ខ្ញុំត្រូវរង់ចាំ', 'ស៊ុន ចាន់ធា', null],
  ['my: `” ဟု <role> ဒေါ်X က ပြောသည်။` is X', WATER_CUT, 'ရေမရှိတာ', 'နီနီဝင်း', null],
  ['my: `” ဟု သူက ဆက်ပြောသည်။` is the woman quoted before', WATER_CUT, 'ရေဝယ်ရတာ', 'နီနီဝင်း', null],
];
kindTable('Amharic, Khmer and Burmese tags', MAINLAND_ROWS);

/** Counter-cases for the Welsh `Mae X Y yn …` reading: the English given name Mae stays part of the name. */
kindTable('English given name Mae', [
  ['en: `rider Mae Tillman, 62, said …. “…,” she said` keeps Mae (counter-case)', 'Waiting on Main Street, rider Mae Tillman, 62, welcomed the news.\n\n“It is only fifty cents,” she said. “Yet I ride four buses daily.”', 'It is only fifty', 'Mae Tillman', ANY],
]);

const ROUTES =
  'Samarqand shahrida yangi avtobus yo‘nalishlari ochildi.\n\n' +
  'Shahar transport boshqarmasi boshlig‘i Nodira Karimova loyiha haqida jurnalistlarga ma’lumot berdi. «Yangi yo‘nalishlar kuniga o‘n ming yo‘lovchini tashiydi», — dedi u.\n\n' +
  '«Bekatlar ham ta’mirlanadi», — deya qo‘shimcha qildi N. Karimova.\n\n' +
  'Iqtisodchi Anvar Tojievning so‘zlariga ko‘ra, «narxlar oshmasa, odamlar avtobusni tanlaydi».';

/**
 * Uzbek (lang/uz.ts): the subject after the verb (`», — dedi u.`, `», — deya qo‘shimcha qildi N. X.`), a name in the nominative
 * after long modifiers as the sentence's subject (turkic-subject.ts), and `<role> X Yning so‘zlariga ko‘ra, «…»`.
 */
const UZBEK_ROWS: KindCase[] = [
  ['uz: `<office> X Y … berdi. «…», — dedi u.` is X Y', ROUTES, 'Yangi yo‘nalishlar', 'Nodira Karimova', ANY],
  ['uz: `«…», — deya qo‘shimcha qildi N. X.` is the X named before', ROUTES, 'Bekatlar ham', 'Nodira Karimova', ANY],
  ['uz: `Iqtisodchi X Yning so‘zlariga ko‘ra, «…»` is X Y, the trade off the name', ROUTES, 'narxlar oshmasa', 'Anvar Tojiev', ANY],
];
kindTable('Uzbek tags after the quote', UZBEK_ROWS);
