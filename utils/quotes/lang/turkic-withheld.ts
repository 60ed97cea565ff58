/**
 * Turkic languages set the clause withholding a name before the person, as a participle: Kazakh `аты-жөнін атамауды өтінген
 * бір қызметкер`, Kyrgyz `аты-жөнүн айтпоону суранган бир тургун`, Uzbek `ismini oshkor qilmaslikni so‘ragan bir faol`, Turkish
 * `adının açıklanmasını istemeyen bir çalışan`, Azerbaijani `adının çəkilməsini istəməyən bir sakin` ("a worker who asked
 * not to be named"). The description is `бір`/`bir` ("a") and the noun after it; anonymity-clause.ts asks here first.
 */

/** The word for a person's name in each (Kazakh, Kyrgyz аты, аты-жөні, есімі, ысымы; Uzbek ism, nom; Turkish and Azerbaijani ad, isim). */
const NAME = String.raw`(?:аты(?:-жөн\p{L}*)?|есім\p{L}*|ысым\p{L}*|ism\p{L}*|nomi\p{L}*|ad[ıi]n\p{L}*|isim\p{L}*|ismin\p{L}*)`;
/** A participle (-ған/-ген/-қан/-кен, -gan/-qan/-kan, -an/-en/-yan/-yen/-ən/-yən) closing the clause, then "a" and one or two words. */
const WITHHELD = new RegExp(String.raw`(?:^|\s)${NAME}\s+(?:\S+\s+){0,4}?\p{Ll}[\p{Ll}‘’'ʻʼ]*(?:ған|ген|қан|кен|ган|кан|gan|qan|kan|an|en|yan|yen|ən|yən)\s+((?:бір|бир|bir)\s+\p{Ll}[\p{Ll}‘’'ʻʼ-]*(?:\s+\p{Ll}[\p{Ll}‘’'ʻʼ-]*)?)`, 'u');
/** A word in a case after the noun (genitive, accusative, dative, locative) belongs to what the person does: it ends the description. */
const CASED = /(?:ның|нің|дың|дің|тың|тің|нын|нин|ны|ні|ға|ге|ning|ni|ga|da|nın|nin|ını|ini|ın|in|nı|ı|da|də)$/u;

/** The unnamed person the sentence brings in after a Turkic withheld-name participle: where the description starts and its words. */
export function turkicWithheldIntroduction(sentence: string): { at: number; phrase: string } | null {
  if (!/\s(?:бір|бир|bir)\s/u.test(sentence)) return null;
  // (`Ismini oshkor qilmaslikni …`: the name word may open the sentence, capitalised by its place; the length stays.)
  const found = WITHHELD.exec(sentence.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()));
  if (!found) return null;
  const words = found[1]!.split(/\s+/u);
  const end = words.findIndex((word, i) => i > 1 && CASED.test(word));
  const phrase = words.slice(0, end < 0 ? words.length : end).join(' ');
  return { at: found.index + found[0].length - found[1]!.length, phrase };
}
