/**
 * An office no list holds, set off by commas after a name and closed by the body it is of: Dutch `X, heemraad van
 * waterschap Y, zegt`, Danish `X, digegreve for Y Digelag, siger`. A lower-case noun, a preposition, perhaps a body noun, then
 * the body's capitalised name before the comma: the shape of a post, whatever the noun (old and local offices, `heemraad`, `gildemester`, are many).
 * Kin (`zoon van Y`), where one comes from (`afkomstig van`, `bekend van`) and English (its readers have their own) are left;
 * so are German offices (capitalised nouns) and Swedish bodies ending on a lower-case word (`vid Y tingsrätt`).
 */

/** The noun, the preposition, up to two lower-case body words (an article among them), then one to four capitalised words. */
const OFFICE_OF_BODY = /^,\s+(\p{Ll}[\p{Ll}-]{3,})\s+(?:van|von|vom|am|beim|der|des|bij|voor|för|vid|i|hos|for|ved|hjå)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s*,\s+\p{Ll}/u;

/** Kin, origin and fame: `zoon van`, `Tochter von`, `dotter till`, `afkomstig van`, `bekend van`. */
const NO_POST = /^(?:zoon|dochter|vader|moeder|broer|zus|zuster|vrouw|man|weduwe|kleinzoon|kleindochter|sohn|tochter|bruder|schwester|witwe|enkel|enkelin|sønn|søn|datter|bror|søster|syster|dotter|hustru|afkomstig|bekend|bekende|bekannt|fan|vriend|vriendin|buurman|buurvrouw|collega)$/u;

/** `after`: the text right after the name. The whole group (`heemraad van waterschap Y`), or null. */
export function officeOfNamedBody(after: string): string | null {
  const found = OFFICE_OF_BODY.exec(after);
  if (!found || NO_POST.test(found[1]!)) return null;
  return after.slice(after.indexOf(found[1]!), after.indexOf(found[2]!) + found[2]!.length);
}
