// Kinds the sixty-third held-out set showed in Bulgarian and Greek copy (second round), each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const GREEK_BODY_PRESIDENT =
  'Ο πρόεδρος του Αλιευτικού Συλλόγου Νέας Πέραμου, Νικόλαος Βασιλάκης, λέει ότι τα δίχτυα έμειναν άδεια όλο τον χειμώνα.\n\n' +
  '«Δεν έχουμε ξαναδεί τέτοια χρονιά», είπε ο Βασιλάκης.\n\n' +
  'Η βιολόγος Άννα Δημητρίου μελετά τη θάλασσα της περιοχής.\n\n' +
  '«Η θερμοκρασία ανέβηκε δύο βαθμούς», λέει.\n\n' +
  '«Θα συνεχίσουμε, όπως πάντα. Αλλά χρειαζόμαστε στήριξη», κατέληξε ο πρόεδρος του συλλόγου.';
const GREEK_OTHER_BODY_PRESIDENT = GREEK_BODY_PRESIDENT.replace('ο πρόεδρος του συλλόγου', 'ο πρόεδρος του επιμελητηρίου');
const GREEK_NO_PRESIDENT =
  'Η βιολόγος Άννα Δημητρίου μελετά τη θάλασσα της περιοχής.\n\n' +
  '«Η θερμοκρασία ανέβηκε δύο βαθμούς», λέει.\n\n' +
  '«Θα συνεχίσουμε, όπως πάντα. Αλλά χρειαζόμαστε στήριξη», κατέληξε ο πρόεδρος του συλλόγου.';

/** `», κατέληξε ο πρόεδρος του συνεταιρισμού`: the person introduced as that body's president (lang/newlang-shared.ts, office-holder.ts). */
kindTable('Greek: an office with its body in the genitive is the person who holds that office of that body', [
  ['el: `ο πρόεδρος του συλλόγου` is the one introduced as `Ο πρόεδρος του … Συλλόγου …, X Y,`', GREEK_BODY_PRESIDENT, 'Θα συνεχίσουμε', 'Νικόλαος Βασιλάκης', ANY],
  ['counter-case el: `ο πρόεδρος του επιμελητηρίου`, another body, stays a description', GREEK_OTHER_BODY_PRESIDENT, 'Θα συνεχίσουμε', DESCRIBED, ANY],
  ['counter-case el: no president named at all: a description, not the biologist just quoted', GREEK_NO_PRESIDENT, 'Θα συνεχίσουμε', DESCRIBED, ANY],
]);

const BULGARIAN_INVERTED_NEWCOMER =
  'Инж. Николай Тодоров е на 58 години и от десет години е единственият механик в депото в Белокамък.\n\n' +
  '„Миналата седмица ремонтирах девет автобуса. Не се оплаквам“, казва той.\n\n' +
  'Подкрепа обеща кметът на община Белокамък Стоян Веселинов на сесията на общинския съвет. Той заяви пред съветниците: „Ще осигурим квартири за всеки шофьор, който дойде.“';
const BULGARIAN_NEWCOMER_WITHOUT_ROLE =
  'Инж. Николай Тодоров е на 58 години и от десет години е единственият механик в депото в Белокамък.\n\n' +
  '„Миналата седмица ремонтирах девет автобуса. Не се оплаквам“, казва той.\n\n' +
  'Вчера депото посети и Стоян Веселинов. Той заяви пред работниците: „Ще осигурим квартири за всеки шофьор, който дойде.“';

/** `Помощ обеща кметът … X Y на сесията. Той заяви: „…“`: the newcomer the paragraph gave a role before the name (paragraph-newcomer.ts). */
kindTable('Bulgarian: a pronoun after a newcomer named with a role, the subject after its verb, is the newcomer', [
  ['bg: `обеща кметът на община … X Y …. Той заяви: „…“` is X Y', BULGARIAN_INVERTED_NEWCOMER, 'Ще осигурим', 'Стоян Веселинов', ANY],
  ['counter-case bg: a newcomer named with no role leaves `Той` to the one quoted before', BULGARIAN_NEWCOMER_WITHOUT_ROLE, 'Ще осигурим', 'Николай Тодоров', ANY],
]);

