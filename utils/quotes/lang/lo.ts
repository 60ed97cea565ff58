/**
 * Lao: `“…” ທ່ານ ບຸນມີ ສີລາ ເຈົ້າເມືອງ… ກ່າວ.`, `ນາງ ດາລາ ແກ້ວດີ ນັກຄົ້ນຄວ້າ… ກ່າວວ່າ: “…”`, `“…” ລາວກ່າວ.`, `ອີງຕາມ ທ່ານ X, …`.
 * Like Thai (lang/th.ts) Lao has no capitals and runs words together, spaces falling between phrases, so a name is found by
 * the form of address before it (ທ່ານ, ທ່ານນາງ, ນາງ, ທ້າວ, ປອ., …: dropped, and giving the gender), the given name and then
 * the family name as the next word unless that begins an office or is a verb. The office written after the name (or before
 * the form of address) is the role, cut where a clause about the person begins. ທ່ານ or ນາງ glued to the verb (`ທ່ານກ່າວ`,
 * `ນາງເລົ່າວ່າ`) is "he" or "she", no form of address; an office with no name (`ເຈົ້າເມືອງ… ກ່າວວ່າ`) describes the speaker.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';

const LAO = /[\u0e81-\u0edf]/u;
const WORD = '[\\u0e81-\\u0edf]+';

/** Verbs of saying, telling and answering (ວ່າ, "that", may follow each; ເສີມ, ຕື່ມ, "added", too). */
const VERBS = alternation(
  ('ກ່າວ ເວົ້າ ເລົ່າ ບອກ ໃຫ້ສຳພາດ ໃຫ້ສໍາພາດ ຢືນຢັນ ເນັ້ນ ອະທິບາຍ ຊີ້ແຈງ ໃຫ້ຄຳເຫັນ ໃຫ້ຄໍາເຫັນ ສະເໜີ ຖາມ ຕອບ ເປີດເຜີຍ ' +
    'ຍອມຮັບ ເຕືອນ ແຈ້ງ ຖະແຫຼງ ຖະແຫລງ ຮຽກຮ້ອງ ຄາດຄະເນ ຈົ່ມ ສະແດງຄວາມຄິດເຫັນ ລາຍງານ ຫົວເລາະ ໃຫ້ຮູ້ ແຈ້ງໃຫ້ຮູ້').split(' '),
);
/** Forms of address, academic and military titles: a name follows, spaced or glued (`ທ່ານ ນາງ`, Madam, often spaced). */
const HONORIFIC = alternation(
  ('ທ່ານ\\s?ນາງ ທ່ານໝໍ ທ່ານ ນາງສາວ ນາງ ທ້າວ ດຣ. ປອ. ປທ. ຮສ. ສຈ. ອຈ. ພັນເອກ ພັນໂທ ພັນຕີ ພົນຈັດຕະວາ ພົນໂທ ພົນເອກ ' +
    'ແມ່ຕູ້ ພໍ່ຕູ້ ແມ່ເຖົ້າ ພໍ່ເຖົ້າ ລຸງ ປ້າ').split(' '),
).replace(/\./g, '\\.');
/**
 * Offices and nouns for people, before or after a name: heads and deputies, ministers, governors, and the agent prefixes
 * ນັກ (-ist), ຜູ້ (one who), ຊາວ (folk of), ແມ່ຄ້າ/ພໍ່ຄ້າ (trader).
 */
