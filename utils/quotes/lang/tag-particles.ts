/**
 * Small words a tag after a quote may hold between its verb and the name, whatever the verb is, in the
 * languages written with capitalised names (Latin and Cyrillic script):
 *   a reflexive particle  `– żali się X`, `posteskl si X`, `požalio se X`, `wundert sich X`, `възмущава се X`,
 *                         or before the verb `se lamenta X`
 *   an object pronoun     `– zapytał go X` (him: X is who asks), `powiedziała nam X` (us, the paper)
 *   an age adjective      `– negoduje 61-letni X`, `— негодует 61-летний X`, `45-річний`, `45-godišnji`
 * They are no part of the name nor of the role. `withoutTagParticles` drops them so the readers see
 * `verb (role) Name`; `withoutLeadingAge` drops an age opening the words before a name.
 */

import { PARTICLE } from '../names';

/** Reflexive particles written as a word of their own (Polish, Czech, Slovak, South Slavic, German, Bulgarian). */
const REFLEXIVE = 'się|si|se|sa|sich|се|си';
/** Unstressed object pronouns (him, her, them) that stand between a verb and its subject: a closed class per language. */
// (`– powiedziała nam wójt`, `řekla nám starostka`: "to us", the paper, the same way.)
const OBJECT_PRONOUN = 'go|ją|mu|jej|ich|ho|ji|jí|ga|ju|joj|его|её|ее|ему|ей|их|його|її|йому|їй|їх|го|му|nam|nám|нам';
/** An age written as an adjective (`61-letni`, `61-летний`, `45-річна`, `72-jährige`): digits, a hyphen, a lower-case ending. */
const AGE = String.raw`\d{1,3}[-‑]\p{Ll}+`;

/** `– żali się 70-letnia X`, `, wundert sich X`, `, se lamenta X`: the dash or comma, the verb and what the tag holds. */
const TAG_OPENING = new RegExp(
  String.raw`^([,]?\s*[—–-]?\s*)(?:(?:se|si)\s+(?=\p{Ll}))?(\p{Ll}[\p{L}-]*)(?:\s+(?:${REFLEXIVE}))?(?:\s+(?:${OBJECT_PRONOUN}))?(?:\s+${AGE})?(?=\s+\p{L})`,
  'u',
);

/** The frame after a quote with the tag's particles and age dropped (unchanged when it holds none). */
export function withoutTagParticles(written: string): string {
  // (`rekao je 45-godišnji X`: after an auxiliary too, an age right before the name goes.)
  const frame = written.replace(AGE_BEFORE_NAME, '$1');
  const opening = TAG_OPENING.exec(frame);
  if (!opening || opening[0] === `${opening[1]}${opening[2]}`) return frame;
  return `${opening[1]}${opening[2]}${frame.slice(opening[0].length)}`;
}

/** An age adjective among the tag's first words, right before a capitalised word. */
const AGE_BEFORE_NAME = new RegExp(String.raw`^([^.!?]{0,40}?\s)${AGE}\s+(?=\p{Lu})`, 'u');

const LEADING_AGE = new RegExp(String.raw`^${AGE}\s+(?=\p{Lu})`, 'u');

/** `61-летний Пётр Семёнов` → `Пётр Семёнов`: an age before a name is neither its role nor part of it. */
export const withoutLeadingAge = (words: string): string => words.replace(LEADING_AGE, '');

/** "To us" (the paper) opening the words after the verb: `nam wójt`, `nám starostka`, `нам директор`. */
const LEADING_TO_US = /^(?:nam|nám|нам)\s+(?=\p{L})/u;

/** `powiedziała nam wójt` → `wójt`: whom the words were said to, the paper, is no part of the subject. */
export const withoutLeadingToUs = (words: string): string => words.replace(LEADING_TO_US, '');

/**
 * Words that can only mean "from" (where someone lives or comes from). `pravi 15-letna Maja iz Brestovega`: a capital
 * before one is a given name and the run after it the place, never an owner in the genitive before a role
 * (`myönsi Tähtien päävalmentaja X`, adjacent.ts), so the name is Maja. (Not `de`, `von`, `van`: particles of names.)
 */
export const ORIGIN_WORD = String.raw`(?:iz|z|ze|zo|from|aus|uit|din|iš|из|з|із)`;

/**
 * `Anna Becker aus Gleisdorf`, `Marek Zając z Borowa`, `Иван Петров из Тулы`: a short lower-case word after a capitalised one,
 * then a capital, opens where the person comes from or works, no part of the name. The particles names hold
 * (`von`, `de`, `van`, `ter`, `af`, Portuguese `e`) stay.
 */
const ORIGIN_AFTER_NAME = new RegExp(String.raw`(?<=\p{Lu}[\p{L}'’-]*[^\S\n]+\p{Lu}[\p{L}'’-]*)\s+(?!(?:${PARTICLE}|e|zu|ter|te|ten|af)\s)\p{Ll}{1,4}\s+(?=\p{L})`, 'u');

/** The words up to where an origin or employer after a name begins (unchanged when there is none). */
export function withoutOriginAfterName(words: string): string {
  const origin = ORIGIN_AFTER_NAME.exec(words);
  return origin ? words.slice(0, origin.index) : words;
}

/**
 * `– zapytała Annę Kowalską`, `— спросил Анну Петрову`: a name whose words end as no nominative does (Polish -ę/-ą,
 * Russian and Ukrainian -у/-ю on the given name) is the verb's object, not who speaks. (`Marka Zająca`, a man's
 * accusative, looks like a woman's nominative and stays read as the speaker.)
 */
export function isObjectCaseName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  if (words.some((word) => /\p{Script=Latin}[ęą]$/u.test(word))) return true;
  return /^\p{Script=Cyrillic}+[ую]$/u.test(words[0]!) && /[уюаяої]$/u.test(words.at(-1)!);
}
