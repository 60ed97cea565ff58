// Descriptor kinds the fifty-third held-out set showed (a noun for any official, an Indonesian noun pointed back at
// past a relative clause), each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const ARABIC_OFFICIAL_AFTER_DIRECTOR =
  'وقالت مديرة المستشفى الدكتورة سلمى الحداد للصحفيين: «سنفتح الجناح الجديد في الربيع المقبل».\n\n' +
  '«الأسرّة جاهزة، وننتظر الأطباء فقط»، بحسب المسؤولة، التي أكدت أن التمويل متوفر.';
const ENGLISH_OFFICIAL_AFTER_DIRECTOR =
  'Harbor director Nadia Orlov told reporters on Monday: "No workshop will close before the new site is ready."\n\n' +
  '"The new site faces the water directly," according to the official, who said the authority would pay for the move.';
const OFFICIAL_AFTER_A_RESIDENT =
  'Tomas Birk has fished from the old pier for forty years. "They never asked us," Birk said.\n\n' +
  '"The pier will be rebuilt by spring," according to the official, who would not give a date for the work.';
const ANOTHER_OFFICE_HOLDER_SINCE =
  'Harbor director Nadia Orlov told reporters on Monday: "No workshop will close before the new site is ready."\n\n' +
  'County Commissioner Wendell Hsu, who chairs the budget panel, has asked for an audit of the project.\n\n' +
  '"The money is already spent," according to the official.';

/** `«…»، بحسب المسؤول`, `"…," according to the official` right after a quote of someone holding an office (last-speaker-role.ts). */
kindTable('A noun for any official stands for the office holder just quoted', [
  ['ar: `بحسب المسؤولة` after a quote of a hospital director is that director', ARABIC_OFFICIAL_AFTER_DIRECTOR, 'الأسرّة جاهزة', 'سلمى الحداد', ANY],
  ['en: `according to the official` after a quote of a harbor director is that director', ENGLISH_OFFICIAL_AFTER_DIRECTOR, 'The new site faces', 'Nadia Orlov', ANY],
  ['counter-case en: the speaker before holds no office: the official is someone else', OFFICIAL_AFTER_A_RESIDENT, 'The pier will be rebuilt', DESCRIBED, ANY],
  ['counter-case en: another office holder named since: not the speaker before', ANOTHER_OFFICE_HOLDER_SINCE, 'The money is already spent', DESCRIBED, ANY],
]);

const REGENT_POINTED_BACK =
  'Bupati Sungai Jernih Hendra Kusuma meninjau lokasi banjir pada Selasa pagi. "Tanggul ini harus selesai sebelum musim hujan," kata Hendra kepada wartawan.\n\n' +
  'Ia juga menjanjikan bantuan beras bagi warga. "Kami kirim sepuluh ton minggu ini," ujar bupati yang baru dilantik tahun lalu itu.';
const TRADER_WITHOUT_POINTER =
  'Bupati Sungai Jernih Hendra Kusuma meninjau lokasi banjir pada Selasa pagi. "Tanggul ini harus selesai sebelum musim hujan," kata Hendra kepada wartawan.\n\n' +
  'Di pengungsian, air bersih masih kurang. "Sumur kami keruh semua," kata pedagang yang sudah tiga hari mengungsi.';

/** `tutur wali kota yang … itu`: a noun, a `yang` clause and `itu`/`tersebut` points back at someone the text has (lang/id.ts). */
kindTable('Indonesian: a noun with a relative clause closed by `itu` is the person the text has', [
  ['id: `ujar bupati yang baru dilantik tahun lalu itu` is the regent just quoted', REGENT_POINTED_BACK, 'Kami kirim sepuluh ton', 'Hendra Kusuma', ANY],
  ['counter-case id: `kata pedagang yang …` with no `itu` is someone unnamed', TRADER_WITHOUT_POINTER, 'Sumur kami keruh', DESCRIBED, ANY],
]);

const VIETNAMESE_ADDRESS_AFTER_SUBJECT =
  'Ông Lê Văn Tấn, chủ một vườn cà phê ở xã Ea Kar, cho biết năm nay mất mùa. “Mưa kéo dài làm rụng hết trái,” ông Tấn nói.\n\n' +
  'Theo TS Đỗ Minh Quang, chuyên gia nông nghiệp, nông dân cần đa dạng cây trồng. “Không nên bỏ hết trứng vào một giỏ,” ông Quang khuyến nghị.\n\n' +
  'Dù vậy, ông Tấn vẫn muốn giữ vườn. “Tôi sẽ trồng lại từ đầu,” ông nói.';
const VIETNAMESE_OTHER_ADDRESS_BEFORE =
  'Ông Lê Văn Tấn, chủ một vườn cà phê ở xã Ea Kar, cho biết năm nay mất mùa. “Mưa kéo dài làm rụng hết trái,” ông Tấn nói.\n\n' +
  'Theo TS Đỗ Minh Quang, chuyên gia nông nghiệp, nông dân cần đa dạng cây trồng. “Không nên bỏ hết trứng vào một giỏ,” ông Quang khuyến nghị.\n\n' +
  'Dù vậy, bà Hoa vẫn muốn giữ vườn. “Tôi sẽ trồng lại từ đầu,” ông nói.';

/** `ông X vẫn … “…,” ông nói`: the address in the tag is the one the sentence before the quote opens with (lang/vi-introduced.ts). */
kindTable('Vietnamese: an address after the quote is the person the sentence before opens with', [
  ['vi: `ông Tấn vẫn muốn … “…,” ông nói` is Tấn, not the man quoted last', VIETNAMESE_ADDRESS_AFTER_SUBJECT, 'Tôi sẽ trồng lại', 'Lê Văn Tấn', ANY],
  ['counter-case vi: `bà Hoa … “…,” ông nói`: another address, the man quoted last', VIETNAMESE_OTHER_ADDRESS_BEFORE, 'Tôi sẽ trồng lại', 'Đỗ Minh Quang', ANY],
]);
