/**
 * Vietnamese offices and occupations are words of two syllables or more (`Đại biểu`, `Bộ trưởng`, `giám đốc`), which the
 * one-word role lexicons (newlang-roles.ts) cannot hold. Written right before a name, with the body or field they serve
 * capitalised after them (`Bộ trưởng Tài chính Đặng Quang Huy`, `Giám đốc Sở Y tế X`), they are the person's role.
 */

const OFFICES = [
  'đại biểu', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'trưởng phòng',
  'trưởng ban', 'bí thư', 'chánh án', 'thẩm phán', 'viện trưởng', 'hiệu trưởng', 'chuyên gia', 'luật sư', 'bác sĩ', 'giáo sư',
  'tiến sĩ', 'huấn luyện viên', 'đội trưởng', 'nhà báo', 'nông dân', 'tiểu thương', 'kỹ sư', 'giáo viên', 'đạo diễn', 'ca sĩ',
  'nghệ sĩ', 'tổng thư ký', 'chủ nhiệm', 'người phát ngôn', 'trưởng công an', 'thủ tướng', 'phó thủ tướng',
];

/** An office (any capital on its first syllable), then the body it serves (`Tài chính`, `UBND xã Tân Phước`), at the end of the words. */
const OFFICE_AT_END = new RegExp(
  `(?:^|[\\s,;(])((?:${OFFICES.map((office) => `[${office[0]}${office[0]!.toUpperCase()}]${office.slice(1)}`).join('|')})(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+)?){0,3})\\s*$`,
  'u',
);

/** The office written right before a name (`lead` ends where the name begins), or null. */
export function vietnameseOfficeBefore(lead: string): string | null {
  return OFFICE_AT_END.exec(lead)?.[1] ?? null;
}
