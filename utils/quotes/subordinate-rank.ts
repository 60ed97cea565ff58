/**
 * `Deputy Mayor X` … `"…," the mayor said`: a rank written before an office that makes it a post under it (deputy,
 * vice, assistant, lieutenant) means its holder is not the one `the mayor` names. An acting or interim holder, an
 * associate justice or a chief inspector still holds the office, so those ranks do not count here.
 */
const SUBORDINATE_RANKS = new Set(['deputy', 'vice', 'assistant', 'lieutenant']);
/** Abbreviated titles (`Lt. Gov.`) read as the words they stand for. */
const WRITTEN_OUT: Record<string, string> = { lt: 'lieutenant', gov: 'governor', pres: 'president', asst: 'assistant', dep: 'deputy' };

/** True when every role of the person that holds `office` holds it under a subordinate rank. */
export function holdsOnlyUnder(roles: string[], office: string): boolean {
  const holding = roles.map((role) => role.toLowerCase().split(/[\s-]+/u).map((word) => WRITTEN_OUT[word.replace(/\.$/u, '')] ?? word)).filter((words) => words.includes(office));
  return holding.length > 0 && holding.every((words) => SUBORDINATE_RANKS.has(words[words.indexOf(office) - 1] ?? ''));
}

/** True when the words before a description's noun (`the deputy mayor`) name such a rank themselves. */
export function namesSubordinateRank(qualifiers: string): boolean {
  return qualifiers.toLowerCase().split(/[\s.-]+/u).some((word) => SUBORDINATE_RANKS.has(WRITTEN_OUT[word] ?? word));
}

/** `Deputy Prime Minister`, `Former Vice President`: a role opening with such a rank (or "former"), whose holder two letters (`the PM`) never name. */
export function opensWithSubordinateRank(role: string): boolean {
  const words = role.toLowerCase().split(/[\s.-]+/u).filter(Boolean);
  const first = words[0] === 'former' ? words[1] : words[0];
  return words[0] === 'former' || SUBORDINATE_RANKS.has(WRITTEN_OUT[first ?? ''] ?? first ?? '');
}
