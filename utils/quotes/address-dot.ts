/**
 * Dutch and Afrikaans shorten a form of address and write it in lower case inside a sentence: `sê me. Annelie van Wyk,`,
 * `zegt mevr. Anneke de Boer.`, `aldus dhr. Jan Smit`, `Mnr. Koos le Roux, bestuurder van …`. Its dot ends no sentence
 * when a person's name follows: a capitalised given name, the family name's lower-case particles (`van der`, `le`, `du`)
 * and a capitalised family name.
 */

/** Dutch: `dhr.` (Mr), `mevr.`, `mw.` (Mrs, Ms), `mej.` (Miss) and the degrees `drs.`, `ir.`, `ing.`. */
export const DUTCH_ADDRESS = ['dhr', 'mevr', 'mw', 'mej', 'drs', 'ir', 'ing'];
/** Afrikaans: `mnr.` (Mr), `mev.`, `me.` (Mrs, Ms), `mej.` (Miss), `ds.` (Reverend). */
export const AFRIKAANS_ADDRESS = ['mnr', 'mev', 'me', 'mej', 'ds'];

const ADDRESSES = [...new Set([...DUTCH_ADDRESS, ...AFRIKAANS_ADDRESS])];
const capitalisable = (words: string[]) => words.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
/** The `m` forms may follow a quotation mark or a dash (`,” sê me. X`); the others only a space or a bracket. */
const ADDRESS_BEFORE_DOT = new RegExp(
  `(?:^|[\\s(“”"‘’'«»,–—-])(?:${capitalisable(ADDRESSES.filter((word) => word.startsWith('m')))})\\.$|(?:^|[\\s(])(?:${capitalisable(ADDRESSES.filter((word) => !word.startsWith('m')))})\\.$`,
  'u',
);
/** A given name, particles of the family name, then the capitalised family name; then a stop, a comma or the clause going on. */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:van|der|den|de|du|le|la|von|ter|ten|te|’t|'t|vd))*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[\s,.;:!?)]|$)/u;
/** `He told me. John …`: English `me` closes a sentence; Afrikaans `me.` only counts with a verb of saying or a preposition of its own before it. */
const ME_AFTER_WORD = /(?:^|[\s“”"])(?:sê|vra|volgens|deur|aan|teenoor|vir|het|en|dat|[Mm]e)\s+[Mm]e\.$|^\s*[Mm]e\.$|[\n.!?“”"]\s*Me\.$/u;

/** Whether the stop at `dot` in `words` closes a Dutch or Afrikaans form of address before a name (see above). */
export function isAddressDot(words: string, dot: number): boolean {
  const before = words.slice(Math.max(0, dot - 16), dot);
  if (!ADDRESS_BEFORE_DOT.test(before.slice(-7))) return false;
  if (/(?:^|[^\p{L}])[Mm]e\.$/u.test(before) && !ME_AFTER_WORD.test(before)) return false;
  return NAME_AFTER.test(words.slice(dot, dot + 80));
}
