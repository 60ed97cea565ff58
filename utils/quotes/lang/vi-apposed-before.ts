/**
 * Vietnamese introduces a speaker before the quote with the form of address, the name, perhaps an aside in brackets (age,
 * home) and a description set off by commas, then the verb of saying and a colon:
 *   `Ông Lê Minh Toàn, Phó Trưởng phòng Kinh tế huyện, cho biết: “…”`   the description is the role;
 *   `Bà Vũ Thị Hạnh (61 tuổi, trú xã Y), bán rau ở chợ Z, kể: “…”`      the aside no part of the name.
 * After the quote the same shapes are lang/vi.ts's NAMED_APPOSED_TAG and NAMED_BRACKETED_TAG.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazyPattern, named, type SpeakerPhrase } from '../speaker-phrase';

/** Verbs of saying and of holding a view closing the sentence before a colon (`cho biết`, `chia sẻ`, `lưu ý`). */
const SAYING = 'cho biết|cho rằng|cho hay|nói|kể|chia sẻ|tâm sự|nhấn mạnh|khẳng định|thừa nhận|giải thích|bày tỏ|nhận định|đánh giá|khuyến cáo|lưu ý|phàn nàn|than thở|trả lời';

/** Forms of address before a name, capitalised opening the sentence or lower case after a lead clause and its comma. */
const ADDRESS = '(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Ee]m|[Cc]háu|[Cc]hú|[Bb]ác|[Cc]ụ)';

const APPOSED_BEFORE = lazyPattern(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)(?:[^,.!?:“”"]{3,60},\\s+)?${ADDRESS}\\s+(${NAME_RUN})(?:\\s*\\([^()]{2,120}\\))?(?:\\s*,\\s+([^,.!?:;“”"()]{2,120}?)(?:,\\s+[^,.!?:;“”"()]{2,120}?){0,2})?\\s*,?\\s+(?:${SAYING})(?:\\s+thêm)?\\s*:\\s*$`,
      'u',
    ),
);

/** A verb of saying then a colon at the frame's end, with no \p class: tested first, most frames end otherwise. */
const SAYING_COLON = new RegExp(`(?:${SAYING})(?:\\s+thêm)?\\s*:\\s*$`, 'u');

/** The named speaker (and role, the first description after the name) of such a frame, or null. */
export function vietnameseApposedBefore(frame: string): SpeakerPhrase | null {
  const found = SAYING_COLON.test(frame) ? APPOSED_BEFORE().exec(frame) : null;
  const name = found ? cleanName(found[1]!) : '';
  // (One word is a given name the text may give in full elsewhere: the general readers resolve it.)
  if (!found || !name.includes(' ')) return null;
  const role = found[2]?.trim();
  return { ...named(name)!, ...(role ? { role } : {}) };
}
