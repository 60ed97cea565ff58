/**
 * A traditional or community office set before an honoured name (helper q-roles): `The Sarkin Kasuwa, Alhaji X,`, `The
 * Iyaloja of Oja Oba market, Alhaja X,`, `The sarpanch of Rampur, Shri X,`. When the name carries only a form of respect,
 * the article-led group before it is the office, whatever its noun (a local-language title no list holds); the honorific is
 * neither the role nor the name. A group that reads as a clause (a verb's ending, a second article) is none.
 */
export function officeBeforeHonorific(group: string): string | null {
  const words = group.trim().split(/\s+/u);
  if (!/^the$/iu.test(words[0] ?? '') || words.length < 2 || words.length > 7) return null;
  const head = group.trim().split(/\s+(?:of|for|at|in)\s+/u)[0]!.split(/\s+/u).slice(1);
  if (head.length === 0 || head.length > 3) return null;
  if (words.slice(1).some((word) => /^(?:a|an|the|and|or|who|that|which|is|was|are|were|has|had)$/iu.test(word) || /^\p{Ll}+(?:ed|ing)$/u.test(word))) return null;
  return words.slice(1).join(' ');
}
