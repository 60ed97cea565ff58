/**
 * Dutch runs that name a thing or a portfolio, not a person (person-mentions.ts asks).
 *   - `van de Zeeuwse Blonde`, `koopt het Groene Lam`: a short run right after a lower-case article, itself after a
 *     lower-case word, is a product, a building or a venue: Dutch writes no article before a person's name.
 *   - `café Het Anker`, `restaurant Het Gouden Hoofd`: a run opening on a capitalised `Het` after a lower-case word is
 *     a venue's or a work's name (`De` opens Flemish family names too, `burgemeester De Wever`, and stays).
 */

import { languageTest } from './glued-opener';

/** Dutch by its function words no other language of the set writes as often (`het`, `een`, `niet`…), one word in twenty-five (glued-opener.ts's test). */
const isDutchText = languageTest(/(?<![\p{L}])(?:het|een|niet|zijn|ook|wordt|werd)(?![\p{L}])/gu, 25);

/** `van de `, `in het `: a Dutch preposition and article after a lower-case word (not `Jan van de Velde`'s particles). */
const PREPOSITION_ARTICLE = /(?:^|\s)\p{Ll}[\p{L}-]*\s+(?:van|in|op|met|voor|naar|uit|bij|aan|over|door|tegen|tot)\s+(?:de|het)\s+$/u;
/** `koopt de `, `tapt het `: an article after a lower-case word that is no name particle (`ter`, `van`). */
const WORD_ARTICLE = /(?:^|\s)(?!(?:van|ter|ten|der|den|von|di|da|du|le|la)\s)\p{Ll}[\p{L}-]*\s+(de|het)\s+$/u;

/** Whether the run at `at` names a thing in Dutch copy: `van de Zeeuwse Blonde`, `café Het Anker`. */
export function isDutchArticledThing(text: string, at: number, run: string): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const short = run.split(/\s+/u).length <= 2;
  if (short && PREPOSITION_ARTICLE.test(before)) return true;
  const article = short ? WORD_ARTICLE.exec(before)?.[1] : undefined;
  if (article && (article === 'het' || isDutchText(text))) return true;
  return /^Het\s\p{Lu}/u.test(run) && /(?:^|\s)\p{Ll}[\p{L}-]*\s+$/u.test(before);
}
