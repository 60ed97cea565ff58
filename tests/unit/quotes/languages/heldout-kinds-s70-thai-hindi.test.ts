// Kinds the seventieth held-out set showed in Hindi and Thai, each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const AGED_ROLE_AFTER_SPEAKER =
  'गांव में नया पुल बना है।\n\n' +
  'मुखिया सुरेश पाल कहते हैं, “पहले बच्चे नदी पार करके स्कूल जाते थे। बारिश में बहुत डर लगता था।”\n\n' +
  'पुल पर कुल दो करोड़ रुपये खर्च हुए। “अब बच्चे समय पर स्कूल पहुंचते हैं और माता-पिता चिंता नहीं करते,” 58 वर्षीय मुखिया ने बताया।';
const ANOTHER_ROLE_AFTER_SPEAKER =
  'गांव में नया पुल बना है।\n\n' +
  'मुखिया सुरेश पाल कहते हैं, “पहले बच्चे नदी पार करके स्कूल जाते थे। बारिश में बहुत डर लगता था।”\n\n' +
  'पुल पर कुल दो करोड़ रुपये खर्च हुए। “पुल तो बना, पर सड़क अब भी कच्ची है,” 44 वर्षीय शिक्षक ने बताया।';
const THAI_ROLE_ALONE_AFTER_SPEAKER =
  'ตลาดน้ำเปิดอีกครั้งหลังปิดซ่อมไปหนึ่งปี\n\n' +
  '“เราอยากให้แม่ค้าเก่ากลับมาขายที่เดิม” ผู้ใหญ่บ้านหมู่ 4 นายอุดม ศรีทอง กล่าว\n\n' +
  'ตลาดมีแผงค้ากว่า 60 แผง\n\n' +
  '“ทุกแผงไม่ต้องเสียค่าเช่าในปีแรก” ผู้ใหญ่บ้านกล่าว';
const BODY_AFTER_ROLE =
  'המועצה האזורית החליטה לסגור את הבריכה בחורף.\n\n' +
  '"אין לנו תקציב לחמם את המים", אמר ראש המועצה, משה לוינסון.\n\n' +
  'מהמועצה נמסר בתגובה: "הבריכה תיפתח מחדש באפריל".';

/** `सरपंच X Y कहते हैं, “…”` … `“…,” 62 वर्षीय सरपंच ने बताया`: a caseless role noun alone is the earlier speaker given it (spoken-role-holder.ts). */
kindTable('A role noun alone (an age before it) is the earlier speaker the text gave that role', [
  ['hi: `58 वर्षीय मुखिया ने बताया` after `मुखिया X Y कहते हैं` is X Y', AGED_ROLE_AFTER_SPEAKER, 'अब बच्चे समय पर', 'सुरेश पाल', ANY],
  ['th: `ผู้ใหญ่บ้านกล่าว` after `ผู้ใหญ่บ้านหมู่ 4 นายX Y กล่าว` is X Y', THAI_ROLE_ALONE_AFTER_SPEAKER, 'ทุกแผงไม่ต้อง', 'อุดม ศรีทอง', ANY],
  ['counter-case he: `מהמועצה נמסר` (the council) is the body in the speaker’s role `ראש המועצה`, not him', BODY_AFTER_ROLE, 'הבריכה תיפתח', DESCRIBED, ANY],
  ['counter-case hi: `44 वर्षीय शिक्षक` (a teacher) is no role the headman was given: someone else', ANOTHER_ROLE_AFTER_SPEAKER, 'पुल तो बना', DESCRIBED, ANY],
]);

const OFFICE_BEFORE_NAME =
  'งานแข่งเรือยาวปีนี้มีผู้ชมกว่าสองพันคน\n\n' +
  'นายอำเภอท่าวังผา นายวิชัย คำแก้ว เปิดเผยว่า อำเภอได้เตรียมงบประมาณ 300,000 บาท เพื่อจัดการแข่งขันต่อไปทุกปี\n\n' +
  '“เราอยากให้เด็ก ๆ ได้เห็นว่าเรือยาวเป็นของคนที่นี่ ไม่ใช่ของพิพิธภัณฑ์” นายอำเภอกล่าว';
const OFFICE_HOLDER_NEVER_NAMED =
  'งานแข่งเรือยาวปีนี้มีผู้ชมกว่าสองพันคน\n\n' +
  'นายวิชัย คำแก้ว ครูโรงเรียนบ้านนา เปิดเผยว่า นักเรียนช่วยกันทาสีเรือทุกลำ\n\n' +
  '“เราอยากให้เด็ก ๆ ได้เห็นว่าเรือยาวเป็นของคนที่นี่ ไม่ใช่ของพิพิธภัณฑ์” นายอำเภอกล่าว';

/** `นายกเทศมนตรีเมืองX นายY Z เปิดเผยว่า …` … `“…” นายกเทศมนตรีกล่าว`: the office written before the honorific and name (lang/th.ts thaiOfficeHolder). */
kindTable('A Thai office alone is the person the text wrote right after that office', [
  ['th: `นายอำเภอกล่าว` after `นายอำเภอX นายY Z เปิดเผยว่า` is Y Z', OFFICE_BEFORE_NAME, 'เราอยากให้เด็ก', 'วิชัย คำแก้ว', ANY],
  ['counter-case th: an office nobody was named with stays a description', OFFICE_HOLDER_NEVER_NAMED, 'เราอยากให้เด็ก', DESCRIBED, ANY],
]);

