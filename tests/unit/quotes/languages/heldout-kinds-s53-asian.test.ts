// Kinds the fifty-third held-out set showed in Thai, Chinese and Korean copy, each in fresh sentences of my own, with
// counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const KO_WORDS_OF =
  '솔빛군 연화리의 청년회는 올해 빈 창고를 공방으로 고쳤다.\n\n' +
  '“젊은 사람이 없는 게 아니라, 일할 곳이 없었던 거예요.” 솔빛군 청년회장 김도현(34)씨의 말이다. 공방에는 매주 스무 명이 모인다.';
const KO_BOOK_TITLE_AFTER =
  '솔빛군 연화리의 청년회는 올해 빈 창고를 공방으로 고쳤다.\n\n' +
  '“젊은 사람이 없는 게 아니라, 일할 곳이 없었던 거예요.” 솔빛군 청년회장 김도현(34)씨의 책 제목이다. 공방에는 매주 스무 명이 모인다.';

/** `“…” 마을 이장 X(61)씨의 말이다`: the words, then whose words they are (lang/ko.ts afterWordsOf). */
kindTable('Korean: a quote followed by `X씨의 말이다` (these are X’s words)', [
  ['ko: `“…” 청년회장 김도현(34)씨의 말이다` is 김도현', KO_WORDS_OF, '젊은 사람이 없는', '김도현', ANY],
  ['counter-case ko: `X씨의 책 제목이다` (the title of X’s book) names no speaker', KO_BOOK_TITLE_AFTER, '젊은 사람이 없는', UNNAMED, ANY],
]);

const TH_PRONOUN_AFTER_NAMED =
  'นายสมศักดิ์ ทองดี นายกเทศมนตรีตำบลหนองบัว กล่าวว่า “เราจะซ่อมสะพานให้เสร็จภายในปีนี้ เพื่อให้เด็กไปโรงเรียนได้สะดวก”\n\n' +
  'ในวันเดียวกัน นางมาลัย ใจงาม ชาวนาวัย 58 ปี ซึ่งปลูกข้าวในทุ่งนี้มาตั้งแต่เด็ก ก็มาดูงานด้วย เธอเล่าด้วยน้ำเสียงตื่นเต้นว่า “เมื่อก่อนต้องเดินลุยน้ำไปขายข้าว ไม่คิดว่าจะได้เห็นสะพานใหม่”';
const TH_PRONOUN_OTHER_SEX =
  'นายสมศักดิ์ ทองดี นายกเทศมนตรีตำบลหนองบัว กล่าวว่า “เราจะซ่อมสะพานให้เสร็จภายในปีนี้ เพื่อให้เด็กไปโรงเรียนได้สะดวก”\n\n' +
  'ในวันเดียวกัน นายชัยวัฒน์ ใจงาม ชาวนาวัย 58 ปี ก็มาดูงานด้วย เธอเล่าด้วยน้ำเสียงตื่นเต้นว่า “เมื่อก่อนต้องเดินลุยน้ำไปขายข้าว ไม่คิดว่าจะได้เห็นสะพานใหม่”';

/** `นางX Y … ก็มาร่วมงานด้วย เธอเล่าว่า “…”`: เธอ/เขา after its paragraph named someone of that sex (lang/th.ts). */
kindTable('Thai: a pronoun after its paragraph named the person by an honorific', [
  ['th: `นางX Y … เธอเล่า…ว่า “…”` is X Y', TH_PRONOUN_AFTER_NAMED, 'เมื่อก่อนต้องเดินลุยน้ำ', 'มาลัย ใจงาม', 'ชาวนา'],
  ['counter-case th: เธอ (she) is not the man `นายX` the paragraph names', TH_PRONOUN_OTHER_SEX, 'เมื่อก่อนต้องเดินลุยน้ำ', UNNAMED, ANY],
]);

