/**
 * Swahili sets a qualifier after the noun it qualifies, so an office before a name may end in one: `na mshambuliaji
 * kinda X` (the young striker), `kocha msaidizi X` (the assistant coach), `mwenyekiti mstaafu X` (the retired chair).
 * The role is the noun and its qualifier; a verb between them (`kocha alimsifu X`, the coach praised X) is no qualifier.
 */
export function swahiliQualifiedRole(lead: string, isRoleNoun: (word: string) => boolean): string | null {
  const found = /(?:^|\s)(\p{Ll}+)\s+(\p{Ll}+),?\s+$/u.exec(lead);
  return found && QUALIFIERS.has(found[2]!) && isRoleNoun(found[1]!) ? `${found[1]} ${found[2]}` : null;
}

/** Qualifiers of persons: chief, assistant, young, youngster, veteran, experienced, retired, elect, new. */
const QUALIFIERS = new Set('mkuu msaidizi kinda chipukizi mkongwe mzoefu mstaafu mteule mpya'.split(' '));
