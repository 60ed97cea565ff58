/**
 * Names met in another case than the nominative, in Polish, Czech and Greek: the nominative the text attests or
 * its ending suggests, so `Dawida Kubiaka` and `Kubiak` are one person.
 */

/** Case endings a Polish or Czech family name takes after its stem: `Kubiak-a`, `Beneš-ové`, `Kamińsk-iej`. */
const CASE_ENDINGS = new Set(['a', 'e', 'y', 'i', 'u', 'é', 'ej', 'iej', 'ego', 'owi', 'em', 'ou', 'ové', 'ovi', 'ą', 'ę', 'ým', 'ého']);

/**
 * `Dawida Kubiaka` when the text also writes `Kubiak` alone, `Veroniky Benešové` beside `Benešová`:
 * a full name met only in another case is given in the nominative the text attests for its family
 * name, the first name following the same case (`Dawida` -> `Dawid`, `Veroniky` -> `Veronika`).
 * `bare` holds the one-word names the text writes (lower case).
 */
export function nominativeName(name: string, bare: ReadonlyMap<string, number>, text = ''): string {
  const words = name.split(' ');
  // `Gol Dawida Kubiaka dał prowadzenie`: a noun opening the sentence before a name in another case goes with the case.
  if (words.length === 3) {
    const last = nominativeName(words.slice(1).join(' '), bare, text);
    return last === words.slice(1).join(' ') ? name : last;
  }
  if (words.length !== 2) return name;
  const [given, family] = words as [string, string];
  const lower = family.toLowerCase();
  if (bare.has(lower)) return name;
  // `του Νίκου Παπαδάκη` beside `Ο 24χρονος Παπαδάκης`: a Greek masculine genitive drops the -ς (-ος becomes -ου).
  const greek = /\p{Script=Greek}$/u.test(family) ? greekNominative(given, family, bare) : null;
  if (greek) return greek;
  for (const attested of bare.keys()) {
    // `Kubiak` + `a`; a nominative ending in a vowel gives it up: `Beneš-ová` / `Beneš-ové`, `Kamińsk-a` / `Kamińsk-iej`.
    const stem = /[aáeéoy]$/u.test(attested) ? attested.slice(0, -1) : attested;
    if (stem.length < 4 || !lower.startsWith(stem) || !CASE_ENDINGS.has(lower.slice(stem.length))) continue;
    // (`Marek Zawada …` then `Według Zawady …`: a word met alone only after a word asking for the genitive is no nominative.)
    if (text && onlyInGenitive(text, attested)) continue;
    // (`Tomáše Jirsy` beside `Jirsa`: a man's family name in -a, his first name in a masculine case, `Tomáš-e`, `Jan-a`.)
    const feminine = attested.endsWith('á') || (attested.endsWith('a') && !masculineInA(given, lower, attested));
    const first = feminine && /(?:ii|y|i)$/u.test(given) ? given.replace(/(?:ii|y|i)$/u, (ending) => (ending === 'ii' ? 'ia' : 'a')) : /[ae]$/u.test(given) && !feminine ? withFleetingE(given.slice(0, -1)) : given;
    return `${first} ${family.charAt(0)}${attested.slice(1)}`;
  }
  return name;
}

/** `Tomáše Jirsy`, `Jana Zagłoby`: a masculine first name's case (Czech `-e` after a consonant, `-a`) beside a family name in -a declined like a noun (`-y`, `-i`), not an adjective (`Kamińska`). */
function masculineInA(given: string, family: string, attested: string): boolean {
  return /[^aeiouyáéíóúůýě][ae]$/u.test(given) && /[yi]$/u.test(family) && !/(?:sk|ck|dzk)a$/u.test(attested);
}

/**
 * A masculine first name's stem after its case ending went, with the vowel the nominative keeps and the other cases
 * drop: `Pawł-a` -> `Paweł`, `Mark-a` -> `Marek`, `Jack-a` -> `Jacek`, Czech `Pavl-a` -> `Pavel`, `Karl-a` -> `Karel`.
 * (A vowel before the last consonant, `Michał-a`, `Dominik-a`, `Karol-a`, leaves the stem whole.)
 */
function withFleetingE(stem: string): string {
  return /[^aeiouyąęóáéíúůýě][łlk]$/u.test(stem) && stem.length >= 3 ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : stem;
}

