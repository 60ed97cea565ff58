/**
 * Malayalam hands a quote to the one whose view it is: `’ എന്നാണ് Xയുടെ പക്ഷം.` ("… is X's side"), `… എന്നാണ് Xന്റെ
 * നിലപാട്` ("… is X's stand"), the name in the genitive before a noun of opinion, no verb of saying at all. The name goes back
 * to its plain form (`Xയുടെ` → `X`, `Xന്റെ` → `Xൻ`, `Xിന്റെ` → `X്`); a body's view (`വകുപ്പിന്റെ നിലപാട്`, "the
 * department's stand") or a pronoun's (`അദ്ദേഹത്തിന്റെ`) names no one, and is left to the other readers.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

const LETTER = '[\\u0d00-\\u0d7f]';
/** Initials (`ടി.`, `പി.കെ.`) before the name: part of it. */
const INITIALS = `(?:${LETTER}{1,3}\\.\\s*)*`;
/** Opinion, stand, side, argument, reply, explanation, response, complaint, hope. */
const VIEW = '(?:പക്ഷം|നിലപാട്|അഭിപ്രായം|വാദം|മറുപടി|വിശദീകരണം|പ്രതികരണം|പരാതി|പ്രതീക്ഷ)';
const VIEW_HOLDER = new RegExp(
  `^\\s*,?\\s*(?:എന്നാണ്|എന്നായിരുന്നു)\\s+(${INITIALS})(${LETTER}{2,}?)(യുടെ|ിന്റെ|ന്റെ)\\s+${VIEW}(?![\\u0d00-\\u0d7f])`,
  'u',
);
/** Bodies, crowds and pronouns in the genitive: their view is no one person's. */
const NOT_A_PERSON = /^(?:വകുപ്പ്|സർക്കാർ|കമ്പനി|സമിതി|പൊലീസ്|കോർപറേഷൻ|നഗരസഭ|പഞ്ചായത്ത്|ബോർഡ്|സംഘം|സംഘടന|പാർട്ടി|കോടതി|അധികൃതർ|അദ്ദേഹത്ത്|അവര്|അവള്|അവൻ|ഉടമ|നാട്ടുകാർ)$/u;
/** The plain form of the genitive's stem. */
const PLAIN: Record<string, string> = { 'യുടെ': '', 'ിന്റെ': '്', 'ന്റെ': 'ൻ' };

/** The person whose view the words after a quote call it (`’ എന്നാണ് ടി. Xയുടെ പക്ഷം.`), else null. */
export function malayalamViewHolder(frame: string, isNameWord: (word: string) => boolean): SpeakerPhrase | null {
  const found = VIEW_HOLDER.exec(frame);
  if (!found) return null;
  const name = `${found[2]!}${PLAIN[found[3]!]!}`;
  if (NOT_A_PERSON.test(name) || /(?:കൾ|മാർ|ർ)$/u.test(name) || !isNameWord(name)) return null;
  return person(`${found[1]!.replace(/\s+/gu, ' ')}${name}`.trim());
}
