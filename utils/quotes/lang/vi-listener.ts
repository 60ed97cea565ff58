/**
 * Vietnamese writes whom the words were told after the verb: `”, ông Tùng nói với báo Sông Lam.` ("Mr Tùng told the Sông Lam
 * paper"). The speaker is the name after the form of address; the listener after `với` (with, to), a paper or a person, is
 * none of it, however long a capitalised run it holds. With no name (`”, bà nói với báo X.`) the form of address alone is the speaker.
 */

import { NAME_RUN } from '../names';
import { lazyPattern } from '../speaker-phrase';

/** Verbs of saying that take a listener after `với`. */
const SAYS_TO = 'nói|kể|chia sẻ|tâm sự|cho biết|khẳng định|thừa nhận|giải thích|nhấn mạnh|trả lời|bày tỏ|tiết lộ';

const ADDRESSED_NAME_THEN_LISTENER = lazyPattern(
  () =>
    new RegExp(
      `^[\\s,]*[–—-]?\\s*(ông|bà|anh|chị|cô|em|cụ|bác|chú)\\s+(?:(${NAME_RUN})\\s+)?(?:${SAYS_TO})(?:\\s+thêm)?\\s+với\\s+[^.!?;:"“”]{2,80}?\\s*[.!]?\\s*$`,
      'u',
    ),
);

/** The form of address and the name (when written) in `”, ông Tùng nói với báo X.`, or null (no `với` after a verb of saying). */
export function vietnameseSpeakerBeforeListener(frame: string): { address: string; name?: string } | null {
  // (`với` is a literal of the pattern: most frames lack it.)
  if (!frame.includes('với')) return null;
  const found = ADDRESSED_NAME_THEN_LISTENER().exec(frame);
  return found ? { address: found[1]!, ...(found[2] ? { name: found[2] } : {}) } : null;
}
