// Batch 15 (ru, uk, ar-kw, ar-lb, he, ja, zh, zh-tw, ko) and further languages 9 (tr, id, vi, hi, fa, ro, hu): the failure
// kinds of their first run that recur on other pages, each with a case it needs and a counter-case it must leave alone.
// Invented sentences, not the fixtures' own.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { attributionTable, type AttributionCase } from './attribution-table';

const INTERVIEW = 'Ми поговорили з Оксаною Мельник.\n\n— Оксано, ви задоволені сезоном?\n\n— Так. Батько казав мені: «Працюй і не озирайся». Я так і роблю щодня.\n\n— Кажуть, ви хочете поїхати за кордон.\n\n— Поки що ні, мені тут добре працюється.';

const CASES: AttributionCase[] = [
  // ja: a bank's head (頭取) is an office written after the name, like 社長.
  ['ja: 頭取 after the name is the role', '北川銀行の山下誠頭取（60）は「地域の企業を支え続ける」と述べた。', '地域の企業を支え続ける', '山下誠', '頭取'],
  ['ja counter: a name ending in no office keeps it all', '山下誠さん（60）は「地域の企業を支え続ける」と述べた。', '地域の企業を支え続ける', '山下誠', null],
  // zh: a one-character verb in the durative 着/著 and its object, or a two-character adverb in 地, between the name and 说.
  ['zh: 紅著眼眶說 between the name and the verb, kin as the role', '死者的父親陳建國紅著眼眶說：「我只想知道真相。」', '我只想知道真相。', '陳建國', '父親'],
  ['zh: 哽咽地说', '村民王秀兰哽咽地说：“房子一夜就没了。”', '房子一夜就没了。', '王秀兰', '村民'],
  ['zh counter: 接着 keeps the whole name', '王建明接着说：“房子一夜就没了。”', '房子一夜就没了。', '王建明', null],
  // he: on, with, already and since end an office in apposition after an inverted verb.
  ['he: a long apposition (over seven words) ends at על or כבר', '"אנחנו חיים מהמקומיים", אומרת רונית לוי, בעלת מאפייה קטנה על החוף כבר עשר שנים.', 'אנחנו חיים מהמקומיים', 'רונית לוי', 'בעלת מאפייה קטנה'],
  ['he counter: על after the name opens no name', '"אנחנו חיים מהמקומיים", אמרה רונית לוי על ההחלטה.', 'אנחנו חיים מהמקומיים', 'רונית לוי', null],
  // ar: where an office sits (في and one definite noun) and a title between the office and the name.
  ['ar: في الوزارة and المهندسة between the office and the name', 'وقالت مديرة إدارة الجودة في الوزارة المهندسة سعاد الكندري إن "الفحص سيكون أسبوعياً".', 'الفحص سيكون أسبوعياً', 'سعاد الكندري', 'مديرة إدارة الجودة في الوزارة المهندسة'],
  ['ar counter: في المؤتمر الصحفي after an office is where it was said', 'وقال المدير العام في المؤتمر الصحفي إن "الفحص سيكون أسبوعياً".', 'الفحص سيكون أسبوعياً', 'المدير العام', null],
  // ar: a construct noun never ends an office opening a plain sentence.
  ['ar: an office over a chain of nouns opening the sentence', 'رئيس اتحاد نقابات العمال الأعلى سمير داود لم يخف قلقه. «الرواتب لم تعد تكفي»، قال في اتصال هاتفي.', 'الرواتب لم تعد تكفي', 'سمير داود', 'رئيس اتحاد نقابات العمال الأعلى'],
  ['ar counter: a definite noun ends the office before the name', 'مدير المركز أحمد العلي لم يخف قلقه. «الرواتب لم تعد تكفي»، قال في اتصال هاتفي.', 'الرواتب لم تعد تكفي', 'أحمد العلي', 'مدير المركز'],
  // ar: a place opening the sentence (وفي …،) before a verb of doing and the name; a parent "of three children".
  ['ar: وفي بلدة …، تقف X, then تقول الأم لثلاثة أطفال', 'وفي بلدة عين زحلتا، تقف سلوى حداد أمام دكانها. «لا أحد يأتي منذ أسبوع»، تقول الأم لثلاثة أطفال.', 'لا أحد يأتي منذ أسبوع', 'سلوى حداد', null],
  ['ar counter: الأم with whom she spoke to is no descriptor', 'وفي بلدة عين زحلتا، تقف سلوى حداد أمام دكانها. «لا أحد يأتي منذ أسبوع»، تقول الأم للصحيفة.', 'لا أحد يأتي منذ أسبوع', 'الأم', null],
  // tr: a clause closed by a present participle (-en/-an) describes the subject right after it.
  ['tr: belirten X, "…" diye konuştu', 'Kışın satışların durduğunu belirten Ayşe Karaca, "Kira on iki ay, müşteri dört ay" diye konuştu.', 'Kira on iki ay, müşteri dört ay', 'Ayşe Karaca', null],
  ['tr counter: a relative participle (-diği) before a place opens no subject', 'Turistlerin geldiği Antalya, "Kira on iki ay, müşteri dört ay" diye konuştu.', 'Kira on iki ay, müşteri dört ay', null, null],
  // id: an office over a body, then the person in a comma group.
  ['id: kata Manajer Persib, X,', '"Kami sepakat berpisah," kata Manajer Persitara, Agus Salim, dalam jumpa pers.', 'Kami sepakat berpisah,', 'Agus Salim', 'Manajer Persitara'],
  ['id counter: a day after the name is no name', '"Kami sepakat berpisah," kata pelatih Agus Salim, Senin.', 'Kami sepakat berpisah,', 'Agus Salim', 'pelatih'],
  // vi: a delegation's province in brackets is no person; ông/bà opening the sentence before a colon is the one just introduced.
  ['vi: (đoàn <tỉnh>) after the name, then bà nói', 'Đại biểu Nguyễn Thị Lan (đoàn Hà Tĩnh) ủng hộ dự luật. "Người dân cần được bảo vệ", bà nói.', 'Người dân cần được bảo vệ', 'Nguyễn Thị Lan', 'Đại biểu'],
  ['vi: Ông nhấn mạnh: after a sentence introducing him', 'Đại biểu Trần Văn Nam cho rằng cần chờ. "Chưa đủ dữ liệu", ông nói.\n\nThứ trưởng Lê Quang Minh cho biết sẽ nghiên cứu thêm. Ông nhấn mạnh: "Luật phải công bằng với mọi người".', 'Luật phải công bằng với mọi người', 'Lê Quang Minh', 'Thứ trưởng'],
  // vi: offices of two syllables or more before the name (`Đại biểu`, `Bộ trưởng Tài chính`) are the role.
  ['vi: Bộ trưởng Tài chính X, then Ông nhấn mạnh:', 'Bộ trưởng Tài chính Phan Văn Đức cho biết sẽ nghiên cứu thêm. Ông nhấn mạnh: "Luật phải công bằng với mọi người".', 'Luật phải công bằng với mọi người', 'Phan Văn Đức', 'Bộ trưởng Tài chính'],
  ['vi counter: words of saying before the name are no office', 'Theo lời kể của bà Nguyễn Thị Lan, mọi chuyện bắt đầu từ tháng Ba. "Tôi không biết phải làm gì", bà nói.', 'Tôi không biết phải làm gì', 'Nguyễn Thị Lan', null],
  ['vi counter: a full name before the colon stays the speaker', 'Bà Lê Thị Hoa cho biết sẽ nghiên cứu. Ông Trần Văn Nam nhấn mạnh: "Luật phải công bằng với mọi người".', 'Luật phải công bằng với mọi người', 'Trần Văn Nam', null],
  // hi: a judge's bench speaks for its judge; उनका कहना था after a sentence naming someone with ने; वाली closes a participle.
  ['hi: X की पीठ ने … कहा', 'न्यायमूर्ति सुरेश वर्मा की खंडपीठ ने याचिका पर सुनवाई करते हुए कहा, "नियम सबके लिए बराबर हैं।"', 'नियम सबके लिए बराबर हैं।', 'सुरेश वर्मा', 'न्यायमूर्ति'],
  ['hi: उनका कहना था after X ने दलील दी', 'वरिष्ठ अधिवक्ता अमित सक्सेना ने दलील दी कि फीस बढ़ाना मजबूरी है। उनका कहना था, "स्कूल घाटे में नहीं चल सकते।"', 'स्कूल घाटे में नहीं चल सकते।', 'अमित सक्सेना', 'वरिष्ठ अधिवक्ता'],
  ['hi: रहने वाली अभिभावक X', 'शास्त्री नगर में रहने वाली अभिभावक रेखा जैन ने बताया, "फीस हर साल बढ़ती है।"', 'फीस हर साल बढ़ती है।', 'रेखा जैन', 'अभिभावक'],
  // hi: a lone family name before ने is the person named in full before (fuller-names.ts), with the role written then.
  ['hi: गुप्ता ने कहा after अध्यक्ष मनोज गुप्ता', 'व्यापार मंडल के अध्यक्ष विनोद अग्रवाल ने फैसले का स्वागत किया। अग्रवाल ने कहा, "अब बाजार फिर से खुलेगा।"', 'अब बाजार फिर से खुलेगा।', 'विनोद अग्रवाल', 'अध्यक्ष'],
  ['hi counter: a lone word no full name ends is no one', 'व्यापार मंडल के अध्यक्ष विनोद अग्रवाल ने फैसले का स्वागत किया। दुकानदारों ने कहा, "अब बाजार फिर से खुलेगा।"', 'अब बाजार फिर से खुलेगा।', null, null],
  ['hi counter: a plural noun before ने is no one', 'लोगों ने कहा, "फीस हर साल बढ़ती है।"', 'फीस हर साल बढ़ती है।', null, null],
  // fa: a family name opening the sentence, an adjunct, the verb and a colon; a long doing before the verb after an apposition.
  ['fa: a family name alone before the verb is the full name given before', 'این فیلم به کارگردانی سارا احمدی ساخته شد. احمدی هنگام دریافت جایزه گفت: «این جایزه مال همه گروه است.»', 'این جایزه مال همه گروه است.', 'سارا احمدی', null],
  ['fa: X، role، a long clause, و گفت:', 'علی رضایی، دبیر جشنواره، در مراسم اختتامیه از رکورد تعداد آثار خبر داد و گفت: «امسال دو هزار فیلم رسید.»', 'امسال دو هزار فیلم رسید.', 'علی رضایی', 'دبیر جشنواره'],
  ['fa counter: an office opening the sentence is no family name', 'وزیر نیرو در نشست خبری گفت: «امسال دو هزار فیلم رسید.»', 'امسال دو هزار فیلم رسید.', null, null],
  // ro: an apposition with the indefinite article, its age and relative clause dropped.
  ['ro: o pensionară de 74 de ani care …', '„Dormim îmbrăcați”, spune Maria Lungu, o pensionară de 74 de ani care locuiește la etajul trei.', 'Dormim îmbrăcați', 'Maria Lungu', 'o pensionară'],
  ['ro counter: a neighbour of ours is no role', '„Dormim îmbrăcați”, spune Maria Lungu, o vecină de-a noastră.', 'Dormim îmbrăcați', 'Maria Lungu', null],
  // hu: `– mondta az edző`: the article and a role noun alone after the verb are the person just named.
  ['hu: – fogalmazott a képviselő, aki … after a mid-paragraph dash', 'Az ellenzéki Kiss Ilona élesen bírálta a tervet. – Ez nem takarékosság, hanem feladás, és ezt mindenki tudja – fogalmazott a képviselő, aki szerint van pénz.', 'Ez nem takarékosság, hanem feladás, és ezt mindenki tudja', 'Kiss Ilona', 'képviselő'],
  ['hu: – mondta az edző after the head coach was introduced', 'Az egyesület vezetőedzője, Nagy Gábor lapunknak elmondta: a klub száz gyereke edz itt.\n\n„Ha bezárnak, nem tudjuk hova vinni a gyerekeket” – mondta az edző.', 'Ha bezárnak, nem tudjuk hova vinni a gyerekeket', 'Nagy Gábor', 'Az egyesület vezetőedzője'],
  // hu: a known role noun right after the name (`Tóth Erzsébet nyugdíjas is`) is the role of the person's later words.
  ['hu: X nyugdíjas, then a dash line with its subject left out', 'A közgyűlésen felszólalt Varga Ilona nyugdíjas is, aki minden reggel úszik. – Nekem ez a gyógytornám, ezt mondta az orvos is – mondta.', 'Nekem ez a gyógytornám, ezt mondta az orvos is', 'Varga Ilona', 'nyugdíjas'],
  ['hu counter: a word after the name that is no role noun is none', 'A közgyűlésen felszólalt Varga Ilona reggel, aki minden nap úszik. – Nekem ez a gyógytornám, ezt mondta az orvos is – mondta.', 'Nekem ez a gyógytornám, ezt mondta az orvos is', 'Varga Ilona', null],
  ['hu counter: no one named before, no one speaks', '„Ha bezárnak, nem tudjuk hova vinni a gyerekeket” – mondta az edző.', 'Ha bezárnak, nem tudjuk hova vinni a gyerekeket', null, null],
  // ru: a pronoun before the outlet spoken to is the subject (`заявил он «Outlet» после заседания`).
  ['ru: заявил он «…» после заседания', 'Адвокат Игорь Белов считает, что суд ошибся. «Мы будем обжаловать решение», — заявил он «Вечерним новостям» после заседания.', 'Мы будем обжаловать решение', 'Игорь Белов', 'Адвокат'],
  ['ru counter: a noun before the outlet is the recipient', '«Мы будем обжаловать решение», — рассказал газете «Вечер» адвокат Игорь Белов.', 'Мы будем обжаловать решение', 'Игорь Белов', 'адвокат'],
  // uk/ru: an untagged answer of a dash interview quoting someone inside it is the answer, the inner words part of it.
  ['uk: an answer holding «…» is the interviewee\'s', INTERVIEW, 'Так. Батько казав мені: «Працюй і не озирайся». Я так і роблю щодня.', 'Оксана Мельник', null],
];

attributionTable('Batch 15 and further languages 9', CASES);

describe('Batch 15: dash interviews in Ukrainian', () => {
  it('keeps the words quoted inside an answer as part of it, not a quote of their own', () => {
    expect(findQuotes(INTERVIEW).map((quote) => quote.text)).not.toContain('Працюй і не озирайся');
  });

  it('gives a statement put to "you" (Кажуть, ви …) to no one, and the answer after it to the interviewee', () => {
    const quotes = findQuotes(INTERVIEW);
    expect(quotes.find((quote) => quote.text.startsWith('Кажуть'))?.speaker ?? null).toBeNull();
    expect(quotes.find((quote) => quote.text.startsWith('Поки що ні'))?.speaker).toBe('Оксана Мельник');
  });

  it('leaves a tagged dash line holding quotation marks to the marks (counter-case)', () => {
    const quotes = findQuotes('Вона згадала розмову з батьком.\n\n— Він сказав мені «більше не приходь сюди ніколи», — розповіла Оксана Мельник.');
    expect(quotes.some((quote) => quote.text.startsWith('Він сказав'))).toBe(false);
  });
});
