/**
 * The small words a tag's reader tells verbs from (lang/adjacent.ts): prepositions and articles of the languages read in
 * Latin, Cyrillic and Greek script, which are no verb of saying, and English words, which mark prose the English reader
 * declined; and the role nouns a tag holds.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';

/** Small words that open a place, a time or a thing, in the languages papers write in Latin, Cyrillic and Greek script. */
export const NOT_A_VERB = new Set(
  ('in at on of to for from by with and or but the a an as via near into onto than ' +
    'en op bij van voor met naar uit door aan om tot te het een de der die das den dem und im am zum zur vom mit für von ' +
    'à au aux dans sur chez par pour le la les un une des du et ou el los las y con del al por para em no na do da dos das e ' +
    'il lo gli di che tra fra nel della w we z ze na po do od dla i oraz lub v ve s se k ke u o od pro při za ' +
    'på av till från med och eller vid hos för om är och ile ve veya da de di ke dari dan atau pada untuk yang ' +
    'în pe la cu și sau din lui ale al σε στο στη στην στις στους στον στα από για με και ή του της το η ο ти и в во на с со из к по за от ' +
    // Prepositions of time opening an adjunct after a tag's name (`рекао је Стојановић после утакмице`, `tha X gjatë leximit`): batch q-rare.
    'после posle poslije nakon tijekom tokom током след gjatë pas pēc prieš eftir pärast baada ' +
    // Romance prepositions of an audience or a place before an indefinite group (`preguntó ante un grupo de vecinos`, `falou perante
    // uma plateia`, `a parlé devant une foule`): the people spoken to, never the subject.
    'ante perante diante davanti devant davant delante frente contra contre contro tras sin sem senza sans hacia verso vers sob sotto sous desde depuis durante').split(' '),
);

/** English words: a frame holding one is English prose the English reader declined (`"…" would cost Ana Lopez her seat`). */
export const ENGLISH = new Set(
  ('the an to of in on that this is was were would will has have had his her their its it for with and but or as at by be been not who which ' +
    'when while after before if because since so than about into over under also just only then there here what where why how said says like without ' +
    // English irregular pasts (`Voting began, before the rain.`): no other language here writes them.
    'began came went took gave grew broke became found stood wrote spoke thought brought').split(' '),
);
/** An English past (`started`, `began`), a possessive (`Trump's`) or one of those words: English, which the English reader declined. */
export const hasEnglish = (words: string) => /\p{L}ed(?![\p{L}])|\p{L}['’]s(?![\p{L}])/u.test(words) || words.split(/[\s.,;:!?]+/u).some((word) => ENGLISH.has(word.toLowerCase()));

export const isVerbLike = (word: string) => !NOT_A_VERB.has(word.toLowerCase());

/** A role noun a list knows, also with a Macedonian or Bulgarian definite ending (`директорот`, `кметът`). */
export const isRoleNounWord = (word: string) => isNewLanguageRoleNoun(word) || isForeignRoleNoun(word) || isDefiniteRoleNoun(word);

/**
 * A Macedonian or Bulgarian noun with its definite ending right after the verb (`изјави директорот на …`, `портпаролката на …`):
 * names take no article, so it opens the role, whatever the noun.
 */
export const isDefiniteRoleNoun = (word: string) => /^\p{Script=Cyrillic}{4,}(?:от|ът|ата|ката|цата)$/u.test(word);
