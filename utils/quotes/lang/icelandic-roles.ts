/**
 * Icelandic and Faroese offices and trades, as a paper writes them in lower case right after or before a name
 * (`X Y hafnarstjóri segir`, `X Y, formaður byggðarráðs,`, `segir Z framkvæmdastjóri`). Nouns are declined and glued into
 * compounds, so the office is read by its head and its case ending: `hafnarstjóri`/`-stjóra`/`-stjórinn` (a manager of
 * something), `formaður`/`formann`/`formanni`/`formanns` (chair), `veðurfræðingur` (someone learned in a field),
 * `talsmaður`, `þingkona`, `ráðherra`. Kept with no imports, because role-nouns.ts reads it.
 */

/** Whole words: chair, minister, doctor, priest, teacher, coach, police, lawyer, professor. */
const WHOLE = new Set(
  ('formaður formann formanni formanns formaðurinn formanninum formannsins varaformaður ráðherra ráðherrann ' +
    'læknir lækni læknis prestur prests kennari kennara þjálfari þjálfara lögmaður lögmann lögmanni ' +
    // (A spokesman's and spokeswoman's cases hold no letter of the gate: `talsmann`, `talskona`.)
    'talsmaður þingmaður lögreglumaður prófessor forseti forseta oddviti oddvita sóknarprestur talsmann talsmanns talskona talskonu talskonan').split(' '),
);

/**
 * A compound's head with its case and definite endings: a manager or director (`-stjóri`), a woman of a trade or office
 * (`talskona`, `þingkona`), one learned in a field
 * (`hagfræðingur`, `jarðfræðingur`), an overseer (`-vörður`: `hafnarvörður`), a chief (`-stýra`, `forstýra`).
 * (Not `-maður`, "man": `ökumaður`, a driver met in the street, is someone new, read elsewhere; a few offices so ending are whole words above.)
 */
const HEAD = /^\p{Ll}{3,}(?:stjór(?:i|a|inn|ann|anum|ans)|kon(?:a|u|an|unni|unnar)|fræðing(?:ur||i|s|urinn|inn|num|sins)|vörð(?:ur||ur|inn)|vörður|stýr(?:a|u|an|unni))$/u;

/** Compounds so ending that are a relation, no office: a wife (`eiginkona`). */
const NOT_A_ROLE = new Set(['eiginmaður', 'eiginkona', 'kvenmaður', 'karlmaður', 'eiginmann', 'eiginkonu', 'kvenmann', 'karlmann']);

/** Whether a lower-case word is an Icelandic or Faroese office or trade (`hafnarstjóri`, `formaður`, `veðurfræðingur`). */
export function isIcelandicRoleNoun(word: string): boolean {
  const plain = word.toLowerCase();
  if (!/[áéíóúýðþæö]/u.test(plain)) return WHOLE.has(plain);
  return WHOLE.has(plain) || (HEAD.test(plain) && !NOT_A_ROLE.has(plain));
}
