/**
 * A quote standing alone as its paragraph, whose speaker the next paragraph names by pointing back at the words, in the
 * scripts with no capitals to find a name by (revealed-after.ts reads the English ones): Urdu `یہ کہنا تھا 55 سالہ کسان X Y کا، جو …`
 * ("this was the saying of …"), `یہ سوال X Y نے اٹھایا` ("this question X Y raised"), Hindi `यह कहना था X का`, Bengali
 * `কথাগুলো বলছিলেন ৭২ বছর বয়সী X Y, পেশায় …` ("these words were said by …"). The tag is read by the language's own cues
 * (lang/hi.ts, lang/bn.ts) up to the first comma, where a relative clause or an apposition about the person begins.
 */
import type { SpeakerPhrase } from '../cues';
import { bengali } from './bn';
import { hindi, urdu } from './hi';

/** "This saying", "this question", "these words" opening the paragraph: the words before are what it points at. */
const POINTS_BACK =
  /^(?:(?:یہ|यह|ये)\s+(?:کہنا|ماننا|سوال|بات|الفاظ|कहना|मानना|सवाल|बात|शब्द)|(?:কথাগুলো|কথাগুলি|এ\s+কথা|এই\s+কথা|এসব\s+কথা)\s+(?:বল|জানা))/u;

/** The named speaker the paragraph `next` gives the lone quote before it, with the role written before the name; or null. */
export function pointingBackSpeaker(next: string): SpeakerPhrase | null {
  if (!POINTS_BACK.test(next)) return null;
  // (`… কা، جو …`, `…, পেশায় …`: the clause after the first comma is about the person, no part of the tag.)
  const tag = next.split(/[\n,،]/u)[0]!;
  for (const language of [urdu, hindi, bengali]) {
    if (!language.applies(tag)) continue;
    const found = language.after(tag);
    if (found?.kind === 'name') return found;
  }
  return null;
}
