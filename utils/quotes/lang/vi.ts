/**
 * Vietnamese sets the subject before its verb after a quote too: `”, bà nói.`, `”, ông Bảo cho biết.` The general readers
 * (lang/adjacent.ts) take a form of address and a verb of saying; this reader takes the tags they leave, a form of address
 * (ông, anh a man; bà, chị, cô a woman) and what the person did as they spoke, with or without how:
 *   `”, bà cười mệt mỏi.`      she smiled, tired: the woman the text last named;
 *   `”, anh lắc đầu.`          he shook his head;
 *   `”, chị thở dài nói.`      she sighed and said.
 * Before a quote, lang/vi-before.ts.
 */

import { person, pronoun, type LanguageCues } from './shared';
import { NAME_RUN } from '../names';
import { vietnameseSpeakerBeforeListener } from './vi-listener';

/** Vietnamese's own letters (ơ, ư, đ and the tone marks on a vowel): no other Latin-script language read here writes them. */
const VIETNAMESE_LETTER = /[ơưđĐƠƯ\u1ea0-\u1ef9]/u;

/** Ông and anh are a man; bà, chị and cô a woman. */
const ADDRESS: Record<string, 'he' | 'she'> = { ông: 'he', anh: 'he', bà: 'she', chị: 'she', cô: 'she' };

/**
 * What a speaker does with the words in a tag: say, tell, advise, warn, ask, answer, conclude, and the gestures papers write
 * in its place (smile, laugh, sigh, shake or nod the head).
 */
// (Not the verbs of saying lang/adjacent.ts reads after a form of address, `nói`, `kể`, `cho biết`: those stay its own reading.)
const ACTS =
  'cười|bật cười|mỉm cười|cười buồn|thở dài|lắc đầu|gật đầu|khuyến cáo|lưu ý|nhắc|nhắc nhở|hỏi|đáp|kết luận|quả quyết|bộc bạch|than|than thở|phàn nàn|đề nghị';

/** How (`mệt mỏi`, `buồn bã`, `nhẹ nhàng`) or a second verb after the act: up to three lower-case words and the tag's end. */
const ADDRESS_ACT_TAG = new RegExp(`^[\\s,]*[–—-]?\\s*(ông|bà|anh|chị|cô)\\s+(?:${ACTS})(?![\\p{L}])(?:\\s+\\p{Ll}+){0,3}\\s*[.!]?\\s*$`, 'u');

/** Verbs of saying closing a tag after the speaker's name and role. */
const SAYS = 'nói|kể|cho biết|cho hay|chia sẻ|tâm sự|nhấn mạnh|khẳng định|thừa nhận|giải thích|bày tỏ|nhận định|trả lời';

/**
 * `”, em Lê Minh Khoa, học sinh lớp 7, con trai một hộ dân, chia sẻ.`: a form of address (em, a child or a junior; cháu, chú, bác,
 * cụ too), the name, one to three descriptions set off by commas, then the verb: the name, its first description the role.
 */
const NAMED_APPOSED_TAG = new RegExp(
  `^[\\s,]*[–—-]?\\s*(?:ông|bà|anh|chị|cô|em|cháu|chú|bác|cụ)\\s+(${NAME_RUN}),\\s+([^,.;:!?"“”]{2,80}?)(?:,\\s+[^,.;:!?"“”]{2,80}?){0,2},\\s+(?:${SAYS}|${ACTS})(?:\\s+thêm)?\\s*[.!]?\\s*$`,
  'u',
);

/**
 * `”, bà Lê Thị Mai (50 tuổi, trú xã X, huyện Y) kể khi …`: the name, an aside in brackets (age, home, its own commas), then
 * the verb, whatever clause follows it (`khi …`, while she sat …).
 */
const NAMED_BRACKETED_TAG = new RegExp(
  `^[\\s,]*[–—-]?\\s*(?:ông|bà|anh|chị|cô|em|cháu|chú|bác|cụ)\\s+(${NAME_RUN})\\s*\\([^()]{2,120}\\)\\s*,?\\s+(?:${SAYS}|${ACTS})(?![\\p{L}])`,
  'u',
);

export const vietnamese: LanguageCues = {
  applies: (frame) => VIETNAMESE_LETTER.test(frame),
  after(frame) {
    const named = NAMED_APPOSED_TAG.exec(frame);
    if (named) return person(named[1]!, named[2]!.trim());
    const bracketed = NAMED_BRACKETED_TAG.exec(frame);
    if (bracketed) return person(bracketed[1]!);
    // (`”, ông Tùng nói với báo X.`: the paper told is no part of the name, lang/vi-listener.ts.)
    const toldSomeone = vietnameseSpeakerBeforeListener(frame);
    if (toldSomeone?.name) return person(toldSomeone.name);
    const address = ADDRESS_ACT_TAG.exec(frame)?.[1] ?? (toldSomeone && ADDRESS[toldSomeone.address] ? toldSomeone.address : undefined);
    // (The form of address as the office it is, lang/vi-before.ts vietnameseOfficeHolder: the latest person the text wrote with it;
    // role-shape.ts keeps it as the role for now.)
    return address ? { ...pronoun(ADDRESS[address]!), descriptor: true, role: address, definite: address } : null;
  },
  before: () => null,
};
