/**
 * Thai: `นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม กล่าวว่า “…”`, `“…” นางสาวมาลี ทองดี กล่าว`,
 * `“…” เขากล่าว`. Thai has no capitals and no sentence stops, so a name is found by the honorific
 * written onto it (นาย, นาง, นางสาว, ดร., ศ., …: dropped, and giving the gender); the word after the
 * given name is the family name unless it begins an office; the office written after the name (or
 * before the honorific) is the role, cut where a clause about the person begins (ซึ่ง…, เมื่อ…).
 * An office with no name (`ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า`) describes the speaker.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';

const VERBS = alternation(
  ('กล่าว เปิดเผย ระบุ เล่า ให้ความเห็น แสดงความเห็น แสดงความคิดเห็น ชี้แจง อธิบาย ยืนยัน แถลง เผย บอก ให้สัมภาษณ์ ' +
    'ตอบ เน้นย้ำ ย้ำ ยอมรับ เตือน ชี้ โพสต์ข้อความ ทวีต เสริม ตั้งข้อสังเกต คาดการณ์ วิจารณ์ ประกาศ แนะนำ เรียกร้อง ' +
    'มองว่า มองต่างออกไป มองต่างมุม พูด เชื่อว่า สรุป ตั้งคำถาม ถาม').split(' ').map((verb) => verb.replace(/ว่า$/u, '')),
);
/** Honorifics and academic, medical and military titles, written onto the given name. */
const HONORIFIC = alternation(
  ('นางสาว น.ส. นาง นาย ดร. ศ. รศ. ผศ. ศ.ดร. รศ.ดร. ผศ.ดร. นพ. พญ. ทพ. พล.อ. พล.ท. พล.ต. พล.ต.อ. พล.ต.ท. พล.ต.ต. ' +
    'พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ม.ร.ว. ม.ล. คุณ ' +
    // Kinship words a story calls an older villager by (`ป้าX`, aunt; `ลุงX`, uncle; `ยายX`, grandmother), before the given
    // name (`ป้าย`, a sign, is no aunt).
    'ป้า(?!ย) ลุง ยาย').split(' '),
).replace(/\./g, '\\.');
/** Words that begin with an honorific's letters but are offices or things: นายกรัฐมนตรี, นายอำเภอ, คุณภาพ, นางพยาบาล. */
const NOT_HONORIFIC = '(?!ก(?:รัฐมนตรี|เทศมนตรี|สมาคม|องค์การ|ฯ|\\s|$)|อำเภอ|แพทย์|ตำรวจ|ทหาร|ช่าง|จ้าง|หน้า|ทุน|ประกัน|ร้อย|พล|ดาบ|ภาพ|สมบัติ|ค่า|ธรรม|ประโยชน์|วุฒิ|ลักษณะ|พยาบาล|งาม|แบบ)';
/**
 * Heads of local government by the short form (`นายก อบต.`, `นายก อบจ.`, `นายก ทต.`): the council's initials after a
 * space, standing for the full office the text may have written with the name (`นายกองค์การบริหารส่วนตำบลX`).
 */
const LOCAL_BODIES: Record<string, string> = { 'อบต.': 'องค์การบริหารส่วนตำบล', 'อบจ.': 'องค์การบริหารส่วนจังหวัด', 'ทต.': 'เทศบาลตำบล', 'ทม.': 'เทศบาลเมือง', 'ทน.': 'เทศบาลนคร' };
const LOCAL_HEAD = 'นายก\\s(?:อบต|อบจ|ทต|ทม|ทน)\\.';

