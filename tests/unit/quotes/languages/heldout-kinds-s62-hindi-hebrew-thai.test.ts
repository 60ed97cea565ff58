// Kinds the sixty-second held-out set showed in Thai, Hindi, Hebrew and Vietnamese copy, each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const THAI_MAYOR = 'นายสมศักดิ์ แก้วมณี ผู้อำนวยการโรงเรียนบ้านหนองบัว กล่าวว่า “ปีนี้เด็กมาเรียนครบทุกคน เราดีใจมาก”\n\nชาวบ้านหนองบัว\n\n';
const THAI_LONE_THEN_TELLER = `${THAI_MAYOR}“ลุงปลูกมะม่วงมาสามสิบปี ไม่เคยเห็นน้ำท่วมหนักขนาดนี้”\n\nนายประยูร ศรีสุข วัย 71 ปี ชาวสวนมะม่วง เล่าขณะพายเรือออกไปดูสวน เขาบอกว่าต้นมะม่วงตายไปเกือบครึ่ง`;
const THAI_LONE_THEN_REPORTED = `${THAI_MAYOR}“ลุงปลูกมะม่วงมาสามสิบปี ไม่เคยเห็นน้ำท่วมหนักขนาดนี้”\n\nนายประยูร ศรีสุข วัย 71 ปี ชาวสวนมะม่วง กล่าวว่าต้นมะม่วงตายไปเกือบครึ่ง`;
const THAI_LONE_THEN_NO_VERB = `${THAI_MAYOR}“ลุงปลูกมะม่วงมาสามสิบปี ไม่เคยเห็นน้ำท่วมหนักขนาดนี้”\n\nนายประยูร ศรีสุข วัย 71 ปี ชาวสวนมะม่วง พายเรือออกไปดูสวนทุกเช้า`;

/** Thai: a lone quote, then the next paragraph opening `นายX Y … เล่าขณะ…` (lang/thai-next-paragraph.ts). */
kindTable('Thai: a lone quote whose teller the next paragraph opens on', [
  ['th: `นายX Y วัย 71 ปี … เล่าขณะ…` after the lone quote is X Y', THAI_LONE_THEN_TELLER, 'ลุงปลูกมะม่วง', 'ประยูร ศรีสุข', ANY],
  ['counter-case th: `กล่าวว่า…` reports what follows, not the quote before', THAI_LONE_THEN_REPORTED, 'ลุงปลูกมะม่วง', 'สมศักดิ์ แก้วมณี', ANY],
  ['counter-case th: a paragraph naming someone with no verb of telling', THAI_LONE_THEN_NO_VERB, 'ลุงปลูกมะม่วง', 'สมศักดิ์ แก้วมณี', ANY],
]);

const HINDI_EPITHET =
  'जिलाधिकारी सुनीता वर्मा ने मेले का उद्घाटन किया।\n\n' +
  '81 वर्षीय हरिप्रसाद चौबे ने साठ साल पहले पहली बार यहां सारंगी बजाई थी। वे बताते हैं कि अब युवा यह वाद्य नहीं सीखते। “अब गांव में कोई सारंगी नहीं सुनता,” अनुभवी कलाकार ने कहा।';
const HINDI_ONE_ELDER = 'हरिप्रसाद चौबे ने सारंगी बजाई। “अब गांव में कोई सारंगी नहीं सुनता,” एक बुज़ुर्ग दर्शक ने कहा।';
const HINDI_BARE_OFFICE = 'हरिप्रसाद चौबे ने सारंगी बजाई। “मेले में सुरक्षा के पूरे इंतज़ाम हैं,” पुलिस अधिकारी ने कहा।';

/** Hindi: an epithet of age or experience before the role noun (`अनुभवी कलाकार ने कहा`) points back (lang/hindustani-epithet.ts). */
kindTable('Hindi: `<epithet> <noun> ने कहा` is the person just named', [
  ['hi: `अनुभवी कलाकार ने कहा` after a paragraph naming X Y is X Y', HINDI_EPITHET, 'अब गांव में', 'हरिप्रसाद चौबे', ANY],
  ['counter-case hi: `एक बुज़ुर्ग दर्शक` opened by "one" is someone unnamed', HINDI_ONE_ELDER, 'अब गांव में', DESCRIBED, ANY],
  ['counter-case hi: a bare office `पुलिस अधिकारी` stays unnamed', HINDI_BARE_OFFICE, 'मेले में सुरक्षा', UNNAMED, ANY],
]);

