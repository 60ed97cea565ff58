// Kinds a new private set of invented articles showed in the fourteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/** "the 64-year-old" after a paragraph naming a person and a place: the one subject named there (sole-subject.ts). */
const AGED_SUBJECT: KindCase[] = [
  ['en: a person and a branch named for a place in one paragraph; "the 64-year-old" is the subject', 'Rosa Ilunga, a retired nurse who has swum at the Harbour Point baths since they opened, joined the protest on Monday.\n\n“Where are the children supposed to learn to swim?” the 64-year-old asked councillors.', 'Where are the children', 'Rosa Ilunga', ANY],
  ['counter-case en: two subjects named leave "the 64-year-old" a description', 'Rosa Ilunga joined the protest on Monday. Tom Baptiste organised the petition.\n\n“Where are the children supposed to learn to swim?” the 64-year-old asked councillors.', 'Where are the children', DESCRIBED, null],
  ['counter-case pt: a club opening the sentence with its article is no person for "o jogador de 20 anos"', 'O Atlético Serrano venceu o Vila Nova por 1 a 0. O gol saiu no fim, com o atacante Juninho.\n\n"Só pensei em empurrar a bola", disse o jogador de 20 anos.', 'Só pensei', UNNAMED, null],
];

/** `"…" That was X's answer …`: the possessive names the speaker of the quote before (lang/next-sentence.ts). */
const POSSESSED_REPLY: KindCase[] = [
  ['en: "That was X\'s response in a statement" after a quote standing alone', 'Council leader Imogen Pryce defended the cuts. A union official said staff were not consulted.\n\n“Every manager was told in January. Nobody was surprised.” That was Pryce’s response in a statement on Friday when asked about the union’s claim.', 'Every manager', 'Imogen Pryce', ANY],
  ['counter-case en: "That was the account of" someone unnamed stays theirs', 'Council leader Imogen Pryce defended the cuts.\n\n“Every manager was told in January.” That was the account of a union steward who asked not to be named.', 'Every manager', DESCRIBED, null],
];

/** "the police boss": the one person the paragraph names; a boss written with a body's name needs that body in the role (salience.ts). */
const BOSS: KindCase[] = [
  ['en: "the police boss" after a commander named in the paragraph', 'Regional Police Commander Amina Wekesa said officers had taken statements from two guards. “We have not ruled anything out,” the police boss said.', 'We have not ruled', 'Amina Wekesa', ANY],
  ['counter-case en: "the KTB boss" is not a farmer the paragraph names in passing', 'Asked about Mr Otieno’s complaint, the KTB boss said growers should book online.\n\n“Growers should book before they travel,” the KTB boss said.', 'Growers should book', DESCRIBED, null],
];

/** Spanish `Así lo aseguró …, X,`: the object pronoun before the verb (lang/next-sentence-unnamed.ts POINTS_BACK). */
const ASI_LO: KindCase[] = [
  ['es: `Así lo aseguró el portavoz …, X,` after a quote standing alone', 'La dirigente sindical Nora Bustos habló por la mañana.\n\n“La puerta sigue abierta. Nadie se levantó de la mesa”. Así lo aseguró el portavoz del Gobierno provincial, Martín Olaechea, en una rueda de prensa.', 'La puerta sigue', 'Martín Olaechea', 'portavoz'],
  ['counter-case es: `Así lo creen los vecinos` names no one', 'La dirigente sindical Nora Bustos habló por la mañana.\n\n“La puerta sigue abierta”. Así lo creen también los vecinos del barrio.', 'La puerta sigue', UNNAMED, ANY],
];

/** A body's full name with its letters in brackets before the person it heads (person-mentions.ts, lang/opening-person.ts). */
const BODY_LETTERS: KindCase[] = [
  ['es: `El director del Servicio de Agua Potable de X (SAPX), Y,` then `explicó el ingeniero`', 'El director del Servicio de Agua Potable de Valdemora (SAPV), Héctor Salinas Pardo, atribuyó los cortes a dos bombas viejas. “Son motores de hace treinta años”, explicó el ingeniero.', 'Son motores', 'Héctor Salinas Pardo', 'director'],
  ['counter-case it: a team after `del` before a full name still leaves the person', 'Il tecnico del Montalto Gianni Ferri non cerca scuse. «Abbiamo sbagliato tutto nel primo tempo», ha ammesso.', 'Abbiamo sbagliato', 'Gianni Ferri', ANY],
  ['counter-case pt: a party in brackets after a councillor\'s name', 'O vereador Josué Prado (PRN) rebateu as críticas na sessão. "Não houve irregularidade nenhuma", disse o vereador.', 'Não houve', 'Josué Prado', ANY],
];