/** Offices and descriptions of people that stand before or after a name. */
const OFFICE = alternation(
  ('นายกรัฐมนตรี นายกฯ นายกเทศมนตรี นายกองค์การบริหารส่วน นายอำเภอ รองนายกรัฐมนตรี รัฐมนตรี รมว. รมต. ผู้ว่าราชการ ผู้ว่าฯ ' +
    'ผู้อำนวยการ ผอ. ประธาน รองประธาน อธิบดี รองอธิบดี โฆษก เลขาธิการ ปลัด กำนัน ผู้ใหญ่บ้าน ครู อาจารย์ นักวิชาการ ' +
    'นักวิจัย ผู้จัดการ หัวหน้า เจ้าหน้าที่ เจ้าของ ชาวบ้าน ชาวประมง ชาวนา ผู้บัญชาการ ผบ. ผู้กำกับ ผกก. สารวัตร ส.ส. ส.ว. ' +
    'สมาชิกสภา ผู้สมัคร แพทย์ ทนายความ ทนาย กรรมการ ผู้ช่วย อดีต ผู้เชี่ยวชาญ นักเศรษฐศาสตร์ นักศึกษา นักเรียน ' +
    'ผู้ประกอบการ ผู้แทน เอกอัครราชทูต ทูต ศาสตราจารย์ รองศาสตราจารย์ ผู้ช่วยศาสตราจารย์ ผู้บริหาร ซีอีโอ ผู้ก่อตั้ง ' +
    'แม่ค้า พ่อค้า เกษตรกร อธิการบดี คณบดี ผู้นำ ผู้ว่าการ ผู้บัญชาการตำรวจ ตัวแทน ผู้ปกครอง ผู้ป่วย ผู้เสียหาย นักแสดง ' +
    'นักกีฬา โค้ช นักธุรกิจ ประชาชน ที่ปรึกษา').split(' '),
).replace(/\./g, '\\.') + `|${LOCAL_HEAD}`;
/** A man or a woman of an age (`ชายวัย 71 ปี`, `หญิงอายุ 45 ปี`): a person the text gave that age, no trade named. */
const AGED_PERSON = /^(ผู้ชาย|ผู้หญิง|ชายหนุ่ม|หญิงสาว|ชาย|หญิง)(?:วัย|อายุ)\s*\d{1,3}\s*ปี$/u;
/** Where a clause about the person begins: `ครูโรงเรียนบ้านX ซึ่งพานักเรียนมา…`, `… เมื่อวันจันทร์`. */
const CLAUSE = /\s(?:ซึ่ง|ผู้ซึ่ง|เมื่อ|ขณะ|ภายหลัง|หลังจาก|ระหว่าง|ได้|ก็|ยัง|จึง|ใน(?:งาน|การ|ระหว่าง|ที่)|ที่(?!ปรึกษา)|โดย|และ).*$/u;
/** Words glued before the verb: `ได้กล่าวว่า`, `ก็ออกมาเปิดเผยว่า`, `ลุกขึ้นกล่าว` (stood up and said). */
const AUXILIARY = /(?:ได้|ก็|ยัง|จึง|ออกมา|เคย|ต่าง|ลุกขึ้น|ยืนขึ้น|หันมา)+$/u;
/** Words that lead into the subject: `ด้านนายสมชาย`, `ทางด้าน`, `ขณะที่`. */
const LEAD_IN = '(?:ทางด้าน|ด้าน|โดย|ส่วน|ขณะที่|และ|ทั้งนี้|นอกจากนี้)';
const WORD = '[\\u0e01-\\u0e4e]+';

/** To whom the words were told, between the verb and ว่า: `กับผู้สื่อข่าว`, `ต่อที่ประชุม`, `กับ ‘มติชน’ `. */
const TOLD_TO = '(?:(?:กับ|ต่อ)\\s?(?:[‘“"][^‘’“”"\\n]{1,30}[’”"]|[\\u0e01-\\u0e4e]{1,30})\\s?)?';

/** `ดังกล่าว` ("the aforesaid", `ข้อเรียกร้องดังกล่าวว่า`) holds the letters of กล่าว and is no verb. */
const NOT_AFTER = '(?<!ดัง)';

const patterns = lazy(() => ({
  // (`เปิดเผยกับ “ไทยโพสต์” ว่า “…”`: the paper told may stand in marks between the verb and ว่า, work-titles.ts.)
  verbAtEnd: new RegExp(`${NOT_AFTER}(?:${VERBS})(?:[^“”"\\n]{0,40}?(?:[“"][^“”"\\s]{1,30}[”"]\\s*)?ว่า)?\\s*[:：]?\\s*$`, 'u'),
  // `นางX กล่าวกลางเวทีด้วยน้ำเสียงสั่นเครือ “…”`, `กล่าวกับผู้สื่อข่าว “…”`: where or to whom, no ว่า, then the quote.
  verbThenAdjunct: new RegExp(`${NOT_AFTER}(?:กล่าว|เล่า|พูด|ตอบ)(?:กลาง|ใน|บน|ต่อหน้า|ต่อ|กับ|ด้วย|หลัง|ก่อน|ระหว่าง|ขณะ)[^“”"\\s]{1,40}\\s*$`, 'u'),
  // `นางX ระบุว่าล้งเองก็ได้รับผลกระทบ “…”`: the verb, ว่า and what was said in the writer's words, then the quote (no later verb).
  // (`เปิดเผยกับ ‘ข่าวสด’ ว่า …`, `กล่าวกับผู้สื่อข่าวว่า …`: to whom it was told, a paper in either marks, may stand before ว่า.)
  reportedThenQuote: new RegExp(`(?:${VERBS})${TOLD_TO}ว่า(?![^“”"\\n]*(?:${VERBS}))[^“”"\\n]{1,160}$`, 'u'),
  verbFirst: new RegExp(`^([^“”"\\n]{0,120}?)${NOT_AFTER}(?:${VERBS})`, 'u'),
  named: new RegExp(`(?:^|[\\s“”"(]|${LEAD_IN})((?:${HONORIFIC})+)${NOT_HONORIFIC}\\s?(${WORD})(?:\\s(${WORD}))?`, 'gu'),
  office: new RegExp(`^(?:${LEAD_IN})?(?:${OFFICE})`, 'u'),
  pronoun: new RegExp(`(?:^|\\s|${LEAD_IN})(พวกเขา|เขา|เธอ|ท่าน)$`, 'u'),
  leadIn: new RegExp(`^${LEAD_IN}`, 'u'),
}));

