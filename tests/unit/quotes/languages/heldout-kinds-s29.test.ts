// Kinds the twenty-first session read (a tenth private set of invented articles), each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, type KindCase } from './kind-table';

/** When it was said, between the verb and the name: `אמר היום (שלישי) X`, `قال أمس X` (semitic-adverbs.ts). */
const TIME_AFTER_VERB: KindCase[] = [
  ['he: `"…", אמר היום (שלישי) X Y, role`', 'עובדים הפגינו מול השער.\n\n"לא נחזור לעבודה בלי הסכם", אמר היום (שלישי) דני פרץ, יו"ר הוועד, בהפגנה.', 'לא נחזור', 'דני פרץ', ANY],
  ['he: `"…", אמרה אמש X Y`', 'עובדים הפגינו מול השער.\n\n"המשמרת תחזור כבר מחר", אמרה אמש רותי לוי.', 'המשמרת', 'רותי לוי', ANY],
  ['ar: `وقال أمس role X Y: «…»`', 'تظاهر العمال أمام الميناء.\n\nوقال أمس رئيس النقابة كريم الصافي: «لن نعود إلى العمل قبل الاتفاق».', 'لن نعود', 'كريم الصافي', 'رئيس النقابة'],
  ['ar: `وقال اليوم الأربعاء role X Y: «…»`', 'تظاهر العمال أمام الميناء.\n\nوقال اليوم الأربعاء مدير الميناء نبيل حداد: «الرصيف مفتوح».', 'الرصيف مفتوح', 'نبيل حداد', 'مدير الميناء'],
  ['counter-case he: `"…", אמר היום.` with no name is the person quoted before', 'עובדים הפגינו.\n\n"השער נשאר סגור עד הסוף", אמר דני פרץ.\n\n"לא נחזור לעבודה לפני שנקבל תשובה", אמר היום.', 'לא נחזור', 'דני פרץ', ANY],
  ['counter-case he: `X אמר היום (שלישי): "…"` keeps the subject before the verb', 'עובדים הפגינו.\n\nדני פרץ אמר היום (שלישי): "לא נחזור לעבודה".', 'לא נחזור', 'דני פרץ', ANY],
];

