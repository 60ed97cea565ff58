// Kinds the twenty-second session read (an eleventh private set of invented articles), each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

/**
 * Hebrew: a geresh after a given name's first letter writes a foreign sound (`ז'אק`) and the word is still a given name
 * (fuller-names.ts); `מעירה` and `מחייך` tag a quote; `לפני` and `בשאלה` after a name end it (he.ts).
 */
const HEBREW_NAMES: KindCase[] = [
  ['he: `ז\'אק X` introduced, then `אומר X`: the given name with a geresh is kept', 'לידו יושב ז\'אק אלמוג, דייג ותיק מעכו.\n\n"הים השתנה מאוד בעשר השנים האחרונות", אומר אלמוג.', 'הים השתנה', 'ז\'אק אלמוג', ANY],
  ['he: `צ\'רלי X` before a role in apposition', 'צ\'רלי נחום, מנהל המחסן, ליווה אותנו.\n\n"אין לנו מספיק ידיים לעבודה", אומר נחום.', 'אין לנו', 'צ\'רלי נחום', ANY],
  ['counter-case he: a title with a geresh at its end (`פרופ\'`) is no given name', 'בכנס הרצה פרופ\' אלמוג מהאוניברסיטה.\n\n"הים השתנה מאוד בעשר השנים האחרונות", אומר אלמוג.', 'הים השתנה', 'אלמוג', ANY],
  ['he: `", מעירה X.` tags the quote with its own speaker', 'רונית שגיא עובדת במחסן. לצדה עובד דני פרץ.\n\n"הכול בסדר אצלנו", אומר פרץ.\n\n"ספר לו על השכר", מעירה שגיא.', 'ספר לו', 'רונית שגיא', ANY],
  ['he: `", מחייך X.` tags the quote with its own speaker', 'רונית שגיא עובדת במחסן. לצדה עובד דני פרץ.\n\n"ספר לו על השכר", אומרת שגיא.\n\n"כן, השכר", מחייך פרץ.', 'כן, השכר', 'דני פרץ', ANY],
  ['he: `", אומרת X לפני שהיא …`: "before" ends the name', 'רונית שגיא עובדת במחסן.\n\n"אני אוהבת את המקום הזה", אומרת שגיא לפני שהיא יוצאת.', 'אני אוהבת', 'רונית שגיא', ANY],
  ['he: `השיב X בשאלה: "…"`: "with a question" ends the name', 'רונית שגיא עובדת במחסן.\n\nכשנשאל אם ישבות, השיב דני פרץ בשאלה: "ולמה שנוותר דווקא עכשיו?"', 'ולמה שנוותר', 'דני פרץ', ANY],
  ['counter-case he: a family name opening with ב (`ברק`) stays the name', 'רונית שגיא עובדת במחסן.\n\n"הכול בסדר אצלנו", אומר אהוד ברק.', 'הכול בסדר', 'אהוד ברק', ANY],
];

/**
 * Arabic: an office of a place with no comma group (`عضو المجلس لمدينة X Y Z`) runs through the place (semitic-opening.ts);
 * a quote whose next sentence names someone for the first time with "and she is" (next-sentence.ts); a kunya the text
 * says people call someone by (arabic-kunya.ts).
 */