function genderOf(honorific: string): 'male' | 'female' | undefined {
  if (/^(?:นางสาว|น\.ส\.|นาง|พญ\.|ป้า|ยาย)/u.test(honorific)) return 'female';
  return /^(?:นาย|ลุง)/u.test(honorific) ? 'male' : undefined;
}

/** The office the words begin with, up to where a clause about the person begins. */
function officeIn(words: string): string {
  // (`อายุ 58 ปี`, the age after the name, is no office.)
  const role = ` ${words.trim()}`.replace(CLAUSE, '').trim().replace(patterns().leadIn, '').replace(/^อายุ\s*\d{1,3}\s*ปี\s*/u, '');
  return role.split(/\s+/).length <= 3 ? role : '';
}

/** Who the words right before a reporting verb name: a pronoun, an honorific and a name, or an office. */
function readSubject(chunk: string, anchored: boolean): SpeakerPhrase | null {
  const { named, office, pronoun: pronounAtEnd, leadIn } = patterns();
  const words = chunk.trim().replace(AUXILIARY, '').trim();
  // `“…” กล่าวเสริม`, `และกล่าวเพิ่มเติมว่า “…”`: the subject is left out, as the last speaker.
  if (!words.replace(leadIn, '')) return pronoun('they');
  // (`แฟนบอลรายหนึ่งกล่าวว่า`: a noun with a classifier and หนึ่ง, "one", is someone the text leaves unnamed; batch q-rare.)
  // (`แม่ค้าขายปลารายหนึ่งในตลาด ซึ่งไม่ประสงค์ออกนาม พูด…`: where they are and a clause may follow, no name after it.)
  const one = /(?:^|\s)(\S+?(?:ราย|คน|ท่าน)หนึ่ง)(?=\s|บน|ใน|ที่|ซึ่ง|$)/u.exec(words);
  if (one && ![...words.slice(one.index).matchAll(named)].length) return { ...described(one[1]!)!, unnamed: true };
  const said = pronounAtEnd.exec(words);
  if (said) return pronoun(said[1] === 'เธอ' ? 'she' : said[1] === 'ท่าน' || said[1] === 'พวกเขา' ? 'they' : 'he');
  // (`นายX … บิดาของ น.ส.Y`: a name after ของ, "of", is the subject's relative, not the subject.)
  const found = [...words.matchAll(named)].filter((match) => !/ของ\s*$/u.test(words.slice(0, match.index + match[0].indexOf(match[1]!)))).at(-1);
  if (found) {
    const at = found.index + found[0].indexOf(found[1]!);
    const before = words.slice(0, at).trim().replace(leadIn, '').trim();
    // `ผู้ว่าราชการจังหวัดX นายY`: an office right before the honorific, with no clause (ขณะที่, และ) between.
    const officeBefore = before.split(/\s+/).length <= 2 && office.test(before) && !new RegExp(`${LEAD_IN}$`, 'u').test(before);
    // After a quote the name must come first: `“…” ชาวบ้านรวมตัวกัน … นายX กล่าว` names no speaker of the quote.
    if (anchored && before && !officeBefore) return null;
    const next = found[3] ?? '';
    // (`น.ส.X ซึ่งนั่งเรือ…`: a clause about the person, opened by ซึ่ง or ที่, is no family name.)
    const surname = next && !office.test(next) && !new RegExp(`^(?:${VERBS})`, 'u').test(next) && !/^(?:ซึ่ง|ผู้ซึ่ง|ที่|เมื่อ|ขณะ)/u.test(next) ? next : '';
    const end = found.index + found[0].length - (next && !surname ? next.length : 0);
    // (`นายเอก ทองมา โทรมาบอก`: a word glued onto the verb, `โทรมา` "phoned", is part of the verb phrase, no office.)
    const glued = !/\s$/u.test(chunk) && !office.test(words.slice(end).trim()) && !/\s/u.test(words.slice(end).trim());
    const role = (glued ? '' : officeIn(words.slice(end))) || (officeBefore ? officeIn(before) : '');
    return person(surname ? `${found[2]} ${surname}` : found[2]!, role, genderOf(found[1]!));
  }
  // (`“…” ชายวัย 71 ปีเล่า`: a man or woman of an age, no office, is a description too, thaiAgedHolder reads whom.)
  const agedPerson = AGED_PERSON.exec(words.split(/\s+(?=\S+(?:วัย|อายุ))/u).at(-1)!);
  if (agedPerson) return { ...described(agedPerson[0])!, gender: /หญิง/u.test(agedPerson[1]!) ? 'female' : 'male' };
  // An office and no name: `ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า`.
  // (`หลังปิดเวที นายกเทศมนตรีX ให้สัมภาษณ์ว่า`: before a quote a time phrase may open the sentence, the office a later word.)
  const tail = anchored ? words : words.split(/\s+/).slice(-3).join(' ');
  const starts = anchored ? [0] : [...tail.matchAll(/(?:^|\s)(?=\S)/gu)].map((space) => space.index + space[0].length);
  const start = starts.find((at) => office.test(tail.slice(at)));
  if (start === undefined) return null;
  const role = officeIn(tail.slice(start));
  return role && role.split(/\s+/).length <= 3 ? described(role) : null;
}

