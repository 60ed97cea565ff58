/**
 * `«…», reconoció la funcionaria` after `la secretaria de Cultura, Ana X, …`, `"…," the official said` after `Deputy
 * Mayor Tom Y`: a noun for anyone holding an office, whatever it is, stands for the latest person the text gave a role,
 * of the article's gender when it shows one; never an unnamed person whose own words lack the noun (held-role-over-unnamed.ts).
 */
import type { EntityBook } from './entities';

/** Nouns for anyone who holds a public office (`la funcionaria`, `the official`, `le fonctionnaire`, `die Beamtin`). */
// (Slavic and Romanian copy likewise, with no article: `— наголосив посадовець`, `dodal úředník`, `a precizat oficialul`.)
export const ANY_OFFICIAL = /^(?:official|functionary|funcionari[oa]|funcionári[oa]|fonctionnaire|funzionari[oa]|ambtenaar|beamter?|beamtin|tjänsteman|tjenestemann|embedsmand|посадов(?:ець|иця)|чиновни(?:к|ця|ца)|урядов(?:ець|иця)|úředn(?:ík|ice)|urzędni(?:k|czka)|oficialul|oficiala|funcționarul|funcționara)$/u;

/** Articles that show the holder is a woman (`la funcionaria`, `a funcionária`, `die Beamtin`) or a man (`el funcionario`, `o funcionário`). */
const FEMININE_ARTICLE = /^(?:la|a|die|una|uma)$/iu;
const MASCULINE_ARTICLE = /^(?:el|o|le|il|der|un|um|uno)$/iu;

/** The latest person given any role before `at` (as `latestHolder` walks back) whose gender fits the phrase's article, or null. */
export function anyOfficeHolder(book: EntityBook, phrase: string, at: number, latestHolder: (holds: (roles: { at: number; role: string }[], name: string) => boolean) => string | null): string | null {
  const article = phrase.trim().split(/\s+/u)[0] ?? '';
  const gender = FEMININE_ARTICLE.test(article) ? 'female' : MASCULINE_ARTICLE.test(article) ? 'male' : elidedAdjectiveGender(phrase);
  return latestHolder((roles, name) => {
    if (!roles.some((entry) => entry.at < at)) return false;
    const known = book.entities.get(name)?.gender ?? book.genders.get(name) ?? null;
    return !gender || !known || known === gender;
  });
}

/**
 * `l'ancien fonctionnaire`, `l'ancienne fonctionnaire`: French elides the article before a vowel, so the adjective after
 * it shows the gender instead (`-enne`, `-elle`, `-ère`, `-ive` a woman; `-ien`, `-el`, `-ier`, `-if` a man).
 */
function elidedAdjectiveGender(phrase: string): 'female' | 'male' | null {
  const adjective = /^\s*l['’](\p{Ll}+)\s+\p{Ll}/u.exec(phrase)?.[1];
  if (!adjective) return null;
  return /(?:enne|elle|ère|ive)$/u.test(adjective) ? 'female' : /(?:ien|el|ier|if)$/u.test(adjective) ? 'male' : null;
}
