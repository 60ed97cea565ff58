/** Balinese names given by birth order (with the caste forms), which `I` or `Ni` opens: `I Wayan X`, `Ni Luh Y`. */
const BALINESE_BIRTH_NAME = /^(?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Nengah|Luh|Gusti|Ida|Desak|Dewa)$/u;

/** Where a Balinese name opens in a run's first three words (`I` or `Ni`, then a birth-order name, two words after), or -1. */
export const balineseNameStart = (words: readonly string[]): number =>
  words.findIndex((word, i) => i <= 2 && words.length - i >= 3 && /^(?:I|Ni)$/u.test(word) && BALINESE_BIRTH_NAME.test(words[i + 1]!));