/**
 * `ธนากร` (`นายธนากรกล่าว`) after `นายธนากร เพชรรัตน์ พาณิชย์จังหวัด…`: Thai papers call a person again by the given
 * name; the full form is the one written first with an honorific, its family name no office or verb.
 */
export function thaiFullerName(text: string, given: string): string | null {
  if (!/^[\u0e01-\u0e4e]+$/u.test(given)) return null;
  const written = new RegExp(`(?:${HONORIFIC})${given}\\s(${WORD})`, 'u').exec(text);
  const family = written?.[1];
  return family && !patterns().office.test(family) && !new RegExp(`^(?:${VERBS})`, 'u').test(family) ? `${given} ${family}` : null;
}

/**
 * `“…” ชาวนาวัย 58 ปีกล่าว` after `นางX Y ชาวนาปลูกข้าววัย 58 ปี`: a trade and an age (วัย or อายุ N ปี) stand for the
 * person the text named with that trade and that same age, the latest such; none, null (a description then). Not aged, undefined.
 */
function thaiAgedHolder(text: string, office: string, at: number): string | null | undefined {
  const aged = /^([\u0e01-\u0e4e]{2,}?)(?:วัย|อายุ)\s*(\d{1,3})\s*ปี$/u.exec(office);
  if (!aged) return undefined;
  const [, noun, age] = aged;
  // (`ชายวัย 71 ปี`, a man aged 71: no trade to match, any one the text named with that age, an honorific of that sex.)
  const sex = AGED_PERSON.test(office) ? (/หญิง/u.test(noun!) ? 'female' : 'male') : null;
  const introduced = new RegExp(`((?:${HONORIFIC}))(${WORD})\\s(${WORD})\\s+(?:[^\\s“”"]*\\s)?${sex ? '' : noun}[\\u0e01-\\u0e4e]{0,20}?(?:วัย|อายุ)\\s*${age}\\s*ปี(?!\\d)`, 'gu');
  const named = [...text.slice(0, at).matchAll(introduced)].filter((use) => !sex || genderOf(use[1]!) === sex).at(-1);
  return named && !patterns().office.test(named[3]!) ? `${named[2]} ${named[3]}` : null;
}

/**
 * `ผู้ว่าฯ ระบุว่า`, `ผู้ว่าราชการจังหวัดX ย้ำว่า` after `นายY Z ผู้ว่าราชการจังหวัดX`: an office written alone (or
 * shortened with ฯ) is the person the text named right before it, the latest such; none, and it stays a description.
 */
const OFFICE_THEN_GIVEN = lazy(() => new RegExp(`^(?:${OFFICE})([\\u0e01-\\u0e4e]{2,})$`, 'u'));

