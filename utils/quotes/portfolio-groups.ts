/**
 * `X, a spokeswoman for the Ministry of Environment, Forestry and Tourism, said:`: a body named by a list of portfolios
 * holds commas of its own. Read back from the verb, the list's later items (`Forestry and Tourism`, `Industry`) are no
 * subject: they go on the office that opens the list (`… of Environment`). The list must close with "and" (or "&"),
 * so `The spokeswoman for the Ministry of Health, Ana Cruz, said` still names Ana Cruz.
 */

/** One item of a list of portfolios: capitalised words, perhaps joined or opened by "and": `Forestry and Tourism`, `and Sport`. */
const PORTFOLIO_ITEM = /^(?:(?:and|&)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}-]*)*$/u;
/** A body's office ending in its first portfolio: `a spokeswoman for the Ministry of Environment`. */
const OFFICE_OF_PORTFOLIO = /\s(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;
const CLOSING_AND = /(?:^|\s)(?:and|&)\s/u;

/**
 * Whether the comma group at `index` (groups run from the verb back, newest first) is a later item of a portfolio list:
 * it and the groups up to the office are all items, the office ends in "of/for" and a capitalised word, and the item
 * nearest the verb closes the list with "and".
 */
export function isPortfolioItem(groups: readonly string[], index: number): boolean {
  if (!PORTFOLIO_ITEM.test(groups[index]!)) return false;
  let newest = index;
  while (newest > 0 && PORTFOLIO_ITEM.test(groups[newest - 1]!)) newest--;
  if (!CLOSING_AND.test(groups[newest]!)) return false;
  let older = index + 1;
  while (older < groups.length && PORTFOLIO_ITEM.test(groups[older]!)) older++;
  return older < groups.length && OFFICE_OF_PORTFOLIO.test(groups[older]!);
}
