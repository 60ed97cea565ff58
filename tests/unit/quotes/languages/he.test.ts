import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['אמר X after the quote', '"נפתח את הגשר במרץ", אמר דוד כהן.', 'נפתח את הגשר במרץ', 'דוד כהן', null],
  ['אמרה X after the quote', '"הגשר היה סגור יותר מדי זמן", אמרה רחל לוי.', 'הגשר היה סגור יותר מדי זמן', 'רחל לוי', null],
  ['X אמר: before the quote', 'דוד כהן אמר: "נפתח את הגשר במרץ."', 'נפתח את הגשר במרץ.', 'דוד כהן', null],
  ['a role before the name, after the quote', '"נפתח את הגשר במרץ", אמר שר התחבורה דוד כהן.', 'נפתח את הגשר במרץ', 'דוד כהן', 'שר התחבורה'],
  ['a role before the name, before the quote', 'ראש העיר דוד כהן אמר: "נפתח את הגשר במרץ."', 'נפתח את הגשר במרץ.', 'דוד כהן', 'ראש העיר'],
  ['an acronym role with a gershayim', '"נפתח את הגשר במרץ", אמר יו"ר הוועדה דוד כהן.', 'נפתח את הגשר במרץ', 'דוד כהן', 'יו"ר הוועדה'],
  ['Hebrew gershayim as quotation marks', '״נפתח את הגשר במרץ״, אמר דוד כהן.', 'נפתח את הגשר במרץ', 'דוד כהן', null],
  ['a low-high pair', '„נפתח את הגשר במרץ”, אמר דוד כהן.', 'נפתח את הגשר במרץ', 'דוד כהן', null],
  ['the site spoken to is not the speaker', '"נפתח את הגשר במרץ", אמר דוד כהן ל-ynet.', 'נפתח את הגשר במרץ', 'דוד כהן', null],
  ['reporters after the name', '"נפתח את הגשר במרץ", אמר דוד כהן לכתבים.', 'נפתח את הגשר במרץ', 'דוד כהן', null],
  ['הוסיפה alone: the last woman', 'רחל לוי אמרה: "החנות תיפתח ביום שני."\n\n"המחירים לא ישתנו", הוסיפה.', 'המחירים לא ישתנו', 'רחל לוי', null],
  ['אמר הוא', 'דוד כהן אמר: "נפתח את הגשר במרץ."\n\n"העובדים מוכנים", אמר הוא.', 'העובדים מוכנים', 'דוד כהן', null],
  ['לדברי X', 'לדברי רחל לוי, "החנות תיפתח ביום שני".', 'החנות תיפתח ביום שני', 'רחל לוי', null],
  ['a described speaker', '"אין נפגעים חדשים", אמר גורם במשרד.', 'אין נפגעים חדשים', 'גורם במשרד', null],
  ['an acronym in the sentence is no quotation mark', 'דובר צה"ל אמר: "אין נפגעים חדשים."', 'אין נפגעים חדשים.', 'דובר צה"ל', null],
  ['כי after the name', 'דוד כהן אמר כי "הגשר ייפתח במרץ".', 'הגשר ייפתח במרץ', 'דוד כהן', null],
  ['a family name alone is the full name written before', 'האקולוגית שירה גולן סופרת ציפורים.\n\n"ציפינו לעלייה גדולה השנה", אמרה גולן.', 'ציפינו לעלייה גדולה השנה', 'שירה גולן', 'האקולוגית'],
  ['בן ה-64: the man just named', 'ראש המועצה יוסי מזרחי אמר כי המצב קשה. "מאז שהתחילו העבודות ההכנסות ירדו בחצי", סיפר בן ה-64.', 'מאז שהתחילו העבודות ההכנסות ירדו בחצי', 'יוסי מזרחי', 'ראש המועצה'],
  ['she after a sentence opening with a name and a comma', 'רחל אדלר, בת 78 מקיבוץ כפר בלום, באה עם נכדיה. "אני מגיעה לכאן כל חורף כבר שלושים שנה", סיפרה.', 'אני מגיעה לכאן כל חורף כבר שלושים שנה', 'רחל אדלר', null],
  ['an occupation, a comma, then the name', 'החוקרת שירה גולן סופרת ציפורים.\n\n"ציפינו לעלייה גדולה השנה", הסביר פקח הרשות, דני אזולאי.', 'ציפינו לעלייה גדולה השנה', 'דני אזולאי', 'פקח הרשות'],
  ['an office in construct, a comma, the name, then אמרה', 'מנהלת מכון הטיהור, ענת גרין, אישרה כי אירעה תקלה. "התקלה תוקנה כבר אתמול בלילה", אמרה.', 'התקלה תוקנה כבר אתמול בלילה', 'ענת גרין', 'מנהלת מכון הטיהור'],
  ['בחיוך after the verb says how, not who', 'יעקב אוחיון, מוכר ירקות, עבר לשוק החדש. "פה יש מזגן, יש חניה, יש קונים", אמר בחיוך.', 'פה יש מזגן, יש חניה, יש קונים', 'יעקב אוחיון', null],
  ['a sentence opening with a name and a present-tense verb introduces him for סיפר בן ה-64', 'ראש העירייה מיכל אלון לא הסתירה את אכזבתה. "זה פשוט לא מקובל", אמרה.\n\nיוסי מזרחי מחזיק בחנות נעליים כבר שלושים שנה. "מאז שהתחילו העבודות, ההכנסות ירדו בחצי", סיפר בן ה-64.', 'מאז שהתחילו העבודות, ההכנסות ירדו בחצי', 'יוסי מזרחי', null],
  ['an occupation with its article, a name and a present verb after a place clause', 'מנהלת המכון, ענת גרין, אמרה: "נפתח בקרוב".\n\nעל החוף, המציל משה אברהם מסביר למתרחצים כי הכניסה אסורה. "אנשים כועסים, אבל זה לטובתם", אמר.', 'אנשים כועסים, אבל זה לטובתם', 'משה אברהם', 'המציל'],
  ['owners of the shops (a construct with the article) are no person: the earlier speaker stays', 'ראש העירייה מיכל אלון אמרה: "זה פשוט לא מקובל".\n\nבעלי העסקים מתקשים לשרוד. "אנחנו מחכים לתשובה", אמרה.', 'אנחנו מחכים לתשובה', 'מיכל אלון', 'ראש העירייה'],
  ['כתבה בגזר הדין: where she wrote is no name; the judge before the verb is', 'השופטת רונית שחר כתבה בגזר הדין: "אין מקום לעונש סמלי במקרה כזה".', 'אין מקום לעונש סמלי במקרה כזה', 'רונית שחר', 'השופטת'],
  ['a person introduced by הייתה before a comma, for סיפרה', 'השופטת רונית שחר גזרה את הדין.\n\nבין המתלוננים באולם הייתה דנה פרץ, שמשפחתה שילמה על מטבח. "שלוש שנים אנחנו מבשלים בסלון", סיפרה.', 'שלוש שנים אנחנו מבשלים בסלון', 'דנה פרץ', null],
  ['קם ואמר: the verb before ואמר is no subject', '"לא אמרתי דבר לחוקרים", אמר אלון ברק. בסוף הדיון קם ואמר: "אני מצטער על הכול".', 'אני מצטער על הכול', 'אלון ברק', null],
  // Politics, culture and court pages: comma groups with titles, adjuncts after the verb, passive relays, קם ואמר.
  ['an office, a comma group with a title (ח״כ), then אמרה with the family name', 'ראש האופוזיציה, ח״כ נועה ברגר, תקפה את התוכנית. ״זה תקציב של גימיקים״, אמרה ברגר.', 'זה תקציב של גימיקים', 'נועה ברגר', 'ראש האופוזיציה'],
  ['the comma group right before מסרה is the subject, for a later ציינה', 'דוברת משרד האוצר, מיכל דהן, מסרה כי הפרטים יפורסמו. ״אף משרד לא יקבל פטור״, ציינה.', 'אף משרד לא יקבל פטור', 'מיכל דהן', 'דוברת משרד האוצר'],
  ['a description, then the name in its comma group, then אמר:', 'לא כולם מרוצים. אחד מהם, ג\'מאל עבאס, אמר: "אנחנו מאבדים לקוחות בכל ערב".', 'אנחנו מאבדים לקוחות בכל ערב', 'ג\'מאל עבאס', null],
  ['a comma group of an adverb is no name', 'השר אבי שטרן אמר: "לא נעלה מסים".\n\nבינתיים, בשיחה עם כתבים, אמר: "נחכה להצבעה".', 'נחכה להצבעה', 'אבי שטרן', 'השר'],
  ['a place after the verb (אמרה בטקס הפתיחה) is no name', 'המנהלת האמנותית של הפסטיבל, תמר גלעדי, אמרה בטקס הפתיחה: "הקהל חזר".', 'הקהל חזר', 'תמר גלעדי', 'המנהלת האמנותית של הפסטיבל'],
  ['a name starting with ב after the verb is still a name', '"הקהל חזר", אמר ברק כהן.', 'הקהל חזר', 'ברק כהן', null],
  ['where he comes from (מהאוניברסיטה) ends the subject; פרופ׳ with a geresh (the occupation before it is the role)', 'הכלכלן פרופ׳ רון אליאב מהאוניברסיטה העברית אמר כי ההחלטה מסוכנת. ״הקיצוץ הבא יגיע לחינוך״, הזהיר.', 'הקיצוץ הבא יגיע לחינוך', 'רון אליאב', 'הכלכלן'],
  ['a title alone before the name stays the role', 'פרופ׳ רון אליאב מהאוניברסיטה העברית אמר כי ההחלטה מסוכנת. ״הקיצוץ הבא יגיע לחינוך״, הזהיר.', 'הקיצוץ הבא יגיע לחינוך', 'רון אליאב', 'פרופ׳'],
  ['ממשרד X נמסר: the ministry is described, not the last speaker', 'שר האוצר אבי שטרן אמר: ״לא נעלה מסים״.\n\nממשרד הביטחון נמסר בתגובה: ״קיצוץ בתקציב הביטחון אינו אפשרי״.', 'קיצוץ בתקציב הביטחון אינו אפשרי', 'משרד הביטחון', null],
  ['קם ואמר after an office and a titled name in commas: that person', 'יו״ר ההסתדרות, עו״ד שלמה ביטון, קם ואמר בסוף הישיבה: ״לא נסכים לפגיעה בשכר״.', 'לא נסכים לפגיעה בשכר', 'שלמה ביטון', 'יו״ר ההסתדרות'],
  ['an attorney in a comma group after a description introduces him for אמר', 'השופטת רונית שחר גזרה את הדין.\n\nבא כוחו של ברק, עו"ד גיל נחמיאס, ביקש עונש קל. "מרשי הודה והביע חרטה", אמר לאחר הדיון.', 'מרשי הודה והביע חרטה', 'גיל נחמיאס', null],
  ['X עצמו opens a sentence: him, for קם ואמר', 'השופטת רונית שחר כתבה: "העונש מוצדק".\n\nאלון ברק עצמו שתק לאורך הדיון. רק כשנשאל, קם ואמר בשקט: "אני מצטער".', 'אני מצטער', 'אלון ברק', null],
  ['an occupation with its article and an adjective, then the name and a comma', 'הבמאי סאמר חורי אמר: "עבדנו שנה".\n\nהשחקנית הוותיקה אורנה פז, בת 74, עלתה לבמה. "חשבתי שסיימתי", סיפרה בחיוך.', 'חשבתי שסיימתי', 'אורנה פז', 'השחקנית הוותיקה'],
  // The second batch: football — a כש clause and a place after the name, a captain with no reporting verb.
  ['a כש clause after the name is no part of it', '"אני עוד לא מבין מה קרה", אמר אשכנזי כשהוא עטוף בדגל הקבוצה.', 'אני עוד לא מבין מה קרה', 'אשכנזי', null],
  ['a place after the name (במסיבת העיתונאים) is no part of it', 'המאמן אלי דהן התרגש. "חלמנו על זה כל העונה", אמר דהן במסיבת העיתונאים.', 'חלמנו על זה כל העונה', 'אלי דהן', 'המאמן'],
  ['a definite noun, the name in commas, a verb of doing and a colon', 'המאמן אלי דהן אמר: "ניצחנו".\n\nהקפטן, עומר חביב, הקדיש את הניצחון לאוהדים: "הם נסעו איתנו לכל משחק".', 'הם נסעו איתנו לכל משחק', 'עומר חביב', 'הקפטן'],
  ['a sentence with no verb and no name before the colon names nobody', 'המאמן אלי דהן אמר: "ניצחנו".\n\nובסוף הערב עוד מילה: "תודה רבה לכל האוהדים שלנו".', 'תודה רבה לכל האוהדים שלנו', null, null],
  // The third batch: a council vote — a quote inside the introducing sentence, a member of the council.
  ['a sentence that introduces her before a quote of its own still does, for הוסיפה', 'ראש העיר, אורית בן חמו, אמרה בישיבה כי מדובר ב"תיקון של עוול". "מגיע להם לצאת מהבית בלי רכב", הוסיפה.', 'מגיע להם לצאת מהבית בלי רכב', 'אורית בן חמו', 'ראש העיר'],
  ['an office with where it sits, then the name in commas, for טען', 'חבר המועצה מהאופוזיציה, איתי שגיא, הצביע נגד. "זו החלטה פוליטית לפני בחירות", טען.', 'זו החלטה פוליטית לפני בחירות', 'איתי שגיא', 'חבר המועצה מהאופוזיציה'],

  // The fourth batch (intl9): an office in apposition at the sentence's end, "according to her" opening the next sentence.
  ['an office in apposition after the name, closed by the full stop', '"נפתח את המחלקה בקיץ", אמר ד"ר אבי לוין, מנהל בית החולים.', 'נפתח את המחלקה בקיץ', 'אבי לוין', 'מנהל בית החולים'],
  ['an occasion in apposition is no role', '"נפתח את המחלקה בקיץ", אמר אבי לוין, בשיחה טלפונית.', 'נפתח את המחלקה בקיץ', 'אבי לוין', null],
  ['לדבריה opens a sentence about her: its noun and verb are no person, הוסיפה is her', '"התור ארוך מאוד", אמרה שרה כהן, מנהלת המרפאה.\n\nלדבריה, העומס נובע בעיקר מסגירת המרפאות בערב. "אנחנו עושים את המקסימום", הוסיפה.', 'אנחנו עושים את המקסימום', 'שרה כהן', 'מנהלת המרפאה'],

  ['the outlet spoken to in marks (ל"…") ends no frame', 'ד"ר שרה כהן אמרה ל"חדשות הצפון" כי "המצב במחלקה קשה מאוד".', 'המצב במחלקה קשה מאוד', 'שרה כהן', 'ד"ר'],

  ['an office and name in commas before כתב במכתב: the subject, not the letter', 'מנכ"ל החברה, עומר גלעד, כתב במכתב לעובדים כי "זו ההחלטה הקשה ביותר שקיבלתי".', 'זו ההחלטה הקשה ביותר שקיבלתי', 'עומר גלעד', 'מנכ"ל החברה'],
  ['לדברי an occupation, a title, the name and where he is from opens the sentence: him, for אמר', 'לדברי הכלכלן ד"ר יואב פרידמן מאוניברסיטת תל אביב, הגל הנוכחי שונה. "הפעם מדובר בחברות בוגרות", אמר.', 'הפעם מדובר בחברות בוגרות', 'יואב פרידמן', 'הכלכלן'],
  ['מרשות X נמסר: the authority is described', 'מרשות החדשנות נמסר: "אנו עוקבים אחר המצב בשוק העבודה".', 'אנו עוקבים אחר המצב בשוק העבודה', 'רשות החדשנות', null],
  ['a description, then an office and the name in one comma group, for אמרה', 'אחת העובדות, מהנדסת התוכנה דנה רוזן, סיפרה כי פוטרה בזום. "לא היה שום סימן מוקדם", אמרה.', 'לא היה שום סימן מוקדם', 'דנה רוזן', 'מהנדסת התוכנה'],

  // Occupations written before a name like offices (intl9 lexicon pass).
  ['האחות X after the verb: the occupation is the role', '"המחלקה מלאה עד אפס מקום", אמרה האחות מיכל לוי.', 'המחלקה מלאה עד אפס מקום', 'מיכל לוי', 'האחות'],
  ['בעל המסעדה X: an office that starts like "in the" is no place', '"המחלקה מלאה עד אפס מקום", אמר בעל המסעדה יוסי לוי.', 'המחלקה מלאה עד אפס מקום', 'יוסי לוי', 'בעל המסעדה'],

  // The fourth intl9 batch: an office with its article standing for the person named, where a person is from, a committee in an office.
  ['כתבה השרה ברשת X: the minister just named', 'שרת החינוך יעל שמואלי קראה לצדדים לחזור לשולחן. "התלמידים לא צריכים לשלם את המחיר", כתבה השרה ברשת X.', 'התלמידים לא צריכים לשלם את המחיר', 'יעל שמואלי', 'שרת החינוך'],
  ['אמרה הדוברת after a body\'s words stays described', 'ממשטרת ישראל נמסר כי החקירה נמשכת. "אנחנו פועלים בכל הכלים", אמרה הדוברת.', 'אנחנו פועלים בכל הכלים', 'הדוברת', null],
  ['where she is from (מרמת גן) is no part of the name', '"אין לי מושג מה אעשה איתם", סיפרה מיכל אברהם מרמת גן, אם לשלושה.', 'אין לי מושג מה אעשה איתם', 'מיכל אברהם', null],
  ['a family name opening with מ at the end stays', '"אין לי מושג מה אעשה איתם", סיפרה רונית בן מימון.', 'אין לי מושג מה אעשה איתם', 'רונית בן מימון', null],
  ['an office over a committee (ועד), then the name after a comma at the sentence\'s end', '"אנחנו בעד המורים", אמר יו"ר ועד ההורים הארצי, אלי כהן.', 'אנחנו בעד המורים', 'אלי כהן', 'יו"ר ועד ההורים הארצי'],

  ['העריכה X: a verb of estimating reports the words', '"זו אחת הלהקות הגדולות בעשור", אמרה ד"ר טל שגב.\n\n"המדוזות יישארו כאן עד סוף החודש", העריכה שגב.', 'המדוזות יישארו כאן עד סוף החודש', 'טל שגב', null],
  // intl10: "according to him" right before the words is the person just named.
  ['לדבריו, right before the quote: the man just named', 'חבר מועצת העיר, יוסי בן שושן, הודיע כי יעלה את הנושא לדיון. לדבריו, "מדובר בהחלטה שנעשתה מעל ראשי התושבים".', 'מדובר בהחלטה שנעשתה מעל ראשי התושבים', 'יוסי בן שושן', 'חבר מועצת העיר'],
  ['counter-case: לדברי X, names X, not the person before', 'חבר מועצת העיר, יוסי בן שושן, הודיע כי יעלה את הנושא לדיון. לדברי רונית גבאי, "מדובר בהחלטה שנעשתה מעל ראשי התושבים".', 'מדובר בהחלטה שנעשתה מעל ראשי התושבים', 'רונית גבאי', null],
  // intl11: an office over a field then a comma and the titled name ending the sentence; a relative clause or an office set
  // off after the opening name; "he says" with the pronoun first; a present verb of a feature (מספר, מסבירה).
  ['an office with its field, a comma and the titled name closing the sentence', '"גילינו לוח שנה פנימי", אומרת ראש המעבדה לאקולוגיה של חרקים, פרופ\' מיכל רוזנבאום.', 'גילינו לוח שנה פנימי', 'מיכל רוזנבאום', 'ראש המעבדה לאקולוגיה של חרקים'],
  ['a relative clause set off after the opening name, then מספר; הוא אומר is him', 'דוקטורנט יואב פרץ, שהוביל את העבודה בשטח, מספר כי סימנו מאות דבורים. "זו הייתה עבודה סיזיפית", הוא אומר.', 'זו הייתה עבודה סיזיפית', 'יואב פרץ', 'דוקטורנט'],
  ['an office set off after the titled name is the role; a bare אמר after the quote is him, not the woman before', 'ראש המעבדה, פרופ\' מיכל רוזנבאום, אמרה: "התוצאה חשובה".\n\nד"ר אבי שטרן, אנטומולוג ממכון וולקני שלא היה מעורב במחקר, אמר ל"מדע וחברה" כי התוצאה מוקדמת. "צריך לחזור על הניסוי", אמר.', 'צריך לחזור על הניסוי', 'אבי שטרן', 'אנטומולוג ממכון וולקני'],
  ['counter-case: an office (שר) after the comma is no relative clause', 'דני כהן, שר החקלאות, אמר: "נתמוך בכוורנים".', 'נתמוך בכוורנים', 'דני כהן', 'שר החקלאות'],
  ['counter-case: a plural noun after ל is whom it was told, not a name', 'על החוף, המציל משה אברהם מסביר למתרחצים כי הכניסה אסורה. "זה לטובתם", אמר.', 'זה לטובתם', 'משה אברהם', 'המציל'],
  // intl12: a live blog's time stamp, an age after the name in its comma group, to our reporter (לכתבנו).
  ['an age after the name in the comma group (בת ה-74) and סיפרה לכתבנו', '23:41 | ראש העירייה, עו"ד רונן אלמוג, אמר: "הישארו בבתים".\n\n22:58 | תושבת השכונה, מרים אבוטבול בת ה-74, סיפרה לכתבנו כי המים נכנסו. "שמעתי רעש כמו רכבת", אמרה.', 'שמעתי רעש כמו רכבת', 'מרים אבוטבול', null],
  ['a live blog\'s time stamp opens no clause: the office is carried', '23:41 | ראש עיריית נהריה, עו"ד רונן אלמוג, הודיע כי הלימודים בוטלו. "אני מבקש מכל התושבים להישאר בבתים", כתב.', 'אני מבקש מכל התושבים להישאר בבתים', 'רונן אלמוג', 'ראש עיריית נהריה'],
  ['an acronym after the office (פרמדיק מד"א) is the body it serves, part of the role', '22:30 | פרמדיק מד"א אלון שגיא מסר כי טופלו שלושה פצועים. לדבריו, "רובם החליקו ונפלו".', 'רובם החליקו ונפלו', 'אלון שגיא', 'פרמדיק מד"א'],
  // q-intl batch 13: an office in apposition after a name opening a sentence, an office before a profession and the name.
  ['a name opening the sentence, its office in apposition up to a place, then "…", הוא אומר', 'ראובן שטרן, בעל חנות לכלי בית ברחוב הגפן, מסכים איתה. "בלי חניה אני סוגר את החנות", הוא אומר.', 'בלי חניה אני סוגר את החנות', 'ראובן שטרן', 'בעל חנות לכלי בית'],
  ['an acronym office in apposition (יו"ר ועד השכונה), then אמרה', 'סמאח ח\'ורי, יו"ר ועד השכונה, בירכה על ההחלטה. "חיכינו לזה עשר שנים", אמרה.', 'חיכינו לזה עשר שנים', "סמאח ח'ורי", 'יו"ר ועד השכונה'],
  ['counter-case: a resident (תושב) in apposition is no office', 'ראובן שטרן, תושב השכונה מזה 30 שנה, מסכים איתה. "בלי חניה אני סוגר את החנות", הוא אומר.', 'בלי חניה אני סוגר את החנות', 'ראובן שטרן', null],
  ['an office before a profession and the name (מהנדס העיר, האדריכל X,) is the role', 'מהנדס העיר, האדריכל עמית גולן, הסביר כי הפארק יתוכנן עם התושבים: "נקיים שלושה מפגשים".', 'נקיים שלושה מפגשים', 'עמית גולן', 'מהנדס העיר'],
  // Batch 14 (a sports site): a player's position before the name, a clause set off after it; a sentence adverb before an office.
  ['a position (הגארד) before the name, a relative clause set off after it', 'הגארד עידו שגיא, שקלע 11 נקודות ברבע האחרון, סיפר: "לא ישנתי כל הלילה לפני המשחק".', 'לא ישנתי כל הלילה לפני המשחק', 'עידו שגיא', 'הגארד'],
  ['מנגד, (on the other hand) before an office and a name in commas: the name speaks the words that follow', 'מנגד, מאמן הקבוצה, יוסי כהן, לא הסתיר את אכזבתו. "הפסדנו בריבאונד ואי אפשר לנצח ככה", אמר.', 'הפסדנו בריבאונד ואי אפשר לנצח ככה', 'יוסי כהן', 'מאמן הקבוצה'],
  ['counter-case: the office and the name with no adverb before them', 'מאמן הקבוצה, יוסי כהן, לא הסתיר את אכזבתו. "הפסדנו בריבאונד ואי אפשר לנצח ככה", אמר.', 'הפסדנו בריבאונד ואי אפשר לנצח ככה', 'יוסי כהן', 'מאמן הקבוצה'],
  ['a past verb shaped like a definite noun (הגיע) opens no doer clause: לדבריו stays with the player', 'עידו שגיא סיפר: "לא ישנתי". שגיא, בן 22 בלבד, הגיע לקבוצה בקיץ מהליגה הלאומית. לדבריו, "המאמן נתן לי ביטחון מהיום הראשון".', 'המאמן נתן לי ביטחון מהיום הראשון', 'עידו שגיא', null],
  ['counter-case: a known occupation with its article opens the doer clause (המציל X מסביר)', 'על החוף, המציל משה אברהם מסביר למתרחצים: "הים סוער היום".', 'הים סוער היום', 'משה אברהם', 'המציל'],
  // Session 14: where the person comes from (מה…) after a name opening the sentence is no part of it.
  ['a title, a name and where the person comes from, then an office in commas: the name alone', 'ד"ר מיכל כהן מהאוניברסיטה, חוקרת אקלים, אמרה כי השינוי מהיר. "הים עולה מהר יותר ממה שחשבנו לפני עשור", אמרה.', 'הים עולה מהר יותר ממה שחשבנו לפני עשור', 'מיכל כהן', 'חוקרת אקלים'],
  ['counter-case: a family name that opens with מה, second in the name, stays', 'ד"ר מיכל מהרי, חוקרת אקלים, אמרה כי השינוי מהיר. "הים עולה מהר יותר ממה שחשבנו לפני עשור", אמרה.', 'הים עולה מהר יותר ממה שחשבנו לפני עשור', 'מיכל מהרי', 'חוקרת אקלים'],
  ['an office, the name, then an aside about her before the verb', 'מנהלת הספרייה, דנה אלמוג, אם לשניים שגרה בשכונה, אמרה: "נפתח את האולם החדש בקיץ."', 'נפתח את האולם החדש בקיץ.', 'דנה אלמוג', 'מנהלת הספרייה'],
  ['counter-case: a name and an aside alone (no office) is the name with the aside as its role', 'דנה אלמוג, מנהלת הספרייה, אמרה: "נפתח את האולם החדש בקיץ."', 'נפתח את האולם החדש בקיץ.', 'דנה אלמוג', 'מנהלת הספרייה'],
  ['a lone given name, then a pupil in construct with the class, for אמר', 'יואב, תלמיד כיתה ד\', עמד ליד השער. "אני אוהב את המורה שלנו", אמר בשקט.', 'אני אוהב את המורה שלנו', 'יואב', null],
  ['counter-case: a connective before the comma is no given name', 'רחל לוי אמרה: "החנות תיפתח ביום שני."\n\nלכן, תושב השכונה, שגר כאן שנים, מחה. "זה לא הוגן", אמרה.', 'זה לא הוגן', 'רחל לוי', null],
  // Session 49: "that" glued to a small word (`שאין`, `שיש`) after a pronoun and its verb opens a clause, never a name.
  ['היא הבהירה שאין …: the clause after "that" names no one; the quote after is the woman named before', 'מנהלת המחלקה, דליה שמחוני, נפגשה אתמול עם ההורים. בשיחה עם העיתון היא הבהירה שאין בכוונתה לוותר.\n\n"אני מבינה את ההורים, אבל אין לנו תקציב."', 'אני מבינה את ההורים, אבל אין לנו תקציב.', 'דליה שמחוני', 'מנהלת המחלקה'],
  ['counter-case: a given name opening with ש (שירה) after the verb stays a name', '"אין לנו תקציב לגנים", אמרה שירה אלקובי.', 'אין לנו תקציב לגנים', 'שירה אלקובי', null],
  ['an abbreviation in straight marks (מנכ"לית) before the name is no quotation mark', 'מנכ"לית החברה, נורית בן-דוד, דחתה את הטענות. "אף עובד לא יפוטר", אמרה בן-דוד.', 'אף עובד לא יפוטר', 'נורית בן-דוד', 'מנכ"לית החברה'],
];

attributionTable('Hebrew', CASES);
