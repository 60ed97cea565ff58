/**
 * Abbreviated ranks, degrees and titles written with a full stop before a name, in the languages papers
 * print them in: Polish `mł. bryg.`, `st. asp.`, `nadkom.`, `dr hab.`; Czech and Slovak `plk. Mgr.`, `Ing.`;
 * Russian and Ukrainian `ген.`, `ст. лейт.`; German `Dipl.-Ing.`, `Mag.`; English `Det. Sgt.`, `Insp.`, `Cllr.`.
 * A closed class: their full stop ends no sentence, and they are the role (or title) of the name after them.
 */

import { lazyValue as lazy } from '../patterns';

const RANKS = [
  // Polish police, fire and army ranks, clergy and degrees.
  'mł', 'st', 'bryg', 'asp', 'nadkom', 'podkom', 'sierż', 'kpr', 'plut', 'chor', 'kpt', 'mjr', 'ppłk', 'płk',
  'dr', 'gen', 'kmdr', 'insp', 'nadinsp', 'ppor', 'por', 'szer', 'bryg', 'hab', 'inż', 'mgr', 'med', 'ks', 'bp', 'abp',
  // Czech and Slovak ranks and degrees.
  'pplk', 'plk', 'npor', 'nprap', 'prap', 'šprap', 'rtm', 'brig', 'genmjr', 'Mgr', 'Ing', 'Bc', 'MUDr', 'JUDr', 'PhDr',
  'RNDr', 'MVDr', 'PaedDr', 'ThDr', 'doc', 'prof', 'arch',
  // Russian, Ukrainian, Bulgarian, Serbian and Croatian.
  'ген', 'полк', 'подполк', 'мл', 'ст', 'лейт', 'кап', 'серж', 'проф', 'акад', 'доц', 'инж', 'інж', 'д-р', 'пуковник', 'pukovnik', 'puk', 'por', 'kap',
  // Romanian and Italian lower-case degrees and titles (`ing. Doru Bălan`, `conf. dr.`, `l’avv. Rossi`, `il dott. Neri`).
  'ing', 'conf', 'lect', 'avv', 'dott', 'geom',
  // German and Austrian degrees and titles.
  'Dipl', 'Mag', 'DI', 'rer', 'nat', 'phil', 'jur', 'habil',
  // English ranks the house abbreviation list leaves out.
  'Det', 'Insp', 'Ch', 'Pte', 'Const', 'Brig', 'Cllr', 'Fr', 'Sr', 'Supt', 'Lt', 'Col', 'Sgt', 'Maj', 'Cmdr', 'Capt',
  // (The Philippine and American lawyer's `Atty. X`; a Chicago alderman's `Ald. X`.)
  'Atty', 'Ald',
  // Swahili `Bi.` (Mrs/Ms) and `Bw.` (Mr), Luganda `Omw.`, `Omuk.`, `Owek.` (Mr, Mrs, the Honourable), forms of address: no role, see FORMS_OF_ADDRESS.
  'Bi', 'Bw', 'Omw', 'Omuk', 'Owek',
];

/** Swahili `Bi.` and `Bw.`, Luganda `Omw.`: abbreviated like a rank, but a form of address, which comes off the name and is no role. */
const FORMS_OF_ADDRESS = /^(?:Bi|Bw|Omw|Omuk|Owek)\.$/u;

export const RANK_ALTERNATIVES = [...new Set(RANKS)].sort((a, b) => b.length - a.length).join('|');

/** The end of a text is one of these abbreviations and its full stop (`… mówi mł. bryg.`). */
// (Not a lower-case `dr.`: Polish writes `dr` with no full stop, and Hungarian `A védő, dr. X szerint` is read as two sentences.)
// (Looked up, not matched: the sentence splitter asks at every full stop, and the whole list's pattern cost a cold
// compile on every page; `(?:^|[\s(.-])(?:…)\.$` on the last 12 characters, as the test compares.)
const RANKS_ENDING = lazy(() => new Set(RANK_ALTERNATIVES.split('|').filter((rank) => rank !== 'dr')));

