// Persian and Thai reported speech closing on a few quoted words, then the person's own paragraph (the sixtieth held-out set
// showed `X، استاد …، می‌گوید … «…».` and `นายX … เปิดเผยกับ ‘…’ ว่า … “…”`), a Persian tag "X says this and adds:" between two
// quotes, a form of address before a given name, and "one of the <group> who …" explaining: fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const FA_WORDS = '«آب که برنگردد، هر سال باید همین ترک‌ها را پر کنیم. این کار هزینه دارد و فایده ندارد.»';

/** `X، role، می‌گوید <reported words> «…».`: the verb with no colon, the writer's words, then a few quoted words (lang/fa.ts). */
kindTable('Persian: reported words after the verb, a few quoted words closing them, then the person’s paragraph', [
  ['the paragraph of words after is hers', `سد در تابستان خالی ماند.\n\nدکتر ساناز کاویانی، پژوهشگر منابع آب، می‌گوید لایروبی بدون بارش کافی «فقط وقت خریدن است».\n\n${FA_WORDS}`, 'آب که برنگردد', 'ساناز کاویانی', 'پژوهشگر'],
  ['the few quoted words are hers too', `سد در تابستان خالی ماند.\n\nدکتر ساناز کاویانی، پژوهشگر منابع آب، می‌گوید لایروبی بدون بارش کافی «فقط وقت خریدن است».\n\n${FA_WORDS}`, 'فقط وقت خریدن', 'ساناز کاویانی', 'پژوهشگر'],
  ['with که after the verb', `سد در تابستان خالی ماند.\n\nمهندس کیوان رحمانی‌فر، مدیر طرح آبرسانی، می‌گوید که لوله‌ها تا بهار «به هیچ روستایی نمی‌رسد».\n\n${FA_WORDS}`, 'آب که برنگردد', 'کیوان رحمانی‌فر', 'مدیر'],
  ['an office with a relative clause, long, before the verb and colon', `سد در تابستان خالی ماند.\n\nدکتر ساناز کاویانی، پژوهشگر منابع آب در دانشگاه کرمان که سال‌ها روی فرونشست دشت‌های جنوبی کار کرده است، گفت: ${FA_WORDS}`, 'آب که برنگردد', 'ساناز کاویانی', 'پژوهشگر'],
  ['counter-case: a paragraph after that names its own speaker keeps it', `سد در تابستان خالی ماند.\n\nدکتر ساناز کاویانی، پژوهشگر منابع آب، می‌گوید لایروبی بدون بارش کافی «فقط وقت خریدن است».\n\nمهندس کیوان رحمانی‌فر، مدیر طرح آبرسانی، گفت: ${FA_WORDS}`, 'آب که برنگردد', 'کیوان رحمانی‌فر', 'مدیر'],
]);

/** `«A.» حاج X این را می‌گوید و اضافه می‌کند: «B»`: "this" points back at A; the form of address is no part of the name (fuller-names.ts, next-tag.ts). */
kindTable('Persian: "X says this and adds:" between two quotes, a form of address before the given name', [
  ['the first quote is his', 'بازار سرپوشیده تعطیل شد.\n\nدر ضلع غربی بازار، حاج مرتضی کاشانی که سی سال است آنجا فرش می‌فروشد، از تعطیلی راضی نیست.\n\n«از دیروز هیچ مشتری نیامده. همه می‌روند بازار تازه.» حاج مرتضی این را می‌گوید و بلافاصله اضافه می‌کند: «ولی اگر سقف بریزد، بدتر است.»', 'از دیروز هیچ', 'مرتضی کاشانی', null],
  ['the second quote is his', 'بازار سرپوشیده تعطیل شد.\n\nدر ضلع غربی بازار، حاج مرتضی کاشانی که سی سال است آنجا فرش می‌فروشد، از تعطیلی راضی نیست.\n\n«از دیروز هیچ مشتری نیامده. همه می‌روند بازار تازه.» حاج مرتضی این را می‌گوید و بلافاصله اضافه می‌کند: «ولی اگر سقف بریزد، بدتر است.»', 'ولی اگر سقف', 'مرتضی کاشانی', null],
  ['`خانم` and the given name, a family name closed by a comma (read so before this change too)', 'بازار سرپوشیده تعطیل شد.\n\nپروین سلطانی، خیاط محله، از تعطیلی گلایه دارد.\n\n«پارچه‌ها همه در انبار مانده است.» خانم پروین این را می‌گوید و ادامه می‌دهد: «کسی جواب ما را نمی‌دهد.»', 'پارچه‌ها همه', 'پروین سلطانی', null],
  ['counter-case: a tag with no "this" opens the next quote only', 'بازار سرپوشیده تعطیل شد.\n\nمهندس کیوان رحمانی‌فر، مدیر بازار، گفت: «سقف باید عوض شود.»\n\n«کار سه ماه طول می‌کشد.» حاج مرتضی کاشانی در ادامه گفت: «ما منتظر می‌مانیم.»', 'کار سه ماه', 'کیوان رحمانی‌فر', ANY],
]);

