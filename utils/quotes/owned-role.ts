/**
 * Appositive roles whose owner is a body's name written without a possessive: `X, ABC chief,`,
 * `X, Helpfirst spokeswoman`, `X, WHO regional director`. The body's capitalised words (an acronym or
 * a name) then at most two lower-case qualifiers and a role noun closing the group; a body alone
 * (`X, Greenpeace,`) or a place (`X, of Toledo,`) holds no role noun and stays none.
 */

/** Up to three capitalised words (no sentence article), up to two lower-case words, then the last lower-case word. */
const OWNER_THEN_NOUN = /^(?!(?:The|A|An|In|On|At|For|From|Of|With|By|And|But)\s)((?:\p{Lu}[\p{L}&.-]*\s+){1,3})((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)$/u;

const ARTICLE = /^(?:El|La|Las|Los|Le|Les|L['’]\S*|Il|Lo|Gli|Der|Die|Das|Den|Dem|Des|Ein|Eine|O|Os|As|Um|Uma|Un|Una|Une|De|Het|Een)$/u;
const FUNCTION_WORD = /^(?:of|for|in|at|on|to|by|and|or|the|de|del|della|des|du|da|do|di|la|le|el|los|las|von|vom|der|die|das|und|y|et|e|en|van|het)$/u;

/** The group read as owner and role ("ABC chief"), when `isRoleNoun` accepts its last word; else null. */
export function bodyOwnedRole(group: string, isRoleNoun: (word: string) => boolean): string | null {
  const match = OWNER_THEN_NOUN.exec(group.trim());
  if (!match || !isRoleNoun(match[3]!)) return null;
  // (`El interrogatorio del fiscal`: an article in any language opens no body's name, and a preposition joins no qualifier.)
  if (ARTICLE.test(match[1]!.trim().split(/\s+/u)[0]!) || match[2]!.trim().split(/\s+/u).some((word) => FUNCTION_WORD.test(word))) return null;
  // (`X, Democrat of Ohio` has a preposition; `Sen. Y chief` is a title then a name, no body.)
  if (/\p{Lu}\p{Ll}{0,3}\.\s/u.test(match[1]!)) return null;
  return group.trim();
}