const CLAUSE_BEFORE_AGENT =
  'नहर का काम शुरू हो गया है।\n\n' +
  'सिंचाई विभाग में सहायक अभियंता मनोज वर्मा, जो पूरे संभाग की नहरों की देखरेख करते हैं, ने संवाददाता से कहा, “मई तक पानी आखिरी गांव तक पहुंच जाएगा।”';
const CLAUSE_AFTER_AGENT =
  'नहर का काम शुरू हो गया है।\n\n' +
  'सहायक अभियंता मनोज वर्मा ने, जो पूरे संभाग की नहरों की देखरेख करते हैं, संवाददाता से कहा, “मई तक पानी आखिरी गांव तक पहुंच जाएगा।”';

/** `अभियंता X Y, जो … करते हैं, ने Z से कहा, “…”`: a clause between the name and ने is dropped (lang/hindustani-relative.ts). */
kindTable('A Hindi clause set off by commas between the name and the agent marker', [
  ['hi: `X Y, जो …, ने … कहा, “…”` is X Y', CLAUSE_BEFORE_AGENT, 'मई तक पानी', 'मनोज वर्मा', ANY],
  ['counter-case hi: the clause after ने leaves the name before it as it is', CLAUSE_AFTER_AGENT, 'मई तक पानी', 'मनोज वर्मा', ANY],
]);

const STAGED_PLAY_TITLE =
  'โรงละครชุมชนเปิดฤดูกาลใหม่เมื่อคืนวันศุกร์ คณะนักเรียนเลือกแสดงเรื่อง “เด็กชายกับว่าวสีแดง” ซึ่งเขียนขึ้นโดยครูในโรงเรียน\n\n' +
  '“เด็ก ๆ ซ้อมกันทุกเย็นมาสามเดือน” นางสาวมาลัย ทองดี ครูผู้ฝึกสอน กล่าว';
const TOPIC_AFTER_SAYING =
  'โรงละครชุมชนเปิดฤดูกาลใหม่เมื่อคืนวันศุกร์\n\n' +
  'นางสาวมาลัย ทองดี ครูผู้ฝึกสอน พูดถึงเรื่องนี้ว่า “เด็ก ๆ ซ้อมกันทุกเย็นมาสามเดือน ไม่มีใครขาดเลยสักวัน”';

/** `คณะเลือกเล่นเรื่อง “…”`: a verb of staging or screening glued to เรื่อง names the play it puts on, no one's words (work-titles.ts). */
describe('A Thai play title in marks after a verb of staging', () => {
  it('th: `เลือกแสดงเรื่อง “…”` is a title, not a quote', () => {
    const quotes = findQuotes(STAGED_PLAY_TITLE).map((quote) => quote.text);
    expect(quotes.some((text) => text.startsWith('เด็กชายกับว่าว')), JSON.stringify(quotes)).toBe(false);
    expect(quotes.some((text) => text.startsWith('เด็ก ๆ ซ้อม')), JSON.stringify(quotes)).toBe(true);
  });
});
kindTable('Counter-case: words after a verb of saying and เรื่องนี้ stay a quote', [
  ['counter-case th: `พูดถึงเรื่องนี้ว่า “…”` is her words', TOPIC_AFTER_SAYING, 'เด็ก ๆ ซ้อม', 'มาลัย ทองดี', ANY],
]);

const AGED_MAN =
  'งานบุญประจำปีของหมู่บ้านกลับมาจัดอีกครั้ง\n\n' +
  '“ปีนี้คนมาเยอะกว่าทุกปี” นายสมบัติ ใจกล้า ช่างตีกลองวัย 68 ปี กล่าวหลังขบวนแห่จบ\n\n' +
  'กลองใบใหญ่ที่สุดในขบวนถูกเก็บไว้ใต้ถุนบ้านมาหลายปี\n\n' +
  '“กลองใบนี้อายุมากกว่าผมอีก” ชายวัย 68 ปีเล่าพร้อมยิ้ม';
const AGED_MAN_OTHER_AGE = AGED_MAN.replace('ชายวัย 68 ปี', 'ชายวัย 40 ปี');

/** `“…” ชายวัย 71 ปีเล่า`: a man of an age, no trade, is the man the text named with that age (lang/th.ts AGED_PERSON, thaiAgedHolder). */
kindTable('A Thai "man aged N" is the man the text named with that age', [
  ['th: `ชายวัย 68 ปีเล่า` after `นายX Y ช่างตีกลองวัย 68 ปี` is X Y', AGED_MAN, 'กลองใบนี้', 'สมบัติ ใจกล้า', ANY],
  ['counter-case th: `ชายวัย 40 ปี`, an age nobody was given, stays a description', AGED_MAN_OTHER_AGE, 'กลองใบนี้', DESCRIBED, ANY],
]);