const OFFICE = alternation(
  ('ນາຍົກລັດຖະມົນຕີ ລັດຖະມົນຕີ ຮອງ ຫົວໜ້າ ເຈົ້າແຂວງ ເຈົ້າເມືອງ ເຈົ້າໜ້າທີ່ ເຈົ້າຂອງ ນາຍບ້ານ ປະທານ ເລຂາທິການ ໂຄສົກ ' +
    'ຜູ້ ນັກ ຊາວ ແມ່ຄ້າ ພໍ່ຄ້າ ຄູ ອາຈານ ແພດ ທ່ານໝໍ ພະນັກງານ ກຳມະການ ກໍາມະການ ສະມາຊິກ ທີ່ປຶກສາ ອະດີດ ຊ່າງ ຄົນຂັບ ' +
    'ພໍ່ແມ່ ແມ່ບ້ານ ຕຳຫຼວດ ຕໍາຫຼວດ ທະຫານ').split(' '),
);
/** Bodies and places that speak through a statement: no person (`ກະຊວງ… ກ່າວວ່າ`, the ministry said). */
const BODY = '(?:ກະຊວງ|ພະແນກ|ບໍລິສັດ|ທະນາຄານ|ອົງການ|ສູນ|ລັດຖະບານ|ຄະນະ|ສະມາຄົມ|ໂຮງຮຽນ|ໂຮງໝໍ|ມະຫາວິທະຍາໄລ|ສະພາ|ແຂວງ|ເມືອງ|ກົມ|ສຳນັກງານ|ສໍານັກງານ|ສະຖານທູດ)';
/** Where a clause about the person begins: `… ຊຶ່ງເປັນ…`, `… ທີ່ຢູ່…`, `… ມາໄດ້ 10 ປີ`, `… ໃນວັນ…`. */
const CLAUSE = /\s(?:ເຊິ່ງ|ຊຶ່ງ|ທີ່(?!ປຶກສາ)|ເມື່ອ|ໃນຂະນະ|ໃນວັນ|ໃນກອງ|ມາໄດ້|ໄດ້|ກໍ|ຍັງ|ພ້ອມ|ໂດຍ|ຕໍ່|ຕໍ່ໜ້າ).*$/u;
/** Words glued before the verb: `ໄດ້ກ່າວ`, `ກໍໄດ້ເວົ້າ`, `ຍັງບອກ`. */
const AUXILIARY = /(?:ໄດ້|ກໍ|ຍັງ|ຈຶ່ງ|ເຄີຍ|ອອກມາ|ກໍຍັງ)+$/u;
/** Words leading into the subject: `ສ່ວນ` (as for), `ສຳລັບ` (for), `ດ້ານ`, `ແລະ`, `ແຕ່`. */
const LEAD_IN = '(?:ສ່ວນ|ສຳລັບ|ສໍາລັບ|ດ້ານ|ທາງດ້ານ|ແລະ|ແຕ່|ໂດຍ|ນອກຈາກນີ້|ຂະນະທີ່)';
/** Pronouns as subjects: ລາວ, ເພິ່ນ, ທ່ານ, ເຂົາ carry no gender; ນາງ is "she". */
const PRONOUN = '(?:ພວກເຂົາ|ເຂົາເຈົ້າ|ລາວ|ເພິ່ນ|ທ່ານ|ນາງ|ເຂົາ)';
/** A title's full stop is no sentence's end. */
const ABBREVIATION = /(?:ດຣ|ປອ|ປທ|ຮສ|ສຈ|ອຈ|ທ)\.$/u;

const patterns = lazy(() => ({
  verbAtEnd: new RegExp(`(?:${VERBS})(?:ເສີມ|ຕື່ມ|ຕື່ມອີກ|ເພີ່ມເຕີມ)?(?:[^“”"«»\\n]{0,60}?ວ່າ)?\\s*[:：]?\\s*$`, 'u'),
  // `ທ່ານ X ຢືນຢັນວ່າ <what was said in the writer's words>. “…”`: the verb, ວ່າ and a report, then the quote.
  reportedThenQuote: new RegExp(`(?:${VERBS})(?:[^“”"«»\\n.]{0,30}?)ວ່າ(?![^“”"«»\\n]*(?:${VERBS}))[^“”"«»\\n]{1,200}$`, 'u'),
  verbFirst: new RegExp(`^([^“”"«»\\n]{0,200}?)(?:${VERBS})`, 'u'),
  named: new RegExp(`(?:^|[\\s“”"«»(,]|${LEAD_IN})(${HONORIFIC})\\s?(?!(?:${PRONOUN}\\s?)?(?:${VERBS}|ໄດ້|ກໍ|ຍັງ|ຈຶ່ງ|ເອງ)|(?:${PRONOUN})(?:\\s|$))(${WORD})(?:\\s(${WORD}))?`, 'gu'),
  office: new RegExp(`^(?:${LEAD_IN}\\s*)?(?:${OFFICE})`, 'u'),
  body: new RegExp(`^(?:${LEAD_IN}\\s*)?${BODY}`, 'u'),
  pronoun: new RegExp(`(?:^|\\s|${LEAD_IN})(${PRONOUN})$`, 'u'),
  leadIn: new RegExp(`^${LEAD_IN}\\s*`, 'u'),
  verbWord: new RegExp(`^(?:${VERBS})`, 'u'),
  according: new RegExp(`(?:^|[\\s.])ອີງຕາມ(?:ຄຳເວົ້າຂອງ|ຄໍາເວົ້າຂອງ|ຄຳກ່າວຂອງ|ຄໍາກ່າວຂອງ)?\\s*([^“”"«»\\n]{2,120}?)\\s*[,:]?\\s*$`, 'u'),
}));