const TH_AGED_TRADE =
  'ในวันเดียวกัน นางมาลัย ใจงาม ชาวนาปลูกข้าวหอมวัย 58 ปี ซึ่งทำนาในทุ่งนี้มาตั้งแต่เด็ก ก็มาร่วมงานด้วย\n\n' +
  'ดร.สมพร แก้วมณี อาจารย์คณะเกษตรศาสตร์ ให้สัมภาษณ์ว่า “สะพานช่วยได้มาก แต่ชาวนาต้องมีตลาดของตัวเองด้วย”\n\n' +
  'ก่อนกลับบ้านในช่วงเย็น นางมาลัยบอกว่าเตรียมเกวียนไว้แล้ว “ถ้าสะพานเสร็จจริง ยายจะขนข้าวไปขายเองเหมือนเดิม ขอแค่ขายังเดินไหว” ชาวนาวัย 58 ปีกล่าวทิ้งท้าย';
const TH_AGED_TRADE_OTHER_AGE = TH_AGED_TRADE.replace('ชาวนาวัย 58 ปีกล่าว', 'ชาวนาวัย 61 ปีกล่าว').replace('นางมาลัยบอกว่าเตรียมเกวียนไว้แล้ว', 'มีชาวนาอีกคนมาร่วมวง');

/** `“…” ชาวนาวัย 58 ปีกล่าว` after `นางX Y ชาวนา…วัย 58 ปี`: a trade and an age stand for the one named so (lang/th.ts). */
kindTable('Thai: a trade and an age after the quote stand for the person named with them', [
  ['th: `ชาวนาวัย 58 ปีกล่าว` is the farmer aged 58 named before', TH_AGED_TRADE, 'ถ้าสะพานเสร็จจริง', 'มาลัย ใจงาม', ANY],
  ['counter-case th: `ชาวนาวัย 61 ปี`, an age no one named has, stays described', TH_AGED_TRADE_OTHER_AGE, 'ถ้าสะพานเสร็จจริง', DESCRIBED, ANY],
]);

const TH_LOCAL_HEAD =
  'นายวีระ ศรีสุข นายกองค์การบริหารส่วนตำบลหนองบัว กล่าวว่า “เราจะซ่อมสะพานให้เสร็จภายในปีนี้”\n\n' +
  'ชาวบ้านรายหนึ่งซึ่งไม่ประสงค์ออกนาม กล่าวว่า “ถ้าสะพานเสร็จ รถบรรทุกก็จะวิ่งผ่านหมู่บ้านทั้งวัน”\n\n' +
  'ด้านนายก อบต. ยืนยันว่า “อบต. จะจำกัดน้ำหนักรถที่วิ่งผ่านสะพาน และจะให้ชาวบ้านช่วยกันดูแล”';
const TH_LOCAL_HEAD_UNNAMED =
  'ชาวบ้านรายหนึ่งซึ่งไม่ประสงค์ออกนาม กล่าวว่า “ถ้าสะพานเสร็จ รถบรรทุกก็จะวิ่งผ่านหมู่บ้านทั้งวัน”\n\n' +
  'ด้านนายก อบต. ยืนยันว่า “อบต. จะจำกัดน้ำหนักรถที่วิ่งผ่านสะพาน และจะให้ชาวบ้านช่วยกันดูแล”';

/** `นายก อบต. ยืนยันว่า` after `นายX Y นายกองค์การบริหารส่วนตำบลZ`: the short office, its dot no sentence end (sentences.ts, lang/th.ts). */
kindTable('Thai: the short form of a local head’s office stands for the person named with the long form', [
  ['th: `ด้านนายก อบต. ยืนยันว่า` is the head named before, not the villager quoted last', TH_LOCAL_HEAD, 'อบต. จะจำกัด', 'วีระ ศรีสุข', ANY],
  ['counter-case th: no head named before: `นายก อบต.` stays described', TH_LOCAL_HEAD_UNNAMED, 'อบต. จะจำกัด', DESCRIBED, ANY],
]);

