/**
 * A run right after a capitalised plural and "for" or "against" ends a group's name (`the group Parents for Cheaper
 * Inhalers`), unless that plural is an office's portfolio after "of": `Director of Services for Housing Ann Rees` names her.
 */
import { ROLE_NOUNS } from './roles';

const PLURAL_THEN_FOR = /(?<![\p{L}])(?:(\p{L}+)\s+of\s+)?\p{Lu}\p{Ll}+s\s+(?:for|against)\s+$/u;

/** Whether the run at `at` goes on a group's name opened by a capitalised plural and "for"/"against". */
export function endsGroupName(text: string, at: number): boolean {
  const before = PLURAL_THEN_FOR.exec(text.slice(Math.max(0, at - 50), at));
  if (!before) return false;
  // (`Director of Services for`, `Head of Operations for`: an office noun, "of", its portfolio, then the area it is for.)
  return !(before[1] !== undefined && ROLE_NOUNS.has(before[1].toLowerCase()));
}
