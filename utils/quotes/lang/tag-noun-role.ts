/**
 * `« … », indique la déléguée.`, `„…“, sagt die Pflegedienstleiterin.`, `«…», — говорит директор.`: when the story
 * gave a person no role and the tag after their quote stands for them by a definite role noun alone, that noun is
 * their role. Only a tag of a verb or two, an article (none in Slavic languages) and a noun closing it counts;
 * the noun must be one the role lists or endings know, so `», ajoute-t-elle.` or `», sagt die Frau.` give none.
 */

import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { GERMAN_CAPITAL_ROLE } from './de-roles';
import { isNewLanguageRoleNoun } from './newlang-roles';

/**
 * After the closing mark: a comma or dash, one or two lower-case verb words, an article, the noun, then the sentence's end
 * or what the speaker does meanwhile (`confie le pêcheur en réparant un filet`, `dice el guía mientras rema`, `spiega il
 * fornaio mentre impasta`, `conta o pescador enquanto remenda a rede`): the noun still closes the tag.
 */
const BARE_TAG = /^[»”"“]\s*,?\s*[—–-]?\s*((?:\p{Ll}[\p{Ll}-]*\s+){1,2}?)(?:((?:la|le|el|il|lo|o|a|der|die|das)\s+|[lL]['’])(?:(jeune|vieux|vieil|vieille|joven|giovane|jovem|junge|junger)\s+)?|the\s+)?(\p{L}[\p{Ll}-]{3,})\s*(?:[.;]|,\s|$|(?<=\s)(?:(?:tout\s+)?en\s+\p{Ll}{3,}ant|mientras|mentre|enquanto)(?![\p{L}]))/u;
/** Words between the mark and the noun that make the noun an object: `dit à la ministre`, `sagt der Ministerin`. */
const NOT_A_VERB = /^(?:à|a|al|au|aux|an|zu|zum|zur|to|de|del|du|des|di|da|do|para|pour|für|per|con|avec|mit|with|и|и|к|для|y|et|und|e|and)$/iu;
/** Azerbaijani's quotative: after it `o` is the pronoun, he or she, and the word after that a verb (`deyə o soruşur`), lang/az.ts. */
const QUOTATIVE = /^deyə$/u;
/** A Romance gerund: `alzando`, `sonriendo`, `apontando`. */
const GERUND = /^\p{Ll}{2,}(?:ando|endo|iendo|indo)$/u;
/** Spokespeople speak for someone else; who they are is read in spokesperson.ts. */
const SPOKESPERSON = /^(?:portavoce|porte-parole|portavoz|porta-voz|vocero|vocera|sprecher|sprecherin|spokesman|spokeswoman|spokesperson|представитель|пресс-секретарь|речник|rzecznik|rzeczniczka)$/iu;

/** Kin and neighbours say who a person is to someone else, not what they do: `aggiunge la figlia` gives no role. */
export const RELATION = /^(?:fille|fils|épouse|époux|mari|veuve|veuf|voisine?|nièce|neveu|mère|père|sœur|frère|figlia|figlio|moglie|marito|vedova|vedovo|vicin[ao]|nipote|madre|padre|sorella|fratello|hij[ao]|espos[ao]|viud[ao]|vecin[ao]|herman[ao]|filh[ao]|marido|mulher|viúv[ao]|vizinh[ao]|mãe|pai|irmã|irmão|Tochter|Sohn|Ehefrau|Ehemann|Witwe|Witwer|Nachbarin|Nachbar|Mutter|Vater|Schwester|Bruder|дочь|сын|жена|муж|мать|отец|вдова|соседка|сосед|сестра|брат)$/u;

/**
 * What anyone is, not what they do: `ajoute la femme`, `sourit le sexagénaire`, `précise l’intéressé`. After a Romance
 * article these are the only nouns that are no role (`explique le luthier`, `confie la jeune apprentie`): the tag
 * already stands for the person, so the noun tells what they are, whether or not a role list knows it.
 */
const ANYONE = /^(?:femme|homme|dame|monsieur|fille|garçon|gamin|gamine|personne|intéressée?|concernée?|premier|première|mujer|hombre|señora|señor|chica|chico|persona|interesad[ao]|afectad[ao]|donna|uomo|signora|signore|ragazza|ragazzo|interessat[ao]|mulher|homem|senhora|senhor|moça|rapaz|pessoa|interessad[ao]|victime|víctima|vittima|vítima|\p{L}+(?:génaire|genari[ao]|genária|genário))$/u;

function isRoleNoun(word: string, afterArticle: boolean, afterGermanArticle = false): boolean {
  if (RELATION.test(word)) return false;
  // (`erzählt die Bäuerin`, `sagt die Köchin`: after `die` in the tag, a feminine noun in -in is a woman by what she does.)
  if (/^\p{Lu}/u.test(word)) return GERMAN_CAPITAL_ROLE.test(word) || (afterGermanArticle && /^\p{Lu}\p{Ll}{2,}in$/u.test(word));
  return isForeignRoleNoun(word) || ROMANCE_AGENT.test(word) || isNewLanguageRoleNoun(word) || (afterArticle && !ANYONE.test(word));
}

/** The bare role noun tagging the quote that opens at `quoteStart`, or null. */
export function bareTagNounRole(text: string, quoteStart: number): string | null {
  const end = text.indexOf('\n', quoteStart);
  const paragraph = text.slice(quoteStart, end < 0 ? undefined : end);
  const close = paragraph.slice(1).search(/[»”"“]/u) + 1;
  const tag = close > 0 ? BARE_TAG.exec(paragraph.slice(close)) : null;
  if (!tag) return null;
  const verbs = tag[1]!.trim().split(/\s+/u);
  // (The German noun must follow its article: `sagt Pflegedienstleiterin` is no German.)
  const noun = tag[4]!;
  // (A Romance article before a lower-case noun: `le luthier`, `la jeune apprentie`, `l’artisan`.)
  const romanceArticle = !!tag[2] && !/^(?:der|die|das)\s/u.test(tag[2]);
  // (`risponde alzando le spalle`: the noun after a gerund is its object.)
  if (verbs.some((word) => NOT_A_VERB.test(word) || GERUND.test(word) || QUOTATIVE.test(word)) || SPOKESPERSON.test(noun) || !isRoleNoun(noun, romanceArticle, /^die\s/u.test(tag[2] ?? ''))) return null;
  if (/^\p{Lu}/u.test(noun) && !/\s(?:der|die|das)\s+\S+\s*(?:[.;]|,\s|$)/u.test(tag[0])) return null;
  return noun;
}
