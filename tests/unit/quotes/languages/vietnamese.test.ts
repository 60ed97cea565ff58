// Vietnamese (lang/vi.ts, lang/vi-before.ts): a form of address alone after a quote with what the person did as they
// spoke (`”, bà cười buồn.`), the same form alone opening the sentence before a quote that stands by itself (`Chị cho biết
// … . “…”`), and medical or academic degrees before a name (`BSCKII`, `ThS.BS`), each in short paragraphs of my own about
// invented people, with counter-cases: a form of address before a full name, someone left unnamed, a quoted name of a
// service that is no speech, a sentence with no verb of saying.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Bà Đinh Thị Tươi (58 tuổi, bán rau ở chợ Bến Lội) dậy từ 2 giờ sáng. “Rau lên giá mà khách thì ít”, bà Tươi kể.\n\n' +
  'Ông Vương Đức Hậu, Trưởng ban quản lý chợ, nhấn mạnh: “Chúng tôi sẽ sửa mái che trước mùa mưa.”\n\n' +
  'Gần trưa, bà Tươi mới bán hết mớ cải, vội vàng dọn hàng. “Mai lại dậy sớm như thế”, bà cười buồn.';

const FERRY =
  'Anh Lò Văn Sáng (29 tuổi, ở bản Nà Khoang) chở hàng qua sông mỗi ngày. Anh cho biết đã gọi đường dây “Đò Ngang Nhanh” nhưng không ai nghe máy. “Tôi gọi bốn lần mà vẫn phải chờ đò như mọi người.”\n\n' +
  'Chị Hà Thị Mơ, chủ một quán nước ở bến, thở dài. “Khách vắng lắm, chẳng ai muốn chờ”, chị lắc đầu.';

const CLINIC =
  'BSCKII Lưu Quang Thái, Trưởng khoa Hồi sức, cho rằng phần lớn ca nặng đến viện quá muộn. “Nhiều người tự mua thuốc ở nhà, đến khi khó thở mới vào viện.”\n\n' +
  'ThS.BS Mạc Thị Duyên, Phó khoa Dinh dưỡng, giải thích thêm về chế độ ăn. “Người bệnh cần ăn đủ đạm trong những ngày đầu.”\n\n' +
  'Một điều dưỡng trực đêm, đề nghị giấu tên, kể về ca làm việc kéo dài. “Chúng tôi ăn vội bát mì lúc ba giờ sáng rồi lại vào ca.”';

const CASES: KindCase[] = [
  ['a form of address and a name before the verb, after the quote (read before this reader)', MARKET, 'Rau lên giá', 'Đinh Thị Tươi', null],
  ['bà and a gesture (cười buồn) after the quote: the woman the text last wrote with bà, in full', MARKET, 'Mai lại dậy sớm', 'Đinh Thị Tươi', ANY],
  ['counter: a woman quoted later with her office is not the one bà stands for', MARKET, 'Chúng tôi sẽ sửa', 'Vương Đức Hậu', ANY],
  ['chị and a gesture (lắc đầu) after the quote: the woman just named', FERRY, 'Khách vắng lắm', 'Hà Thị Mơ', ANY],
  ['Anh cho biết … opening the sentence before a quote standing alone: the man just named', FERRY, 'Tôi gọi bốn lần', 'Lò Văn Sáng', null],
  ['BSCKII before a name opening the sentence before a quote: the degree is none of the name', CLINIC, 'Nhiều người tự mua', 'Lưu Quang Thái', ANY],
  ['ThS.BS (two degrees joined by a dot) before a name', CLINIC, 'Người bệnh cần ăn', 'Mạc Thị Duyên', ANY],
  ['counter: a nurse left unnamed before a quote standing alone stays unnamed', CLINIC, 'Chúng tôi ăn vội', UNNAMED, null],
  [
    'ông alone with nói after the quote: the man the text last wrote with ông',
    'Ông Hoàng Văn Khải (70 tuổi) giữ đền làng đã ba mươi năm.\n\nBà Quách Thị Nhàn, cán bộ văn hóa xã, cho biết đền sẽ được tu sửa.\n\nChiều muộn, ông Khải vẫn ngồi quét sân. “Còn sức thì tôi còn làm”, ông nói.',
    'Còn sức thì',
    'Hoàng Văn Khải',
    null,
  ],
  [
    'counter: bà after a quote, with a man named since: still the woman',
    'Bà Ninh Thị Huệ (66 tuổi) bán xôi ở đầu ngõ.\n\nÔng Giáp Văn Tú, hàng xóm, cũng ra ngồi cùng.\n\n“Xôi nguội thì chẳng ai mua”, bà cười.',
    'Xôi nguội thì',
    'Ninh Thị Huệ',
    ANY,
  ],
  [
    'anh and a gesture after a given name in apposition: the full name the text gave before',
    'Anh Đàm Quốc Việt làm thợ hồ ở công trình mới.\n\nTrưa nay, anh Việt ngồi nghỉ dưới giàn giáo. “Nắng thế này thì chỉ làm được nửa buổi”, anh thở dài.',
    'Nắng thế này',
    'Đàm Quốc Việt',
    ANY,
  ],
  [
    'counter: a sentence opened by bà with no verb of saying hands nothing to the pronoun reading before it',
    'Bà Khổng Thị Liên (49 tuổi) mở tiệm may từ năm 2000. Bà may áo dài cho cả phố. “Mùa cưới là tôi thức trắng đêm”, bà Liên kể.',
    'Mùa cưới là',
    'Khổng Thị Liên',
    null,
  ],
  [
    'Theo ông X, before a few quoted words: the man named there',
    'Ông Mai Xuân Trường, Giám đốc hợp tác xã, tiếp chúng tôi tại xưởng. Theo ông Trường, “giá phân bón vẫn còn quá cao”.',
    'giá phân bón',
    'Mai Xuân Trường',
    ANY,
  ],
  [
    'counter: a degree before a name with no comma and a verb of doing opens no quote of its own',
    'PGS.TS Tô Minh Nguyệt, Viện trưởng, vừa công bố kết quả nghiên cứu.\n\n“Mẫu nước ở ba xã đều vượt ngưỡng”, bà Nguyệt nhấn mạnh.',
    'Mẫu nước ở',
    'Tô Minh Nguyệt',
    ANY,
  ],
  [
    'cô and a verb of saying after the quote: the woman named before, a teacher',
    'Cô Lã Thu Hiền dạy lớp ghép ở điểm trường Khuổi Pết. “Các em đi bộ hai tiếng mới tới lớp”, cô kể.',
    'Các em đi bộ',
    'Lã Thu Hiền',
    null,
  ],
];

// (`cô kể` is lang/adjacent.ts's reading, a pronoun: the person the sentence before names, where newlang-introduced.ts takes
// the school's place name after `điểm trường` for a person.)
kindTable('Vietnamese attribution', CASES, ['cô and a verb of saying after the quote: the woman named before, a teacher']);