const HEBREW_INSIDE_QUOTE =
  'כך אומר יואב לוי, חקלאי מהעמק.\n\n"ראינו מה קרה בשדות של השכנים. אם זה נשרף, אין מה להציל – רק לחכות שזה ייגמר", הוא אומר. "אנחנו לא נגד הפרויקט. אנחנו נגד זה שמחליטים עלינו."';
const HEBREW_INTRODUCED_OUTSIDE = 'יואב לוי, חקלאי מהעמק, עומד ליד השדה. "אנחנו לא נגד הפרויקט", הוא אומר.';

/** Hebrew: a sentence opening inside someone's quote (`"…. אם זה נשרף, …"`) introduces no one (lang/inside-quote.ts). */
kindTable('Hebrew: a clause inside a quote is no introduced name', [
  ['he: the quote after `", הוא אומר.` stays the farmer’s, not the clause inside the quote', HEBREW_INSIDE_QUOTE, 'אנחנו לא נגד', 'יואב לוי', ANY],
  ['counter-case he: a name introduced outside the quote is still the pronoun’s', HEBREW_INTRODUCED_OUTSIDE, 'אנחנו לא נגד', 'יואב לוי', ANY],
]);

const HEBREW_MAYOR_BEFORE =
  '"הגשר החדש יקצר את הדרך לבית החולים", אמר בטקס ראש העירייה של עין גדיש, יצחק אלמליח. "חיכינו לזה שנים."\n\n' +
  'תושבי השכונה הסמוכה חוששים מהרעש. "אף אחד לא שאל אותנו", אמרה שושנה פרץ, תושבת השכונה.\n\n' +
  '"נבדוק כל תלונה ונפעל מהר. אין לנו מה להסתיר", אמר ראש העירייה.';
const HEBREW_OFFICE_NEVER_NAMED =
  '"הגשר החדש יקצר את הדרך", אמר מנהל בית הספר, יצחק אלמליח. "אף אחד לא שאל אותנו", אמרה שושנה פרץ, תושבת השכונה.\n\n"נבדוק כל תלונה", אמר ראש העירייה.';

/** Hebrew: `אמר ראש העירייה` after `ראש העירייה של X, Y Z` is Y Z (lang/hebrew-office-holder.ts). */
kindTable('Hebrew: an office after the verb is the holder the text named with it', [
  ['he: `אמר ראש העירייה` is the mayor named before, not the resident quoted since', HEBREW_MAYOR_BEFORE, 'נבדוק כל תלונה', 'יצחק אלמליח', ANY],
  ['counter-case he: an office nobody was named with stays a description', HEBREW_OFFICE_NEVER_NAMED, 'נבדוק כל תלונה', DESCRIBED, ANY],
]);

const VIETNAMESE_THUS =
  '“Nước lên nhanh quá, nhà tôi chỉ kịp mang theo mấy bao lúa.”\n\n' +
  'Anh Phạm Văn Tú (45 tuổi, ngụ xã Hòa Lộc) kể lại như vậy khi đứng trước căn nhà ngập nửa mét nước. Ông Lê Văn Bình, Chủ tịch UBND xã, cho biết xã đã sơ tán 200 hộ.';
const VIETNAMESE_REPORTS_NEXT = '“Nước lên nhanh quá, nhà tôi chỉ kịp mang theo mấy bao lúa.”\n\nAnh Phạm Văn Tú (45 tuổi, ngụ xã Hòa Lộc) kể rằng nước lên từ nửa đêm.';

/** Vietnamese: a lead quote, then `Anh X Y (45 tuổi, …) kể lại như vậy` pointing back (lang/vi-thus-next.ts). */
kindTable('Vietnamese: `<address> <Name> (…) kể lại như vậy` after a lone quote', [
  ['vi: `kể lại như vậy` names the lead quote’s speaker', VIETNAMESE_THUS, 'Nước lên nhanh', 'Phạm Văn Tú', ANY],
  ['counter-case vi: `kể rằng …` reports what follows and names no one for the quote', VIETNAMESE_REPORTS_NEXT, 'Nước lên nhanh', UNNAMED, ANY],
]);
