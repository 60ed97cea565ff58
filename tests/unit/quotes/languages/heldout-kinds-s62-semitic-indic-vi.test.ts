// Kinds the sixty-second held-out set showed in Vietnamese and Hebrew copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const TOLD_THE_PAPER =
  'Ông Đỗ Văn Tùng, chủ một xưởng gỗ ở huyện Hòa Bình, đã làm nghề được hai mươi năm.\n\n' +
  '“Giá gỗ tăng mạnh từ đầu năm, nhiều xưởng phải đóng cửa”, ông Tùng nói với báo Sông Lam Buổi Sáng.';
const TOLD_A_PERSON =
  'Ông Đỗ Văn Tùng, chủ một xưởng gỗ ở huyện Hòa Bình, đã làm nghề được hai mươi năm.\n\n' +
  '“Giá gỗ tăng mạnh từ đầu năm, nhiều xưởng phải đóng cửa”, ông Tùng nói với bà Phan Thị Mai.';
const TOLD_WITHOUT_A_NAME =
  'Ông Đỗ Văn Tùng, chủ một xưởng gỗ ở huyện Hòa Bình, đã làm nghề được hai mươi năm.\n\n' +
  '“Giá gỗ tăng mạnh từ đầu năm, nhiều xưởng phải đóng cửa”, ông nói với báo Sông Lam Buổi Sáng.';

/** `”, ông X nói với báo Y.`: the paper told after `với` is the listener, never the speaker (lang/vi-listener.ts). */
kindTable('Vietnamese: the listener after `nói với` is no part of the speaker', [
  ['vi: `ông Tùng nói với báo <paper>` is Tùng, in full', TOLD_THE_PAPER, 'Giá gỗ tăng mạnh', 'Đỗ Văn Tùng', ANY],
  ['vi: `ông Tùng nói với bà <name>` is Tùng, not the woman told', TOLD_A_PERSON, 'Giá gỗ tăng mạnh', 'Đỗ Văn Tùng', ANY],
  ['counter-case vi: `ông nói với báo <paper>` (no name) is the man the text named, not the paper', TOLD_WITHOUT_A_NAME, 'Giá gỗ tăng mạnh', 'Đỗ Văn Tùng', ANY],
]);

const OFFICE_BODY_NAME =
  'Nhiều tiểu thương ở chợ Bến Hàn phản ánh giá điện tăng.\n\n' +
  'Giám đốc Sở Công Thương Hà Giang Đỗ Văn Tùng khẳng định: “Chúng tôi sẽ kiểm tra toàn bộ các cơ sở trong tháng này.”';
const OFFICE_BODY_FOUR_SYLLABLE_NAME =
  'Nhiều tiểu thương ở chợ Bến Hàn phản ánh giá điện tăng.\n\n' +
  'Phó Chủ tịch UBND tỉnh Hà Giang Phan Thị Thanh Mai nhấn mạnh: “Không để người dân thiếu điện trong mùa khô.”';
const OFFICE_BODY_NO_NAME =
  'Nhiều tiểu thương ở chợ Bến Hàn phản ánh giá điện tăng.\n\n' +
  'Giám đốc Sở Công Thương khẳng định: “Chúng tôi sẽ kiểm tra toàn bộ các cơ sở trong tháng này.”';

/** `Giám đốc Sở X <Place> <Name> khẳng định:`: office, body and name in one capitalised run (lang/vi-office-name.ts). */
kindTable('Vietnamese: office, body and name in one run before the colon', [
  ['vi: the three syllables at the run’s end are the name, the office and body its role', OFFICE_BODY_NAME, 'Chúng tôi sẽ kiểm tra', 'Đỗ Văn Tùng', 'Giám đốc Sở Công Thương Hà Giang'],
  ['vi: four syllables when `Thị` or `Văn` stands second', OFFICE_BODY_FOUR_SYLLABLE_NAME, 'Không để người dân', 'Phan Thị Thanh Mai', ANY],
  ['counter-case vi: an office and its body alone give no name', OFFICE_BODY_NO_NAME, 'Chúng tôi sẽ kiểm tra', UNNAMED, ANY],
]);

const SHORT_NAME_AFTER_OFFICE_RUN =
  'Giám đốc Sở Công Thương Hà Giang Đỗ Văn Tùng khẳng định: “Chúng tôi sẽ kiểm tra toàn bộ các cơ sở trong tháng này.”\n\n' +
  '“Nhiều cơ sở vẫn làm ăn chộp giật”, ông Tùng nói.';
const FOUR_SYLLABLE_NAME_ALONE =
  'Nhiều tiểu thương ở chợ Bến Hàn phản ánh giá điện tăng.\n\n' +
  '“Không ai báo trước cho chúng tôi”, bà Phan Thị Thanh Mai nói.';

/** `Sở X Hà Giang Đỗ Văn Tùng`: a long Vietnamese run holds a full name of three syllables at its end (lang/vi-run-end.ts). */
kindTable('Vietnamese: a later `ông <given name>` is the full name the office run ended on', [
  ['vi: `ông Tùng` after `Giám đốc Sở … Đỗ Văn Tùng` is Đỗ Văn Tùng', SHORT_NAME_AFTER_OFFICE_RUN, 'Nhiều cơ sở', 'Đỗ Văn Tùng', ANY],
  ['counter-case vi: a four-syllable name alone is kept whole', FOUR_SYLLABLE_NAME_ALONE, 'Không ai báo trước', 'Phan Thị Thanh Mai', ANY],
]);

const PLACE_WITH_TILDE_BEFORE_NAME =
  'Chủ tịch UBND huyện Mĩ Sơn Kha Minh Tân nhấn mạnh: “Đường sẽ thông xe trước Tết.”\n\n' +
  '“Chúng tôi đã chậm hai tháng”, ông Tân thừa nhận.';

kindTable('Vietnamese: a place with ĩ or ũ glued before the name marks the run as Vietnamese', [
  ['vi: `ông Tân` after `… huyện Mĩ Sơn Kha Minh Tân` is Kha Minh Tân', PLACE_WITH_TILDE_BEFORE_NAME, 'Chúng tôi đã chậm', 'Kha Minh Tân', ANY],
]);

const OCCASION_BEFORE_OFFICE =
  'בית הספר החדש נפתח אתמול בשכונת הגפן.\n\n' +
  '"זה יום גדול לכל הילדים בשכונה", אמר בכנס ראש העירייה, יוסי כרמלי. "חיכינו לזה שנים."';
const OCCASION_WITH_ITS_COMPLEMENT =
  'ראש העירייה, יוסי כרמלי, הגיע מוקדם.\n\n' +
  '"זה יום גדול לכל הילדים בשכונה", אמר בטקס הפתיחה.';

/** `"…", אמרה בטקס ראש המועצה, X.`: a one-word occasion between the verb and the office (lang/semitic-occasion.ts). */
kindTable('Hebrew: a one-word occasion after the verb is no part of the speaker', [
  ['he: `אמר בכנס ראש העירייה, X` is X, the office without the occasion', OCCASION_BEFORE_OFFICE, 'זה יום גדול', 'יוסי כרמלי', '=ראש העירייה'],
  ['he: the next quote of the same paragraph is X too', OCCASION_BEFORE_OFFICE, 'חיכינו לזה', 'יוסי כרמלי', ANY],
  ['counter-case he: `אמר בטקס הפתיחה` (an occasion, no office after it) is the man named before', OCCASION_WITH_ITS_COMPLEMENT, 'זה יום גדול', 'יוסי כרמלי', ANY],
]);
