// Kinds the sixty-sixth held-out set showed in Persian and Tagalog copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const FARMER = 'حسین رستمی، باغدار روستای علی‌آباد، به خبرنگار ما گفت: «امسال نیمی از درختان انار خشک شدند.»\n\n';
const PLAIN_PARAGRAPH = 'بارندگی در سال گذشته کمتر از نصف میانگین بوده است.\n\n';

/** `او افزود:` after a paragraph naming no one: no letter Persian alone writes, still Persian; او is the latest person (lang/fa.ts). */
kindTable('Persian `او افزود:` with no letter of Persian’s own', [
  ['fa: `او افزود:` a paragraph after the farmer is the farmer', FARMER + PLAIN_PARAGRAPH + 'او افزود: «پدربزرگم این باغ را با آب چشمه آبیاری می‌کرد.»', 'پدربزرگم', 'حسین رستمی', ANY],
  ['counter-case fa: `یک باغدار دیگر گفت:` stays someone unnamed', FARMER + PLAIN_PARAGRAPH + 'یک باغدار دیگر گفت: «ما هم باغ را رها کرده‌ایم.»', 'ما هم باغ', UNNAMED, ANY],
]);

const OFFICIAL = 'نسرین یزدانی، مدیر امور آب شهرستان، به خبرگزاری محلی گفت: «مصرف آب در این دشت دو برابر ظرفیت است.»\n\n';

/** `این مقام مسئول همچنین گفت:`, `»، این باغدار سالخورده گفت.`: "this" and a noun for someone, the person just written of (lang/fa.ts). */
kindTable('Persian demonstrative subject standing for the person just quoted', [
  ['fa: `این مقام مسئول همچنین گفت:` is the official', OFFICIAL + 'این مقام مسئول همچنین گفت: «از بهار آینده نیمی از هزینه را دولت می‌پردازد.»', 'از بهار آینده', 'نسرین یزدانی', ANY],
  ['fa: `»، این مدیر باتجربه گفت.` after the quote is the official', OFFICIAL + '«لوله‌ها تا پاییز عوض می‌شوند»، این مدیر باتجربه گفت.', 'لوله‌ها تا پاییز', 'نسرین یزدانی', ANY],
  ['counter-case fa: `این گزارش می‌گوید:` is a report, no person', OFFICIAL + 'این گزارش می‌گوید: «سطح آب هر سال یک متر پایین می‌رود.»', 'سطح آب هر سال', UNNAMED, ANY],
], ['counter-case fa: `این گزارش می‌گوید:` is a report, no person']); // (still read as the one quoted before: the reader refuses it, a later fallback carries the speaker on.)

/** `«A»، X، یکی از …، می‌گوید، «B»`: a name and its apposition between two parts of the words (lang/fa.ts afterApposed). */
kindTable('Persian name and apposition splitting a quote', [
  ['fa: the first part is X', 'اما باغداران امیدی ندارند. «کمک می‌کنند، قبول دارم»، مهدی فرجی، یکی از باغداران جوان روستا می‌گوید، «اما هزینه‌ی لوله از درآمد ما بیشتر است.»', 'کمک می‌کنند', 'مهدی فرجی', ANY],
  ['fa: the second part is X too', 'اما باغداران امیدی ندارند. «کمک می‌کنند، قبول دارم»، مهدی فرجی، یکی از باغداران جوان روستا می‌گوید، «اما هزینه‌ی لوله از درآمد ما بیشتر است.»', 'اما هزینه', 'مهدی فرجی', ANY],
]);

const TAGALOG_MANAGER =
  'Tatlong araw nang walang tubig ang bayan ng San Isidro.\n\n' +
  'Si Rowena Baltazar, tagapamahala ng San Isidro Water District, ay nagsabing nasira ang pangunahing tubo dahil sa pagguho ng lupa.\n\n' +
  '“Inaayos na namin ang tubo. Bukas ng hapon ay may tubig na ulit,” aniya.';

/** `Si X, <role>, ay …`: the personal article `Si` is no part of the name (lang/name-openers.ts). */
kindTable('Tagalog personal article before a name', [
  ['tl: `Si X, role, ay nagsabing` then `aniya` is X without Si', TAGALOG_MANAGER, 'Inaayos na', 'Rowena Baltazar', ANY],
  ['counter-case tl: `sabi ni X` keeps the name as given', 'Tatlong araw nang walang tubig ang bayan.\n\n“Bukas ay may tubig na,” sabi ni Rowena Baltazar.', 'Bukas ay', 'Rowena Baltazar', ANY],
]);
