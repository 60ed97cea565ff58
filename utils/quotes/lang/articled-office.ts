/**
 * An office of French, Spanish, Italian or German after its article, ending a clause too long to be a role group before
 * a name and its comma (entities.ts apposedRole): `… présenté jeudi par la conseillère municipale déléguée aux parcs, X`.
 */

import { isForeignRoleNoun } from './role-nouns';
import { RELATION } from './relations';
import { lazy } from './shared';

const RELATIVE = lazy(() => new RegExp(`^(?:${RELATION})$`, 'iu'));
/** An article of another language, then a word that may be its office noun. */
const ARTICLE_AT = /(?:^|\s)(?:l['’]|(?:le|la|el|il|lo|der|die)\s+)(?=\p{Ll}[\p{L}-]{3,})/giu;

/**
 * `… présenté jeudi par la conseillère municipale déléguée aux parcs, X`: in a longer clause, the first article opening an
 * office noun opens the role, up to the comma (`La portavoz de la alcaldesa Rosa Gil, X`: the spokesperson's).
 */
export function articledOffice(group: string): string | null {
  for (const article of group.matchAll(ARTICLE_AT)) {
    const tail = group.slice(article.index + (/^\s/u.test(article[0]) ? 1 : 0));
    const noun = /^(?:l['’]|\S+\s+)(\p{Ll}[\p{L}-]{3,})/iu.exec(tail)?.[1];
    // (Opening the sentence, the article is written in lower case, as roles are kept: `le directeur`.)
    // (`la figlia, X`: a relative is who someone is to another, not an office, lang/relations.ts.)
    if (noun && isForeignRoleNoun(noun) && !RELATIVE().test(noun)) return tail.length <= 80 && !/\s(?:et|und|y|e|qui|que|che|der|die|das)\s/u.test(tail) ? tail.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) : null;
  }
  return null;
}
