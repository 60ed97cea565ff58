// Persian (lang/fa.ts, lang/fa-subject.ts): `«…»؛ این را X گفت و افزود: «…»` ("this X said, and added"), someone unnamed with
// an age, an origin and a relative clause (`یک … ساله از … که خواست نامش فاش نشود، … گفت:`), `یک <noun> به نام X Y گفت:` (a
// farmer named X Y), the office first or the name first, `به گفته`, `او گفت:`; in short paragraphs of my own about invented
// people, with counter-cases: a time opening with `یک` (one day later), a body, someone unnamed after the quote.
import { describe, expect, it } from 'vitest';
import { persianSubject } from '../../../../utils/quotes/lang/fa-subject';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const COUNCIL =
  'شورای شهر دیروز درباره طرح اتوبوس‌های برقی رأی‌گیری کرد.\n\n' +
  'در مقابل، مریم حسینی، عضو کمیسیون عمران شورا، با طرح مخالفت کرد و گفت که هزینه آن روشن نیست. «بودجه این طرح معلوم نیست»؛ این را حسینی گفت و افزود: «هیچ کس نگفته پول از کجا می‌آید.»\n\n' +
  'یک راننده تاکسی ۴۰ ساله از محله‌های جنوبی شهر که خواست نامش فاش نشود، در گفت‌وگو با خبرنگار ما گفت: «کرایه‌ها را هر سال بالا می‌برند.»\n\n' +
  'یک روز بعد، رضا کاظمی، شهردار، به خبرنگاران گفت: «طرح در جزئیات اصلاح می‌شود.»\n\n' +
  'یک کشاورز به نام حسن رحیمی گفت: «آب چاه‌ها هر سال پایین‌تر می‌رود.»\n\n' +
  'سازمان حفاظت محیط زیست اعلام کرد: «آلودگی هوا در سه روز آینده ادامه دارد.»';

const HARVEST =
  'برداشت پسته در باغ‌های اطراف شهر کوچک آغاز شد.\n\n' +
  'مدیرکل جهاد کشاورزی استان، مهدی فراهانی، به خبرنگار ما گفت: «امسال محصول نسبت به پارسال کمتر است.»\n\n' +
  'سیما رضایی، کارشناس اقتصاد کشاورزی، از افت صادرات انتقاد کرد. او گفت: «بازارهای همسایه را از دست داده‌ایم.»\n\n' +
  'به گفته این کارشناس، «قیمت پسته در بازار داخلی هم پایین آمده است.»\n\n' +
  '«ما هر روز از صبح تا شب کار می‌کنیم»، یکی از کارگران باغ گفت.\n\n' +
  '«سرما در بهار نیمی از گل‌ها را سوزاند»، فراهانی در ادامه افزود.';

const WORKSHOP =
  'کارگاه‌های قالی‌بافی روستا یکی پس از دیگری تعطیل می‌شوند.\n\n' +
  'علی مرادی‌نیا، مدیر تعاونی قالی‌بافان، در جلسه حاضر بود و از وضعیت بازار گزارش داد. مرادی‌نیا گفت: «سفارش‌ها نصف شده است.»';

const MARKET =
  'بازار میوه شهر از هفته پیش با کمبود کارگر روبه‌رو شده است.\n\n' +
  'رئیس اتحادیه میوه‌فروشان، ناصر شریفی، در نشستی خبری گفت: «نیمی از غرفه‌ها بدون کارگر مانده است.»\n\n' +
  'وی افزود: «دستمزدها با تورم هماهنگ نیست.»\n\n' +
  'لیلا صادقی، فروشنده سبزی، از گرانی اجاره‌ها گفت. «از صبح تا ظهر حتی یک مشتری هم نیامد»، خانم صادقی گفت.\n\n' +
  'یکی از باربران قدیمی بازار از ته راهرو پرسید: «چه کسی جواب ما را می‌دهد؟»';