function genderOf(honorific: string): 'male' | 'female' | undefined {
  if (/^(?:ທ່ານ\s?ນາງ|ນາງ|ແມ່|ປ້າ)/u.test(honorific)) return 'female';
  return /^(?:ທ້າວ|ພໍ່|ລຸງ)/u.test(honorific) ? 'male' : undefined;
}

/** The office the words begin with, up to where a clause about the person begins (at most six phrases). */
function officeIn(words: string): string {
  // (`ອາຍຸ 56 ປີ`, the age written between the name and the office, is no office.)
  const role = ` ${words.trim()}`.replace(CLAUSE, '').trim().replace(patterns().leadIn, '').replace(/^ອາຍຸ\s*\d{1,3}\s*ປີ\s*/u, '');
  return role && patterns().office.test(role) && role.split(/\s+/).length <= 6 ? role : '';
}

/** The words after the last sentence stop (a title's full stop kept): `…ແລ້ວ. ທ່ານ X ເວົ້າ` is `ທ່ານ X ເວົ້າ`. */
function lastSentence(words: string): string {
  let start = 0;
  for (const stop of words.matchAll(/[.!?]\s/gu)) if (!ABBREVIATION.test(words.slice(0, stop.index + 1))) start = stop.index + 2;
  return words.slice(start);
}

/** Who the words right before a verb of saying name: a pronoun, a form of address and a name, an office, or someone unnamed. */
function readSubject(chunk: string, anchored: boolean): SpeakerPhrase | null {
  const { named, office, body, pronoun: pronounAtEnd, leadIn } = patterns();
  const words = chunk.trim().replace(AUXILIARY, '').trim();
  // `“…” ກ່າວຕື່ມ.`: the subject left out, the last speaker.
  if (!words.replace(leadIn, '')) return pronoun('they');
  // (`ພໍ່ຄ້າຄົນໜຶ່ງ ກ່າວວ່າ`, "a trader": a noun with a classifier and ໜຶ່ງ, "one", is someone left unnamed.)
  const one = /(?:^|\s)(\S+?(?:ຄົນ|ທ່ານ|ລາຍ|ຜູ້)(?:ໜຶ່ງ|ນຶ່ງ))(?=\s|ທີ່|ຊຶ່ງ|ເຊິ່ງ|$)/u.exec(words);
  if (one && ![...words.slice(one.index).matchAll(named)].length) return { ...described(one[1]!)!, unnamed: true };
  const said = pronounAtEnd.exec(words);
  if (said) return said[1] === 'ນາງ' ? pronoun('she', 'female') : pronoun('they');
  // (`ທ່ານ X … ລູກຊາຍຂອງ ນາງ Y`: a name after ຂອງ, "of", is someone's relative, not the subject.)
  const found = [...words.matchAll(named)].filter((match) => !/ຂອງ\s*$/u.test(words.slice(0, match.index + match[0].indexOf(match[1]!)))).at(anchored ? 0 : -1);
  if (found) {
    const at = found.index + found[0].indexOf(found[1]!);
    const before = words.slice(0, at).trim().replace(leadIn, '').trim();
    // `ເຈົ້າເມືອງ… ທ່ານ X`: an office right before the form of address.
    const officeBefore = before.split(/\s+/).length <= 3 && office.test(before);
    // After a quote the name must come first: `“…” ຊາວບ້ານຫຼາຍຄົນ … ທ່ານ X ກ່າວ` names no speaker of the quote.
    if (anchored && before && !officeBefore) return null;
    const next = found[3] ?? '';
    // (A family name is no office, verb or clause word: `ທ່ານ ບຸນມີ ເຈົ້າເມືອງ`, `ນາງ ດາລາ ຊຶ່ງ…`.)
    const surname = next && !office.test(next) && !body.test(next) && !patterns().verbWord.test(next) && !/^(?:ເຊິ່ງ|ຊຶ່ງ|ທີ່|ເມື່ອ|ຈາກ|ຢູ່|ແລະ|ກໍ|ຍັງ|ໄດ້)/u.test(next) ? next : '';
    const end = found.index + found[0].length - (next && !surname ? next.length : 0);
    const role = officeIn(words.slice(end)) || (officeBefore ? officeIn(before) : '');
    return person(surname ? `${found[2]} ${surname}` : found[2]!, role, genderOf(found[1]!));
  }
  // (`ບຸນມີ ສີລາ ເຈົ້າເມືອງ… ກ່າວວ່າ`: a title's full stop, `ປອ.`, may have cut the form of address off the sentence's start;
  // two words opening it, neither an office, a body nor a verb, and an office after them are a name.)
  const bare = new RegExp(`^(${WORD})\\s(${WORD})\\s+(?=${OFFICE})`, 'u').exec(words);
  if (!anchored && bare && [bare[1]!, bare[2]!].every((word) => !office.test(word) && !body.test(word) && !patterns().verbWord.test(word) && !new RegExp(`^(?:${LEAD_IN}|${PRONOUN}|${HONORIFIC})`, 'u').test(word))) {
    return person(`${bare[1]} ${bare[2]}`, officeIn(words.slice(bare[0].length)));
  }
  // A body and no person: `ກະຊວງສາທາລະນະສຸກ ກ່າວວ່າ`.
  const last = anchored ? words : lastSentence(words);
  if (body.test(last.trim())) return described(last.trim().split(/\s+/).slice(0, 4).join(' '));
  // An office and no name: `ເຈົ້າເມືອງ… ກ່າວວ່າ`, `ຊາວນາໃນບ້ານ… ບອກວ່າ`.
  const role = officeIn(last.trim());
  return role ? described(role) : null;
}