const BULGARIAN_THUS_TELLS =
  'Инж. Николай Тодоров е единственият механик в депото.\n\n' +
  '„Миналата седмица ремонтирах девет автобуса“, казва той.\n\n' +
  'Нощни линии\n\n' +
  '„Прибирах се от болницата в полунощ. Ако нямаше автобус, щях да вървя пеша.“\n\n' +
  'Така разказва 72-годишната Мария Петкова от село Дъбрава, която всяка седмица ходи на процедури.';
const BULGARIAN_THUS_LIVES = BULGARIAN_THUS_TELLS.replace('Така разказва', 'Така живее');
const RUSSIAN_THUS_TELLS =
  'Пенсионер Олег Савин каждый день ездит в город.\n\n' +
  '«Автобус ходит раз в день», говорит он.\n\n' +
  '«Зимой мы сидим без света по три дня. Никто не приезжает.»\n\n' +
  'Так рассказывает 70-летняя Анна Егорова из деревни Липки.';

/** `„…“` ¶ `Така разказва 72-годишната X Y от …`: "thus tells" names the lone quote's speaker (lang/thus-tells.ts). */
kindTable('A lone quote whose next paragraph opens "thus tells <Name>"', [
  ['bg: `Така разказва 72-годишната X Y` is X Y', BULGARIAN_THUS_TELLS, 'Прибирах се', 'Мария Петкова', ANY],
  ['ru: `Так рассказывает 70-летняя X Y` is X Y', RUSSIAN_THUS_TELLS, 'Зимой мы сидим', 'Анна Егорова', ANY],
  ['counter-case bg: `Така живее X Y` ("thus lives") tells nothing of who spoke', BULGARIAN_THUS_LIVES, 'Прибирах се', 'Николай Тодоров', ANY],
]);

const BENGALI_THIS_OWNER =
  'প্রথম রাতে মঞ্চে ওঠে নবারুণ নাট্যগোষ্ঠীর পালা। দর্শক দাঁড়িয়ে যান।\n\n' +
  'নবারুণ নাট্যগোষ্ঠীর অধিকারী হারাধন সাহা দুই যুগ ধরে দল চালাচ্ছেন।\n\n' +
  '“তবু থামিনি,” বললেন ৫৮ বছর বয়সী এই অধিকারী। “দর্শক ফিরলে যাত্রাও ফিরবে।”';
const BENGALI_THIS_OWNER_NEVER_NAMED = 'মেলার মাঠে দর্শক দাঁড়িয়ে যান।\n\n“তবু থামিনি,” বললেন ৫৮ বছর বয়সী এই অধিকারী। “দর্শক ফিরলে যাত্রাও ফিরবে।”';
const BENGALI_FAMILY_NAME_ALIKE =
  'নবারুণ নাট্যগোষ্ঠীর অধিকারী হারাধন সাহা দুই যুগ ধরে দল চালাচ্ছেন।\n\n' +
  '“তবু থামিনি,” বললেন অধ্যাপক তপন অধিকারী। “দর্শক ফিরলে যাত্রাও ফিরবে।”';

/** `বললেন … এই অধিকারী` after `… অধিকারী X Y …`: a noun after "this" is the person written right after it (lang/bn.ts, lang/bn-role-holder.ts). */
kindTable('Bengali: "this <noun>" is the person the text wrote right after that noun, though the noun is a family name too', [
  ['bn: `বললেন ৫৮ বছর বয়সী এই অধিকারী` is the one introduced as `… অধিকারী X Y`', BENGALI_THIS_OWNER, 'দর্শক ফিরলে', 'হারাধন সাহা', ANY],
  ['counter-case bn: no one written after the noun: no name', BENGALI_THIS_OWNER_NEVER_NAMED, 'দর্শক ফিরলে', UNNAMED, ANY],
  ['counter-case bn: the same word as a family name after a role stays that person', BENGALI_FAMILY_NAME_ALIKE, 'দর্শক ফিরলে', 'তপন অধিকারী', ANY],
]);
