/**
 * Romanian writes a person's age after the noun for what they are, between commas: `Ion Pop, pescar de 61 de ani,`,
 * `Ana Dinu, croitoreasă de 48 de ani,`. The age makes the group a description of the person, so the noun before it is
 * their role whatever the noun (no list holds every trade). Only the age with its own `de … de ani`: `, în vârstă de 61 de
 * ani,` says no more than the age, and a group opening with a preposition or a verb (`, de 61 de ani,`) is no noun.
 */

/** Words that open no noun for a person: prepositions, conjunctions, relatives, auxiliaries. */
const NOT_A_NOUN = /^(?:de|la|în|cu|pe|din|spre|pentru|și|sau|dar|care|ce|a|are|avea|au|era|este|e|fost|mai|doar|numai|deja|acum|tot|cel|cea|cei|cele|vârstă|vârsta)$/u;

/**
 * One or two lower-case words, then `de N de ani` closing the group. Bare only: with an indefinite article (`, o croitoreasă de
 * 64 de ani,`) the group describes more than it names a role (ro.test.ts).
 */
const AGED_NOUN = /^(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]{2,})?)\s+de\s+\d{1,3}\s+(?:de\s+)?ani$/u;

/** The role an appositive group with a Romanian age gives (`pescar de 61 de ani` → `pescar`), or null. */
export function romanianAgedRole(group: string): string | null {
  const noun = AGED_NOUN.exec(group.trim().replace(/[.,;:]+$/u, ''))?.[1];
  if (!noun || noun.split(/\s+/u).some((word) => NOT_A_NOUN.test(word))) return null;
  return noun;
}
