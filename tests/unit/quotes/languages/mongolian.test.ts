// Mongolian (Cyrillic script, lang/mn.ts): invented articles of my own about a town library's repairs and a bus route, read
// whole by the quotes stage, with counter-cases (a body's name before a role, someone unnamed, Russian and Kazakh tags).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Дархан хотын төв номын сан өнөө намраас засварт орлоо. Ажил хоёр сар үргэлжилнэ.\n\n' +
  '“Номын сангийн дээвэр олон жил гоождог байсан. Одоо бүгдийг шинээр хийнэ” гэж хотын соёлын хэлтсийн мэргэжилтэн Д.Оюунчимэг ярилаа.\n\n' +
  'Тэрбээр “Уншлагын танхим шинэ оны өмнө нээгдэнэ. Бид үүнд итгэлтэй байна” гэлээ.\n\n' +
  'Дархан-Уул аймгийн Соёл урлагийн газрын дарга Б.Батболд уулзалтын үеэр ийн мэдэгдэв: “Номын сан хаалгаа бүрэн хаахгүй. Хүүхдийн хэсэг ажилласаар байна.”\n\n' +
  '“Бид номоо хайрцаглаж эхэлсэн. Долоо хоногийн дараа нүүнэ.”\n\n' +
  '“Зарим ном хэт хуучирсан тул сэргээн засна” гэж Батболд нэмж хэлэв.\n\n' +
  'Их сургуулийн оюутан Э.Тэмүүлэн “Шалгалтын үеэр хаана хичээл давтахаа мэдэхгүй байна” гэж хэлэв.\n\n' +
  'Номын сангийн ойролцоо амьдардаг, нэрээ нууцлахыг хүссэн нэгэн өвгөн “Засвар хэзээ дуусах бол? Бид өвөл хаашаа явах вэ?” гэж асуув.\n\n' +
  'Хөтөч эмэгтэй “Бид ажлаа үргэлжлүүлнэ. Уншигчид маань хүлээж байгаа” гэж хэлэв.\n\n' +
  'Орой нь Тэмүүлэн номоо цүнхэлж гэр рүүгээ явав. “Маргааш дахиад ирнэ, би хүлээж чадна” гэж тэр инээмсэглэв.';

const BUS =
  'Эрдэнэт хотод шинэ автобусны чиглэл нээгдлээ. Нийтийн тээврийн газрын дарга Г.Сүхбаатар хэвлэлийнхэнд ийн хэллээ: “Автобус өглөө зургаан цагаас явна. Үнэ өөрчлөгдөхгүй.”\n\n' +
  'Г.Сүхбаатарын хэлснээр, “шинэ чиглэлд арван хоёр автобус ажиллана”.\n\n' +
  '“Хүүхдүүд маань сургуульдаа амар очно” гэж эмэгтэйчүүдийн зөвлөлийн гишүүн О.Наранцэцэг хэлэв.\n\n' +
  '“Жолооч нар хангалттай байгаа юу?” гэж тэр асуув.\n\n' +
  'Автобусны жолооч П.Мөнх-Эрдэнэ “Бид шөнийн ээлжинд ч гарахад бэлэн байна” гэж бахархан хэлэв.';

/**
 * After the quote the quotative гэж, the subject (role words and a full name, a pronoun) and the verb; a bare `гэлээ`
 * or `гэж хэлэв` leaves the subject before the quote in its sentence; before a colon the subject opens the sentence; the
 * genitive before `хэлснээр` is "according to". A capitalised body before the role is no one; `нэгэн өвгөн` (an elder)
 * and `Хөтөч эмэгтэй` (a woman guide) are described, not named.
 */
