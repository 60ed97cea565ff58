/**
 * Malay offices of two words, the second capitalised as a name's is (`Timbalan Pendakwa Raya Siti Aminah`, "deputy public
 * prosecutor"; `Peguam Negara`, `Menteri Besar`): both words belong to the office, never to the name after it.
 */

/** The office's two words; the second alone may be a given name (`Raya`), so only the pair is read as the office. */
const MALAY_TWO_WORD_OFFICE = /^(?:Pendakwa Raya|Peguam (?:Negara|Cara|Bela)|Menteri Besar|Perdana Menteri|Ketua (?:Menteri|Polis|Hakim|Pengarah|Setiausaha)|Setiausaha Kerajaan|Pesuruhjaya Polis|Hakim Besar)$/u;

/** `Pendakwa Raya Siti Aminah Rashid` → `Siti Aminah Rashid`: the office comes off when two words or more are left for the name. */
export function withoutMalayOffice(words: string[]): string[] {
  if (words.length < 4 || !MALAY_TWO_WORD_OFFICE.test(`${words[0]} ${words[1]}`)) return words;
  return words.slice(2);
}
