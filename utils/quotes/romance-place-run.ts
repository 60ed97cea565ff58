/**
 * Romance village names that read like a person's "given + particle + family" run (person-mentions.ts, via place-runs.ts).
 */

/** `Castelnuovo di Sopra`, `Villanueva de Arriba`, `Vila Nova de Baixo`: a particle before a word for a part of a place ends a place's name, never a person's. */
const PLACE_PART_TAIL = /\s(?:di|de|da|do|del)\s+(?:Sopra|Sotto|Mezzo|Superiore|Inferiore|Arriba|Abajo|Cima|Baixo|Riba|Dentro|Fuori|Fora)$/u;

/** `a X da Y`, `in X da Y`: a place preposition before a run of a capitalised word, `da` and a capitalised word (`moved to X from Y`). */
const TO_PLACE_BEFORE = /(?:^|\s)(?:a|ad|in|verso)\s+$/u;
const PLACE_FROM_PLACE = /^(\p{Lu}\p{Ll}+)\s+da\s+\p{Lu}\p{Ll}+$/u;

/**
 * Whether the run names a place: `di Pietralunga di Sopra`; or `si è trasferita a Pietralunga da Torino`, when the article
 * writes the run's first word alone as a place too (`vive a Pietralunga dal 2015`, `parroco di Pietralunga da anni`): a person
 * with a `da` is named on by the family name, never the given name after a preposition of place.
 */
export function isRomancePlaceRun(run: string, preceding: string, text: string): boolean {
  if (PLACE_PART_TAIL.test(run)) return true;
  const first = TO_PLACE_BEFORE.test(preceding) ? PLACE_FROM_PLACE.exec(run)?.[1] : undefined;
  if (!first) return false;
  const aloneAsPlace = new RegExp(String.raw`(?:^|\s)(?:a|in|di|da)\s+${first}(?=[\s,.;:]+(?!\s*(?:da|di|de)\s+\p{Lu})[^\p{Lu}\s])`, 'u');
  return aloneAsPlace.test(text);
}