/** `یکی از کارگران گروه X که نخواست نامش بیاید، درباره … توضیح داد:`: one of a group, unnamed (lang/fa-subject.ts). */
kindTable('Persian: one of a group of several words, a relative clause, explaining', [
  ['explaining', `مرمت پل ادامه دارد. به گفته آن‌ها، کار کند پیش می‌رود.\n\nیکی از کارگران گروه مرمت بنا که نخواست نامش در گزارش بیاید، درباره کار توضیح داد: ${FA_WORDS}`, 'آب که برنگردد', UNNAMED, null],
  ['adding', `مرمت پل ادامه دارد.\n\nیکی از رانندگان خط واحد که از صبح در صف ایستاده بود، اضافه کرد: ${FA_WORDS}`, 'آب که برنگردد', UNNAMED, null],
  ['counter-case: a named person keeps the name', `مرمت پل ادامه دارد.\n\nمهندس کیوان رحمانی‌فر، مدیر طرح، درباره کار توضیح داد: ${FA_WORDS}`, 'آب که برنگردد', 'کیوان رحمانی‌فر', 'مدیر'],
]);

const TH_WORDS = '“เราไม่ได้ค้านการพัฒนา แต่ขอให้ถามคนในชุมชนก่อน ไม่ใช่มาแจ้งทีหลัง”';

/** `นายX Y ประธาน… เปิดเผยกับ ‘…’ ว่า <reported> “…”`: to whom it was told stands between the verb and ว่า (lang/th.ts). */
kindTable('Thai: told to a paper or reporter before ว่า, reported words, a few quoted words', [
  ['told to a paper in single marks', `เทศบาลประกาศปิดถนนริมน้ำ\n\nนายสมศักดิ์ แก้วมณี ประธานชมรมเรือหางยาว เปิดเผยกับ ‘ลำปางรายวัน’ ว่า สมาชิกไม่ได้ค้านเรื่องความปลอดภัย แต่เห็นว่าท่าเรือใหม่ “ไกลจากชุมชนเกินไป” และจะทำให้รายได้ลดลง`, 'ไกลจากชุมชน', 'สมศักดิ์ แก้วมณี', 'ประธาน'],
  ['the paragraph of words after is his', `เทศบาลประกาศปิดถนนริมน้ำ\n\nนายสมศักดิ์ แก้วมณี ประธานชมรมเรือหางยาว เปิดเผยกับ ‘ลำปางรายวัน’ ว่า สมาชิกไม่ได้ค้านเรื่องความปลอดภัย แต่เห็นว่าท่าเรือใหม่ “ไกลจากชุมชนเกินไป” และจะทำให้รายได้ลดลง\n\n${TH_WORDS}`, 'เราไม่ได้ค้าน', 'สมศักดิ์ แก้วมณี', 'ประธาน'],
  ['told to reporters, no marks', `เทศบาลประกาศปิดถนนริมน้ำ\n\nนางอรทัย ศรีสุข ผู้ใหญ่บ้านหนองบัว กล่าวกับผู้สื่อข่าวว่า น้ำปีนี้มาเร็วกว่าทุกปี และชาวบ้าน “ไม่มีที่ไปจริง ๆ” จึงต้องอยู่ที่วัด`, 'ไม่มีที่ไป', 'อรทัย ศรีสุข', 'ผู้ใหญ่บ้าน'],
  ['counter-case: someone else’s verb in the reported words', `เทศบาลประกาศปิดถนนริมน้ำ\n\nนายสมศักดิ์ แก้วมณี ประธานชมรมเรือหางยาว เปิดเผยกับผู้สื่อข่าวว่า สมาชิกจะยื่นหนังสือ ขณะที่แม่ค้ารายหนึ่งบอกว่า “ไกลจากชุมชนเกินไป” และจะทำให้รายได้ลดลง`, 'ไกลจากชุมชน', UNNAMED, ANY],
]);