const MONGOLIAN_ROWS: KindCase[] = [
  ['mn: `” гэж <role> Д.X ярилаа.` is Д.X with the role', LIBRARY, 'Номын сангийн дээвэр', 'Д.Оюунчимэг', 'мэргэжилтэн'],
  ['mn: `Тэрбээр “…” гэлээ.` is the one quoted just before', LIBRARY, 'Уншлагын танхим', 'Д.Оюунчимэг', ANY],
  ['mn: `<Body> дарга Б.X … ийн мэдэгдэв: “…”` is Б.X, not the body', LIBRARY, 'Номын сан хаалгаа', 'Б.Батболд', 'дарга'],
  ['mn: a quote standing alone after it goes on his turn', LIBRARY, 'Бид номоо хайрцаглаж', 'Б.Батболд', ANY],
  ['mn: `<role> Э.X “…” гэж хэлэв.` is Э.X, named before the quote', LIBRARY, 'Шалгалтын үеэр', 'Э.Тэмүүлэн', 'оюутан'],
  ['mn: `…, нэрээ нууцлахыг хүссэн нэгэн өвгөн “…” гэж асуув.` is no one named', LIBRARY, 'Засвар хэзээ', UNNAMED, null],
  ['mn: `Хөтөч эмэгтэй “…” гэж хэлэв.` is no one named', LIBRARY, 'Бид ажлаа', UNNAMED, null],
  ['mn: `<role> Г.X … ийн хэллээ: “…”` is Г.X', BUS, 'Автобус өглөө', 'Г.Сүхбаатар', 'дарга'],
  ['mn: `Г.Xын хэлснээр, “…”` is Г.X, the genitive off', BUS, 'шинэ чиглэлд', 'Г.Сүхбаатар', ANY],
  ['mn: `” гэж <role> О.X хэлэв.` is О.X', BUS, 'Хүүхдүүд маань', 'О.Наранцэцэг', 'гишүүн'],
  ['mn: `” гэж тэр асуув.` is the one quoted just before', BUS, 'Жолооч нар', 'О.Наранцэцэг', ANY],
  ['mn: `<role> П.X-Y “…” гэж бахархан хэлэв.` is П.X-Y, an adverb no subject', BUS, 'Бид шөнийн', 'П.Мөнх-Эрдэнэ', 'жолооч'],
];

/**
 * A given name alone (`Батболд`, `Тэмүүлэн`) stands for the full form the text gave before (lang/mn-names.ts, called from
 * fuller-names.ts), which attribute.ts asks for a Cyrillic name alone when such a full form stands before it.
 */
const SHORT_NAME_ROWS: KindCase[] = [
  ['mn: `” гэж Батболд нэмж хэлэв.` is Б.Батболд', LIBRARY, 'Зарим ном', 'Б.Батболд', ANY],
  ['mn: `Орой нь Тэмүүлэн … явав. “…” гэж тэр инээмсэглэв.` is Э.Тэмүүлэн', LIBRARY, 'Маргааш дахиад', 'Э.Тэмүүлэн', ANY],
];

const KINDERGARTEN =
  'Цэцэрлэгийн эрхлэгч Д.Сүрэн бидэнтэй уулзав. “Манай цэцэрлэгт байр дутагдаж байна” гэж тэрбээр хэлэв.\n\n' +
  'Хашаанд хоёр жижиг байшин бий.\n\n' +
  'Эрхлэгч Сүрэн цааш нь ингэж ярьлаа: “Өвөл халаалт хүрэлцдэггүй.”\n\n' +
  'Хоёр настай хүүгийн аав Т.Бат-Эрдэнэ хүүгээ өдөр бүр хүргэж өгдөг. “Зам муу, гэрэл байхгүй” гэж тэр ярилаа.';

/** `Эрхлэгч Сүрэн` opening a sentence: a Mongolian office noun is a role noun (newlang-roles.ts), no part of the name. */
const OFFICE_ROWS: KindCase[] = [
  ['mn: `Эрхлэгч X цааш нь … ярьлаа: “…”` is Д.X, the office noun no part of the name', KINDERGARTEN, 'Өвөл халаалт', 'Д.Сүрэн', ANY],
];

/** Read wrong for want of a shared piece: `гэж тэр` goes on the speaker quoted last, not the new subject the sentence before brings in (salience.ts). */
const SHARED_ROWS: KindCase[] = [
  ['mn: `<role> Т.X … өгдөг. “…” гэж тэр ярилаа.` is Т.X, the subject just brought in', KINDERGARTEN, 'Зам муу', 'Т.Бат-Эрдэнэ', ANY],
];

/** Counter-cases: Russian and Kazakh tags read as before, though Kazakh shares Mongolian's ө and ү. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказал директор X Y.` is still X Y', '«Мы откроем новую школу к сентябрю», — сказал директор департамента Иван Петров.', 'Мы откроем', 'Иван Петров', ANY],
  ['kk: `», – деді <role> X Y.` is still X Y', '«Жол күзге дейін жөнделеді, жұмыс күндіз-түні жүреді», – деді аудан әкімі Төлеген Сейітов.', 'Жол күзге', 'Төлеген Сейітов', ANY],
];

kindTable('Mongolian tags after and before the quote', MONGOLIAN_ROWS);
kindTable('Mongolian given names alone', SHORT_NAME_ROWS);
kindTable('Russian and Kazakh beside the Mongolian reader', NEIGHBOUR_ROWS);
kindTable('Mongolian offices before a given name', OFFICE_ROWS);
kindTable('Mongolian rows waiting on shared files', SHARED_ROWS, SHARED_ROWS.map(([name]) => name));
