/**
 * Descriptors that end on more than the person. A full name: `— считает доцент кафедры экономики Волжского университета
 * Игорь Белов`, `… генеральный директор АО «Северная верфь» Павел Орлов` (an office too long or too capitalised to read
 * as a role still ends on the person's given and family name; read only where the words would otherwise stay a
 * description: two capitalised words closing them, after a lower-case word or a closing mark, not after a preposition,
 * `von Borussia Dortmund`, nor a capital, `FC Bayern München`). A German adverb, or the one spoken to.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';
import { isForeignRoleNoun } from './role-nouns';
import { speaksForName } from '../spokesperson';

const TRAILING_FULL_NAME = /^(.*[\p{Ll}»”"])\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/** Prepositions a name of a body or place follows (`von Borussia Dortmund`, `из Нижнего Новгорода`), in any of the languages. */
const PREPOSITION = /^(?:von|vom|van|de|del|della|di|da|do|du|des|of|for|from|at|in|aus|bei|mit|zu|zur|zum|für|pour|para|por|per|en|na|w|z|ze|u|od|do|из|от|с|в|во|для|у|із|від|з|до|на)$/iu;

export function trailingFullName(words: string, isStopWord: (word: string) => boolean, isRecipient: (word: string) => boolean): SpeakerPhrase | null {
  const match = TRAILING_FULL_NAME.exec(words.trim());
  if (!match) return null;
  const lead = match[1]!.split(/\s+/u);
  if (lead.length < 2 || isStopWord(lead.at(-1)!) || PREPOSITION.test(lead.at(-1)!)) return null;
  // (`агентству`, `журналистам`: the one spoken to, after the verb, is no part of the role.)
  // (`Так объясняет плохой сезон научный сотрудник … X`: an object before the office is no part of it; the office opens
  // on its role noun, or on the adjective before it.)
  const office = lead.findIndex((word) => isForeignRoleNoun(word));
  const from = office > 0 ? office - (/(?:ый|ий|ой|ая|яя|ая|ні|ний|на)$/u.test(lead[office - 1]!) ? 1 : 0) : isRecipient(lead[0]!) ? 1 : 0;
  const role = lead.slice(from).join(' ');
  // (`la portavoz de la alcaldesa X`: the name is whom a spokesperson speaks for, spokesperson.ts.)
  return /^\p{Ll}/u.test(role) && !speaksForName(match[1]!) ? person(match[2]!, role) : null;
}

/** `sagte die Stadtpräsidentin später`: in German a lower-case adverb after the capitalised noun is no part of the descriptor. */
export function withoutGermanTrailingAdverb(words: string, german: boolean): string {
  return german ? words.replace(/(?<=\s\p{Lu}[\p{L}-]{3,})\s+\p{Ll}{4,}\s*$/u, '') : words;
}

/**
 * `a déclaré le ministre au Wort`, `ha detto il sindaco al Tirreno`: the outlet or person spoken to, after "to", is no part
 * of the descriptor; `anaphor` reads the words before it. (`siger borgmesteren til avisen`: a role noun with its ending
 * for "the", then the paper.)
 */
export function beforeRecipient(words: string, isArticle: (word: string) => boolean, isRecipient: (word: string) => boolean, anaphor: (phrase: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u);
  const at = tokens.findIndex((token, i) => (i >= 2 || (i === 1 && !isArticle(tokens[0]!))) && isRecipient(token) && /^\p{L}/u.test(tokens[i + 1] ?? ''));
  return at > 0 ? anaphor(tokens.slice(0, at).join(' ')) : null;
}
