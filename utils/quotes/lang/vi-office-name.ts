/**
 * Vietnamese writes an office, the body it serves and the name as one capitalised run before the verb:
 * `Giám đốc Sở Công Thương Hà Giang Đỗ Văn Tùng khẳng định:` ("the director of the Hà Giang trade department, Đỗ Văn Tùng,
 * stated:"). No comma parts them, so the run is too long for a name. A Vietnamese full name is mostly three syllables (a
 * family name, a middle name, a given name; four when the middle name is the gendered `Văn` or `Thị` and one more follows):
 * those at the run's end are the name, the office and body before them its role.
 */

import { cleanName } from '../names';
import { named, type SpeakerPhrase } from '../speaker-phrase';

/** Offices that open such a run (either case on the first syllable; `phó` deputy, `tổng` general before them). */
export const VIETNAMESE_OFFICE = '(?:[Pp]hó\\s+|[Tt]ổng\\s+)?(?:[Gg]iám đốc|[Cc]hủ tịch|[Bb]ộ trưởng|[Tt]hứ trưởng|[Bb]í thư|[Cc]hánh án|[Vv]iện trưởng|[Hh]iệu trưởng|[Tt]rưởng\\s+(?:phòng|ban|khoa|đoàn)|[Cc]hủ nhiệm|[Cc]ục trưởng|[Vv]ụ trưởng|[Tt]hủ tướng|[Tt]ư lệnh)';
const SYLLABLE = '\\p{Lu}\\p{Ll}*';
/** The name: three capitalised syllables, or four with `Văn`/`Thị` second (two would take `Sở Công Thương`'s end for a name). */
const FULL_NAME = `${SYLLABLE}\\s+(?:Văn|Thị)\\s+${SYLLABLE}\\s+${SYLLABLE}|${SYLLABLE}\\s+${SYLLABLE}\\s+${SYLLABLE}`;
const SAYING = 'cho biết|cho rằng|cho hay|nói|kể|chia sẻ|nhấn mạnh|khẳng định|thừa nhận|giải thích|bày tỏ|nhận định|đánh giá|khuyến cáo|lưu ý|cam kết|tuyên bố';

const OFFICE_BODY_NAME_COLON = new RegExp(
  `(?:^|[.!?]\\s+)(${VIETNAMESE_OFFICE}(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\p{Ll}+|\\([^()]{1,20}\\))){1,8}?)\\s+(${FULL_NAME})\\s+(?:${SAYING})(?:\\s+thêm)?\\s*:\\s*$`,
  'u',
);

/** The name (and the office with its body as the role) in `Giám đốc Sở X Name khẳng định:`, or null. */
export function vietnameseOfficeRunName(frame: string): SpeakerPhrase | null {
  // (The run holds at least one more capitalised word than the name, so the office's body stands between them.)
  const found = OFFICE_BODY_NAME_COLON.exec(frame);
  const name = found ? cleanName(found[2]!) : '';
  return name ? { ...named(name)!, role: found![1]!.trim() } : null;
}
