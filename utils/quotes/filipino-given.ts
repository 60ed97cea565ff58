import { FILIPINO_MARIA } from './initials-given';

/** `Ma.` at a stop's end, and the name words FILIPINO_MARIA wants after it. */
const MARIA_BEFORE_DOT = /(?:^|\s)Ma\.$/u;
const MARIA_NAME_AFTER = new RegExp(`^${FILIPINO_MARIA.slice(String.raw`Ma\.`.length)}`, 'u');

/**
 * Whether the stop at `dot` in `words` is the dot of `Ma.` (Maria) opening a Filipino name, where no sentence ends:
 * `Councilor Ma. Lourdes Santos-Reyes filed …` (initials-given.ts), not `said Jack Ma. The founder …`.
 */
export function isFilipinoMariaDot(words: string, dot: number): boolean {
  return MARIA_BEFORE_DOT.test(words.slice(Math.max(0, dot - 4), dot)) && MARIA_NAME_AFTER.test(words.slice(dot, dot + 60));
}
