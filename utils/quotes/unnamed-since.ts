/**
 * Whether someone the text brought in without a name, by the same noun, stands between a named holder and a definite
 * description: `X, manager of the county volunteer network,` … `A volunteer, who asked not to be named, said …` …
 * `"…," the volunteer said` is the unnamed volunteer, not X (whose role only mentions the noun, or holds it).
 */

import type { UnnamedIntroduction } from './unnamed-introduction';

export function introducedUnnamedSince(introductions: UnnamedIntroduction[], noun: string, from: number, to: number): boolean {
  return introductions.some((introduction) => introduction.at > from && introduction.at < to && introduction.phrase.toLowerCase().split(/\s+/u).includes(noun));
}