export function thaiOfficeHolder(text: string, office: string, at: number): string | null {
  const aged = thaiAgedHolder(text, office, at);
  if (aged !== undefined) return aged;
  // (`นายก อบต.` is `นายกองค์การบริหารส่วนตำบล` written short.)
  const local = /^นายก\s*(อบต|อบจ|ทต|ทม|ทน)\.?$/u.exec(office)?.[1];
  if (local) return thaiOfficeHolder(text, `นายก${LOCAL_BODIES[`${local}.`]}`, at);
  if (!/^[\u0e01-\u0e4e.]+$/u.test(office)) return null;
  // (`ครูสมศรีกล่าว` after `นางสมศรี ใจเย็น ครูโรงเรียน…`: an office used as a title, glued to the given name the text wrote in full.)
  const titledGiven = OFFICE_THEN_GIVEN().exec(office)?.[1];
  const titledFull = titledGiven ? thaiFullerName(text.slice(0, at), titledGiven) : null;
  if (titledFull) return titledFull;
  const stem = office.replace(/ฯ$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  if (stem.length < 4) return null;
  const nameThenOffice = [...text.slice(0, at).matchAll(new RegExp(`(?:${HONORIFIC})(${WORD})\\s(${WORD})\\s+${stem}`, 'gu'))].at(-1);
  // (`นายกเทศมนตรีเมืองX นายY Z เปิดเผยว่า`: the office written first, its place glued on, then the honorific and the name.)
  const officeThenName = [...text.slice(0, at).matchAll(new RegExp(`${stem}[\\u0e01-\\u0e4e]{0,30}\\s+(?:${HONORIFIC})${NOT_HONORIFIC}(${WORD})\\s(${WORD})`, 'gu'))].filter((use) => !patterns().office.test(use[2]!) && !new RegExp(`^(?:${VERBS})`, 'u').test(use[2]!)).at(-1);
  const named = (officeThenName?.index ?? -1) > (nameThenOffice?.index ?? -1) ? officeThenName : nameThenOffice;
  return named ? `${named[1]} ${named[2]}` : null;
}

/**
 * `นางX ใจงาม ชาวนาวัย 58 ปี … ก็มาร่วมงานด้วย เธอเล่าว่า “…”`: เธอ (she) or เขา (he) after the paragraph named, with an
 * honorific of that sex, the person it points back at is the latest so named there. (Thai has no mention reader for the
 * salience model, lang/caseless-mentions.ts; none of that sex in the paragraph, and the pronoun stays as read.)
 */
function pronounNamedInParagraph(frame: string, verbAt: number, said: SpeakerPhrase): SpeakerPhrase {
  const sex = said.phrase === 'she' ? 'female' : said.phrase === 'he' ? 'male' : null;
  if (!sex) return said;
  const paragraph = frame.slice(frame.lastIndexOf('\n', verbAt - 1) + 1, verbAt);
  // (Names inside quoted words are no one the writer points back at.)
  const outside = paragraph.replace(/“[^“”]*”/gu, (quoted) => ' '.repeat(quoted.length));
  const found = [...outside.matchAll(patterns().named)].filter((match) => genderOf(match[1]!) === sex).at(-1);
  if (!found) return said;
  const next = found[3] ?? '';
  const surname = next && !patterns().office.test(next) && !new RegExp(`^(?:${VERBS})`, 'u').test(next) && !/^(?:ซึ่ง|ผู้ซึ่ง|ที่|เมื่อ|ขณะ)/u.test(next) ? next : '';
  // (The office written after the name is the role: `นางX Y ชาวนาวัย 58 ปี ซึ่ง…`.)
  const after = outside.slice(found.index + found[0].length - (next && !surname ? next.length : 0)).trim();
  const role = patterns().office.test(after) ? officeIn(after) : '';
  return person(surname ? `${found[2]} ${surname}` : found[2]!, role, sex) ?? said;
}

export const thai: LanguageCues = {
  applies: (frame) => /[\u0e01-\u0e4e]/u.test(frame),
  after(frame) {
    const match = patterns().verbFirst.exec(frame.trimStart());
    return match ? readSubject(match[1]!, true) : null;
  },
  before(frame) {
    const verb = patterns().verbAtEnd.exec(frame) ?? patterns().verbThenAdjunct.exec(frame) ?? patterns().reportedThenQuote.exec(frame);
    // (The subject is in the verb's own paragraph: `ชาวบ้านรายหนึ่ง…` a paragraph before is someone else.)
    const subject = verb ? readSubject(frame.slice(Math.max(0, verb.index - 200, frame.lastIndexOf('\n', verb.index - 1) + 1), verb.index), false) : null;
    return subject?.pronoun ? pronounNamedInParagraph(frame, verb!.index, subject) : subject;
  },
};
