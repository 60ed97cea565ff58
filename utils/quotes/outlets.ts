/** Outlet names: news outlets and agencies report what others said; they are never the speaker. */

import { bare } from './names';

const PAPER_WORDS =
  'zeitung tagblatt tageblatt anzeiger rundschau dagblad dagbladet tidende avis avisen avisa bladet nyheter nyheder krant ' +
  'courant nieuwsblad gazet gazeta gazzetta corriere diario jornal folha sanomat lehti novosti izvestia ';

const OUTLET_WORDS = new Set(
  ('times post news journal gazette press tribune herald telegraph guardian magazine agency television tv radio ' +
    'network daily weekly reuters afp ap bloomberg xinhua tass interfax yonhap kyodo cnn bbc nbc abc cbs msnbc npr ' +
    'fox politico forbes axios wire newspaper website paper outlet ' +
    PAPER_WORDS).trim().split(' '),
);

/** Other languages' words for a paper closing its name (`til Vestlandets Tidende`, `der Rheinischen Zeitung`, `Helsingin Sanomat`): no family name. */
const PAPER_WORD = new RegExp(`^(?:${PAPER_WORDS.trim().replace(/ /gu, '|')})$`, 'iu');

/** Whether a capitalised run of two words or more is a paper's name by its last word (`Vestlandets Tidende`), never a person. */
export const isPaperName = (run: string): boolean => /\s/u.test(run.trim()) && PAPER_WORD.test(run.trim().split(/\s+/u).at(-1)!);

/** Whether a speaker phrase names an outlet: one ending in an outlet word ("the Gazette", "news agency"), or the page's own site. */
export function isOutlet(phrase: string, siteName?: string): boolean {
  const words = phrase.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  if (words.length <= 4 && OUTLET_WORDS.has(bare(words.at(-1) ?? ''))) return true;
  return !!siteName && ((outletKey(phrase) !== '' && outletKey(phrase) === outletKey(siteName)) || isSiteWordInflected(phrase, siteName));
}

/**
 * Whether a role written with a name is an outlet (the name then is no person's). An office at a body whose name happens
 * to end in an outlet word is a person's role: `Henrik Lund, Norway manager at Fjell Paper` (`vd på Nordhamn Paper`).
 */
export function isOutletRole(role: string): boolean {
  return isOutlet(role) && !OFFICE_AT_BODY.test(role.trim());
}

/** A role word, a lower-case linking word, then a capitalised body's name of two words or more: `vd på Nordhamn Paper`. */
const OFFICE_AT_BODY = /^\p{L}[\p{L}-]*\s+\p{Ll}+\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+$/u;

/**
 * `řekl Zpravodaji` on "Vyškovský zpravodaj", `sagte dem Kurier` on "Kurier am Sonntag": one word that is a
 * word of the site's name with a case ending (three letters at most) is the site.
 */
function isSiteWordInflected(phrase: string, siteName: string): boolean {
  if (/\s/.test(phrase.trim())) return false;
  const word = phrase.trim().toLowerCase();
  return siteName
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((part) => part.length >= 5 && word.startsWith(part) && word.length - part.length <= 3);
}

/**
 * An appositive that says its name is an outlet: "the official news agency", "a local newspaper".
 * "a co-founder of Politico" or "told CNN" describe a person, so the head must be the outlet word.
 */
export function describesOutlet(appositive: string): boolean {
  return /^(?:the|a|an)\s/i.test(appositive.trim()) && !/\s(?:of|for|at|with|from|to|on|in)\s/i.test(appositive) && isOutlet(appositive);
}

/** "The Daily Gazette", "dailygazette.com", "DAILY GAZETTE" all read "dailygazette". */
function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news)\b.*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a phrase (`Ms Forbes`, `Ailsa Forbes`, `Forbes`) is the full or family name of a person the text names with a given
 * name: `Councillor Ailsa Forbes … said Ms Forbes` is hers, though Forbes is an outlet too.
 */
export function namesPersonInText(phrase: string, people: { name: string }[]): boolean {
  const bare = phrase.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+/u, '').trim();
  return /^\p{Lu}/u.test(bare) && people.some(({ name }) => name.includes(' ') && (name === bare || name.endsWith(` ${bare}`)));
}