/** Japanese conversation: `と、…を営む X さんが続ける`, `と X さんが言うと、Y さんは「…」とうなずいた` (lang/ja.ts). */
const JAPANESE_EXCHANGE: KindCase[] = [
  ['ja: `「…」と、隣で店を営む X さん（６１）が続ける`', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「夕方はもう誰も来ない」と小川さん。\n\n　「うちも同じで、毎晩早く閉めています」と、隣で靴店を営む村上純子さん（６１）が続ける。', 'うちも同じ', '村上純子', ANY],
  ['ja: `「…」と X さんが言うと、Y さんは「…」とうなずいた`: the second quote is Y\'s', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「夕方はもう誰も来ない」と小川さん。\n\n　「それでも駅があるから店が続く」と小川さんが言うと、村上純子さんは「その通り。でも家賃が高すぎる」とうなずいた。', 'その通り', '村上純子', ANY],
  ['counter-case ja: `X さんは「…」と話した` still X when no one else is in the frame', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　村上純子さんは「その通り。でも家賃が高すぎる」と話した。', 'その通り', '村上純子', ANY],
  ['counter-case ja: `「…」と小川さんが言うと、会場は静まった`: the first quote stays 小川', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「それでも駅があるから店が続く」と小川さんが言うと、会場は静まり返った。', 'それでも駅', '小川正人', ANY],
];

/** French: the tag between an incise's parts is the first part's (own-cue.ts); protesting and hammering are saying; a demonym is a person (fr.ts, shared.ts). */
const FRENCH_TAGS: KindCase[] = [
  ['fr: `« A, lance-t-il en fermant sa sacoche. B »`: B is his too, no `en fermant` read by a Scandinavian reader', 'Luc Barrat surveille le col depuis six ans.\n\n« Je ne suis pas là pour punir les gens, lance-t-il en fermant sa sacoche. Je veux que cette plage tienne jusqu’en septembre. »', 'Je veux que cette', 'Luc Barrat', ANY],
  ['fr: `— A ! proteste une jeune femme.`: someone unnamed, the tag cut off', 'Luc Barrat surveille le col depuis six ans.\n\n— Mais nous arrivons de Grenoble exprès ce matin ! proteste une jeune femme.\n\n— Il fallait réserver sur le site, répond-il.', 'Mais nous arrivons', DESCRIBED, ANY],
  ['fr: `», assène l’élue.` is the woman named with her office', 'Pour Claire Astier, adjointe chargée du littoral, la règle « marche ».\n\n« Avec trois mille baigneurs sur cette plage, il n’y a plus de plage », assène l’élue.', 'Avec trois mille', 'Claire Astier', ANY],
  ['fr: `» s’emporte le Toulonnais` is the man just named', 'Patrice Orsoni, loueur de deux bateaux, est furieux.\n\n« On compte les marcheurs. Mais les grands yachts, qui les compte ? » s’emporte le Toulonnais, qui a trois saisonniers.', 'On compte les', 'Patrice Orsoni', ANY],
  ['counter-case fr: `a indiqué la Région` stays a body', 'Patrice Orsoni, loueur de deux bateaux, est furieux.\n\n« Les quotas seront revus à l’automne pour toutes les plages », a indiqué la Région.', 'Les quotas seront', DESCRIBED, ANY],
  ['counter-case fr: `« A, dit-il. B »` stays one speaker', 'Luc Barrat surveille le col depuis six ans.\n\n« Je ne suis pas là pour punir les gens, dit-il. Je veux que cette plage tienne jusqu’en septembre. »', 'Je veux que cette', 'Luc Barrat', ANY],
];

/**
 * Spanish: a double family name written alone elsewhere keeps the given name (glued-opener.ts); `Del lado contrario está X` brings X
 * in (inverted-subject.ts). Left alone: a body's two capitalised kind words read as a person (`la Sociedad Cooperativa`);
 * listing them as no person's words made `La Sociedad …` a subject that `la presidenta` went to.
 */
const SPANISH_NAMES: KindCase[] = [
  ['es: `Elvira Ramos Cuevas, …` and later `por Ramos Cuevas`: the given name is no role', 'Elvira Ramos Cuevas, presidenta de la cooperativa, dijo que faltan plantas.\n\n“Nos quedamos sin maguey para el próximo año, así de simple”, advirtió.\n\nLa cooperativa mandó un oficio, firmado por Ramos Cuevas, al gobierno estatal.', 'Nos quedamos', 'Elvira Ramos Cuevas', 'presidenta'],
  ['es: `directora en la Sociedad Cooperativa` names no person', 'Elvira Ramos Cuevas, directora en la Sociedad Cooperativa, dijo que faltan plantas.\n\n“Nos quedamos sin maguey para el próximo año, así de simple”, advirtió.', 'Nos quedamos', 'Elvira Ramos Cuevas', ANY],
  ['es: `Del lado contrario está X, comprador …` then `, justificó.` is X', 'Elvira Ramos Cuevas, presidenta de la cooperativa, dijo que faltan plantas.\n\n“Nos quedamos sin maguey para el próximo año, así de simple”, advirtió.\n\nDel lado contrario está Gonzalo Pineda Ruiz, comprador que recorre la sierra desde 2019.\n\n“Nadie obliga a nadie a vender, cada quien decide su precio”, justificó.', 'Nadie obliga', 'Gonzalo Pineda Ruiz', ANY],
  ['es: `… en la Sociedad Cooperativa Palenqueros del Río de Tlacolula` names no person either', 'Elvira Ramos Cuevas, directora en la Sociedad Cooperativa Palenqueros del Río de Tlacolula, dijo que faltan plantas.\n\n“Nos quedamos sin maguey para el próximo año, así de simple”, advirtió.', 'Nos quedamos', 'Elvira Ramos Cuevas', ANY],
  ['counter-case en: `Kun`-like opener stays a sentence word outside Spanish', 'Union Bank chief executive Laura Mendes Pardo spoke on Monday.\n\n"We will keep every branch open this year," said Mendes Pardo.', 'We will keep', 'Laura Mendes Pardo', ANY],
  ['counter-case es: `Union Bank CEO X Y` keeps the person after the office (no particle)', 'Dijo Union Bank CEO Laura Mendes que el banco sigue abierto.\n\n“Vamos a mantener todas las sucursales abiertas este año”, aseguró Laura Mendes.', 'Vamos a mantener', 'Laura Mendes', ANY],
];

/** Polish: `Jak dodaje,` and `Jednocześnie X` open sentences, no name (names.ts); `na Facebooku napisał:` names a place, no subject (latin-reader.ts). */
const POLISH_OPENINGS: KindCase[] = [
  ['pl: `Jak dodaje, „…”` after `– obiecuje kierowniczka.` is the manager', 'Kierowniczka Anna Wróbel zapewnia, że muzeum będzie żywe. „Stare dźwigi zostaną w hali na zawsze” – obiecuje kierowniczka. Jak dodaje, „bilety dla dawnych pracowników będą darmowe przez rok”.', 'bilety dla dawnych', 'Anna Wróbel', ANY],
  ['pl: `Jednocześnie X …. Na … na Facebooku napisał: „…”` is the councillor named before', 'Radny Piotr Nowicki uważa, że na zmiany brak czasu.\n\nJednocześnie Nowicki wyciąga rękę do związkowców. Na swoim koncie na Facebooku napisał: „Spotkajmy się przy jednym stole i pogadajmy spokojnie”.', 'Spotkajmy się', 'Piotr Nowicki', ANY],
  ['counter-case pl: `Jan Kowalski napisał: „…”` keeps its subject', 'Związkowcy protestują.\n\nJan Kowalski napisał: „Nie zgadzamy się na takie muzeum bez nas”.', 'Nie zgadzamy', 'Jan Kowalski', ANY],
];

/** Hebrew: "also" before a name is no part of it (semitic-role.ts). */
const HEBREW_ALSO: KindCase[] = [
  ['he: `"…", אמרה גם X Y`', 'יש עבודות ברחוב.\n\n"אנחנו מבקשים עוד קצת סבלנות מכולם", אמרה גם רונית שגיא.', 'אנחנו מבקשים', 'רונית שגיא', ANY],
  ['counter-case he: `"…", אמרה X Y` unchanged', 'יש עבודות ברחוב.\n\n"אנחנו מבקשים עוד קצת סבלנות מכולם", אמרה רונית שגיא.', 'אנחנו מבקשים', 'רונית שגיא', ANY],
];

/** Iberian three-word names: `Villaseñor` is no German agent noun (de-roles.ts); after an article and a role noun the three words stay the name (newlang-roles.ts). */
const IBERIAN_NAMES: KindCase[] = [
  ['es: `Ernesto Villaseñor Ruiz, delegado …,` keeps the given name', 'Hubo quejas de los productores.\n\nEl delegado en Puebla, Ernesto Villaseñor Ruiz, admitió que la oficina recibió quejas.\n\n“Nosotros certificamos el producto, no fijamos precios”, puntualizó el funcionario.', 'Nosotros certificamos', 'Ernesto Villaseñor Ruiz', ANY],
  ['pt: `Para o economista X Y Z, …` then `, explica.` is the whole name', 'O preço subiu na feira.\n\nPara o economista Ricardo Souza Lima, a alta junta a safra fraca com a procura de fora.\n\n“Para o paraense, o açaí é comida de todo dia, não sobremesa”, explica.', 'Para o paraense', 'Ricardo Souza Lima', ANY],
  ['counter-case pl: `…, a szkoleniowiec Warty X Y` keeps the club out of the name', 'Mecz był trudny, a szkoleniowiec Warty Robert Jankowski nie krył złości.\n\n„Zagraliśmy bardzo słabo w drugiej połowie” – powiedział Jankowski.', 'Zagraliśmy', 'Robert Jankowski', ANY],
  ['counter-case de: `Bürgermeister Hans Ötztaler` keeps the office out', 'Das Dorf wartet.\n\n„Wir bauen wieder auf, sobald es geht“, sagt Bürgermeister Hans Ötztaler.', 'Wir bauen', 'Hans Ötztaler', 'Bürgermeister'],
];

/** Catalan: a clitic, `va` and any infinitive is a past tag (`li va retreure X`), the infinitive no role (lang/ca.ts). */
const CATALAN_PAST: KindCase[] = [
  ['ca: `», li va retreure X.` gives no role `retreure`', 'La presidenta dels veïns, Marta Coll Pons, va parlar primer.\n\n«Tu també vas començar llogant pisos als turistes del poble», li va retreure Coll.', 'Tu també vas', 'Marta Coll Pons', 'presidenta'],
  ['counter-case ca: `», va dir X.` unchanged', 'La presidenta dels veïns, Marta Coll Pons, va parlar primer.\n\n«Tu també vas començar llogant pisos als turistes del poble», va dir Coll.', 'Tu també vas', 'Marta Coll Pons', 'presidenta'],
];

kindTable('when it was said, between the verb and the name', TIME_AFTER_VERB);
kindTable('a Japanese conversation', JAPANESE_EXCHANGE);
kindTable('French tags', FRENCH_TAGS);
kindTable('Spanish names and bodies', SPANISH_NAMES, ['es: `directora en la Sociedad Cooperativa` names no person']);
kindTable('Polish sentence openings', POLISH_OPENINGS);
kindTable('Hebrew "also" before a name', HEBREW_ALSO);
kindTable('Iberian three-word names', IBERIAN_NAMES);
kindTable('Catalan past tags', CATALAN_PAST);
