// Kinds the seventieth held-out set showed in Turkish and Vietnamese copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const CHIEF_COACH_RUN =
  'Dereli Spor, hafta sonu deplasmanda Yeşilova Gençlik’i 3-1 yendi.\n\n' +
  'Maçın ardından gazetecilerin sorularını yanıtlayan Dereli Spor Başantrenörü Kemal Ünver şunları söyledi: “Oyuncularım bu sezon büyük bir emek verdi.”';
const DIRECTOR_RUN =
  'Sel suları çekildikten sonra ilçede temizlik başladı.\n\n' +
  'Bölge Tarım Müdürü Selim Okur şunları söyledi: “Zarar gören bütün çiftçilere destek vereceğiz.”';
const THREE_NAMES_AFTER_OFFICE =
  'Kooperatifin yıllık toplantısı dün yapıldı.\n\n' +
  'Kooperatif Başkanı Ali Rıza Şahin şunları söyledi: “Bu yıl fındık fiyatları bizi sevindirdi.”';

/** `Kulüp Başantrenörü X Y`: a listed office with the possessive after a consonant (-ı/-i/-u/-ü) heads the title (lang/tr-possessed-office.ts). */
kindTable('A Turkish compound title with the possessive after a consonant is no part of the name', [
  ['tr: `Dereli Spor Başantrenörü X Y şunları söyledi:` is X Y', CHIEF_COACH_RUN, 'Oyuncularım bu sezon', 'Kemal Ünver', ANY],
  ['tr: `Bölge Tarım Müdürü X Y` is X Y', DIRECTOR_RUN, 'Zarar gören', 'Selim Okur', ANY],
  ['counter-case tr: `Kooperatif Başkanı Ali Rıza Şahin` keeps the two given names', THREE_NAMES_AFTER_OFFICE, 'Bu yıl fındık', 'Ali Rıza Şahin', ANY],
]);

const BRACKETED_ASIDE_TAG =
  '“Nhà tôi mất trắng cả vụ lúa, giờ không biết lấy gì trả nợ ngân hàng,” ông Đỗ Minh Quang (55 tuổi, trú xã Yên Lạc, huyện Đông Hà) kể khi đứng bên bờ ruộng ngập nước.';
const BRACKETED_AGE_TAG = '“Cả xóm đều phải sơ tán trong đêm,” bà Vũ Thị Lan (61 tuổi) nói.';
const BRACKETED_OTHER_VERB =
  'Ông Đỗ Minh Quang là trưởng thôn Bắc Sơn.\n\n“Cả xóm đều phải sơ tán trong đêm,” ông Quang nói, trong khi cụ Hà Văn Sinh (80 tuổi, trú xã Yên Lạc) ngồi lặng im.';

/** `”, bà X (50 tuổi, trú xã Y, huyện Z) kể khi …`: the name, an aside in brackets with its own commas, then the verb (lang/vi.ts). */
kindTable('A Vietnamese tag with the speaker’s aside in brackets before the verb', [
  ['vi: `”, ông X (55 tuổi, trú xã Y, huyện Z) kể khi …` is X', BRACKETED_ASIDE_TAG, 'Nhà tôi mất trắng', 'Đỗ Minh Quang', null],
  ['vi: `”, bà X (61 tuổi) nói.` is X', BRACKETED_AGE_TAG, 'Cả xóm đều', 'Vũ Thị Lan', null],
  ['counter-case vi: a bracketed name after the speaker’s tag, with no verb of saying, is not the speaker', BRACKETED_OTHER_VERB, 'Cả xóm đều', 'Đỗ Minh Quang', ANY],
]);

const THUS_SPOKE_AFTER =
  'Ev sahibi takım maçı son saniyede kazandı.\n\n' +
  '“Kimseyi suçlamayacağım. Hatalar bizimdi.” Konuk takımın İtalyan başantrenörü Marco Bellini, maçtan sonra böyle konuştu. Bellini, oyuncularını da övdü.';
