// Vietnamese and Indonesian/Malay speakers named once in full and again by a form of address (the sixty-sixth held-out
// set showed `Anh <Given>` after a full Vietnamese name, `X, yang akrab disapa <Nickname>`, a speaker
// introduced as `Bà <Name> (<age>, <home>), <description>, chia sẻ:` and `TS <Given>` taking the degree for the role),
// in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const VI = '“Nước lên nhanh quá, chúng tôi chưa kịp dọn đồ lên gác”';

/** `Anh Lâm` (Chị, Cô, Em …) after `Ngô Thanh Lâm`: the kinship address and the given name are that person (lang/vi-kin-given.ts). */
kindTable('A Vietnamese kinship address before the given name is the person named in full', [
  ['vi: `Anh Minh cho biết` opening the sentence after `anh Ngô Đức Minh`', `Trong xóm, anh Ngô Đức Minh, thợ hàn, đã ở đây hai mươi năm.\n\nAnh Minh cho biết đêm qua cả xóm thức trắng. ${VI}, anh nói.`, 'Nước lên', 'Ngô Đức Minh', ANY],
  ['vi: `Chị Mai kể` after `chị Hồ Thị Mai`', `Chị Hồ Thị Mai, tiểu thương chợ Cồn, mất hết hàng.\n\nChị Mai kể lại đêm mưa lớn. ${VI}, chị nói.`, 'Nước lên', 'Hồ Thị Mai', ANY],
  ['counter-case en: `Anh Tran` in English stays a two-word name', 'The bakery reopened on Monday.\n\n"We lost two days of flour to the flood," Anh Tran said.', 'We lost', 'Anh Tran', ANY],
]);

/** `Bà X (61 tuổi, trú …), bán rau ở chợ Y, kể:` before the quote: name, aside, description, verb (lang/vi-apposed-before.ts). */
kindTable('A Vietnamese speaker introduced before the quote with an aside and a description', [
  ['kept vi (read before too): address, name, aside in brackets, description, `kể:`', `Nhiều hộ dân ven sông bị ảnh hưởng. Bà Vũ Thị Hạnh (61 tuổi, trú xã Phước Lộc, huyện Tân Hòa), bán rau ở chợ đầu mối hơn 20 năm, kể: ${VI}.`, 'Nước lên', 'Vũ Thị Hạnh', ANY],
  ['kept vi (read before too): address, name, office and body, `cho biết:` gives the office as the role', `Chiều 3/9, ông Lý Minh Toàn, Phó Giám đốc Ban quản lý các dự án thủy lợi tỉnh Tân Hòa, cho biết: ${VI}.`, 'Nước lên', 'Lý Minh Toàn', 'Phó Giám đốc'],
]);

/** `TS Khôi nói` after `TS X Y Khôi, giảng viên Khoa …, Trường …, cho rằng`: the degree is no role, the post is (role-shape.ts, lang/introduced-role.ts). */
kindTable('A Vietnamese academic degree before the name is no role; the introduction gives it', [
  ['vi: `TS X nói` after `TS A B X, giảng viên Khoa …, Trường …,`', `Đánh giá về công trình, TS Hà Minh Tuệ, giảng viên Khoa Thủy lợi, Trường Đại học Cần Thơ, cho rằng đê cần gia cố.\n\n${VI}, TS Tuệ nói.`, 'Nước lên', 'Hà Minh Tuệ', 'giảng viên'],
  ['vi: `PGS.TS X lưu ý:` after the same introduction', `Đánh giá về công trình, PGS.TS Hà Minh Tuệ, giảng viên Khoa Thủy lợi, cho rằng đê cần gia cố.\n\nPGS.TS Tuệ lưu ý: ${VI}.`, 'Nước lên', 'Hà Minh Tuệ', 'giảng viên'],
  ['counter-case vi: a post in the tag itself stays the role over the degree', `${VI}, TS Hà Minh Tuệ, Trưởng khoa Thủy lợi, nói.`, 'Nước lên', 'Hà Minh Tuệ', 'Trưởng khoa'],
]);

const ID = '"Air naik cepat sekali, kami tidak sempat mengangkat barang ke atas"';

/** `X, yang akrab disapa Pak Ipul` (dipanggil, dikenal dengan sapaan): the name a person goes by is that person (known-as.ts). */
kindTable('An Indonesian or Malay name a person goes by is the person named in full', [
  ['id: `X, yang akrab disapa Bang Oji`', `Ketua RT 07 Kampung Melayu, Fauzi Ramadhan, yang akrab disapa Bang Oji, mengatakan warga sudah siaga.\n\n${ID.replace(/"$/u, ',"')} tegas Bang Oji.`, 'Air naik', 'Fauzi Ramadhan', ANY],
  ['id: `X atau biasa dipanggil Mbak Tari`', `Pedagang sayur Lestari Handayani atau biasa dipanggil Mbak Tari ikut mengungsi.\n\n${ID.replace(/"$/u, ',"')} kata Mbak Tari.`, 'Air naik', 'Lestari Handayani', ANY],
  ['ms: `X, yang dikenali dengan panggilan Pak Long`', `Seorang nelayan, Ismail bin Yusof, yang dikenali dengan panggilan Pak Long, berkata banjir kali ini lebih teruk.\n\n${ID.replace(/"$/u, ',"')} kata Pak Long.`, 'Air naik', 'Ismail bin Yusof', ANY],
  ['counter-case id: `dikenal sebagai` a post names no alias', `Rahmat Hidayat dikenal sebagai Ketua Paguyuban Pedagang.\n\n${ID.replace(/"$/u, ',"')} kata Ketua Paguyuban Pedagang Sri Wahyuni.`, 'Air naik', 'Sri Wahyuni', ANY],
]);

/** `"…," tulis X`: a written post quoted as the person's words (lang/id.ts). */
kindTable('An Indonesian verb of writing introduces the quote', [
  ['kept id: `"…," tulis X di akunnya.` (read before too)', `${ID.replace(/"$/u, ',"')} tulis Ratna Kusumawati di akun Instagram-nya.`, 'Air naik', 'Ratna Kusumawati', ANY],
  ['counter-case id: `menulis` a book, no quote of hers after it, leaves the earlier speaker', `Bupati Anwar Salim menulis buku tentang banjir tahun lalu. ${ID.replace(/"$/u, ',"')} kata Camat Dedi Kurnia.`, 'Air naik', 'Dedi Kurnia', ANY],
]);