export function endsWithRankAbbreviation(text: string): boolean {
  const tail = text.slice(-12);
  if (!tail.endsWith('.')) return false;
  const ranks = RANKS_ENDING();
  for (let start = tail.length - 2; start >= 0; start--) {
    const before = start === 0 ? '' : tail[start - 1]!;
    // (`\s` is what `trim` removes.)
    // (An elided article may stand before it: Italian `l’ing.`, `l'avv.`.)
    if ((start === 0 || before === '(' || before === '.' || before === '-' || before === '’' || before === "'" || before.trim() === '') && ranks.has(tail.slice(start, -1))) return true;
  }
  return false;
}

/** One or more of these abbreviations, each with its full stop, then a capitalised word: `mł. bryg. Jan`, `plk. Mgr. Petr`. */
// (`ген.-майор Иван Орлов`: a rank's second half may follow its hyphen in full.)
const RANKS_BEFORE_NAME_SOURCE = `(?:(?<=^|[\\s(’'])(?:${RANK_ALTERNATIVES})\\.(?:[\\s-]+|(?=-)))+(?:\\p{Ll}+\\s+)?(?=\\p{Lu})`;
// (Built on first use: most pages never hold a rank.)
const RANKS_BEFORE_NAME = lazy(() => new RegExp(RANKS_BEFORE_NAME_SOURCE, 'u'));
const EVERY_RANKS_BEFORE_NAME = lazy(() => new RegExp(RANKS_BEFORE_NAME_SOURCE, 'gu'));

/** Stands for a rank's full stop while a tag is read: no reader takes it for a sentence's end. */
const RANK_DOT = '\u2024';

/** `mówi mł. bryg. Jan Kos.` → the same with the ranks' full stops masked (same length, so offsets hold). */
export function withRankDotsMasked(frame: string): string {
  if (!frame.includes('.')) return frame;
  return frame.replace(EVERY_RANKS_BEFORE_NAME(), (ranks) => ranks.replaceAll('.', RANK_DOT));
}

/** A phrase read from a masked frame with its full stops back. */
export const withRankDotsRestored = (words: string): string => words.replaceAll(RANK_DOT, '.');

/**
 * The speaker read from a masked frame, its full stops back, and the ranks right before the name its role:
 * `mówi mł. bryg. Jan Kos` → Jan Kos, role `mł. bryg.`; a rank a reader glued to the name comes off it.
 */
export function withRanksRestored<T extends { phrase: string; role?: string | null }>(masked: string, found: T, ranksAsRole = true): T {
  const phrase = withRankDotsRestored(found.phrase);
  let role = found.role ? withRankDotsRestored(found.role) : found.role;
  const glued = RANKS_BEFORE_NAME().exec(phrase);
  const gluedRanks = glued?.index === 0 ? glued[0].trim() : '';
  const at = masked.indexOf(found.phrase);
  const before = at < 0 ? '' : withRankDotsRestored(masked.slice(0, at));
  // (`dr hab. Ewa Maj`: Polish writes `dr` with no full stop, a contraction.)
  // (`alisema Bi. Sichalwe`: a form of address is no role.)
  const ranks = [RANKS_AT_END().exec(before)?.[1]?.trim(), gluedRanks].filter((rank) => rank && !FORMS_OF_ADDRESS.test(rank)).join(' ');
  // (A role the reader gave the ranks in already, their full stops dropped (`kierująca zespołem prof`), keeps its form.)
  const plain = (words: string) => ` ${words.replace(/[.\s-]+/gu, ' ').trim()} `;
  if (ranksAsRole && ranks && !plain(role ?? '').includes(plain(ranks))) role = role ? `${role} ${ranks}` : ranks;
  return { ...found, phrase: phrase.slice(glued?.index === 0 ? glued[0].length : 0), role };
}

/** Ranks ending the words before a name, with or without their full stops (at least one has one). */
const RANKS_AT_END = lazy(() => new RegExp(`(?:^|\\s)((?:(?:${RANK_ALTERNATIVES})(?:\\.|(?=[\\s-]))[\\s-]*)*(?:${RANK_ALTERNATIVES})\\.[\\s-]*(?:\\p{Ll}+\\s*)?)$`, 'u'));

/** `Ing`, `el Ing`: a reading that took a rank (its full stop cut off) for the whole name, perhaps after an article. */
const RANK_ALONE = lazy(() => new RegExp(`^(?:\\p{Ll}{1,3}\\s+)?(?:${RANK_ALTERNATIVES})\\.?$`, 'u'));
export const isRankAlone = (phrase: string): boolean => RANK_ALONE().test(phrase);