const ARABIC_PLACES_AND_NAMES: KindCase[] = [
  ['ar: `وطالب عضو المجلس البلدي لمدينة X الاسم بإصلاح…` then `قال الاسم`', 'وطالب عضو المجلس البلدي لمدينة السلط كريم النابلسي بإصلاح الشبكة. "الخط مكسور منذ شهرين"، قال النابلسي.', 'الخط مكسور', 'كريم النابلسي', 'عضو المجلس البلدي لمدينة السلط'],
  ['counter-case ar: `لمدينة X بإصلاح…`: a verbal noun after the place is no name', 'وطالب رئيس الجمعية لمدينة السلط بإصلاح الشبكة فوراً.\n\n"الخط مكسور منذ شهرين"، قال كريم النابلسي.', 'الخط مكسور', 'كريم النابلسي', ANY],
  ['ar: `"…"` then `بهذه الكلمات تصف X Y، وهي …`: named first in the next sentence', 'ارتفعت أسعار الخبز.\n\n"لم نعد نشتري إلا نصف ما كنا نشتريه."\n\nبهذه الكلمات تصف سلمى القاسم، وهي معلمة متقاعدة، حال بيتها.', 'لم نعد', 'سلمى القاسم', ANY],
  ['counter-case ar: `بهذه الكلمات تصف الأسواق…، التي …` names no one', 'ارتفعت أسعار الخبز.\n\n"لم نعد نشتري إلا نصف ما كنا نشتريه."\n\nبهذه الكلمات تصف الأسواق الشعبية، التي تعاني، حال الناس.', 'لم نعد', UNNAMED, ANY],
  ['ar: `X Y، …، يناديه الجيران بأبي Z` then `يقول أبو Z`', 'خالد الرواشدة، بائع خضار في السوق منذ عشرين عاماً، يناديه الجيران بأبي فارس.\n\nيقول أبو فارس: "البيع قليل هذا الشهر."', 'البيع قليل', 'خالد الرواشدة', ANY],
  ['counter-case ar: a kunya no sentence ties to anyone stays as written', 'خالد الرواشدة بائع خضار في السوق منذ عشرين عاماً.\n\nيقول أبو فارس: "البيع قليل هذا الشهر."', 'البيع قليل', 'أبو فارس', ANY],
];

/**
 * English: `That was the complaint of X Y, a …,` names the speaker first (next-sentence.ts); a passive before the colon has
 * no speaker for subject (cues.ts); "his wife" in a tag is the other person of the husband's family name (spouse.ts); a
 * trade capitalised at a sentence's start before a full name, written in the plural or lower case elsewhere, is no given
 * name (common-noun-opening.ts).
 */
const ENGLISH_FRAMES: KindCase[] = [
  ['en: `"…" That was the complaint of X Y, a baker in Z, who said …`', 'The bridge closed for a week.\n\n“Nobody told us anything in advance.” That was the complaint of Fiona Lennox, a baker in Golspie, who said she lost two days of trade.', 'Nobody told', 'Fiona Lennox', 'baker'],
  ['counter-case en: `"…," said X. That was the view of Y, too.` keeps the tag', 'The bridge closed for a week.\n\n“Nobody told us anything in advance,” said Alan Reid. That was the view of Fiona Lennox, too.', 'Nobody told', 'Alan Reid', ANY],
  ['en: `X wrote online after the closure was confirmed: "…"`', 'The bridge closed for a week.\n\nAlan Reid, who chairs the harbour trust, wrote online after the closure was confirmed: “Seven days, seven excuses.”', 'Seven days', 'Alan Reid', ANY],
  ['counter-case en: `The plan was announced by Mayor X Y: "…"` is the agent\'s', 'The plan was announced by Mayor Ann Cole: “We will build a second pier.”', 'We will build', 'Ann Cole', 'Mayor'],
  ['en: `"…," his wife interrupted.` after `Her husband, X Y, …`', 'Crofter Ellen Bain keeps sheep at the north end.\n\nHer husband, Rory Bain, who drives a school bus, was calmer. “We’ll cope,” he said.\n\n“We always cope,” his wife interrupted.', 'We always cope', 'Ellen Bain', ANY],
  ['counter-case en: `his wife` with no one else of the family name stays a description', 'Rory Bain drives a school bus.\n\n“We’ll cope,” he said.\n\n“We always cope,” his wife interrupted.', 'We always cope', DESCRIBED, ANY],
  ['en: `Drovers say … Drover X Y Z keeps …` then `said Mr Z`', 'Drovers say the autumn sales are down. Drover Callum Iain Munro keeps sixty cattle near Dornoch.\n\n“The prices barely cover the feed,” said Mr Munro.', 'The prices', 'Callum Iain Munro', ANY],
  ['counter-case en: a given name that is also a noun (`Rose`, `a rose`) stays', 'Rose Mary Tully runs the inn.\n\n“We close in winter,” said Ms Tully. She picked a rose from the garden.', 'We close', 'Rose Mary Tully', ANY],
  ['counter-case en: an agent-shaped given name the text never writes as a noun stays', 'Walter John Pryce runs the inn.\n\n“We close in winter,” said Mr Pryce.', 'We close', 'Walter John Pryce', ANY],
];

