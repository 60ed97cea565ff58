/**
 * Croatian and Serbian (Latin) trades and forms of address a local paper writes before the name, capitalised when they
 * open the sentence: `Učiteljica Ana Horvat kaže …`, `Nastavnik Ivo Kos`, and the Dalmatian address of an old man or
 * woman, `Barba Ive Šimić, umirovljeni ribar, …`, `Šjora Kate` (like `Mama Rose X` in Kenyan papers). Each is the
 * person's role, never part of the name. Kept apart from newlang-roles.ts, which is full.
 * (Not `vlasnica`, "owner", whose genitive body follows it and is no role alone; not `težak`, also "heavy"; not `baka`, `kum`, `ujak`, which papers write lower case after the name.)
 */

const WORDS = new Set(
  ('barba šjor šjora čiča teta ' +
    'učitelj učiteljica nastavnik nastavnica umirovljenik umirovljenica konobar konobarica').split(' '),
);

/** Whether `plain` (lower case) is such a trade or address. */
export function isSouthSlavicAddressOrTrade(plain: string): boolean {
  return WORDS.has(plain);
}

/** The Dalmatian forms of address of an elder alone (`Barba`, `Šjora`): what one is called, no occupation. */
const ADDRESS = new Set(['barba', 'šjor', 'šjora', 'čiča', 'teta']);

/**
 * `Barba Ante Kos, umirovljeni ribar od 80 godina, …`: after a form of address alone, the lower-case group set off after
 * the name that holds an occupation is the role (the address says how the village calls him, not what he does).
 */
export function occupationOverAddress(role: string | null, groups: readonly string[], isOccupation: (word: string) => boolean): string | null {
  if (!role || !ADDRESS.has(role.trim().toLowerCase())) return null;
  return groups.find((group) => /^\p{Ll}/u.test(group) && group.split(/\s+/u).some(isOccupation)) ?? null;
}