/** `anunció`: a verb of saying in Spanish (lang/es.ts). */
const ANNOUNCED: KindCase[] = [
  ['es: `La edil anunció que …` before an untagged quote is the mayor named before', 'La alcaldesa Inés Carvajal Roldán recorrió la colonia. “No vamos a permitir abusos”, afirmó la alcaldesa.\n\nLa edil anunció que el municipio enviará pipas gratuitas. “Desde mañana habrá un horario por calles”.', 'Desde mañana', 'Inés Carvajal Roldán', ANY],
  ['counter-case es: the impersonal `se anunció que …` gives the next quote no one', 'La alcaldesa Inés Carvajal recorrió la colonia. “No vamos a permitir abusos”, afirmó la alcaldesa.\n\nEl viernes se anunció que llegarán pipas gratuitas. “Eso ya lo prometieron antes”.', 'Eso ya lo', UNNAMED, null],
];

/** A French incise closing on the name set off by a comma: `…, précise son porte-parole, X. …` (lang/incise.ts). */
const INCISE_NAME: KindCase[] = [
  ['fr: the name after the role\'s comma closes the incise; both parts are that person\'s', 'Du côté de la régie, on assure que tout avance. « Nous avons deux semaines de retard, précise sa porte-parole, Camille Deprez. Elles seront rattrapées d’ici juin. »', 'Elles seront', 'Camille Deprez', ANY],
  ['counter-case fr: a pronoun incise leaves the next part untouched', 'Le maire Paul Lenoir a visité le chantier. « Nous avons tout essayé, a-t-il expliqué, mais personne ne nous a écoutés. »', 'mais personne', 'Paul Lenoir', ANY],
];

/** French subjects: after `De retour à …,`; a described subject with its relative clause; `C'est ce qu'a confirmé X`. */
const FRENCH_SUBJECTS: KindCase[] = [
  ['fr: `De retour à sa fenêtre, Mme X demeure sceptique.` then an untagged quote', '« C’est une honte », lance Odette Lavigne, une retraitée de 81 ans.\n\nLe directeur promet des travaux.\n\nDe retour à sa fenêtre, Mme Lavigne demeure sceptique. « Lundi? On verra bien. »', 'Lundi?', 'Odette Lavigne', ANY],
  ['counter-case fr: `De nouveau, la ville promet.` names no one', '« C’est une honte », lance Odette Lavigne, une retraitée de 81 ans.\n\nDe nouveau, la ville promet des travaux rapides. « Les équipes seront là lundi. »', 'Les équipes', UNNAMED, null],
  ['fr: `La retraitée, qui …, raconte avoir appelé` then an untagged quote', '« C’est une honte », lance Odette Lavigne, une retraitée de 81 ans.\n\nLa retraitée, qui se déplace avec une canne, raconte avoir appelé la mairie trois fois. « On m’a répondu d’attendre. Attendre quoi? »', 'On m’a répondu', 'Odette Lavigne', ANY],
  ['fr: the same with `dit`, which is read before its subject only after a quote', '« C’est une honte », lance Odette Lavigne, une retraitée de 81 ans.\n\nLa retraitée, qui se déplace avec une canne, dit avoir appelé la mairie trois fois. « On m’a répondu d’attendre. Attendre quoi? »', 'On m’a répondu', 'Odette Lavigne', ANY],
  ['counter-case pt: an indefinite subject with its relative clause stays someone new', 'O economista Osvaldo Caxito fala primeiro. “Faltou um plano.”\n\nUm motorista de uma cooperativa, que pediu para não ser identificado, contou que há filas. “Ficamos cinco horas na bomba.”', 'Ficamos cinco horas', DESCRIBED, null],
  ['fr: `C’est ce qu’a confirmé par courriel le directeur …, X.` after a quote standing alone', 'Un employé, qui a requis l’anonymat, affirme que deux camions sont en panne. « Tout le monde le sait. »\n\n« Deux camions sont en réparation. » C’est ce qu’a confirmé par courriel le directeur des services techniques, Gilles Moreau.', 'Deux camions', 'Gilles Moreau', 'directeur'],
  ['counter-case fr: `par intérim` stays in the role', '« Le budget sera voté en mars », a déclaré le directeur par intérim, Jean Marchal.', 'Le budget', 'Jean Marchal', 'par intérim'],
];

kindTable('s22: an aged descriptor and the subject the paragraph names', AGED_SUBJECT);
kindTable('s22: "That was X\'s response"', POSSESSED_REPLY);
kindTable('s22: the boss', BOSS);
kindTable('s22: Spanish `Así lo …`', ASI_LO);
kindTable('s22: a body\'s letters in brackets', BODY_LETTERS);
kindTable('s22: announced', ANNOUNCED);
kindTable('s22: French incise closing on a name', INCISE_NAME);
// (`dit` as a French verb before its subject reads `une résidante de la 3e Rue dit …` as Rue's words: left for later.)
kindTable('s22: French subjects', FRENCH_SUBJECTS, ['fr: the same with `dit`, which is read before its subject only after a quote']);