/**
 * Greek: verbs of a feature story's present (`απαντά`, `υπογραμμίζει`, `φωνάζει`); a verb and only an adjunct leave the
 * subject out; `και` and a second verb end the subject; an age before the role noun (el.ts); a body in the genitive and a
 * run wrapped in quotation marks are no person; `ο Στέλιος` after an opening phrase is the one named so in full
 * (greek-body.ts, person-mentions.ts, articled-given.ts, entities.ts).
 */
const GREEK_FEATURE: KindCase[] = [
  ['el: `», λέει ο 58χρονος αγρότης και δείχνει …` is the farmer named before', 'Ο Γιάννης Σταύρου, αγρότης, καλλιεργεί ελιές στη Χαλκιδική.\n\n«Φέτος η σοδειά είναι μισή», λέει ο 58χρονος αγρότης και δείχνει τα δέντρα.', 'Φέτος η σοδειά', 'Γιάννης Σταύρου', ANY],
  ['counter-case el: `», λέει ο X Y και δείχνει …` keeps the name', 'Ο Γιάννης Σταύρου, αγρότης, καλλιεργεί ελιές.\n\n«Φέτος η σοδειά είναι μισή», λέει ο Κώστας Λαζαρίδης και δείχνει τα δέντρα.', 'Φέτος η σοδειά', 'Κώστας Λαζαρίδης', ANY],
  ['el: `Το βράδυ, ο Γιάννης …` then `», φωνάζει από την αυλή.`', 'Ο Γιάννης Σταύρου, αγρότης, καλλιεργεί ελιές.\n\nΗ δημοτική σύμβουλος Άννα Ρήγα έγραψε στο Facebook: «Το χωριό δεν πουλιέται.»\n\nΤο βράδυ, ο Γιάννης κλείνει την αποθήκη. «Θα μείνουμε εδώ», φωνάζει από την αυλή.', 'Θα μείνουμε', 'Γιάννης Σταύρου', ANY],
  ['el: `δηλώνει στην «Πρωινή Φωνή»` then `», τονίζει.`: the outlet in guillemets is no one', 'Ο πρόεδρος του Συνεταιρισμού Αρναίας, Κώστας Λαζαρίδης, δηλώνει στην «Πρωινή Φωνή» ότι δεν ενημερώθηκαν. «Το μάθαμε από τις εφημερίδες», τονίζει.', 'Το μάθαμε', 'Κώστας Λαζαρίδης', ANY],
  ['el: `ο αντιδήμαρχος απαντά: «…»` after `ο αντιδήμαρχος … του Δήμου X, Y Z,`', 'Ο αντιδήμαρχος Καθαριότητας του Δήμου Αρναίας, Πέτρος Νικολάου, μίλησε χθες.\n\nΣτην ερώτηση για το κόστος, ο αντιδήμαρχος απαντά: «Θα το καλύψει ο δήμος.»', 'Θα το καλύψει', 'Πέτρος Νικολάου', ANY],
  ['el: `», υπογραμμίζει η κ. X.`', 'Η κτηνίατρος Μαρία Δήμου εξετάζει τα ζώα.\n\n«Τα πρόβατα είναι καλά», υπογραμμίζει η κ. Δήμου.', 'Τα πρόβατα', 'Μαρία Δήμου', ANY],
  ['counter-case el: `του Υπουργείου Υγείας X Y`: a run going on past the body keeps the person', 'Ο εκπρόσωπος του Υπουργείου Υγείας Νίκος Σπύρου ανέφερε ότι εξετάζεται επίδομα. «Κανένα νοικοκυριό δεν θα μείνει χωρίς νερό», τόνισε.', 'Κανένα νοικοκυριό', 'Νίκος Σπύρου', ANY],
];

/**
 * Romance relatives and openings: `a-t-il laissé tomber` is a tag (fr.ts); `son père`, `su madre` in a tag are the other
 * person of the family name the text wrote in full (spouse.ts); `Quand on l’interroge …, X` opens on a clause before the
 * subject (speaker-phrase.ts).
 */
