/**
 * The indefinite article of Dutch (`een`) and Afrikaans (`’n`, "a"). Afrikaans writes `’n` in lower case even opening a
 * sentence, the noun after it capitalised instead: `’n Woordvoerder van die departement het bevestig …` is someone brought
 * in unnamed, as Dutch `Een woordvoerder …`.
 */

const OPENING_ARTICLE = /^(?:['’]n|ŉ)\s+(?=\p{Lu}\p{Ll})/u;

/** `’n Woordvoerder van …` read as `Een woordvoerder van …`, the shape the other Germanic languages open with; else as written. */
export function asDutchOpening(sentence: string): string {
  const found = OPENING_ARTICLE.exec(sentence);
  if (!found) return sentence;
  const rest = sentence.slice(found[0].length);
  return `Een ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
}

/** The description as written again: `een woordvoerder` → `’n woordvoerder`, when the sentence opened with `’n`. */
export function asAfrikaansPhrase(phrase: string, sentence: string): string {
  return OPENING_ARTICLE.test(sentence) ? phrase.replace(/^een(?=\s)/u, '’n') : phrase;
}
