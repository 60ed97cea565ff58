/**
 * A post the text states beside a name outranks a title written on the name (English council and court copy):
 *   - `Cllr X, the council's convener for transport,` / `Judge X, the court's presiding judge,`: an appositive owned by a
 *     body (`the council's`, `its`, `Bourke Shire Council's`) or a definite office with its complement (`the convener of
 *     the …`) is the person's post, learned after the title so it is the role later quotes carry; an indefinite one
 *     (`Judge X, an animal science instructor at …`) and kin (`the father of three`) leave the title;
 *   - `The council's cabinet member for highways, waste and carbon management, Cllr X,`: the office before the name
 *     runs back over its list of portfolios to the role noun;
 *   - `Cr Whitmore said` after `the council's mayor, Cr Sally Whitmore,`: the title repeated with the name is how the
 *     name is written, not a new role, so the post learned with it stays;
 *   - `health MEC X` … `the MEC said`: an office in capitals heading the role is an office too (not `BBC correspondent`'s owner);
 *   - `Hearts head coach Aboubakar Ouattara`: a team or body qualifying the role before a name is no mention of a person.
 */

import { isRoleWord, ROLE_NOUNS } from './roles';

const KIN = /^(?:father|mother|son|daughter|wife|husband|brother|sister|grand(?:father|mother|son|daughter)|widow|widower|uncle|aunt|niece|nephew|cousin|partner|parent|child)s?$/u;

/** Whether an appositive after a name states a post: owned by a body, or definite with a complement. */
export function statesPost(group: string): boolean {
  const words = group.trim();
  const owned = /^(?:its|their)\s/iu.test(words) || /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*['’]s?\s+\p{Ll}/u.test(words) && /['’]s?\s/u.test(words);
  const complemented = /^the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\s+(?:of|for)\s/u.test(words);
  if (!owned && !complemented) return false;
  const head = words.split(/\s+(?:of|for|at|in|to|on)\s+/u)[0]!.split(/\s+/u).at(-1)!.toLowerCase();
  return !KIN.test(head);
}

/**
 * The office before a name that closes a list of portfolios, from its first word: "Ceredigion Council's cabinet member for
 * highways, environmental services and carbon management, " (the group a plain comma split would cut to its last item).
 */
// (`On Tuesday, the Kano State Commissioner for Water, Sanitation and Hygiene, Mr X,`: after an opening phrase too, its noun capitalised.)
const PORTFOLIO_OFFICE = /(?:^|[.!?]\s+|[,;:]\s+|\n\s*)((?:(?:The|the|Its|its)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{L}[\p{L}-]*['’]s\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{L}[\p{L}-]*\s+(?:for|of)\s+[^,.;:!?"“”\n]{2,60}(?:,\s+[^,.;:!?"“”\n]{2,60}){0,5},?\s+(?:and|&)\s+(?:the\s+)?[^,.;:!?"“”\n]{2,60}),\s+$/u;

export function portfolioOffice(before: string): string | null {
  const group = PORTFOLIO_OFFICE.exec(before)?.[1];
  if (!group) return null;
  // A verb among the words before the first portfolio makes it a clause ("He said that the fund for …").
  const head = group.split(/\s+(?:for|of)\s+/u)[0]!;
  if (/\b(?:is|was|are|were|has|had|have|said|says|told|who|which|that|and|or)\b/u.test(head)) return null;
  return group.replace(/^(?:The|Its|its)\s+/u, 'the ');
}

/** Whether `role`, a title the person already carries, comes again with the name right after the post learned with it. */
export function repeatsTitle(roles: ReadonlyArray<{ at: number; role: string }>, role: string): boolean {
  // (A title is one capitalised word written on the name, `Cr`, `Cllr`, `Judge`; `economist X` is a role of its own.)
  if (!/^\p{Lu}[\p{L}]*\.?$/u.test(role)) return false;
  const title = roles.find((entry) => entry.role === role);
  const last = roles.at(-1);
  return !!title && !!last && last.role !== role && last.at === title.at;
}

/** The office in capitals that heads a role (`health MEC` → mec), or null. */
export function acronymOffice(role: string): string | null {
  const head = role.split(/\s+(?:of|for|to|in|at)\s/u)[0]!.split(/\s+/u).at(-1)!;
  return /^\p{Lu}{2,5}$/u.test(head) ? head.toLowerCase() : null;
}

/** After a run: lower-case words ending in a role noun, then a capitalised name (`… head coach Aboubakar Ouattara`). */
export function qualifiesRole(after: string): boolean {
  const found = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.exec(after);
  // (Every word a role word: `Ann Cole thanked coach Ian Pike` has a verb, and Ann Cole is a person.)
  const words = found?.[1]!.split(/\s+/u) ?? [];
  return !!found && ROLE_NOUNS.has(words.at(-1)!) && words.every((word) => isRoleWord(word));
}
