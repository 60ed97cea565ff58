// Kinds the sixty-third held-out set showed in Greek and Bulgarian copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, DESCRIBED, ANY } from './kind-table';

const MAYOR_OF_TOWN_IN_GENITIVE_ON_ENDING =
  'Ο δήμαρχος Κορυδαλλού Αντώνης Λαζαρίδης, ο οποίος επισκέφθηκε την Τρίτη το λιμάνι, ήταν κατηγορηματικός: «Θα ζητήσουμε βοήθεια από το κράτος. Το αίτημα έχει ήδη σταλεί.»';
const MAYOR_OF_TOWN_IN_GENITIVE_UNACCENTED =
  'Ο δήμαρχος Αμαρουσίου Αντώνης Λαζαρίδης, ο οποίος επισκέφθηκε την Τρίτη το λιμάνι, ήταν κατηγορηματικός: «Θα ζητήσουμε βοήθεια από το κράτος. Το αίτημα έχει ήδη σταλεί.»';

/** `ο δήμαρχος Κορυδαλλού X Y`: a place in the genitive accented on its ending, -ού, opens no name (lang/newlang-roles.ts). */
kindTable('A Greek place in the genitive accented on its ending, before the full name', [
  ['el: `Ο δήμαρχος Κορυδαλλού X Y, ο οποίος …, ήταν κατηγορηματικός: «…»` is X Y', MAYOR_OF_TOWN_IN_GENITIVE_ON_ENDING, 'Θα ζητήσουμε βοήθεια', 'Αντώνης Λαζαρίδης', ANY],
  ['counter-case el: the unaccented genitive -ου reads the same', MAYOR_OF_TOWN_IN_GENITIVE_UNACCENTED, 'Θα ζητήσουμε βοήθεια', 'Αντώνης Λαζαρίδης', ANY],
]);

const AGED_AFTER_VILLAGE_WITH_PREFIX =
  'Η αμπελουργός Σοφία Ανδρεάδου, 64 ετών, καλλιεργεί αμπέλια πάνω από τη Νέα Σκάλα. Όπως εξηγεί, το κόστος του νερού ανέβηκε.\n\n' +
  '«Φέτος τα σταφύλια έμειναν μικρά και ξερά», προσθέτει η 64χρονη.';
const NAME_OPENING_LIKE_A_PREFIX =
  'Η δασκάλα Νέλλη Σκαλίδη διδάσκει στο σχολείο του χωριού εδώ και είκοσι χρόνια.\n\n' +
  '«Τα παιδιά φεύγουν ένα ένα για την πόλη», λέει η Νέλλη Σκαλίδη.';

/** `πάνω από τη Νέα Σκάλα`: a village opened by "New", "Lower", "Saint" is a place, never the speaker (lang/newlang-roles.ts). */
kindTable('A Greek village opened by Κάτω, Άνω, Νέα, Άγιος is no person', [
  ['el: `η 64χρονη` after a woman introduced above `τη Νέα Σκάλα` is the woman', AGED_AFTER_VILLAGE_WITH_PREFIX, 'Φέτος τα σταφύλια', 'Σοφία Ανδρεάδου', ANY],
  ['counter-case el: a name merely starting with the same letters stays a name', NAME_OPENING_LIKE_A_PREFIX, 'Τα παιδιά φεύγουν', 'Νέλλη Σκαλίδη', ANY],
]);

const CHAIR_CONCLUDED =
  'Ο πρόεδρος του Σωματείου Αλιέων Θασοπούλας, Ανδρέας Μπαλτάς, εκτιμά ότι η χρονιά χάθηκε.\n\n' +
  'Οι ψαράδες θα συναντηθούν την Κυριακή στο λιμάνι.\n\n' +
  '«Θα αντέξουμε, όπως αντέξαμε και άλλες φορές», κατέληξε ο πρόεδρος.';
const PRESIDENT_OF_ANOTHER_BODY_CONCLUDED =
  'Ο πρώην πρόεδρος του Σωματείου Αλιέων Θασοπούλας, Ανδρέας Μπαλτάς, καταδικάστηκε την Τρίτη.\n\n' +
  '«Ο κατηγορούμενος γνώριζε ότι τα δίχτυα ήταν παράνομα», κατέληξε η πρόεδρος του δικαστηρίου.';

