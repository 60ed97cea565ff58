import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/**
 * Arabic, Hebrew and Greek kinds from the non-Latin batch (quotes-ar-*, quotes-he-*, quotes-el-*): a woman described by
 * what she does, a body with a prefix saying something (`באוניברסיטת …`), an unnamed source's clause, a relative clause
 * about a company taken for a role, a verb with shadda, `بأن` after a verb, "but" before the subject, a definite office
 * with no holder. Right to left, no capitals. Each kind has counter-cases it must leave alone.
 */
const CASES: KindCase[] = [
  // 1. Arabic: a person described by what they do, no article, is no name (lang/arabic-described.ts).
  ['ar قالت ربة بيت في الخمسينات', 'وأكد المندوب سعيد الحمداني أن الوزارة تتابع الوضع.\n\nوفي السوق، قالت ربة بيت في الخمسينات من عمرها: "الأسعار لم تعد تحتمل".', 'الأسعار لم تعد', DESCRIBED, null],
  ['ar a sentence opening with ربّة منزل أخرى, then قالت', 'وقالت نوال الشامي، وهي ربة منزل: "سأدفع ضعف المبلغ".\n\nربّة منزل أخرى من الحي، فضّلت عدم ذكر اسمها، قالت: "لا توجد حافلات قريبة منا".', 'لا توجد حافلات', DESCRIBED, null],
  ['ar قال بائع في متجر', 'وقال مدير الغرفة التجارية فادي نصار: "الحركة ضعيفة".\n\nوقال بائع في متجر للملابس: "الزبائن قليلون هذا الشهر".', 'الزبائن قليلون', DESCRIBED, null],
  ['ar a body as the verb\'s subject (نقابة …) is described', 'وقال التاجر منير السعدي: "البيع ضعيف".\n\nوقالت نقابة تجار الجملة، في بيان، إن ارتفاع الأسعار "لا علاقة له بالمضاربة على الإطلاق".', 'لا علاقة له', DESCRIBED, null],
  ['counter: ar the spokesman of a body (الناطق باسم تجمّع …) is the person', 'وقال الناطق باسم تجمّع أهالي الحي، المحامي يوسف بني هاني، إن "الأهالي دفعوا فواتيرهم كاملة".', 'الأهالي دفعوا', 'يوسف بني هاني', 'الناطق'],
  ['counter: ar a kunya (أم خالد) is a name', 'قال المهندس عمر الزعبي: "المضخة وصلت".\n\nوقالت أم خالد إنها سمعت الوعود نفسها. "كل يوم يقولون غداً"، قالت بغضب.', 'كل يوم يقولون', 'أم خالد', null],
  ['counter: ar an office with the article before a name stays that person', 'وقالت الطالبة سارة المطيري: "الامتحان كان صعباً".', 'الامتحان كان', 'سارة المطيري', 'الطالبة'],

  // 2. Arabic: "but" before the subject, a shadda on the verb, بأن after it.
  ['ar غير أن X، وهي …، قالت … then قالت بغضب', 'قال المهندس عمر الزعبي: "المضخة وصلت".\n\nغير أن أم خالد، وهي أم لخمسة أطفال، قالت إنها سمعت الوعود نفسها. "كل يوم يقولون غداً"، قالت بغضب.', 'كل يوم يقولون', 'أم خالد', null],
  ['ar وصرّح X … بأن with a shadda', 'وصرّح رشيد الإدريسي، رئيس جمعية البحارة، بأن "المراكب تعود بنصف حمولتها".', 'المراكب تعود', 'رشيد الإدريسي', 'رئيس'],
  ['ar غير أن, an office, then بجامعة … in apposition: the body is where the person works, the person comes next', 'وقال حسن العلوي، المدير الجهوي للفلاحة، في تصريح: «لا أحد يريد أن يقول للفلاح لا تزرع».\n\nوأشار المسؤول إلى برنامج لدعم التحول إلى السقي بالتنقيط.\n\nغير أن الخبير في الموارد المائية، الأستاذ بجامعة الملك فهد، سامي الحربي العتيبي، يرى أن الحل ليس سهلا. «التنقيط يوفر الماء في الحقل لكنه يوسع المساحات المزروعة»، يقول الحربي العتيبي.', 'التنقيط يوفر', 'سامي الحربي العتيبي', 'الخبير'],
  ['counter: ar مؤكدًا أن (tanween) far after the subject leaves the sentence\'s person', 'من جانبه، أوضح المهندس سالم بن خميس الرواحي، مدير دائرة المياه بالولاية، أن الوزارة تتابع الوضع، مؤكدًا أن "النقص لا يعود إلى سبب واحد فقط".\n\nوقال الرواحي: "سنبدأ العام المقبل برنامجًا جديدًا".', 'سنبدأ العام', 'سالم بن خميس الرواحي', 'مدير دائرة المياه'],
  ['ar وأفاد بأن, the subject named in the sentence before', 'أكد المندوب الجهوي، محمد بنعلي، أن الوزارة تتابع الوضع. وأفاد بأن "فترة الراحة البيولوجية ستمدد بشهر".', 'فترة الراحة', 'محمد بنعلي', ANY],

  // 3. Hebrew: a body with ב glued to it and a plural verb is described; an unnamed source's clause; a participle about a company.
  ['he באוניברסיטת X אמרו:', 'משה דנינו אמר כי העירייה תממן קווים. "נרחיב לשכונות", אמר.\n\nבאוניברסיטת הגליל אמרו: "אנחנו עוקבים אחרי הנתונים".', 'אנחנו עוקבים', DESCRIBED, null],
  ['he במכללה (ה elided after ב) הגיבו:', 'משה דנינו אמר כי העירייה תממן קווים. "נרחיב לשכונות", אמר.\n\nבמכללה האזורית הגיבו: "הלימודים יתקיימו כרגיל בשבוע הבא".', 'הלימודים יתקיימו', DESCRIBED, null],
  ['he a speaker whose clause says her name is not to be published', '"המדינה לא יכולה להשאיר אותנו לבד", אמר מזכיר התנועה, עמית שגיא.\n\nמגדלת ירקות מהעמק, שביקשה שלא לפרסם את שמה, סיפרה כי שקלה לעזוב. "חזרתי לכאן אחרי התואר", אמרה.', 'חזרתי לכאן', DESCRIBED, null],
  ['he a participle with its object after the company is no role', 'מנכ״ל חברת "קווי הגליל", המפעילה את הקווים, אבי מזרחי, אמר כי החברה גייסה נהגים. "השכר עלה", הוסיף.', 'השכר עלה', 'אבי מזרחי', 'מנכ״ל'],
  ['counter: he an office and a name in commas keep that office', 'ראש המועצה, רונית לוי, אמרה כי העבודות יסתיימו. "נפתח בספטמבר", אמרה.', 'נפתח בספטמבר', 'רונית לוי', 'ראש המועצה'],
  ['counter: he a person at an institution (מ glued) is that person', 'ד״ר נועה ברק מהאוניברסיטה העברית אמרה: "הממצאים מפתיעים".', 'הממצאים מפתיעים', 'נועה ברק', ANY],

  // 4. Greek: a definite office opening the sentence, no one named with it before, then a verb with no subject (lang/greek-unnamed.ts).
  ['el Ο δήμαρχος ζήτησε … then τόνισε', 'Η Ελένη Βλάχου, ιδιοκτήτρια καφέ, βλέπει και τις δύο πλευρές. «Δουλεύουμε διπλά», λέει.\n\nΟ δήμαρχος ζήτησε όριο αφίξεων ανά ημέρα. «Θέλουμε τουρισμό, όχι υπερτουρισμό», τόνισε.', 'Θέλουμε τουρισμό', DESCRIBED, null],
  ['counter: el the mayor named before with the office is him', 'Ο δήμαρχος Νίκος Καλλέργης μίλησε στο συμβούλιο. «Δουλεύουμε διπλά», είπε.\n\nΟ δήμαρχος ζήτησε όριο αφίξεων. «Θέλουμε τουρισμό, όχι υπερτουρισμό», τόνισε.', 'Θέλουμε τουρισμό', 'Νίκος Καλλέργης', ANY],
];

kindTable('Arabic, Hebrew and Greek kinds of the non-Latin batch', CASES);