/** Hebrew `כך מסר עו"ד X Y, …`: a title typed with a straight mark is no quote (lang/sentence-after.ts, lang/next-sentence.ts). */
const HEBREW_THUS: KindCase[] = [
  ['he: `כך מסר עו"ד X Y,` after a quote standing alone, and `לדבריו` after it', '"המים כאן נקיים", אומרת שירה אלמוג, תושבת השכונה.\n\n"העבודות יסתיימו בזמן". כך מסר עו"ד אורי שמעוני, בא כוחה של החברה.\n\nלדבריו, "אף עץ לא ייכרת".', 'העבודות יסתיימו', 'אורי שמעוני', null],
  ['he: `במשפט הזה פתחה X` after a quote standing alone is X, not the one quoted last', '"המים לא מספיקים", אומרת נועה בר, תושבת הקיבוץ.\n\n"נפנה לשר", אמר ראש המועצה, אבי כהן.\n\n"אנחנו לא מבקשים טובות." במשפט הזה פתחה בר את הדיון.', 'אנחנו לא מבקשים', 'נועה בר', ANY],
  ['he: `אומר מרכז המשק, X Y` (a coordinator\'s office before the apposed name)', '"אנחנו משקים חצי", אומר מרכז המשק, עמרי לוי.', 'אנחנו משקים', 'עמרי לוי', 'מרכז המשק'],
  ['he: the office alone is a description, no name', '"המים לא מספיקים", אומר מרכז המשק.', 'המים לא', DESCRIBED, null],
  ['he: `משתפת X Y` after a quote', '"חשבנו שזה יעבור", משתפת רותי לוין, בת 71.', 'חשבנו', 'רותי לוין', null],
  ['counter-case he: a sentence after the quote that holds a quote of its own names no one', '"המים כאן נקיים", אומרת שירה אלמוג, תושבת השכונה.\n\n"העבודות יסתיימו בזמן". כך נכתב בשלט "עבודות בביצוע" שהוצב בכניסה.', 'העבודות יסתיימו', 'שירה אלמוג', ANY],
];

/** Ukrainian `Так … відповів X`: the masculine past of "answered", and words of when or to what before it (lang/ru-uk.ts). */
const UKRAINIAN_THUS: KindCase[] = [
  ['uk: `Так на запитання … під час сесії міської ради відповів міський голова X Y.`', 'Батьки вимагають відкрити укриття.\n\n«Укриття запрацює до осені». Так на запитання журналістів під час сесії міської ради відповів міський голова Остап Ярема.', 'Укриття запрацює', 'Остап Ярема', 'міський голова'],
  ['uk: `, — відповів X` after a quote', '«Укриття запрацює до осені», — відповів міський голова Остап Ярема.', 'Укриття запрацює', 'Остап Ярема', 'міський голова'],
  ['counter-case uk: `Так само вважають у мерії` names no one', 'Батьки вимагають відкрити укриття.\n\n«Укриття запрацює до осені». Так само вважають у мерії.', 'Укриття запрацює', UNNAMED, null],
];

/** Polish `X Y z Woli Z` then `pyta 29-latka`: the place after a full name and "from" is where she is from (origin-place.ts). */
const FROM_AFTER_NAME: KindCase[] = [
  ['pl: `Anna Nowak z Górki Dolnej …` then `– pyta 34-latka`', 'Anna Nowak z Górki Dolnej czeka na operację od roku.\n\n„Kto mi powie, kiedy przyjdzie moja kolej?” – pyta 34-latka.', 'Kto mi powie', 'Anna Nowak', null],
  ['counter-case es: a compound family name with `de` stays one name', 'Juan Pérez de Castro llegó al pleno.\n\n«No votaremos este presupuesto», dijo Pérez de Castro.', 'No votaremos', 'Juan Pérez de Castro', null],
];

/** The Italian and Iberian cleft after a quote: `«…» A replicare è l'assessora ai Lavori pubblici X Y.` (lang/next-sentence.ts). */
const CLEFT_AFTER: KindCase[] = [
  ['it: `A replicare è l’assessora ai Lavori pubblici X Y.`', 'Il consigliere Marco Dolci attacca: «La giunta sapeva tutto.»\n\n«Quella perizia parlava di manutenzione.» A replicare è l’assessora ai Lavori pubblici Giada Fontana.', 'Quella perizia', 'Giada Fontana', 'assessora'],
  ['counter-case it: a body\'s capitals closing the role give no broken name; the quote stays the councillor\'s', 'Il consigliere Marco Dolci attacca: «La giunta sapeva tutto.»\n\n«Quella perizia parlava di manutenzione.» A dirlo è il presidente della Regione Lombardia Attilio Ferrante.', 'Quella perizia', 'Marco Dolci', ANY],
];

