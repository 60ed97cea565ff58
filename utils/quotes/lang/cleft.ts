/**
 * A cleft puts the subject last, after the copula: `A spiegarlo è stata ieri la sindaca X`, `Quien dio la noticia fue X`,
 * `Quem abriu a sessão foi X`, `C’est le maire X qui`, `Fue la alcaldesa X quien`, `Foi o autarca X quem`. The openings
 * below are read by clause-opening.ts (the subject of a sentence before a colon) and by entities.ts (a subject mention).
 */

/** `A dirlo è X`, `A spiegarlo sono i tecnici`: an Italian cleft, its subject after the copula (`è stato` read before `è`). */
export const ITALIAN_CLEFT = /^\s*Ad?\s+\p{Ll}+(?:(?:are|ere|ire)|(?:ar|er|ir)(?:lo|la|li|le|ne))(?:\s+[\p{Ll}’']+){0,5}\s+(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|fu)\s+/u;
/** `Quien cerró el debate fue X:`, `Quem abriu a sessão foi X:`: the Spanish and Portuguese cleft, a relative clause of a few words before the copula. */
export const IBERIAN_CLEFT = /^\s*(?:Quien|Quienes|Quem)\s+(?:[\p{Ll}’']+\s+){1,5}(?:fue|fueron|foi|foram)\s+/u;
/** The copula opening the French, Spanish and Portuguese cleft before its subject: `C’est le maire X qui`, `Fue X quien`. */
const COPULA_FIRST = /^\s*(?:C[’']est|Fue|Foi)\s/u;

/**
 * `Una de ellas fue X, una jubilada …`, `Uno de los vecinos es el maestro X`, `Una di loro è X`, `Um deles foi X`: one of a
 * group the sentence before counted is the person it names after the copula, its subject as a cleft's is.
 */
const PARTITIVE_COPULA = /^\s*(?:Uno|Una|Um|Uma)\s+(?:de|del|dei|degli|delle|di|dos|das)\s+(?:[\p{Ll}’']+\s+){0,3}(?:fue|es|era|è|fu|foi|é)\s+(?:[\p{Ll}’']+\s+){0,3}$/u;

/** Whether the words of a sentence before a name (`lead`) are a cleft's opening, so the name is its subject. */
export function isCleftLead(lead: string): boolean {
  if (/[.!?:;]/u.test(lead)) return false;
  return ITALIAN_CLEFT.test(lead) || IBERIAN_CLEFT.test(lead) || COPULA_FIRST.test(lead) || PARTITIVE_COPULA.test(lead);
}