const ROWS: KindCase[] = [
  ['counter-case fa: `رئیس سازمان…، X Y، گفت:` opens with an office, not a body: X Y', MARKET, 'نیمی از غرفه‌ها', 'ناصر شریفی', 'رئیس'],
  ['fa: `وی افزود:` (he/she added) is the one just quoted', MARKET, 'دستمزدها با', 'ناصر شریفی', ANY],
  ['fa: `»، خانم X گفت.` after the quote, a form of address off the name', MARKET, 'از صبح تا ظهر', 'لیلا صادقی', ANY],
  ['counter-case fa: `یکی از باربران … پرسید:` (one of the porters asked) is someone unnamed', MARKET, 'چه کسی جواب', UNNAMED, null],
  ['fa: `«…»؛ این را X گفت و افزود:` ("this X said"): the words before are X’s, named in full before', COUNCIL, 'بودجه این طرح', 'مریم حسینی', ANY],
  ['fa: `؛ این را X گفت و افزود: «…»`: the words after are X’s too', COUNCIL, 'هیچ کس نگفته', 'مریم حسینی', ANY],
  ['counter-case fa: `یک <noun> ۴۰ ساله از … که خواست نامش فاش نشود، … گفت:` is someone unnamed', COUNCIL, 'کرایه‌ها را', DESCRIBED, null],
  ['counter-case fa: `یک روز بعد،` (one day later) opens a time, not someone unnamed', COUNCIL, 'طرح در جزئیات', 'رضا کاظمی', ANY],
  ['fa: `یک <noun> به نام X Y گفت:` (a farmer named X Y) is X Y, the noun the role', COUNCIL, 'آب چاه‌ها', 'حسن رحیمی', 'کشاورز'],
  ['counter-case fa: `سازمان … اعلام کرد:` (an organisation announced) is a body, no person', COUNCIL, 'آلودگی هوا', UNNAMED, null],
  ['fa: the office first, `<office>، X Y، … گفت:`, is X Y with the office', HARVEST, 'امسال محصول', 'مهدی فراهانی', 'مدیرکل'],
  ['fa: `او گفت:` (he/she said) is the one the sentence before brings in', HARVEST, 'بازارهای همسایه', 'سیما رضایی', ANY],
  ['fa: `به گفته این کارشناس،` (according to this expert) is the one the text gave that office', HARVEST, 'قیمت پسته', 'سیما رضایی', ANY],
  ['counter-case fa: `»، یکی از کارگران باغ گفت.` (one of the workers) after the quote stays unnamed', HARVEST, 'ما هر روز', UNNAMED, null],
  ['fa: `»، X در ادامه افزود.` (a family name, an adjunct, added) is the one named in full before', HARVEST, 'سرما در بهار', 'مهدی فراهانی', ANY],
  ['fa: a family name written with a zero-width non-joiner (`مرادی‌نیا`) is the one named in full before', WORKSHOP, 'سفارش‌ها نصف', 'علی مرادی‌نیا', ANY],
];
kindTable('Persian tags, unnamed speakers and names after `به نام`', ROWS);

// (Batch s49: a family name compounded with a non-joiner opening `… توضیح می‌دهد که …: «…»`, a place of several words before
// the name and its office, `به گفته‌ی X` with the ezafe written, the subject left out after the quote, `»، گفت و …`.)
const BAKERY =
  'نانوایی‌های شهر از اول ماه نان را گران‌تر می‌فروشند.\n\n' +
  'کامران نیک‌فرجام، ۵۵ ساله، که سی سال است در محله‌ی بالا نان می‌پزد، کیسه‌ی آردی را باز می‌کند. «آرد هر هفته گران‌تر می‌شود»، نیک‌فرجام می‌گوید.\n\n' +
  'روی در نانوایی، کاغذی زده‌اند. نیک‌فرجام توضیح می‌دهد که فروش نسیه این روزها یعنی زیان: «پول امروز تا آخر ماه نصف می‌شود.»\n\n' +
  'همسایه‌اش توضیح می‌دهد که صف‌ها کوتاه‌تر شده است: «مردم نان کمتری می‌خرند.»\n\n' +
  'در آن سوی خیابان شلوغ میدان، شیرین عسگری، پرستار بازنشسته، با دو نان از صف بیرون می‌آید. او می‌گوید حقوقش دیگر به آخر ماه نمی‌رسد.\n\n' +
  '«گوشت را ماهی یک بار می‌خریم.»\n\n' +
  'به گفته‌ی عسگری، همکارانش هم کار دوم پیدا کرده‌اند. «یکی از دوستانم شب‌ها تاکسی می‌راند»، او افزود.\n\n' +
  'عصر جمعه، وقتی چراغ‌های کوچه روشن می‌شد، نیک‌فرجام هنوز پشت تنور بود. «شاید فردا بهتر شود»، گفت و در را بست.\n\n';

const BATCH_S49: KindCase[] = [
  ['fa: `X توضیح می‌دهد که …: «…»`, a family name compounded with a non-joiner, is the one named in full before', BAKERY, 'پول امروز', 'کامران نیک‌فرجام', ANY],
  ['counter-case fa: `همسایه‌اش توضیح می‌دهد که …:` ("his neighbour") is no name', BAKERY, 'مردم نان کمتری', UNNAMED, ANY],
  ['fa: a quote alone after `<a place of four words>، X Y، <office>، …۔ او می‌گوید …` is X Y', BAKERY, 'گوشت را ماهی', 'شیرین عسگری', ANY],
  ['fa: `به گفته‌ی X، …۔ «…»، او افزود.`: the ezafe written after گفته', BAKERY, 'یکی از دوستانم', 'شیرین عسگری', ANY],
  ['fa: `«…»، گفت و …` (said, and …): the subject left out is the one the sentence before names after its times', BAKERY, 'شاید فردا', 'کامران نیک‌فرجام', ANY],
];
kindTable('Persian batch s49: compound family names, places before names, subjects left out', BATCH_S49);

describe('a Persian sentence opening with times, then its subject (lang/fa-subject.ts)', () => {
  const opening = 'عصر جمعه، وقتی باران بند آمد، ';
  it('reads one family name compounded with a non-joiner', () => expect(persianSubject(`${opening}نیک‌فرجام هنوز پشت تنور بود.`)?.phrase).toBe('نیک‌فرجام'));
  it('reads no common noun ending in -ی (a customer)', () => expect(persianSubject(`${opening}مشتری هنوز پشت در بود.`)).toBeNull());
  it('reads no plural written with the non-joiner (the bakeries)', () => expect(persianSubject(`${opening}نانوایی‌ها هنوز باز بودند.`)).toBeNull());
});
