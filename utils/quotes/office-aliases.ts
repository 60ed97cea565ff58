/** An office's other names and initials, by which a paper refers back to its holder (salience.ts). */

/** Offices a paper names one way and refers back to another: "Justice X … the judge said", "Judge X … the justice". */
// (`the spokesman said` after `the spokesperson for the fire service, X`: one office, in another of its words.)
const OFFICE_ALIASES: Record<string, string[]> = {
  judge: ['justice', 'magistrate'], justice: ['judge'], magistrate: ['judge'],
  spokesman: ['spokesperson'], spokeswoman: ['spokesperson'], spokesperson: ['spokesman', 'spokeswoman'],
  chairman: ['chair', 'chairperson'], chairwoman: ['chair', 'chairperson'], chairperson: ['chair', 'chairman', 'chairwoman'], congressman: ['representative', 'rep.'], congresswoman: ['representative', 'rep.'],
};
/** "deputy commissioner of Chandpur" -> "DC": the capital initials of a role's words before its "of" (two or more). */
export function initialsOf(role: string): string {
  const words = role.split(/\s+(?:of|for|at|in)\s+/)[0]!.split(/[\s-]+/).filter((word) => !/^(?:the|a|an|and)$/i.test(word));
  return words.length >= 2 ? words.map((word) => word[0]!.toUpperCase()).join('') : '';
}
/** Whether a role's head, before its `of`/`for`, is another name of the office (`Justice`, not `Justice Minister`). */
export function isAliasOffice(office: string, roles: string[]): boolean {
  return !!OFFICE_ALIASES[office]?.some((alias) => roles.some((role) => role.toLowerCase().split(/\s+(?:of|for|at|in)\s+/u)[0]!.split(/\s+/).at(-1) === alias));
}
