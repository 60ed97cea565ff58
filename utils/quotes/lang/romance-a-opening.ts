/**
 * `A principal novidade é uma tenda …`: a sentence opening with `A` whose words are Portuguese (or another Romance
 * language) opens with the definite article or a preposition, never English "a"; the noun after it (`principal`, an
 * English person noun) brings in no unnamed person (unnamed-introduction.ts). English copy never writes these words.
 */

/** Function words and letters of Portuguese, Spanish, Italian and Catalan English prose does not have. */
const ROMANCE_WORDS = /(?<![\p{L}])(?:é|não|uma|um|uns|umas|da|dos|das|na|nas|nos|ao|aos|à|às|pelo|pela|pelos|pelas|com|em|são|está|foi|estão|una|del|los|las|el|es|está|fue|con|por|della|delle|il|è|sono|per|amb|els|les)(?![\p{L}])|ção|ções|ões|[ãõêç]/u;

/** Whether a sentence opening with `A` is in a Romance language. */
export function opensWithRomanceA(sentence: string): boolean {
  if (!/^A\s/u.test(sentence)) return false;
  const words = sentence.split(/[.!?]\s/u)[0]!;
  return ROMANCE_WORDS.test(words);
}