const ROMANCE_RELATIVES: KindCase[] = [
  ['fr: `« A, a-t-il laissé tomber. B »`: the tag splits the words, B his too', 'La récolte est maigre.\n\nMarc Thibodeau inspecte ses chaudières.\n\n« Le printemps nous a joué dans le dos, a-t-il laissé tomber. Trois jours de chaleur, et tout était fini. »', 'Trois jours', 'Marc Thibodeau', ANY],
  ['fr: `», tranche son père.` after `Son fils, X Thibodeau,` is the other Thibodeau', 'Marc Thibodeau entaille ses érables depuis trente ans.\n\nSon fils, Olivier Thibodeau, gère maintenant les ventes. « Les banques nous surveillent », dit-il.\n\n« On en a vu d’autres », tranche son père.', 'On en a vu', 'Marc Thibodeau', ANY],
  ['es: `”, le contesta su madre.` after `Su hijo, X Ruiz,` is the other Ruiz', 'Ana Ruiz vende pan en Trelew.\n\nSu hijo, Tomás Ruiz, maneja la camioneta. “No hay harina”, dice.\n\n“Ya va a llover”, le contesta su madre.', 'Ya va a llover', 'Ana Ruiz', ANY],
  ['counter-case fr: `son père` with no one of the speaker\'s family name stays a description', 'Marc Thibodeau entaille ses érables.\n\nNadia Lavoie vend de la tire. « Les touristes reviendront », glisse-t-elle.\n\n« On en a vu d’autres », tranche son père.', 'On en a vu', DESCRIBED, ANY],
  ['fr: `Quand on l’interroge sur …, X se gratte la tête. « … »`', 'Marc Thibodeau entaille ses érables.\n\nLa biologiste Nadia Lavoie étudie les bourgeons. « La saison recule chaque année », prévient la biologiste.\n\nQuand on l’interroge sur la relève de la ferme familiale, Marc Thibodeau se gratte la tête. « Mes enfants verront bien ce qu’ils veulent faire. »', 'Mes enfants', 'Marc Thibodeau', ANY],
  ['counter-case pt: `Depois de se reunir com X, Y, o administrador …, Z,` is still Z', 'A reunião foi longa.\n\nDepois de se reunir com o vice-governador, Paulo Neto, o administrador de Viana, Rui Sampaio, anunciou: “Vamos abrir a estrada em maio.”', 'Vamos abrir', 'Rui Sampaio', ANY],
];

/** Forms of address before a given name, `пан Богдан`, `nea Vasile`, capitalised at a sentence's start too, are no part of the name (names.ts TITLES). */
const ADDRESS_BEFORE_GIVEN: KindCase[] = [
  ['uk: `— каже пан X` with `Пан X стоїть …` later: the one named in full', 'Богдан Гуменюк, бригадир, працює в порту двадцять років.\n\n«Ми прийшли о п’ятій, — каже пан Богдан. — Думали, нікого не буде».\n\nБлизько полудня конвеєр загудів. Пан Богдан стоїть біля причалу.', 'Ми прийшли', 'Богдан Гуменюк', ANY],
  ['ro: `spune nea X` with `Nea X își strânge …` later', 'Vasile Munteanu pescuiește de patruzeci de ani pe braț.\n\n„Apa e mai mică decât anul trecut”, spune nea Vasile.\n\nSeara, Nea Vasile își strânge plasele.', 'Apa e mai', 'Vasile Munteanu', ANY],
  ['counter-case en: `Pan`, a family name, stays in `Pan Wei`', 'Pan Wei, a fishmonger, runs a stall at the market.\n\n“Prices are up again,” said Pan Wei.', 'Prices are up', 'Pan Wei', ANY],
];

