/**
 * `सरपंच X Y कहते हैं, “…”` … `“…,” 62 वर्षीय सरपंच ने बताया`, `“…” ผู้ว่าราชการจังหวัดกล่าว` after `“…” ผู้ว่าราชการจังหวัดน่าน
 * นายX Y กล่าว`: in a script without capitals a role noun standing alone for the speaker (an age before it at most) is the
 * person an earlier quote already gave that role, the latest such. Words before the noun other than an age
 * (`एक किसान`, a farmer) make it someone else, and the description stays as written.
 */

type EarlierQuote = { speaker: string | null; speakerKind: string | null; role?: string | null };

/** Letters that have an upper and a lower case: a script where names are read by their capitals elsewhere. */
const CASED = /[\p{Lu}\p{Ll}]/u;

/** The role noun a bare descriptor is, read off an age before it (`62 वर्षीय सरपंच` → `सरपंच`), or null. */
function bareRoleNoun(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/u);
  if (!words[0] || words.length > 3 || CASED.test(phrase) || !/^\p{L}/u.test(words.at(-1)!)) return null;
  // (Before the noun only a number and the one age word after it: `62 वर्षीय`, `62 साल के` is too long to read as one.)
  const before = words.slice(0, -1);
  const onlyAge = before.length === 0 || (/\p{Nd}/u.test(before[0]!) && before.length <= 2);
  return onlyAge ? words.at(-1)! : null;
}

/**
 * A role that is the noun: the whole role, or its first word (`ผู้ใหญ่บ้านหมู่ 4`, the place glued on in a script without
 * spaces). Not a word further in, which may be the body the role belongs to (`ראש העירייה`, head of the municipality, is
 * no `העירייה`).
 */
function roleIsNoun(role: string, noun: string): boolean {
  const first = role.trim().split(/\s+/u)[0]!;
  return role.trim() === noun || first === noun || (noun.length >= 4 && first.startsWith(noun));
}

/** The named speaker of the latest earlier quote whose role holds the descriptor's noun, or null. */
export function spokenRoleHolder(phrase: string, earlier: readonly EarlierQuote[]): string | null {
  const noun = bareRoleNoun(phrase);
  if (!noun) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const quote = earlier[i]!;
    if (quote.speakerKind === 'name' && quote.speaker && quote.role && roleIsNoun(quote.role, noun)) return quote.speaker;
  }
  return null;
}

/** The speaker, a description read as the earlier speaker given its role noun (see the file's header). */
export function withSpokenRoleHolder<T extends { name: string; kind: string }>(speaker: T | null, earlier: readonly EarlierQuote[]): T | { name: string; kind: 'name' } | null {
  const holder = speaker?.kind === 'description' ? spokenRoleHolder(speaker.name, earlier) : null;
  return holder ? { name: holder, kind: 'name' } : speaker;
}