/** `», κατέληξε ο πρόεδρος`: "concluded" is a verb of saying, the role noun after it standing for the one introduced (lang/el.ts). */
kindTable('Greek "κατέληξε" ("concluded") tagging a quote', [
  ['el: `κατέληξε ο πρόεδρος` is the president introduced', CHAIR_CONCLUDED, 'Θα αντέξουμε', 'Ανδρέας Μπαλτάς', ANY],
  ['counter-case el: `κατέληξε η πρόεδρος του δικαστηρίου` is another body\'s president, unnamed', PRESIDENT_OF_ANOTHER_BODY_CONCLUDED, 'Ο κατηγορούμενος γνώριζε', DESCRIBED, ANY],
]);

const ACCORDING_TO_HER_COLON =
  'Η γιατρός Ελπίδα Μαυρίδου δουλεύει στο κέντρο υγείας του νησιού.\n\n' +
  'Κατά την ίδια, οι ασθενείς πρέπει να κλείνουν ραντεβού νωρίς: «Δεν φτάνουν οι γιατροί για όλους. Περιμένουμε βοήθεια από την Περιφέρεια.»';
const DURING_THE_VISIT_COLON =
  'Η γιατρός Ελπίδα Μαυρίδου δουλεύει στο κέντρο υγείας του νησιού.\n\n' +
  'Κατά τη διάρκεια της επίσκεψης, ένας ασθενής φώναξε: «Δεν φτάνουν οι γιατροί για όλους. Περιμένουμε βοήθεια από την Περιφέρεια.»';

/** `Κατά την ίδια, …: «…»`: the capitalised preposition "according to" is no name (names.ts LEADING_NOISE). */
kindTable('Greek "Κατά την ίδια" opening a colon sentence', [
  ['el: `Κατά την ίδια, …: «…»` is the woman just named', ACCORDING_TO_HER_COLON, 'Δεν φτάνουν οι γιατροί', 'Ελπίδα Μαυρίδου', ANY],
  ['counter-case el: `Κατά τη διάρκεια …, ένας ασθενής φώναξε:` is someone unnamed', DURING_THE_VISIT_COLON, 'Δεν φτάνουν οι γιατροί', DESCRIBED, ANY],
]);

const DOCTOR_WITH_GLUED_TITLE =
  'Д-р Пламен Вълчев е на 58 години и е единственият хирург в болницата.\n\n' +
  'Вчера пристигна и новият медицински екип. Д-р Вълчев не крие, че е уморен.\n\n' +
  '„Обещах да остана още година. Но не мога да обещавам вечно.“';
const DOCTOR_AND_ANOTHER_SURNAME =
  'Д-р Пламен Вълчев е на 58 години и е единственият хирург в болницата.\n\n' +
  'Вчера пристигна и новият медицински екип. Д-р Вълчева, негова колежка, не крие, че е уморена.\n\n' +
  '„Обещах да остана още година. Но не мога да обещавам вечно.“';

/** `Д-р Вълчев не крие …`: the Bulgarian "Dr" with no stop is a title, off the name (names.ts TITLES, roles.ts). */
kindTable('The Bulgarian title "Д-р" glued to the name', [
  ['bg: `Д-р Вълчев не крие …` then a quote is Пламен Вълчев, no "Д-р"', DOCTOR_WITH_GLUED_TITLE, 'Обещах да остана', 'Пламен Вълчев', ANY],
  ['counter-case bg: `Д-р Вълчева` is another person, not Пламен Вълчев', DOCTOR_AND_ANOTHER_SURNAME, 'Обещах да остана', 'Вълчева', ANY],
]);

const ACCORDING_TO_DOCTOR_DIRECTOR =
  'Болницата в Гранитово остана без анестезиолог.\n\n' +
  'Според д-р Ралица Петрова, директор на болницата, проблемът е стар. „Търсим лекари от две години“, каза тя.';
const ACCORDING_TO_MAYOR =
  'Болницата в Гранитово остана без анестезиолог.\n\n' +
  'Според кмета Ралица Петрова проблемът е стар. „Търсим лекари от две години“, каза тя.';

/** `Според д-р X, директор на …,`: "according to" and the title are no role; the office after the name is (lang/introduced-role.ts). */
kindTable('Bulgarian "Според д-р X, <office>," gives the office as the role', [
  ['bg: `Според д-р X, директор на болницата,` is X, the director', ACCORDING_TO_DOCTOR_DIRECTOR, 'Търсим лекари', 'Ралица Петрова', '=директор на болницата'],
  ['counter-case bg: `Според кмета X` (no title) still gives X', ACCORDING_TO_MAYOR, 'Търсим лекари', 'Ралица Петрова', ANY],
]);
