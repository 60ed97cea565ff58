// Four kinds the sixty-sixth held-out set showed, in fresh sentences of my own, with counter-cases:
// a Hindi newcomer after an age whose three-word name a later lone family name confirms, then untagged quote paragraphs
// (`… बैठे 81 वर्षीय X Y Z …` / `“…` / `यह कहते हुए Z जी …`); Indonesian/Malay `X menulis, “…”` after a fronted adjunct;
// the reporters' meeting bringing in an untagged quote's speaker (`chúng tôi gặp kỹ sư X, …,` / `kami menemui X, …,`);
// Turkish `bir <firm> <office>-(s)I ise “…” dedi` (a possessed compound office, unnamed), which was dropped as no quote.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const HI_QUOTE = '“हमारे ज़माने में यह तालाब साफ़ रहता था। बच्चे यहीं नहाते थे।\n\n“फिर नहर आ गई और लोग इसे भूल गए।”';

kindTable('Hindi: a newcomer after an age, then quote paragraphs with no tag', [
  ['hi: three-word name, a later `Z जी` shows the third word', `मंदिर के पास बैठे 81 वर्षीय हरि शंकर तिवारी गाँव के सबसे पुराने लोगों में से हैं। वे रोज़ यहाँ आते हैं।\n\n${HI_QUOTE}\n\nयह कहते हुए तिवारी जी चुप हो जाते हैं।`, 'हमारे ज़माने', 'हरि शंकर तिवारी', null],
  ['hi: two-word name before a place word, `Y जी` ends it at Y', `घाट की सीढ़ियों पर बैठी 67 वर्षीय कमला देवी बस्ती के सबसे पुराने लोगों में से हैं।\n\n${HI_QUOTE}\n\nयह कहते हुए देवी जी मुस्कुरा देती हैं।`, 'हमारे ज़माने', 'कमला देवी', null],
  ['counter-case hi: a third word the story never writes alone stays out of the name', `मंदिर के पास बैठे 81 वर्षीय हरि शंकर तिवारी गाँव के सबसे पुराने लोगों में से हैं। वे रोज़ यहाँ आते हैं।\n\n${HI_QUOTE}\n\nयह कहते हुए वे चुप हो जाते हैं।`, 'हमारे ज़माने', 'हरि शंकर', null],
]);

const ID_POST = '“Jembatan ini dijanjikan selesai tahun lalu. Warga sudah lelah menunggu.”';

kindTable('Indonesian and Malay: `X menulis, “…”`, the writer of a quoted post', [
  ['id: a scare quote earlier in the paragraph, then `Ratna menulis,`', `Anggota Komisi B, Ratna Sari Wulandari, menyebut proyek itu sebagai “janji yang tak ditepati”. Dalam unggahan di akun pribadinya, Senin malam, Ratna menulis, ${ID_POST}`, 'Jembatan ini', 'Ratna Sari Wulandari', ANY],
  ['ms: `menulis:` with a colon after a fronted adjunct', `Ahli parlimen Zulkifli Harun mengkritik projek itu sebagai “pembaziran yang nyata”. Di laman Facebooknya semalam, Zulkifli menulis: ${ID_POST}`, 'Jembatan ini', 'Zulkifli Harun', ANY],
  ['counter-case id: `menulis` a book, then another\'s tag, keeps the tag\'s speaker', `Bupati Anwar Salim menulis buku tentang banjir tahun lalu. "Air naik terlalu cepat," kata Camat Dedi Kurnia.`, 'Air naik', 'Dedi Kurnia', ANY],
]);

kindTable('Vietnamese and Indonesian: the reporters met someone, whose untagged quote follows', [
  ['vi: `chúng tôi gặp` a trade and a name, the job set beside it', 'Có mặt tại bến cá lúc rạng sáng, chúng tôi gặp thuyền trưởng Đỗ Minh Khoa, chủ tàu cá lớn nhất xã, khi anh đang vá lưới cùng con trai.\n\n“Mỗi chuyến ra khơi chúng tôi đi mười ngày. Giá dầu tăng thì lãi chẳng còn bao nhiêu.”', 'Mỗi chuyến', 'Đỗ Minh Khoa', 'chủ tàu cá'],
  ['vi: `phóng viên tìm gặp` an address and a name', 'Trưa hôm qua, phóng viên tìm gặp chị Lương Thị Ngọc, người bán rau ở chợ Cồn, khi chị vừa dọn hàng.\n\n“Rau tăng giá gấp đôi mà khách vẫn mặc cả từng đồng.”', 'Rau tăng', 'Lương Thị Ngọc', ANY],
  ['id: `kami menemui` a trade and a name', 'Di tepi dermaga pada Rabu pagi, kami menemui nelayan Rahmat Hidayat, ketua kelompok nelayan setempat, yang sedang memperbaiki jaring.\n\n“Setiap kali melaut kami butuh solar dua puluh liter. Kalau harganya naik lagi, kami tidak bisa berangkat.”', 'Setiap kali', 'Rahmat Hidayat', 'ketua kelompok nelayan'],
  ['counter-case vi: a name far into the paragraph with no meeting leaves the quote unnamed', 'Có mặt tại bến cá lúc rạng sáng, nhiều người vẫn nhắc đến thuyền trưởng Đỗ Minh Khoa, chủ tàu cá lớn nhất xã, dù anh đã nghỉ từ lâu.\n\n“Mỗi chuyến ra khơi chúng tôi đi mười ngày.”', 'Mỗi chuyến', '<unnamed>', ANY],
]);

kindTable('Turkish: `bir <firm> <office>-(s)I ise “…” dedi`, someone unnamed', [
  ['tr: a withheld-name clause, a firm and its manager (`müdürü`)', 'Konuyla ilgili görüşüne başvurduğumuz ve adının yazılmaması koşuluyla konuşan bir nakliye firması müdürü ise “Yakıt fiyatları her hafta artıyor, müşteri bulamıyoruz. Biz de zarar ediyoruz, kimseye zam yapmak istemiyoruz” dedi.', 'Yakıt fiyatları', DESCRIBED, null],
  ['tr: a doer noun with the possessive (`yöneticisi`)', 'Bir un fabrikası yöneticisi ise “Buğday pahalandı, ekmeğe zam kaçınılmaz. Biz de zarar ediyoruz” dedi.', 'Buğday pahalandı', DESCRIBED, null],
]);
