import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/**
 * Kinds from batch intl5 (quotes-{ru,uk,ar,he,ja,zh,ko}-i5-*, written before their first run), each with a case that
 * failed before its rule and a counter-case it must leave alone. None of the sentences is from the batch.
 */
const CASES: KindCase[] = [
  // 1. Japanese: the cleft after a quote, whatever its verb (`こう分析するのは`), an age in full-width digits before だ.
  ['ja 「…」。こう分析するのは…X氏だ', '「需要は戻りつつある」。こう分析するのは、北浜証券のアナリスト、岡田光氏だ。', '需要は戻りつつ', '岡田光', 'アナリスト'],
  ['ja 「…」。そう話すのは…X さん（４１）だ (full-width age)', '「雪が少ないと困る」。そう漏らすのは、スキー場で働く森本圭さん（４１）だ。', '雪が少ないと', '森本圭', ANY],
  ['counter: ja 「…」。そう感じるのは私だけではない names no one', '「雪が少ないと困る」。そう感じるのは私だけではない。', '雪が少ないと', UNNAMED, ANY],

  // 2. The sentence after a quote standing alone names its speaker: Russian/Ukrainian `Так X ответил`, Arabic `بهذه الكلمات
  // ختم X`, Korean `"…" 박씨는 …` (lang/next-sentence.ts), before the unnamed speaker of the quote before.
  ['ru «…». Так X ответил … (after an unnamed speaker)', 'Директор завода Олег Пастухов подтвердил планы.\n\nОдин из рабочих, попросивший не называть его имени, сказал: «Посмотрим, что будет».\n\n«Завод мы не закроем». Так Пастухов ответил на вопрос о будущем цеха.', 'Завод мы не закроем', 'Олег Пастухов', ANY],
  ['uk «…». Такими словами X завершила …', 'Голова громади Ірина Лозова відкрила сесію.\n\nОдна з мешканок сказала: «Ми чекаємо води».\n\n«Воду дамо до зими». Такими словами Лозова завершила зустріч.', 'Воду дамо до зими', 'Ірина Лозова', ANY],
  ['ar «…». بهذه العبارة ختم X حديثه', 'وقال المدرب سمير الحلو إن الفريق جاهز.\n\nوقالت مشجعة جاءت من صفاقس: «سنعود الأسبوع المقبل».\n\n«الموسم طويل ولم ينته بعد». بهذه العبارة ختم الحلو حديثه.', 'الموسم طويل', 'سمير الحلو', ANY],
  ['ko "…" 박씨는 … (after an unnamed speaker)', '박민호(45)씨는 "올해는 힘들다"고 말했다.\n\n한 농협 직원은 "물량이 줄었다"고 전했다.\n\n"내년엔 나아지겠죠." 박씨는 웃으며 밭으로 향했다.', '내년엔 나아지겠죠', '박민호', ANY],
  ['counter: ru «…». Так считают в мэрии names no one new', 'Одна из жительниц сказала: «Дорогу не чинят».\n\n«Денег нет». Так считают в мэрии.', 'Денег нет', UNNAMED, ANY],
  ['counter: ar بهذه الكلمات … someone never named stays unnamed', 'وقالت مشجعة جاءت من صفاقس: «سنعود الأسبوع المقبل».\n\n«الموسم طويل ولم ينته بعد». بهذه الكلمات رد أحد المشجعين.', 'الموسم طويل', UNNAMED, ANY],
  ['counter: ko "…" 정부는 … (a body) names no one', '한 주민은 "물이 부족하다"고 말했다.\n\n"대책이 필요하다." 정부는 아직 답이 없다.', '대책이 필요하다', UNNAMED, ANY],

  // 3. Arabic: an indefinite noun for a person with a clause after it (`مشجعة جاءت من …`: no relative pronoun after an
  // indefinite noun), an indefinite occupation in construct read as role and name (`سائق شاحنة آسيوي`), and one brought in
  // after a place (`وفي الصالة، قال مسافر كان …`), are someone unnamed.
  ['ar وقالت مشجعة جاءت من … is described', 'وقال المدرب سمير الحلو إن الفريق جاهز. وقالت مشجعة جاءت من صفاقس: «سنعود الأسبوع المقبل».', 'سنعود الأسبوع', DESCRIBED, null],
  ['ar قال عامل بناء مصري is described', 'وقال المدير سامي الحسني إن العمل مستمر. وقال عامل بناء مصري: «نعمل حتى الليل».', 'نعمل حتى الليل', DESCRIBED, null],
  ['ar وفي الصالة، قال مسافر كان … ثم وتابع: is the passenger', 'وقال العقيد فهد الكندري: «الطرق مفتوحة الآن».\n\nوفي صالة الوصول، قال مسافر كان قادما من عمان إن رحلته تأخرت. وتابع: «لم يخبرنا أحد بشيء».', 'لم يخبرنا أحد', DESCRIBED, null],
  ['counter: ar قال العامل محمد منصور names him', 'وقال العامل محمد منصور: «نعمل حتى الليل».', 'نعمل حتى الليل', 'محمد منصور', ANY],

  // 4. Arabic: a given name compounded with الدين is one name, so the family name alone finds it.
  ['ar فوزي after الدكتور نور الدين فوزي', 'وقال المتحدث باسم الوزارة، الدكتور نور الدين فوزي، إن الفريق وصل. وأكد فوزي: «لن يتوقف العلاج».', 'لن يتوقف العلاج', 'نور الدين فوزي', 'المتحدث'],
  ['counter: ar a definite word that is no الدين stays out of the name', 'وقال رئيس البلدية المهندس كريم الحداد إن العمل بدأ. وأكد الحداد: «سننتهي في مارس».', 'سننتهي في مارس', 'كريم الحداد', ANY],

  // 5. Arabic: a bare `المتحدث` (the speaker) is whoever was quoted just before; alone, it stays a description.
  ['ar ويضيف المتحدث: after a named speaker', 'وقال مدير المهرجان، المخرج عادل بوعلام، للصحيفة: «فتحنا الخشبة للشباب».\n\nويضيف المتحدث: «الميزانية تقلصت».', 'الميزانية تقلصت', 'عادل بوعلام', ANY],
  ['counter: ar وقال المتحدث: with no one before is described', 'وقال المتحدث: «لا توجد إصابات جديدة».', 'لا توجد إصابات', DESCRIBED, null],

  // 6. Arabic: after a spokesperson's noun, باسم is "on behalf of" (not the name Basem); the name comes after the body.
  ['ar دعا الناطق باسم الإدارة العامة للدفاع المدني العقيد X … وقال:', 'ودعا الناطق الرسمي باسم الإدارة العامة للدفاع المدني العقيد حمد المطيري السكان إلى الحذر. وقال: «الأمطار ستستمر حتى الليل».', 'الأمطار ستستمر', 'حمد المطيري', 'الناطق'],
  ['counter: ar وقال المتحدث باسم الوزارة إن … stays the spokesperson, unnamed', 'وقال المتحدث باسم الوزارة إن الدعم قادم: «سنرسل أساتذة جددا».', 'سنرسل أساتذة', UNNAMED, ANY],

  // 7. Chinese: a note in brackets after an office (`總監（營運）`), where it was said before the name after the quote, a
  // deputy's 副 on the office, 助理 as an office, 何太 as a woman named, and `…之一、一名…` as someone unnamed.
  ['zh 總監（營運）X表示：', '港鐵公司總監（營運）鄭家豪昨日表示：「列車班次會加密。」', '列車班次會加密', '鄭家豪', '總監'],
  ['zh ”在…里，45岁的菜农X告诉记者', '“今年菜价还算稳。”在城郊的大棚里，45岁的菜农何德明一边摘菜一边告诉记者。', '今年菜价还算稳', '何德明', '菜农'],
  ['zh 副院长X after a long body (the deputy stays on the office)', '江西省南昌市第一人民医院副院长许文涛介绍了情况。“床位够用。”许文涛说。', '床位够用', '许文涛', '副院长'],
  ['zh 董事长助理X is X', '海通物流公司董事长助理江晓燕表示：“运费不会上涨。”', '运费不会上涨', '江晓燕', '助理'],
  ['zh 何太 … 她說 is 何太', '求診的何太對本報說：「等咗好耐。」\n\n醫院發言人梁志強表示：「會加派人手。」\n\n何太最終獲安排見醫生。「終於見到醫生。」她說。', '終於見到醫生', '何太', ANY],
  ['zh 證人之一、一名… is someone unnamed', '辯護律師周文彬說：「我們會上訴。」\n\n證人之一、一名50多歲的貨車司機在庭外說，他看到了經過。「我只是說出事實，」他說。', '我只是說出事實', DESCRIBED, null],
  ['counter: zh a note after the name (an age) stays the name\'s', '王明（41歲）表示：「會加派人手。」', '會加派人手', '王明', ANY],
  ['counter: zh 太 as "too" after a name is no form of address', '陳大文說：「今年太熱。」', '今年太熱', '陳大文', ANY],

  // 8. Hebrew: a body's name in marks inside the tag does not cut the frame of the part after it; a noun with `של` or an
  // adjective is someone unnamed; `הדס` is a given name, no article; a lone family name then a present verb opens a
  // sentence about that person; `הגארד בן ה-24` is the person of that age.
  ['he the second part after a tag holding "…" (a body) is the same person', '"העומס חסר תקדים", אמר מנהל המחלקה במרכז הרפואי "עמק השלום", ד"ר יוסי ברגר. "אין מיטות פנויות".', 'אין מיטות פנויות', 'יוסי ברגר', ANY],
  ['he אמרה קרובת משפחה של מטופלת is described', 'ד"ר יוסי ברגר אמר כי העומס גדול. "חיכינו עשר שעות", אמרה קרובת משפחה של מטופלת.', 'חיכינו עשר שעות', DESCRIBED, null],
  ['he אוהד ותיק של הקבוצה, ש…, אמר: is described', 'המאמן, משה אלון, אמר: "שיחקנו טוב".\n\nאוהד ותיק של הקבוצה, שמגיע למשחקים כבר 30 שנה, אמר: "לא ראיתי דבר כזה".', 'לא ראיתי דבר', DESCRIBED, null],
  ['he דוברת המשטרה, הדס X, מסרה:', 'דוברת המשטרה, הדס אברהם, מסרה: "החקירה נמשכת".', 'החקירה נמשכת', 'הדס אברהם', 'דוברת'],
  ['he X לא משתכנעת. "…", הבטיחה (a lone family name)', '"נמשיך להפגין", אמרה מיכל שגיא, מראשי המחאה.\n\nראש העיר, יורם גל, השיב: "התוכנית תתקדם".\n\nשגיא לא משתכנעת. "נחזור בשבוע הבא", הבטיחה.', 'נחזור בשבוע הבא', 'מיכל שגיא', ANY],
  ['he הוסיף הבלם בן ה-29 is the player of that age', 'הבלם רון עזרא (29) כבש את השער. "זה היה רגע מיוחד", סיפר עזרא.\n\n"אני מקדיש אותו לאבא שלי", הוסיף הבלם בן ה-29.', 'אני מקדיש אותו', 'רון עזרא', ANY],
  ['counter: he a name with a relative clause stays the name', 'יעל ברק, שמובילה את המחאה, אמרה: "נגיע לכל ישיבה".', 'נגיע לכל ישיבה', 'יעל ברק', ANY],
  ['counter: he a definite noun after the verb is still a description of no one named', '"המצב קשה", אמר תושב השכונה.', 'המצב קשה', UNNAMED, ANY],

  // 9. Russian/Ukrainian: the author's words inside one pair of marks with any past verb and a capitalised name
  // (`— парировал X. —`); a Q&A lead-in with a place between the noun and the name in the instrumental.
  ['ru «A, — парировал X. — B» gives B to X', 'Депутат Игорь Смолин выступил первым. «Бумага всё стерпит — дороги нет, — парировал Смолин. — Люди всё видят сами».', 'Люди всё видят', 'Игорь Смолин', ANY],
  ['uk Q&A: з фермеркою із села X Оленою Y (instrumental) is Олена Y', 'Ми поговорили з фермеркою із села Луки Оленою Бойко.\n— Скільки ви втратили?\n— Майже половину врожаю.', 'Майже половину', 'Олена Бойко', ANY],
  ['counter: ru «A, — вообще говоря, — B» is one quote', 'Депутат Игорь Смолин сказал: «Мы, вообще говоря, — против, — и это всё».', 'Мы, вообще говоря', 'Игорь Смолин', ANY],

  // 10. Korean: a broadcaster's caption on its own line names who speaks in the paragraph under it; `위원장을 맡은 X 씨는`
  // gives the office held (an office written after the name still wins).
  ['ko [인터뷰:X/직함] on its own line, the quote in the next paragraph', '법원은 징역 5년을 선고했습니다.\n\n[인터뷰:문지아/피해 세입자]\n\n"5년이면 너무 짧습니다. 저희는 아직 집이 없어요."', '5년이면 너무', '문지아', '세입자'],
  ['ko after a caption speaker, a bare quote under `위원장을 맡은 X 씨는 … 열었습니다.` is X', '[인터뷰:문지아/피해 세입자]\n\n"5년이면 너무 짧습니다. 저희는 아직 집이 없어요."\n\n주민대책위원회 위원장을 맡은 오태식 씨는 법원 앞에서 기자회견을 열었습니다.\n\n"검찰은 즉시 항소해 주십시오. 피해자 대부분이 청년입니다."', '검찰은 즉시', '오태식', '위원장'],
  ['ko 대책위원장을 맡은 X 씨는 "…"', '주민대책위원회 위원장을 맡은 오태식 씨는 "공사를 멈춰야 한다"고 말했다.', '공사를 멈춰야', '오태식', '위원장'],
  ['counter: ko 위원장을 맡은 X 차관은 keeps the office after the name', '협의체 위원장을 맡은 송민재 국토교통부 차관은 "합의를 지키겠다"고 말했다.', '합의를 지키겠다', '송민재', '차관'],
  ['counter: ko a caption line not right above the quote names no one for it', '[인터뷰:문지아/피해 세입자]\n\n검찰은 항소를 검토하고 있습니다.\n\n"판결문을 면밀히 분석한 뒤에 항소 여부를 결정하겠다"고 검찰 관계자가 말했습니다.', '판결문을 면밀히', UNNAMED, ANY],

  // 11. Japanese: `広報担当、X さん` gives the office before the comma.
  ['ja …の広報担当、X さんは', '北陸鉄道の広報担当、村井佳子さんは「運転再開は未定です」と話しています。', '運転再開は未定', '村井佳子', '広報担当'],
  ['counter: ja 担当者 alone is someone unnamed', '北陸鉄道の担当者は「運転再開は未定です」と話しています。', '運転再開は未定', DESCRIBED, null],

  // 12. Arabic: `أحد <nisba plural>` after a short opener (`في المقابل، انتقد أحد المسرحيين …`) brings in someone unnamed.
  ['ar في المقابل، انتقد أحد المسرحيين المخضرمين، …: is described', 'وقالت الممثلة ليلى بن سالم: «انتظرت ثلاث سنوات».\n\nفي المقابل، انتقد أحد المسرحيين المخضرمين، فضّل عدم ذكر اسمه، غياب الندوات: «نعرض ونصفق ونذهب».', 'نعرض ونصفق', DESCRIBED, null],
  ['counter: ar في المقابل، انتقد المخرج X … names X', 'في المقابل، انتقد المخرج كمال بن سالم غياب الندوات: «نعرض ونصفق ونذهب».', 'نعرض ونصفق', 'كمال بن سالم', ANY],

  // 13. Russian/Ukrainian: a role before a name with a quoted body and an age between (`Основатель «…» 61-летний X`);
  // a relation noun and a family name in the genitive (`Сусід Гуцула`) is someone unnamed; a descriptor with a relative
  // clause in the tag (`— додала молода мама, яка …`) brings in someone new.
  ['ru Основатель «…» 61-летний X: the role without the age', 'Основатель «Хлебодара» 58-летний Аркадий Ляхов продаёт бизнес. «Конкурировать в одиночку невозможно», — сказал Ляхов.', 'Конкурировать в', 'Аркадий Ляхов', 'основатель'],
  ['uk Сусід X-genitive, …, каже: is described', 'Ми поговорили з садівником Петром Ковалем.\n\nСусід Коваля, літній пасічник, каже: «Такого травня я не пам\'ятаю».', 'Такого травня', DESCRIBED, null],
  ['uk — додала молода мама, яка … is described', 'Заступниця мера Олена Гриценко пообіцяла автобус.\n\n«Син їздить до коледжу тролейбусом», — додала молода мама, яка чекала на зупинці.', 'Син їздить', DESCRIBED, null],
  ['counter: uk — поділилася молода мама (no clause) is the woman just named', 'Заступниця мера Олена Гриценко пообіцяла автобус. «Син їздить до коледжу тролейбусом», — поділилася молода мама.', 'Син їздить', 'Олена Гриценко', ANY],
  ['counter: ru a relation noun before a full name is the role of that name', 'Соседка Анна Лаптева, пенсионерка, сказала: «Мы ждём уже год».', 'Мы ждём уже год', 'Анна Лаптева', ANY],
];

kindTable('kinds of batch intl5 (ru uk ar he ja zh ko)', CASES);
