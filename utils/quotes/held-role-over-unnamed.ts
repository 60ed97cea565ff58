/**
 * `Ein Rentner, der anonym bleiben wollte, sagte: «…»` then `…, erläuterte die Stadtpräsidentin: «…»` after
 * `Stadtpräsidentin Monika X`: a definite role noun whose office the text gave a named person is that person, not the
 * unnamed speaker just quoted. The unnamed one stays when their own description holds the noun (`Eine Ärztin, die …` then
 * `sagt die Ärztin`), or when nobody named holds such a role.
 * A noun for any office holder (`reconoció la funcionaria`, `the official said`) is never an unnamed person whose own
 * words are not that noun (`una vecina`, `a nurse`): it points back at someone holding an office, the other readers decide who.
 */
import type { Referent } from './coreference';
import { ANY_OFFICIAL } from './any-official';

/** `unnamed` unless the definite descriptor `definite` names an office `holder()` finds a named person for. */
export function unnamedUnlessHeld(unnamed: Referent | null, definite: string | undefined, holder: () => string | null): Referent | null {
  if (!unnamed || !definite) return unnamed;
  const noun = definite.trim().split(/\s+/u).at(-1)!.toLowerCase();
  const own = unnamed.name.toLowerCase().split(/[\s,]+/u);
  if (own.some((word) => word === noun || word.endsWith(noun))) return unnamed;
  if (ANY_OFFICIAL.test(noun)) return null;
  return holder() ? null : unnamed;
}
