/** Turkish roles after a participle clause, read by tr.ts (a subject's sentence) and roles.ts (any mention). */

/**
 * (Batch others5: `Olay gecesi mutfakta çalışan ve … kurtulan garson X,`, `Tutuksuz yargılanan restoran sahibi X`, `… çıkaran
 * itfaiye çavuşu X`: after a participle clause, -an/-en, the one to three lower-case words before the name are the person's
 * role whatever the noun, a compound's first noun included when a possessed noun follows it (`restoran sahibi`).)
 */
export function nounsAfterParticiple(lead: readonly string[]): string[] | null {
  let at = lead.length - 1;
  while (at >= 0 && !(/^\p{Ll}{3,}(?:an|en)$/u.test(lead[at]!) && !/^\p{Ll}+(?:ı|i|u|ü|sı|si|su|sü)$/u.test(lead[at + 1] ?? ''))) at--;
  const nouns = lead.slice(at + 1);
  return at >= 0 && nouns.length >= 1 && nouns.length <= 3 && nouns.every((word) => /^\p{Ll}+$/u.test(word)) ? nouns : null;
}

/** Heads of Turkish compounds naming an office or a post, possessed forms (`öğretim üyesi`, `proje sorumlusu`). */
const POSSESSED_HEAD = /^(?:üyesi|başkanı|müdürü|sözcüsü|mühendisi|uzmanı|sorumlusu|yöneticisi|temsilcisi|sahibi|koordinatörü)$/u;

/**
 * `Ege Üniversitesi öğretim üyesi X Y`: with no participle clause, a lower-case noun and a possessed office head right
 * before the name are the person's role. (`… fakültesi X` alone, a body's possessed noun, is no office.)
 */
export function possessedCompoundRole(lead: readonly string[]): string[] | null {
  const [noun, head] = lead.slice(-2);
  return noun && head && /^\p{Ll}{3,}$/u.test(noun) && POSSESSED_HEAD.test(head) ? [noun, head] : null;
}
