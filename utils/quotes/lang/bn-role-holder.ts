/**
 * Bengali: `বললেন ৬০ বছর বয়সী এই অধিকারী` ("said this 60-year-old troupe owner") after `… নাট্যগোষ্ঠীর অধিকারী X Y দুই যুগ …`:
 * the noun after "this" stands for the latest person the text wrote right after the same noun, as a role before a name.
 * Bengali writes no capitals, so the name is the two or three name words after the noun (bn.ts `mayBeBengaliGivenName`).
 */
import { mayBeBengaliGivenName } from './bn';

/** Number words that may follow a name (`X Y দুই যুগ ধরে`, "for two decades"): no name's part. */
const NUMBER_WORDS = new Set('এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ'.split(' '));

/** The name written right after the noun at its latest use before `at` (two or three name words), or null. */
export function bengaliRoleHolder(text: string, noun: string, at: number): string | null {
  const written = noun.trim();
  if (!/^[\u0980-\u09ff]+$/u.test(written)) return null;
  const before = text.slice(Math.max(0, at - 3000), at);
  const uses = [...before.matchAll(new RegExp(`(?:^|[\\s,।])${written}\\s+([^\\n।]{1,80})`, 'gu'))];
  for (const use of uses.reverse()) {
    const name: string[] = [];
    for (const word of use[1]!.split(/\s+/u)) {
      const bare = word.replace(/[,;:]$/u, '');
      if (name.length === 3 || NUMBER_WORDS.has(bare) || !mayBeBengaliGivenName(bare) || /ে$|েন$/u.test(bare)) break;
      name.push(bare);
      if (bare !== word) break;
    }
    if (name.length >= 2) return name.join(' ');
  }
  return null;
}
