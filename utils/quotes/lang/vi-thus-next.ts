/**
 * Vietnamese: a quote, then the sentence after it (the rest of its paragraph or the next one's opening) naming who said it
 * and pointing back with "so" / "like that": `“…”` ¶ `Anh Phạm Văn Tú (45 tuổi, ngụ xã Y) kể lại như vậy khi …`, `Bà X,
 * tiểu thương chợ Z, nói như thế.` A form of address, the name, an aside in brackets or commas, a verb of saying (lại,
 * "again"), then như vậy / như thế. A verb with no pointing back (`kể rằng …`) reports what follows and is not read here.
 */

import type { SpeakerPhrase } from '../cues';
import { NAME_RUN } from '../names';
import { person } from './shared';

const SAYS = 'nói|kể|cho biết|chia sẻ|tâm sự|bày tỏ|giải thích|nhớ lại|thừa nhận|khẳng định|trải lòng|bộc bạch';

let thusNamed: RegExp | undefined;
const pattern = () =>
  (thusNamed ??= new RegExp(
    `^(?:Ông|Bà|Anh|Chị|Cô|Em|Cháu|Chú|Bác|Cụ)\\s+(${NAME_RUN})(?:\\s*\\([^()\\n]{1,100}\\))?(?:,\\s+([^,.;:!?"“”\\n]{2,80}?),)?\\s+(?:${SAYS})(?:\\s+lại)?\\s+như\\s+(?:vậy|thế)(?![\\p{L}])`,
    'u',
  ));

export function vietnameseThusNext(text: string, quoteEnd: number): SpeakerPhrase | null {
  const rest = text.slice(quoteEnd, quoteEnd + 400).replace(/^[\s.!?…,]*/u, '');
  if (!/[ơưđĐƠƯ\u1ea0-\u1ef9]/u.test(rest)) return null;
  const found = pattern().exec(rest.split('\n')[0]!);
  return found ? person(found[1]!, found[2]?.trim() ?? null) : null;
}
