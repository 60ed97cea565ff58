/**
 * Malay and Arabic patronymics: `Ahmad Rizal bin Osman`, `Nurul Huda binti Yusof` — "son/daughter of" and the father's
 * name belong to the full name, so a later `Ahmad Rizal` is that person, written short.
 */
const PATRONYMIC_PARTICLE = /^(?:bin|binti|binte|bint|ibn)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the words after a name's opening are still that name: capitalised words (`Anna Weber der Rheinischen
 * Zeitung` is a name and its newspaper), or a patronymic particle then capitalised words (`bin Osman`).
 */
export function followsAsName(rest: string[]): boolean {
  const afterParticle = PATRONYMIC_PARTICLE.test(rest[0] ?? '') ? rest.slice(1) : rest;
  return afterParticle.length > 0 && afterParticle.every((word) => CAPITALISED.test(word));
}