/** Arabic: the participle's subject after the sentence's first verb of saying; `جاء ذلك على لسان X` (lang/semitic.ts, lang/next-sentence.ts). */
const ARABIC_SUBJECTS: KindCase[] = [
  ['ar: `روت الحاجة X Y (60 عاماً)، …، لحظات الحادث قائلة: «…»`', 'ومن داخل المستشفى، روت الحاجة نوال عبد الحميد (60 عاماً)، إحدى المصابات، لحظات الحادث قائلة: «كنت ذاهبة لزيارة ابنتي».', 'كنت ذاهبة', 'نوال عبد الحميد', ANY],
  ['ar: `جاء ذلك على لسان X Y، …` after a quote standing alone', 'وقال أحد السكان إن الإسعاف تأخر.\n\n«سيتم صرف تعويض لكل أسرة». جاء ذلك على لسان مراد الفقي، رئيس مجلس المدينة، خلال زيارته.', 'سيتم صرف', 'مراد الفقي', null],
  ['counter-case ar: `جاء ذلك في بيان` names no one', 'وقال أحد السكان إن الإسعاف تأخر.\n\n«سيتم صرف تعويض لكل أسرة». جاء ذلك في بيان صادر عن المحافظة.', 'سيتم صرف', UNNAMED, ANY],
];

/** Chinese: an age before a full name, `阿姨` after a family name, the subject opening the sentence before a quote. */
const CHINESE_PEOPLE: KindCase[] = [
  ['zh: `“…”68岁的X住在5楼…`: the aged name the next sentence opens with', '“以前上楼要歇好几回。”68岁的李秀兰住在5楼，说起电梯，她笑个不停。\n\n李阿姨告诉记者：“现在我天天下楼散步。”', '以前上楼', '李秀兰', null],
  ['zh: `李阿姨` is the one 李 the text named in full', '“以前上楼要歇好几回。”68岁的李秀兰住在5楼，说起电梯，她笑个不停。\n\n李阿姨告诉记者：“现在我天天下楼散步。”', '现在我天天', '李秀兰', null],
  ['zh: `市議員X在議會…` before an untagged quote', '市議員林佩君在議會質詢時批評市府，並質疑說明會的時間。「說明會只開了一場，攤商怎麼來？」', '說明會只開', '林佩君', '市議員'],
  ['zh: `52歲的她…` before an untagged quote is the woman named before', '「我在這裡擺了二十年。」賣蚵仔煎的陳淑芬說。\n\n52歲的她算了算，新攤位月租要貴一倍。「賣一盤才賺多少？」', '賣一盤', '陳淑芬', null],
  ['counter-case zh: a sentence opening on a body names no one', '「我在這裡擺了二十年。」賣蚵仔煎的陳淑芬說。\n\n市府昨天公布了新攤位的租金。「租金將分三年調整。」', '租金將分', UNNAMED, null],
];

/** Japanese: `「…」。青果店を営むX ひろ子さん（70）は…`: a given name in kana stays whole in the sentence after a quote (lang/ja.ts nextTitled). */
const JAPANESE_TOPIC: KindCase[] = [
  ['ja: `「…」。青果店を営む山口ひろ子さん（70）は不安を口にする。`', '「アーケードがなくなったら、客は来ない」。青果店を営む山口ひろ子さん（70）は不安を口にする。', 'アーケード', '山口ひろ子', null],
  ['ja: the same name opening the sentence', '「屋根がなくなったら、客は来ない」。山口ひろ子さん（70）は店を四十年続けてきた。', '屋根が', '山口ひろ子', null],
  ['counter-case ja: a one-character family name after a verb stays a name', '「屋根がなくなったら、客は来ない」。青果店を営む林さん（70）は不安を口にする。', '屋根が', '林', null],
];

kindTable('s22: Hebrew thus with a title', HEBREW_THUS);
kindTable('s22: Ukrainian thus answered', UKRAINIAN_THUS);
kindTable('s22: from a place after a full name', FROM_AFTER_NAME);
kindTable('s22: a cleft after the quote', CLEFT_AFTER);
kindTable('s22: Arabic subjects', ARABIC_SUBJECTS);
kindTable('s22: Chinese people', CHINESE_PEOPLE);
kindTable('s22: Japanese given names in kana', JAPANESE_TOPIC);
