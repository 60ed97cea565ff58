// Kinds the sixty-sixth held-out set showed in Persian and Tagalog copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const FA_PLACE_SENTENCE_BEFORE_PRONOUN =
  'حسین رضایی، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'در کلاته، از ۸۰ خانوار روستا تنها بیست خانوار هنوز انار می‌کارند.\n\n' +
  'او افزود: «آب چاه دیگر نمی‌رسد.»';
const FA_QUESTION_BEFORE_DEMONSTRATIVE =
  'حسین رضایی، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'از او می‌پرسیم آیا به فروش باغ فکر کرده است.\n\n' +
  '«باغ را نمی‌فروشم»، این باغدار پیر گفت.';
const FA_NAME_AFTER_PLACE_GROUP =
  'حسین رضایی، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'در کلاته، مینا جعفری، معلم مدرسه‌ی روستا، هر روز از کنار باغ‌ها می‌گذرد.\n\n' +
  'او گفت: «بچه‌ها دیگر در باغ کار نمی‌کنند.»';

/** A Persian sentence is read by persianSubject only: the Arabic and Urdu readers took `در X` and `… فروش باغ فکر` for names (lang/fa-subject.ts). */
kindTable('A Persian sentence before a pronoun or demonstrative is read as Persian, not Arabic or Urdu', [
  ['fa: a sentence opening `در کلاته،` (a place) gives او no name: the farmer named before', FA_PLACE_SENTENCE_BEFORE_PRONOUN, 'آب چاه', 'حسین رضایی', ANY],
  ['fa: `به فروش باغ فکر` (Urdu\'s seller) is no role and name: `این باغدار پیر` is the farmer', FA_QUESTION_BEFORE_DEMONSTRATIVE, 'باغ را', 'حسین رضایی', ANY],
  ['counter-case fa: a name after the place group is still introduced', FA_NAME_AFTER_PLACE_GROUP, 'بچه‌ها دیگر', 'مینا جعفری', ANY],
]);

const FA_BASIS_GROUP_BEFORE_PRONOUN =
  'حسین رضایی، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'کلاته با حدود دویست هکتار باغ، از قطب‌های انار استان است. بر پایه‌ی گزارش اداره‌ی آب، سطح چاه‌ها پنج متر پایین رفته است.\n\n' +
  'او افزود: «آب چاه دیگر نمی‌رسد.»';
const FA_FAMILY_NAME_AFTER_TIME =
  'حسن رحیمت، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'به گفته‌ی مینا جعفری، معلم مدرسه‌ی روستا، «بچه‌ها دیگر در باغ کار نمی‌کنند.»\n\n' +
  'شب که می‌رسد، رحیمت سبدها را به انبار می‌برد. از او می‌پرسیم آیا به فروش باغ فکر کرده است.\n\n' +
  '«باغ را نمی‌فروشم»، این باغدار پیر گفت.';
const FA_COMMON_NOUN_AFTER_TIME =
  'حسن رحیمت، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'به گفته‌ی مینا جعفری، معلم مدرسه‌ی روستا، «بچه‌ها دیگر در باغ کار نمی‌کنند.»\n\n' +
  'شب که می‌رسد، باران سبدها را خیس می‌کند.\n\n' +
  '«باغ را نمی‌فروشم»، این معلم گفت.';
const FA_PLACE_AFTER_TIME =
  'حسن رحیمت، باغدار ۵۰ ساله‌ی روستای کلاته، گفت: «امسال انار کم شد.»\n\n' +
  'به گفته‌ی مینا جعفری، معلم مدرسه‌ی روستا، «بچه‌ها دیگر در باغ کار نمی‌کنند.»\n\n' +
  'شب که می‌رسد، کلاته در تاریکی فرو می‌رود.\n\n' +
  '«باغ را نمی‌فروشم»، این معلم گفت.';

/**
 * `بر پایه‌ی آمار …،` ("on the basis of") opens no name, nor does a word closing on the ezafe (`پایه‌ی`); after a group of
 * time, `شب که می‌رسد، رحیمت …` is the person the text named `حسن رحیمت، …` (lang/fa-subject.ts).
 */