/**
 * `ບຸນມີ` after `ທ່ານ ບຸນມີ ສີລາ`: a Lao given name written alone after the text named the person in full, form of address
 * first; the latest such naming, its second word no office, body, verb or clause word. For fuller-names.ts, as th.ts's.
 */
export function laoFullerName(text: string, given: string): string | null {
  if (!/^[\u0e81-\u0edf]+$/u.test(given)) return null;
  const { office, body, verbWord } = patterns();
  const written = [...text.matchAll(new RegExp(`(?:${HONORIFIC})\\s?${given}\\s(${WORD})`, 'gu'))].at(-1)?.[1];
  const family = written && !office.test(written) && !body.test(written) && !verbWord.test(written) && !/^(?:ເຊິ່ງ|ຊຶ່ງ|ທີ່|ເມື່ອ|ຈາກ|ຢູ່|ແລະ|ກໍ|ຍັງ|ໄດ້|ອາຍຸ)/u.test(written);
  return family ? `${given} ${written}` : null;
}

export const lao: LanguageCues = {
  applies: (frame) => LAO.test(frame),
  after(frame) {
    const match = patterns().verbFirst.exec(frame.trimStart());
    if (!match) return null;
    // (A sentence stop before the verb: the tag belongs to a later sentence, `“…”. ມື້ຕໍ່ມາ ທ່ານ X ກ່າວ…`.)
    if (lastSentence(match[1]!) !== match[1]) return null;
    return readSubject(match[1]!, true);
  },
  before(frame) {
    const { verbAtEnd, reportedThenQuote, according, named } = patterns();
    // `ອີງຕາມ ທ່ານ X, “…”`: "according to", the source named after it.
    const source = according.exec(lastSentence(frame))?.[1];
    if (source && [...source.matchAll(named)].length) return readSubject(source, false);
    const verb = verbAtEnd.exec(frame) ?? reportedThenQuote.exec(frame);
    if (verb) return readSubject(lastSentence(frame.slice(Math.max(0, verb.index - 240), verb.index)), false);
    // (`ທ່ານ X ສະເໜີໃຫ້ລັດ… . “…” ທ່ານກ່າວ.`: a sentence opening with a named subject leads into the quote after it.)
    const sentence = lastSentence(frame.trimEnd()).trim();
    const opening = new RegExp(`^(?:${LEAD_IN}\\s*)?(?:${HONORIFIC})`, 'u').test(sentence) ? readSubject(sentence.split(/\s+/u).slice(0, 3).join(' '), true) : null;
    return opening && !opening.pronoun ? opening : null;
  },
};
