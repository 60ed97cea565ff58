// Kinds the fifty-sixth held-out set showed in Hebrew, Korean, Persian and Arabic, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, DESCRIBED, UNNAMED, ANY } from './kind-table';

const HEBREW_ALREADY_BEFORE_VERB =
  'בינתיים התושבים לא מוותרים. מיכל ברגר כבר הבטיחה להביא שולחנות. "אם לא יתנו לנו, נשחק בחוץ", אמרה.';
const HEBREW_ALSO_BEFORE_VERB =
  'בינתיים התושבים לא מוותרים. מיכל ברגר גם הבטיחה להביא שולחנות. "אם לא יתנו לנו, נשחק בחוץ", אמרה.';
const HEBREW_NO_ADVERB =
  'בינתיים התושבים לא מוותרים. מיכל ברגר הבטיחה להביא שולחנות. "אם לא יתנו לנו, נשחק בחוץ", אמרה.';

/** `X Y כבר הבטיחה …` then `"…", אמרה`: an adverb between the name and its verb is no part of the name (lang/semitic-adverbs.ts). */
kindTable('Hebrew: "already", "also" between a name and its verb', [
  ['he: `X Y כבר הבטיחה` is X Y, not `Y כבר`', HEBREW_ALREADY_BEFORE_VERB, 'אם לא יתנו לנו', 'מיכל ברגר', ANY],
  ['he: `X Y גם הבטיחה` is X Y', HEBREW_ALSO_BEFORE_VERB, 'אם לא יתנו לנו', 'מיכל ברגר', ANY],
  ['counter-case he: `X Y הבטיחה` with no adverb stays X Y', HEBREW_NO_ADVERB, 'אם לא יתנו לנו', 'מיכל ברגר', ANY],
]);

const KOREAN_FELLOW_AFTER_BODY =
  '전문가들은 경고한다. 박민수 한국해양수산개발원 연구위원은 “어촌 학교가 줄고 있다”며 “대책이 필요하다”고 지적했다.';
const KOREAN_FELLOW_NO_NAME = '한국해양수산개발원 연구위원은 “어촌 학교가 줄고 있다”고 지적했다.';
const KOREAN_GIRL_FULL_NAME =
  '박민수 씨는 “학교가 없어진다”고 말했다. 마지막 졸업생 최서윤양은 “친구가 없어서 외로웠다”고 말했다.';
const KOREAN_OCEAN_NOUN = '박민수 씨는 “학교가 없어진다”고 말했다. 한국해양은 “친구가 없어서 외로웠다”고 밝혔다.';

/** `X 한국…원 연구위원은`: an office shaped like an occupation (-원) after a full name and its body is theirs (lang/ko.ts). */
kindTable('Korean: a research fellow named before the body and the office', [
  ['ko: `X 기관 연구위원은 “…”` is X, the office the role', KOREAN_FELLOW_AFTER_BODY, '어촌 학교가', '박민수', '연구위원'],
  ['ko: the second part after `며` is X too', KOREAN_FELLOW_AFTER_BODY, '대책이 필요하다', '박민수', ANY],
  ['counter-case ko: `기관 연구위원은` with no name stays described', KOREAN_FELLOW_NO_NAME, '어촌 학교가', DESCRIBED, ANY],
]);

/** `졸업생 최서윤양은 “…”`: a full name with 양 written against it and no age is the girl named (lang/ko.ts). */
kindTable('Korean: a girl by her full name and 양', [
  ['ko: `최서윤양은 “…”` is 최서윤', KOREAN_GIRL_FULL_NAME, '친구가 없어서', '최서윤', ANY],
  ['counter-case ko: `한국해양은` (a noun in -해양) is no girl', KOREAN_OCEAN_NOUN, '친구가 없어서', '박민수', ANY],
]);

const PERSIAN_FEATURE =
  '«باغ که خشک شد، همه رفتند.» این را محمود رضایی، باغدار شصت‌ساله‌ای می‌گوید.\n\n' +
  'او می‌افزاید: «پدرم می‌گفت این باغ مال همه است.»\n\n' +
  'همه اهالی خوش‌بین نیستند. یک زن روستایی که نخواست نامش فاش شود، گفت: «بیست سال است که وعده می‌دهند.»\n\n' +
  'محمود رضایی هر روز به باغ سر می‌زند. «من شاید آن روز را نبینم»، می‌گوید، «اما بچه‌ها باید بدانند.»';
const PERSIAN_UNKNOWN_OPENING =
  '«باغ که خشک شد، همه رفتند.» این را محمود رضایی، باغدار شصت‌ساله‌ای می‌گوید.\n\n' +
  'همه اهالی خوش‌بین نیستند. یک زن روستایی که نخواست نامش فاش شود، گفت: «بیست سال است که وعده می‌دهند.»\n\n' +
  'کشاورزان محلی هر روز به باغ سر می‌زنند. «من شاید آن روز را نبینم»، می‌گوید، «اما بچه‌ها باید بدانند.»';

/**
 * `او می‌افزاید:` (he adds, present tense); `«A»، می‌گوید، «B»` (the verb alone between two parts); and a paragraph opening with
 * a name the text wrote before (lang/fa.ts, lang/fa-subject.ts).
 */
kindTable('Persian: a person quoted several times in a feature', [
  ['fa: `او می‌افزاید:` is the person just introduced', PERSIAN_FEATURE, 'پدرم می‌گفت', 'محمود رضایی', ANY],
  ['fa: `X Y هر روز … .` then `«A»، می‌گوید،` is X Y, not the unnamed woman before', PERSIAN_FEATURE, 'من شاید آن روز', 'محمود رضایی', ANY],
  ['fa: the part after `، می‌گوید،` is X Y too', PERSIAN_FEATURE, 'اما بچه‌ها', 'محمود رضایی', ANY],
  ['fa: the unnamed woman stays described', PERSIAN_FEATURE, 'بیست سال', DESCRIBED, ANY],
  ['counter-case fa: a paragraph opening with words the text never wrote before names no one', PERSIAN_UNKNOWN_OPENING, 'من شاید آن روز', UNNAMED, ANY],
]);

const ARABIC_WHILE_DOING =
  'وتعود الأغاني القديمة إلى الساحة. يبتسم سليم خوري وهو يجمع ما تبقى من الثمار تحت شجرته: «سنبقى هنا مهما حدث. هذه الأرض لا تباع».';
const ARABIC_WHILE_DOING_DESCRIBED =
  'وتعود الأغاني القديمة إلى الساحة. يبتسم المزارع العجوز وهو يجمع ما تبقى من الثمار: «سنبقى هنا مهما حدث. هذه الأرض لا تباع».';

/** `يبتسم X Y وهو يجمع …: «…»`: a verb of doing, the name, "while he" and what he does, then the colon (lang/semitic-opening.ts). */
kindTable('Arabic: a name between a verb of doing and "while he"', [
  ['ar: `يبتسم X Y وهو يجمع …:` is X Y', ARABIC_WHILE_DOING, 'سنبقى هنا', 'سليم خوري', ANY],
  ['counter-case ar: `يبتسم المزارع العجوز وهو …:` names no one', ARABIC_WHILE_DOING_DESCRIBED, 'سنبقى هنا', UNNAMED, ANY],
]);
