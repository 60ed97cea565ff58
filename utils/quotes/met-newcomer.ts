/**
 * Reportage brings a new voice in as the person the reporters met, and the next paragraph is wholly their words with no
 * tag: Vietnamese `…, chúng tôi gặp kỹ sư X Y Z, …, khi anh đang …` / `“…”`; Indonesian and Malay `kami menemui X Y, …` /
 * `“…”`. The met person need not open the paragraph (a time or place comes first) nor be given an age. For lead-in-paragraph.ts.
 */

/** "We (the reporters) met / talked with", then a few lower-case role words, right before the name. */
const MET_BEFORE = new RegExp(
  '(?:^|[\\s,])(?:' +
    // Vietnamese: `chúng tôi gặp`, `phóng viên đã tìm gặp`, `chúng tôi trò chuyện với`.
    '(?:[Cc]húng tôi|[Pp]hóng viên|PV)\\s+(?:đã\\s+|có dịp\\s+)?(?:gặp|bắt gặp|tìm gặp|gặp được|gặp gỡ|trò chuyện với|tiếp xúc với)' +
    '|' +
    // Indonesian and Malay: `kami menemui`, `kami bertemu dengan`, `wartawan berbincang dengan`.
    '(?:[Kk]ami|[Ww]artawan|[Pp]enulis)\\s+(?:sempat\\s+|juga\\s+)?(?:menemui|menjumpai|bertemu(?:\\s+dengan)?|berbincang\\s+dengan|berbicara\\s+dengan)' +
    ')\\s+(?:\\p{Ll}+\\s+){0,4}$',
  'u',
);

/** Whether the words of a paragraph before a name (`lead`) end with the reporters meeting that person. */
export function metByReporters(lead: string): boolean {
  return MET_BEFORE.test(lead);
}

/** The job set off by commas right after the met person's name (`…, chỉ huy trưởng công trường, khi anh …`), else null. */
// (It names what they do there, where a title before the name, `kỹ sư`, names only their trade.)
export function metApposition(afterName: string): string | null {
  return /^,\s+(\p{Ll}[^,.!?;:“”"\n]{2,80}),\s/u.exec(afterName)?.[1]?.trim() ?? null;
}