kindTable('A Persian sentence opening with a preposition’s group, then the subject', [
  ['fa: `بر پایه‌ی گزارش …،` is no name: او is the farmer named before', FA_BASIS_GROUP_BEFORE_PRONOUN, 'آب چاه', 'حسین رضایی', ANY],
  ['fa: `شب که می‌رسد، رحیمت …` is the farmer named `حسن رحیمت، …` before', FA_FAMILY_NAME_AFTER_TIME, 'باغ را', 'حسن رحیمت', ANY],
  ['counter-case fa: `شب که می‌رسد، باران …` (rain) names no one: `این معلم` is the teacher quoted last', FA_COMMON_NOUN_AFTER_TIME, 'باغ را', 'مینا جعفری', ANY],
  ['counter-case fa: `شب که می‌رسد، کلاته …` is the village written `روستای کلاته،`, no person', FA_PLACE_AFTER_TIME, 'باغ را', 'مینا جعفری', ANY],
]);

const TL_OFFICE_BEFORE_COLON =
  'Tatlong araw nang walang tubig ang mga taga-Sampaloc matapos masira ang pangunahing tubo ng bayan.\n\n' +
  '“Hindi kami makapagluto nang maayos,” sabi ni Rowena Pascual, tindera sa palengke.\n\n' +
  'Para kay Mayor Efren Bautista, kailangan nang palitan ang lumang tubo. Sa isang pagpupulong noong Martes, sinabi ng alkalde: “Hindi na natin puwedeng ipagpaliban ang proyektong ito.”';
const TL_GROUP_BEFORE_COLON =
  'Tatlong araw nang walang tubig ang mga taga-Sampaloc matapos masira ang pangunahing tubo ng bayan.\n\n' +
  'Sa pulong kahapon, sinabi ng mga magulang sa paaralan: “Hindi na namin alam kung saan kukuha ng tubig.”';

/** `…, sinabi ng alkalde: “…”`: a verb in -in- and `ng` before one common noun, an office the text gave someone (lang/tl.ts). */
kindTable('Tagalog `sinabi ng <office>:` before a quote', [
  ['tl: `sinabi ng alkalde:` is the mayor named before', TL_OFFICE_BEFORE_COLON, 'Hindi na natin', 'Efren Bautista', ANY],
  ['counter-case tl: `sinabi ng mga magulang sa …:` is no office', TL_GROUP_BEFORE_COLON, 'Hindi na namin', UNNAMED, ANY],
]);

const TL_GROUP_NAME_IN_MARKS =
  'Tatlong araw nang walang tubig ang mga taga-Sampaloc matapos masira ang pangunahing tubo ng bayan.\n\n' +
  'Si Josefina Alcantara, tagapangulo ng samahang “Bagong Sampaloc,” ay nagsabing matagal na nilang hinihiling ang bagong tubo.\n\n' +
  '“Limang taon na naming inirereklamo ito. Pero walang nakikinig sa amin.\n\n' +
  '“Ngayon, tingnan ninyo ang mga pamilyang walang maiinom,” sabi niya.';
const TL_PERSON_NAMED_AFTER =
  'Tatlong araw nang walang tubig ang mga taga-Sampaloc matapos masira ang pangunahing tubo ng bayan.\n\n' +
  'Kasama ng samahang “Bagong Sampaloc” si Josefina Alcantara, na matagal nang humihiling ng bagong tubo.\n\n' +
  '“Limang taon na naming inirereklamo ito,” sabi niya.';

/** `ng grupong “X Y,” ay …`: a run alone between quotation marks names a group or a work, no person (body-names.ts). */
kindTable('A name in quotation marks is a group’s, not the speaker introduced', [
  ['tl: the group `“Bagong Sampaloc,”` is not who speaks: its spokeswoman is', TL_GROUP_NAME_IN_MARKS, 'Limang taon', 'Josefina Alcantara', ANY],
  ['counter-case tl: a person named outside the marks after the group is still the speaker', TL_PERSON_NAMED_AFTER, 'Limang taon', 'Josefina Alcantara', ANY],
]);

const TL_AGE_THEN_ROLE = '“Hindi kami makapagluto nang maayos,” sabi ni Rowena Pascual, 52, tindera ng isda sa palengke.';
const TL_AGE_THEN_ORIGIN = '“Wala kaming tubig mula Lunes,” sabi ni Dante Ocampo, 61, taga-Malolos.';

/** `sabi ni X, 47, may-ari ng …`: an age between the name and the role after it (lang/tl.ts). */
kindTable('Tagalog tag with an age before the role', [
  ['tl: `sabi ni X, 52, tindera ng isda` gives the role after the age', TL_AGE_THEN_ROLE, 'Hindi kami', 'Rowena Pascual', 'tindera'],
  ['counter-case tl: `sabi ni X, 61, taga-Malolos` (where one is from) is no role', TL_AGE_THEN_ORIGIN, 'Wala kaming', 'Dante Ocampo', null],
]);
