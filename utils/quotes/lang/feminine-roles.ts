/**
 * The feminine of a role noun a list holds only in the masculine, by the regular endings of French, Spanish, Italian,
 * Portuguese and Romanian: `dirigenta` (dirigente), `pobladora` (poblador), `professoressa` (professore), `ricercatrice`
 * (ricercatore), `élue` (élu), `chercheuse` (chercheur), `locatară` (locatar), `pensionara` (pensionarul), `directoare`
 * (director), Lithuanian `direktorė` (direktor). The lists name many offices once, and lesser-covered feminine forms are what unseen pages hold.
 * Only a word of five letters or more whose masculine the list holds: `casa` or `porta` derive from nothing listed.
 */

const FEMININE_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/enta$/u, 'ente'],
  [/ora$/u, 'or'],
  [/a$/u, 'o'],
  [/trice$/u, 'tore'],
  [/essa$/u, 'e'],
  // (French `mairesse` from `maire`, as Québec writes the office.)
  [/esse$/u, 'e'],
  [/euse$/u, 'eur'],
  [/rice$/u, 'eur'],
  [/enne$/u, 'en'],
  [/ère$/u, 'er'],
  [/e$/u, ''],
  [/ă$/u, ''],
  [/oare$/u, 'or'],
  [/a$/u, 'ul'],
  // (Lithuanian `direktorė`, `inspektorė`: the feminine in -ė of a listed international office, batch others6.)
  [/ė$/u, ''],
  // (Lithuanian `merė`, `mokytoja`, `direktorė`: the feminine of an office in -as or -ius.)
  [/ė$/u, 'as'],
  [/ė$/u, 'ius'],
  [/ja$/u, 'jas'],
  // (Latvian `speciāliste`, `vadītāja`: the feminine of an office in -s or -ājs.)
  [/e$/u, 's'],
  [/āja$/u, 'ājs'],
];

/** Whether `word` (lower case) is the regular feminine of a masculine role noun `isListed` holds. */
/** Fields and bodies spelled like a feminine (`le service de médecine`, `la marine`): what someone works in, not who. */
const FIELD_NOT_FEMININE = /^(?:médecine|marine)$/u;

export function isFeminineOfListed(word: string, isListed: (masculine: string) => boolean): boolean {
  if (word.length < 5 || FIELD_NOT_FEMININE.test(word)) return false;
  return FEMININE_ENDINGS.some(([ending, masculine]) => ending.test(word) && isListed(word.replace(ending, masculine)));
}