const NEXT_SENTENCE_NOT_THUS =
  'Ev sahibi takım maçı son saniyede kazandı. Kaptan Oğuz Demirtaş, maç boyunca takımını yönetti.\n\n' +
  '“Kimseyi suçlamayacağım. Hatalar bizimdi,” dedi Demirtaş. Konuk takımın İtalyan başantrenörü Marco Bellini, maçtan sonra soyunma odasına gitti.';

/** `“…” X takımının başantrenörü Y Z, … böyle konuştu.`: the sentence after the quote reports it "so" (lang/tr.ts THUS_SPOKE). */
kindTable('A Turkish sentence after the quote saying who spoke it "so"', [
  ['tr: `“…” … başantrenörü X Y, maçtan sonra böyle konuştu.` is X Y', THUS_SPOKE_AFTER, 'Kimseyi suçlamayacağım', 'Marco Bellini', ANY],
  ['counter-case tr: a next sentence with no `böyle` does not take the quote', NEXT_SENTENCE_NOT_THUS, 'Kimseyi suçlamayacağım', 'Oğuz Demirtaş', ANY],
]);

const DEGREE_AFTER_OFFICE =
  'Trung tâm Y tế huyện Đông Sơn đang quá tải vì dịch tay chân miệng.\n\n' +
  'Giám đốc Trung tâm Y tế huyện Đông Sơn, BS.CKI Hoàng Văn Đức cho biết: “Mỗi ngày chúng tôi tiếp nhận hơn 50 ca bệnh.”\n\n' +
  '“Phòng cách ly chỉ có 10 giường,” ông Đức nói.\n\n' +
  'Bà Mai Thị Hoa, trưởng thôn Tây Lĩnh, kể lại chuyện đi phát thuốc.\n\n' +
  'Vị giám đốc trung tâm khuyến cáo: “Khi trẻ có nốt phỏng ở tay chân, gia đình phải đưa trẻ đi khám ngay.”';
const DEPUTY_NOT_THE_DIRECTOR =
  'Ông Đỗ Quang Vinh, giám đốc trung tâm, đã đi công tác.\n\n' +
  'Phó giám đốc trung tâm, bà Lý Thị Thu cho biết trung tâm thiếu thuốc.\n\n' +
  'Vị giám đốc trung tâm khuyến cáo: “Khi trẻ có nốt phỏng ở tay chân, gia đình phải đưa trẻ đi khám ngay.”';

/**
 * `Giám đốc Bệnh viện X, BS.CKII Y Z cho biết:`: a specialist's grade after a dot is a degree (names.ts, lang/vi-before.ts); the office
 * first is who a later `Vị giám đốc bệnh viện …:` is; a run after `thôn`, `xã`, `huyện` is a place, no person (case-before-run.ts).
 */
kindTable('A Vietnamese office, comma and degree before the name', [
  ['vi: `Giám đốc …, BS.CKI X Y Z cho biết:` is X Y Z, the office the role', DEGREE_AFTER_OFFICE, 'Mỗi ngày chúng tôi', 'Hoàng Văn Đức', 'Giám đốc'],
  ['vi: `”, ông Z nói.` after `BS.CKI X Y Z` is X Y Z', DEGREE_AFTER_OFFICE, 'Phòng cách ly', 'Hoàng Văn Đức', ANY],
  ['vi: `Vị giám đốc trung tâm khuyến cáo:` is the director, not the hamlet `thôn Tây Lĩnh` nor its head', DEGREE_AFTER_OFFICE, 'Khi trẻ có nốt', 'Hoàng Văn Đức', ANY],
  ['counter-case vi: the deputy written office-first is not `Vị giám đốc`', DEPUTY_NOT_THE_DIRECTOR, 'Khi trẻ có nốt', 'Đỗ Quang Vinh', ANY],
]);