const TH_FILM_TITLE = 'ทั้งนี้ หมู่บ้านหนองบัวเคยเป็นฉากของภาพยนตร์เรื่อง “ลมหนาวที่ปลายนา” เมื่อหลายปีก่อน ทำให้มีนักท่องเที่ยวแวะมาถ่ายรูป';
const TH_ABOUT_WORDS = 'นางมาลัย ใจงาม ชาวนาวัย 58 ปี เล่าเรื่อง “สมัยก่อนต้องเดินลุยน้ำไปขายข้าวทุกวัน ไม่มีใครช่วยเลย” ให้นักท่องเที่ยวฟัง';
const KO_BOOK =
  '한빛연구소 정미라 연구위원은 연화리의 시도를 주목할 만한 사례로 꼽았다. 그는 『바다를 지키는 마을』의 저자이기도 하다.\n\n' +
  '정 연구위원은 “주민이 먼저 답을 찾았다는 점에서 의미가 크다”고 말했다.';

/** `ภาพยนตร์เรื่อง “…”` (the film titled …), Korean `『…』`: a work's title, no one's words (work-titles.ts). */
describe('A work’s title in Thai (`ภาพยนตร์เรื่อง “…”`) and Korean (`『…』`) is no quotation', () => {
  it('th: `ภาพยนตร์เรื่อง “…”` names a film', () => {
    expect(findQuotes(TH_FILM_TITLE).some((quote) => quote.text.startsWith('ลมหนาว'))).toBe(false);
  });
  it('ko: `『…』의 저자` names a book', () => {
    expect(findQuotes(KO_BOOK).some((quote) => quote.text.startsWith('바다를'))).toBe(false);
  });
  it('counter-case th: `เล่าเรื่อง “…”` (told of …), no kind of work before it, stays a quotation', () => {
    expect(findQuotes(TH_ABOUT_WORDS).some((quote) => quote.text.startsWith('สมัยก่อนต้องเดินลุยน้ำ'))).toBe(true);
  });
  it('counter-case ko: words in “…” after the book title stay a quotation', () => {
    expect(findQuotes(KO_BOOK).some((quote) => quote.text.startsWith('주민이 먼저'))).toBe(true);
  });
});

const ZH_OPENING = '在碼頭賣魚三十年的檔主黃玉蘭（71歲）說：「我細細個就喺度幫手，啲熟客個個都識我。」\n\n';
const ZH_END = '昨日收檔時，黃玉蘭如常把剩下的魚送給街坊。「做咗三十年，夠喇，」她說，「但係我想做埋最後一日。」';
const ZH_WITH_WIFE =
  ZH_OPENING +
  '黃玉蘭隔籬的肉檔，由何國威與太太打理，兩人是她多年的老街坊。他坦言：「新商場起好，我都差唔多退休，都唔知仲會唔會返嚟。」\n\n' +
  '一名不願透露姓名的菜檔主則說：「我哋唔係反對，只係想知道之後點。」\n\n' +
  ZH_END;
const ZH_WITH_HUSBAND =
  ZH_OPENING +
  '黃玉蘭隔籬的肉檔，由何美寶與丈夫打理，兩人是她多年的老街坊。他坦言：「新商場起好，我都差唔多退休，都唔知仲會唔會返嚟。」\n\n' +
  ZH_END;

/** `由X與太太打理…。他坦言` (run by X and his wife): a full name and "and his wife" is a man, the 他 after it (lang/zh-mentions.ts). */
kindTable('Chinese: a name with `與太太` (and his wife) is a man, whom 他 points back at', [
  ['zh: `由何國威與太太打理…他坦言` is 何國威', ZH_WITH_WIFE, '新商場起好', '何國威', ANY],
  ['zh: her later `她說` stays with the woman named before, not the unnamed stallholder', ZH_WITH_WIFE, '做咗三十年', '黃玉蘭', ANY],
  ['counter-case zh: `與丈夫` (and her husband) is a woman, not the 他 after it', ZH_WITH_HUSBAND, '新商場起好', '黃玉蘭', ANY],
]);
