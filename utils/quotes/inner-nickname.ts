/**
 * `Mayor Ramon "Boy" Reyes said …`: a nickname in marks set between a person's given name and surname is what people
 * call them, no one's words, and it parts the name in two. The nickname is put aside as a quote, and for attribution it
 * is blanked (spaces of the same width, so every offset stays), so the person
 * is `Ramon Reyes` and a later `Reyes` or `the mayor` is tied to them.
 */

/** A capitalised given name, one or two capitalised words in marks, then lower-case particles (`de`, `dela`) and a capitalised surname. */
const NICKNAME_INSIDE_NAME = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*) ([“"‘]\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?[”"’]) ((?:\p{Ll}{1,4} ){0,2}\p{Lu}[\p{L}\p{M}'’-]*)/gu;

interface NicknameInName { nicknameStart: number; nicknameEnd: number }

/** The last text read and its nicknames: every quote span of one text asks about the same text in turn. */
let lastRead: { text: string; nicknames: NicknameInName[] } = { text: '', nicknames: [] };

function nicknamesInsideNames(text: string): NicknameInName[] {
  if (lastRead.text !== text) lastRead = { text, nicknames: readNicknamesInsideNames(text) };
  return lastRead.nicknames;
}

function readNicknamesInsideNames(text: string): NicknameInName[] {
  if (!/[“"‘]/u.test(text)) return [];
  const found: NicknameInName[] = [];
  for (const match of text.matchAll(NICKNAME_INSIDE_NAME)) {
    const given = match[1]!;
    // (`In "Dune" Villeneuve …`: a word the text also writes in lower case is a sentence's first word, no given name.)
    if (new RegExp(`(?<![\\p{L}\\p{M}])${given.toLowerCase()}(?![\\p{L}\\p{M}])`, 'u').test(text)) continue;
    // (`Sharon "Shaz" Pickering … "…," Shaz said`: a nickname the text uses again on its own stays, read as a name of its own.)
    const nickname = match[2]!.slice(1, -1);
    if (text.split(nickname).length > 2) continue;
    const nicknameStart = match.index + given.length + 1;
    found.push({ nicknameStart, nicknameEnd: nicknameStart + match[2]!.length });
  }
  return found;
}

/** The quoted words are a nickname written inside a person's name (`Ramon "Boy" Reyes`). */
export function isNicknameInsideName(text: string, span: { outerStart: number; outerEnd: number }): boolean {
  return nicknamesInsideNames(text).some((nickname) => nickname.nicknameStart === span.outerStart && nickname.nicknameEnd === span.outerEnd);
}

/** `Ramon "Boy" Reyes said` → `Ramon       Reyes said`: the nickname blanked, the same length, the name whole. */
export function withInnerNicknamesBlanked(text: string): string {
  const nicknames = nicknamesInsideNames(text);
  if (!nicknames.length) return text;
  let blanked = '';
  let from = 0;
  for (const nickname of nicknames) {
    blanked += text.slice(from, nickname.nicknameStart) + ' '.repeat(nickname.nicknameEnd - nickname.nicknameStart);
    from = nickname.nicknameEnd;
  }
  return blanked + text.slice(from);
}