/** A relative clause set off by commas between a name and its verb, a place at its end (`X, que trabaja … en Esquel, advierte`), is no subject (latin.ts). */
const RELATIVE_BEFORE_VERB: KindCase[] = [
  ['es: `El veterinario X Y, que recorre … en Esquel, advierte que …` then `”, explicó a la radio.`', 'La helada castigó los valles.\n\nEl veterinario Julián Ferreyra, que recorre las chacras desde hace doce años en Esquel, advierte que el frío fue grave. “Si no llueve en marzo, vamos a perder otro tercio de los corderos”, explicó a la radio local.', 'Si no llueve', 'Julián Ferreyra', 'veterinario'],
  ['counter-case es: `En Gaiman, que tiene …, el intendente X Y advierte` keeps the subject after the clause', 'La helada castigó los valles.\n\nEn Gaiman, que tiene seis mil habitantes, el intendente Raúl Jones advierte que falta agua. “Si no llueve en marzo, vamos a perder otro tercio de los corderos”, dijo a la radio local.', 'Si no llueve', 'Raúl Jones', 'intendente'],
];

/** German: a lower-case word closing a description is an adverb (`sagt der Bauer leise`, de.ts); a run closing on a month is a time (`Ende Oktober`, date-run.ts). */
const GERMAN_ADVERBS_AND_MONTHS: KindCase[] = [
  ['de: `“, meint der Winzer leise.` is the one the paragraph names', 'Anton Prager bewirtschaftet den Weinberg seit 1975.\n\nPrager hat die Fässer bereits einem Nachbarn versprochen. „Vielleicht keltert hier irgendwann wieder jemand“, meint der Winzer leise.', 'Vielleicht keltert', 'Anton Prager', ANY],
  ['counter-case de: `sagt der alte Winzer` keeps its adjective, no one named', 'Im Dorf gibt es noch zwei Betriebe.\n\n„Wir halten durch, so lange die Knie mitmachen“, sagt der alte Winzer.', 'Wir halten', DESCRIBED, ANY],
  ['de: `Anfang Dezember wird abgesperrt.` is no person for `der 71-Jährige`', 'Anton Prager, 71, bewirtschaftet den Weinberg seit 1975.\n\nAnfang Dezember wird abgesperrt. Die Schank bleibt zu. „Es geht sich einfach nicht mehr aus“, sagt der 71-Jährige.', 'Es geht sich', 'Anton Prager', ANY],
];

/** Turkish: with no comma after it, a full name inside a sentence closing on `şunları söyledi:` or `araya girdi:` is its subject (tr.ts). */
const TURKISH_COLON_SUBJECT: KindCase[] = [
  ['tr: `… çalışan üretici X Y şunları söyledi: “…”`', 'Köyde hasat sürüyor.\n\nBu yıl bahçesini tek başına toplamaya çalışan üretici Kemal Arslan şunları söyledi: “Bu sezon kilosu yarıya düştü, masrafı bile çıkmıyor.”', 'Bu sezon kilosu', 'Kemal Arslan', 'üretici'],
  ['tr: `Sohbeti dinleyen X Y araya girdi: “…”`', 'Köyde hasat sürüyor. Kemal Arslan işçilere yevmiye veriyor.\n\nSohbeti dinleyen Ayşe Demir araya girdi: “Abi, o zaman yevmiyeyi artır!”', 'Abi, o zaman', 'Ayşe Demir', ANY],
  ['counter-case tr: `Karaca … açıklama yaptı:` keeps the family name opening it', 'Meclis üyesi Mehmet Karaca oylamaya katıldı.\n\nKaraca oylamanın ardından kısa bir açıklama yaptı: “Bu karar köylünün aleyhine.”', 'Bu karar', 'Mehmet Karaca', ANY],
];

kindTable('Hebrew given names and tags', HEBREW_NAMES);
kindTable('Arabic places, first names after a quote, kunyas', ARABIC_PLACES_AND_NAMES);
kindTable('English frames, spouses and trades', ENGLISH_FRAMES);
kindTable('Greek feature-story tags', GREEK_FEATURE);
kindTable('Romance relatives and openings', ROMANCE_RELATIVES);
kindTable('forms of address before a given name', ADDRESS_BEFORE_GIVEN);
kindTable('a relative clause before the verb', RELATIVE_BEFORE_VERB);
kindTable('German adverbs and months', GERMAN_ADVERBS_AND_MONTHS);
kindTable('Turkish subjects before a colon', TURKISH_COLON_SUBJECT);