/** Polish and Czech words that put the name after them in the genitive, maybe with its role noun between: `zdaniem doktoranta X`, `podle mluvčího hasičů X`. */
const GENITIVE_WORD = /(?:[Ww]edług|[Zz]daniem|[Pp]odle|[Ww]g\.)/u;
const GENITIVE_BEFORE = /(?:^|[\s,(])(?:[Ww]edług|[Zz]daniem|[Pp]odle|[Ww]g\.)\s+(?:\p{Ll}[\p{L}.]*\s+){0,2}$/u;

/**
 * `Zdaniem doktoranta Michała Górskiego`, `Podle mluvčího Martina Kratochvíla`: a full name met only after a word taking the
 * genitive, the family name's nominative guessed from its ending when the text never writes it alone (`górski`,
 * `kratochvíl`), for nominativeName to give the whole name. Masculine when the first name ends in -a (`Michała`), feminine in
 * -y/-i (`Anny`, `Marii`); null for any other shape, or outside that context.
 */
/** `τον γεωπόνο`, `στον`: the Greek masculine accusative article, then up to three lower-case words (a role), before the name. */
const GREEK_MASCULINE_ACCUSATIVE = /(?:^|\s)(?:τον|στον)(?:\s+\p{Ll}+){0,3}\s+$/u;

export function guessedGenitiveFamily(name: string, before: string): string | null {
  const words = name.split(' ');
  // (`κατά τον κτηνίατρο Άρη Μαυρίδη`: after the masculine accusative article a family name has dropped its -ς: `Μαυρίδης`.)
  if (words.length === 2 && /\p{Script=Greek}[αάηήοό]$/u.test(words[1]!) && GREEK_MASCULINE_ACCUSATIVE.test(before)) return `${words[1]!.toLowerCase()}ς`;
  if (words.length !== 2) return null;
  const [given, family] = [words[0]!.toLowerCase(), words[1]!.toLowerCase()];
  // `spotykamy Jana Wierzbickiego`, `potkali jsme Pavla Nováckého`: an adjective family name's masculine `-skiego`/`-ckého` after a
  // lower-case word (the verb or noun that governs it) is a case, whatever that word.
  const oblique = /\p{L}{2}a$/u.test(given) && /(?:sk|ck|dzk)(?:iego|ého)$/u.test(family) && /\p{Ll}\s+$/u.test(before);
  if (!oblique && !GENITIVE_BEFORE.test(before)) return null;
  // (`podle sládka Tomáše Jirsy`: a Czech masculine first name in -e after a consonant, a family name in -a declined like a noun.)
  if (/\p{L}[^aeiouyáéíóúůýě]e$/u.test(given)) return /^.{3,}[^aeiouyáéíóúůý]y$/u.test(family) ? `${family.slice(0, -1)}a` : null;
  if (/\p{L}{2}a$/u.test(given)) {
    const adjective = /^(.{3,})(?:ego|ého|ího)$/u.exec(family);
    // (`Górskiego` -> `Górski`, `Zielonego` -> `Zielony`, `Černého` -> `Černý`, `Jiřího` -> `Jiří`.)
    if (adjective) return family.endsWith('ího') ? `${adjective[1]}í` : family.endsWith('ého') ? `${adjective[1]}ý` : /[kg]i$/u.test(adjective[1]!) ? adjective[1]! : `${adjective[1]}y`;
    return /^.{3,}[^aeiouyáéíóúůý]a$/u.test(family) ? family.slice(0, -1) : null;
  }
  if (/\p{L}{2}(?:y|i)$/u.test(given)) {
    const feminine = /^(.{3,}(?:sk|ck|dzk))iej$|^(.{3,})ové$|^(.{3,})é$/u.exec(family);
    if (feminine) return feminine[1] ? `${feminine[1]}a` : feminine[2] ? `${feminine[2]}ová` : `${feminine[3]}á`;
  }
  return null;
}

function greekNominative(given: string, family: string, bare: ReadonlyMap<string, number>): string | null {
  const lower = family.toLowerCase();
  const nominative = bare.has(`${lower}ς`) ? `${family}ς` : lower.endsWith('ου') && bare.has(`${lower.slice(0, -2)}ος`) ? `${family.slice(0, -2)}ος` : '';
  if (!nominative) return null;
  // (`τον Νίκο Σταθόπουλο`: a masculine first name in the accusative drops its -ς like the family name.)
  const first = given.endsWith('ου') ? `${given.slice(0, -2)}ος` : /[ηήάαοό]$/u.test(given) ? `${given}ς` : given;
  return `${first} ${nominative}`;
}

/** Whether every place `text` writes `word` alone (lower-cased) follows a word asking for the genitive (`według Zawady`, `podle Jirsy`). */
function onlyInGenitive(text: string, word: string): boolean {
  // (No word asking for the genitive anywhere: no place can follow one.)
  if (!GENITIVE_WORD.test(text)) return false;
  const places = [...text.matchAll(new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'giu'))];
  return places.length > 0 && places.every((place) => GENITIVE_BEFORE.test(text.slice(Math.max(0, place.index - 40), place.index)));
}

/** The one-word names `bare` holds less those the text writes only after a word asking for the genitive (see onlyInGenitive). */
export function withoutGenitiveOnly(bare: ReadonlyMap<string, number>, text: string): Map<string, number> {
  return new Map([...bare].filter(([word]) => !onlyInGenitive(text, word)));
}
