/**
 * A spokesperson's noun and "of"/"for" written before a name: `een woordvoerder van zorgverzekeraar
 * X`, `la portavoz de la alcaldesa X`, `ein Sprecher von Ministerin X`. The name is whom the
 * spokesperson speaks for (a person or a body), never the spokesperson, who stays unnamed.
 */

const SPOKESPERSON = 'woordvoerder|woordvoerster|spokesman|spokeswoman|spokesperson|sprecher|sprecherin|porte-parole|portavoz|portavoce|porta-voz|vocero|vocera|talsperson|talsmand|talskvinne|pressetalsmand|rzecznik|rzeczniczka|mluvčí|hovorca|hovorkyně|εκπρόσωπος|purtător|purtătoare|sözcü|sözcüsü|juru bicara';
const PREPOSITION = 'van|voor|von|vom|der|des|for|of|de|di|du|del|della|da|do|dos|das|för|til|fra|dla|z|ze';

/** The role words before a name end in a spokesperson's noun, a preposition and at most two lower-case words. */
const SPEAKS_FOR = new RegExp(`(?:^|\\s)(?:${SPOKESPERSON})\\s+(?:${PREPOSITION})\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s*){0,2}$`, 'iu');

export function speaksForName(roleWords: string): boolean {
  return SPEAKS_FOR.test(roleWords.trimEnd() + ' ');
}

/** The spokesperson's noun, a preposition and up to two lower-case words, ending right before a name. */
function principalPattern(noun: string): RegExp | null {
  const word = /[\p{L}-]+$/u.exec(noun.trim())?.[0];
  return word && word.length >= 3 ? new RegExp(`(?:^|\\s)${word}\\s+(?:${PREPOSITION})\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s+){0,2}$`, 'iu') : null;
}

/**
 * `Volgens een woordvoerder van zorgverzekeraar X …. "…", aldus de woordvoerder.`: whether the person
 * named last before `at` is the one a spokesperson called `noun` speaks for, so the descriptor stands for nobody named.
 */
export function latestIsPrincipal(text: string, mentions: readonly { at: number }[], at: number, noun: string): boolean {
  const pattern = principalPattern(noun);
  const latest = mentions.filter((mention) => mention.at < at).at(-1);
  return !!pattern && !!latest && pattern.test(text.slice(Math.max(0, latest.at - 60), latest.at));
}

/** The descriptor as the tag after the quote writes it (`de woordvoerder`), article included. */
export function descriptorWords(tag: string, noun: string): string {
  const word = /[\p{L}-]+$/u.exec(noun.trim())?.[0] ?? noun;
  return new RegExp(`(?<![\\p{L}])(?:\\p{L}+\\s+)?${word}(?![\\p{L}])`, 'iu').exec(tag)?.[0] ?? noun;
}
