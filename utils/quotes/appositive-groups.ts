/** The groups set off by commas after a name, which entities.ts reads for a person's age and role. */

/** The comma-separated groups right after a name, up to the next verb or sentence end: ", 71, a retired teacher,". */
export function appositives(after: string): string[] {
  const groups: string[] = [];
  // ("president of the Federation of Drivers Associations (FDA)": an acronym in brackets closes the group.)
  // ("Joint Commissioner of Police (Traffic)": a short gloss in brackets belongs to the group; "a retired pit foreman whose memoir …": a "whose" clause closes it.)
  const pattern = /^,\s+((?:[^,;:"“”()\n]|\([^()\n]{1,30}\)){1,130}?)(?:\s+\([\p{Lu}\d&-]{2,12}\))?(?=,|\.\s|\.$|;|\s+(?:said|says|told|added|wrote|who|whose)\b)/u;
  let rest = after;
  for (let i = 0; i < 2; i++) {
    const match = pattern.exec(rest);
    if (!match) break;
    groups.push(match[1]!);
    rest = rest.slice(match[0].length);
  }
  return groups;
}
