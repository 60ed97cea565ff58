/**
 * A descriptor with a complement after a verb of saying (Spanish, Italian, Portuguese, French), for latin-reader.ts.
 */

import type { SpeakerPhrase } from '../cues';
import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';
import { pronoun } from './shared';

/**
 * `», reconoció el abridor de los Centauros`, `ha dichiarato l’esponente della giunta`, `disse a vendedora do mercado`:
 * a definite role noun with a short complement, right after the verb with no name after it, is the person just named
 * (a variation on the role the story gave them), read like `el especialista`. A body (`la junta`, `la direction`) is
 * no role noun and stays described, as does an indefinite `un portavoz del ministerio`; a spokesperson of a body
 * (`il portavoce della questura`) is someone the story need not have named, so stays described too.
 */
export const SPOKESPERSON = /^(?:portavoce|porte-parole|portavoz|porta-voz|vocero|vocera)$/u;
// (`spiega il numero uno del club`, `el número uno de la federación`: "number one" of a body is its head, a role too.)
const NUMBER_ONE = /^(?:numero\s+uno|número\s+uno|número\s+um|numéro\s+un)$/u;
const COMPLEMENTED = /^(?:(el|la|il|lo|le|o|a)\s+|(?:l|L)['’])(\p{Ll}[\p{Ll}-]{3,}|(?:numero|número|numéro)\s+(?:uno|um|un))\s+(?:de|del|della|dello|dei|degli|delle|di|do|da|dos|das|du|des|de\s+la|de\s+los|de\s+las|dell['’]|de\s+l['’]|d['’])(?:\s*\S+){1,4}$/u;

// (`a déclaré le représentant de l’État`, `le dirigeant du club`: a French agent noun in -ant, the masculine of the -ante nouns above.)
const FRENCH_AGENT_IN_ANT = /^\p{Ll}{4,}ant$/u;

export function complementedAnaphor(words: string): SpeakerPhrase | null {
  const match = COMPLEMENTED.exec(words.trim());
  // (`o jogador de 22 anos`: an age is no complement naming where the person works; the player may be someone unnamed.)
  if (!match || /\d/u.test(words) || SPOKESPERSON.test(match[2]!) || !(isForeignRoleNoun(match[2]!) || ROMANCE_AGENT.test(match[2]!) || NUMBER_ONE.test(match[2]!) || FRENCH_AGENT_IN_ANT.test(match[2]!))) return null;
  const gender = match[1] === undefined ? null : /^(?:la|a)$/u.test(match[1]) ? 'female' : 'male';
  const found = gender ? pronoun(gender === 'female' ? 'she' : 'he', gender) : pronoun('they');
  found.descriptor = true;
  // (Its words too: the one the text gave that office is meant before the person just named, office-holder.ts.)
  found.definite = words.trim();
  return found;
}
