// Kinds the twenty-third session read (a twelfth private set of invented articles, ten of them American political
// copy), each in fresh sentences of my own (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

/**
 * English sources after the quote: `according to` opening the frame wins over a verb later in it, and an owner's role
 * then the name is that person (cues.ts, trailing-name.ts); a document's signer speaks for a tag that names no one
 * (signed-by.ts).
 */
const ENGLISH_SOURCES: KindCase[] = [
  ['en: `according to X’s field director, Y, who …`', 'Polls closed early in Ward 6.\n\n“Our count in the river wards is well ahead of last spring,” according to Ruiz’s field director, Omar Velde, who briefed reporters at noon.', 'Our count', 'Omar Velde', 'field director'],
  ['en: `according to X, role, whose survey found residents unable to say …`: the later verb is no tag', 'Pollsters see fatigue.\n\n“People are tired more than torn,” according to Hana Brisco, head of the Lakeshore Polling Unit, whose June survey found 28 percent of residents unable to say whom they back.', 'People are tired', 'Hana Brisco', ANY],
  ['counter-case en: `according to the survey, X said`: a document is no source, the verb after it tags', 'Pollsters see fatigue.\n\n“People are tired more than torn,” according to the survey, Hana Brisco said.', 'People are tired', 'Hana Brisco', ANY],
  ['en: `said X’s chief of staff, Y.` with a one-word owner', 'The governor left early.\n\n“Nobody should expect a deal this week,” said Quist’s chief of staff, Wanda Orme.', 'Nobody should', 'Wanda Orme', 'chief of staff'],
  ['counter-case en: `said X’s husband, Y.` is a relative, no role', 'The governor left early.\n\n“Nobody should expect a deal this week,” said Quist’s husband, Tom Orme.', 'Nobody should', 'Tom Orme', null],
  ['en: `the county wrote in a motion signed by County Attorney X Y`', 'The county appealed the ruling.\n\n“The trial court misread the statute,” the county wrote in a motion signed by County Attorney Lena Hoyt.', 'The trial court', 'Lena Hoyt', ANY],
  ['en: `according to an internal memo … signed by X’s deputy, Y`', 'The session was delayed again.\n\n“Members should not book travel before Monday,” according to an internal memo that went to members late Friday, signed by Orme’s deputy, Carl Weiss.', 'Members should', 'Carl Weiss', ANY],
  ['en: `the state wrote in a brief signed by Gov. X Y`: the full stop of a title does not end the signer', 'The state appealed.\n\n“The lower court ignored the record,” the state wrote in a brief signed by Gov. Ann Lee.', 'The lower court', 'Ann Lee', ANY],
  ['en: `signed by Sen. X Y and two others`', 'The session was delayed again.\n\n“We ask for a hearing,” the lawmakers wrote in a letter signed by Sen. Ivo Marsh and two others.', 'We ask', 'Ivo Marsh', ANY],
  ['counter-case en: a named writer stays the speaker of a letter signed by many', 'The session was delayed again.\n\n“We ask for a vote this month,” Mayor Dan Ruiz wrote in a letter signed by forty residents.', 'We ask', 'Dan Ruiz', ANY],
  ['counter-case en: a letter signed by a crowd names no one', 'The session was delayed again.\n\n“We ask for a vote this month,” the group wrote in a letter signed by dozens of parents.', 'We ask', UNNAMED, ANY],
];

/** `the Minnesota Republican`, `the Ohio Democrat`: the latest person named beside that state or its label (party-state.ts). */
const PARTY_STATE: KindCase[] = [
  ['en: `the Oregon Republican said` after `Reps. X of Oregon and Y of Idaho`', 'Two members, Reps. Ned Carver of Oregon and Paul Yates of Idaho, said they would vote no.\n\nCarver said leadership had ignored him.\n\n“I gave them my terms in March,” the Oregon Republican said.', 'I gave them', 'Ned Carver', ANY],
  ['en: `the Ohio Democrat said` after `Sen. X, D-Ohio,`', 'Sen. Rita Vance, D-Ohio, spoke after Sen. Joel Park, R-Utah.\n\n“We will not move on this,” the Ohio Democrat said.', 'We will not', 'Rita Vance', ANY],
  ['counter-case en: `the Iowa Republican` with no one named beside Iowa stays a description', 'Sen. Rita Vance, D-Ohio, spoke after Sen. Joel Park, R-Utah.\n\n“We will not move on this,” the Iowa Republican said.', 'We will not', DESCRIBED, ANY],
];

/**
 * English sentences after a quote standing alone that point back at it: `X, a …, said that, grinning,`, `X told the
 * (next-sentence.ts); `Whether` opening a sentence is no given name (names.ts); `X himself posted:` (cues.ts).
 */
const ENGLISH_POINTING_BACK: KindCase[] = [
  ['en: `X Y, a 41-year-old welder from Z, said that, grinning,`', 'Sam Reyes ran the ads.\n\nBy Memorial Day, both campaigns had spent heavily.\n\n“I will vote for whoever calls me the least.”\n\nDora Quill, a 41-year-old welder from Salem, said that, grinning, outside the union hall.', 'I will vote', 'Dora Quill', ANY],
  ['en: `X told the Courier that as she …`', 'Dora Quill asked the first question. Whether Salem will be any calmer is unclear.\n\n“I have voted their way for years. Not this time.”\n\nQuill told the Courier that as she walked to her truck.', 'I have voted', 'Dora Quill', ANY],
  ['counter-case en: `X said that the …` reports a clause and points back at nothing', 'Sam Reyes opened the meeting.\n\n“We will hold the line on taxes.”\n\nDora Quill said that the vote would be close.', 'We will hold', 'Sam Reyes', ANY],
  ['counter-case en: `Police said that in a statement`: a capitalised noun alone names no one', 'Police arrested two men on Monday.\n\n“We will not tolerate this.”\n\nPolice said that in a statement on Tuesday.', 'We will not', UNNAMED, ANY],
  ['en: `That warning from X, delivered …`', 'Rep. Lyle Mabry waited in the hall. Speaker Ann Bell left early.\n\n“If it comes back like this, it fails again.”\n\nThat warning from Mabry, delivered quietly, set the tone.', 'If it comes', 'Lyle Mabry', ANY],
  ['en: `That is how X Y, who …, remembers …`', 'The river ran low.\n\n“By New Year the creek was a ditch you could step over.”\n\nThat is how Mara-Lee Dunn, who has farmed beside it for 30 years, remembers the drought.', 'By New Year', 'Mara-Lee Dunn', ANY],
  ['en: `Late Monday, X himself wrote on Facebook:`', 'Sen. Ivo Marsh held a town hall.\n\nOne aide, who would not give her name, said it had gone poorly.\n\n“We lost them early,” she said.\n\nLate Monday, Marsh himself wrote on Facebook: “A hard room tonight. I will be back.”', 'A hard room', 'Ivo Marsh', ANY],
  ['counter-case en: `X met Y himself and said:` keeps the subject', 'Sen. Ivo Marsh held a town hall. Dora Quill came too.\n\nQuill met Marsh himself after the event and said: “He listened, at least.”', 'He listened', 'Dora Quill', ANY],
];

/**
 * French: `Et X de conclure :` (an "and" opening the sentence is no part of the name, names.ts); `chiffre` (putting a figure
 * on it) tags a quote (fr.ts).
 */
const FRENCH_OPENERS_AND_VERBS: KindCase[] = [
  ['fr: `Et X Y de conclure : « … »` keeps the name without "Et"', 'Nadia Fourez tient la fromagerie depuis 1998.\n\nEt Nadia Fourez de conclure : « Le jour où je fermerai, ce sera pour de bon. »', 'Le jour où', 'Nadia Fourez', ANY],
  ['fr: `», chiffre le président de la chambre.`', 'Le président de la chambre des métiers, Luc Vanderhaegen, parle d’une vague. La ministre Anne Colson le reçoit lundi.\n\n« Neuf ateliers ont fermé depuis l’été », chiffre le président de la chambre.', 'Neuf ateliers', 'Luc Vanderhaegen', ANY],
  ['counter-case fr: `Et` inside a sentence leaves the names around it alone', 'Nadia Fourez et Luc Vanderhaegen ont signé la pétition.\n\n« Nous irons jusqu’au bout », affirme Nadia Fourez.', 'Nous irons', 'Nadia Fourez', ANY],
];

/**
 * Russian and Ukrainian: `«…». Так X Y Z, роль, объясняет, …` names the speaker before the verb (ru-uk.ts); a lone
 * `Так` opening a sentence is no name (names.ts); `задаётся вопросом` and `оценивает` tag a quote; `Так згадує <object> … X Y.` ends on the speaker's full name (ru-uk.ts).
 */
const CYRILLIC_THUS: KindCase[] = [
  ['ru: `«…». Так X Y Z, роль из …, объясняет, почему …`', 'Осень выдалась сырой.\n\n«Картошка в поле сгнила наполовину». Так Степан Ильич Громов, фермер из села Каменка, объясняет, почему урожай мал.', 'Картошка', 'Степан Ильич Громов', 'фермер'],
  ['ru: `«…». Так X Y оценивает …`: `Так` is no part of the name', 'Осень выдалась сырой.\n\n«Хуже года не помню». Так Галина Брусова оценивает сезон.', 'Хуже года', 'Галина Брусова', ANY],
  ['ru: `— задаётся вопросом X Y, 34-летний …`: the verb is no role', 'Цены растут.\n\n«Кто купит картошку по сотне?» — задаётся вопросом Пётр Лыков, 34-летний фермер из соседнего района.', 'Кто купит', 'Пётр Лыков', null],
  ['uk: `«…». Так згадує <що> роль X Y.`: the full name closing the sentence after an object', 'Школу відкрили знову.\n\n«Коли ми прийшли сюди вперше, всюди лежав попіл».\n\nТак згадує осінь 2023 року завучка ліцею №4 у Прилуках Ганна Стецюк. Ремонт тривав рік.', 'Коли ми прийшли', 'Ганна Стецюк', ANY],
  ['counter-case uk: `Так згадує <що> роль.` with no name closing it names no one', 'Школу відкрили знову.\n\n«Коли ми прийшли сюди вперше, всюди лежав попіл».\n\nТак згадує ту осінь завучка ліцею. Ремонт тривав рік.', 'Коли ми прийшли', UNNAMED, ANY],
  ['counter-case ru: `Так` inside a tag after the words stays a word', 'Цены растут. Пётр Лыков возит картошку в город.\n\n«Так жить нельзя», — говорит Лыков.', 'Так жить', 'Пётр Лыков', ANY],
];

/**
 * Arabic and Hebrew: to whom and in which tongue (`لنا بالإنجليزية`, `לנו באנגלית`) stand between the verb and any name
 * (semitic-adverbs.ts); `מתאר` tags a quote (he.ts); a comma group opening with `וש` ("and which") is no name (semitic.ts).
 */
const SEMITIC_ADVERBIALS: KindCase[] = [
  ['ar: `وقالت لنا بالإنجليزية:`: the subject left out is the woman just named', 'كانت الطبيبة منى العلي تنتظر عند المرسى. وقالت لنا بالإنجليزية: «الشاطئ هادئ والناس كرماء».', 'الشاطئ هادئ', 'منى العلي', ANY],
  ['ar: `وقال لنا X Y:`: the name after the recipient, without it', 'ازدحم المرسى بالزوار. وقال لنا سامي الدراجي: «الموسم أفضل من العام الماضي».', 'الموسم أفضل', 'سامي الدراجي', ANY],
  ['counter-case ar: `وقالت ليلى X:`: a name opening with the letters of لي stays whole', 'ازدحم المرسى بالزوار. وقالت ليلى الحداد: «الموسم أفضل من العام الماضي».', 'الموسم أفضل', 'ليلى الحداد', ANY],
  ['he: `"…" כך מתאר X Y, בן 60, …`', 'הכביש נחסם שוב.\n\n"מהמרפסת שלי רואים רק אבק."\n\nכך מתאר יוסף בן-עמי, בן 60, את הנוף מביתו.', 'מהמרפסת', 'יוסף בן-עמי', ANY],
  ['he: `בפוסט שכתבה, ושזכה לאלפי לייקים, כתבה X:`', 'נועה דהן היא סטודנטית בבאר שבע.\n\nבפוסט שהעלתה השבוע ברשת, ושזכה לאלפי תגובות, כתבה דהן: "אני גרה מול תחנת כוח ואין לי חשמל".', 'אני גרה', 'נועה דהן', ANY],
];

/**
 * Portuguese, Spanish: "that is how" (`É assim que o mestre X …`, `Es así como la agricultora X …`) names the speaker after
 * the words (next-sentence.ts); `X, conhecido … como Y` makes a later tag `Y` that person (known-as.ts); Spanish
 * `le reprochó` and Italian `fa sapere` tag a quote (es.ts, it.ts).
 */
const ROMANCE_THAT_IS_HOW: KindCase[] = [
  ['pt: `“…” É assim que o mestre X Y Z, 58 anos, explica …`', 'Os ensaios seguem.\n\n“A alfaia não pede licença.”\n\nÉ assim que o mestre Carlos Henrique da Silva, 58 anos, explica o barulho das sextas.', 'A alfaia', 'Carlos Henrique da Silva', 'mestre'],
  ['es: `“…” Es así como la agricultora X Y, de 52 años, resume …`', 'Las heladas siguen.\n\n“Perdimos media cosecha de fruta.”\n\nEs así como la agricultora Marta Gil Soto, de 52 años, resume el invierno.', 'Perdimos', 'Marta Gil Soto', 'agricultora'],
  ['es: `”, le reprochó X.` in an exchange of two', 'La bióloga Inés Carrasco Vidal estudia el río. El alcalde Tomás Ferrada Rojas defiende la represa.\n\n“¿Sabe cuántos empleos hay aquí?”, preguntó Ferrada.\n\n“Prometieron limpiar el cauce y no lo hicieron”, le reprochó Carrasco.\n\n“Lo haremos en abril”, respondió Ferrada.', 'Prometieron', 'Inés Carrasco Vidal', ANY],
  ['it: `», fa sapere l’assessora …, X Y.`', 'Il geometra Paolo Ruggeri guida il comitato.\n\n«Saremo di più la prossima volta», dice Ruggeri.\n\n«Il Comune sta cercando nuovi alloggi», fa sapere l’assessora al Bilancio, Marta Landini.', 'Il Comune', 'Marta Landini', ANY],
  ['counter-case it: `fa` alone is no tag (`fa freddo`)', 'Il geometra Paolo Ruggeri guida il comitato.\n\n«Saremo di più la prossima volta», dice Ruggeri. Fuori fa freddo.', 'Saremo di più', 'Paolo Ruggeri', ANY],
  ['pt: `X Y, conhecido no bairro como Mestre Z` then `lembra Mestre Z`', 'O mestre Carlos Henrique da Silva, conhecido no bairro como Mestre Tião, comanda o grupo.\n\n“Ensaio aqui desde 1990”, lembra Mestre Tião.', 'Ensaio aqui', 'Carlos Henrique da Silva', ANY],
  ['counter-case pt: a name no one is said to go by stays itself', 'O mestre Carlos Henrique da Silva comanda o grupo.\n\n“Ensaio aqui desde 1990”, lembra Sebastião Rocha.', 'Ensaio aqui', 'Sebastião Rocha', ANY],
];

/**
 * Hindi: `“…” यह कहना है X का` ("this is X's saying"), `“…,” X कहते हैं` (the present), `उन्होंने जोड़ा, “…”` and `जवाब दिया`
 * (hi.ts); `वर्षीय` (aged) and trades (`नाविक`, `मल्लाह`) stand before a name, and a given name alone (`सुखराम ने कहा`) is the
 * person introduced in full after one (fuller-names.ts); a tag closing on a comma introduces the next words (hi.ts).
 */
const HINDI_TAGS: KindCase[] = [
  ['hi: `“…” यह कहना है 61 वर्षीय मल्लाह X Y का, …`', 'घाट पर नई नावें आई हैं।\n\n“हम तो अपनी नाव ही चलाएँगे।” यह कहना है 61 वर्षीय मल्लाह सुखराम केवट का, जो तीस साल से नाव चलाते हैं।', 'हम तो अपनी', 'सुखराम केवट', 'मल्लाह'],
  ['hi: `“…,” X Y कहते हैं।`', 'गाँव में 34 वर्षीय किसान मोहन यादव रहते हैं।\n\n“पानी समय पर नहीं आता,” मोहन यादव कहते हैं।', 'पानी समय', 'मोहन यादव', ANY],
  ['hi: `उन्होंने जोड़ा, “…”` after a sentence naming someone', 'जिलाधिकारी सुनीता वर्मा ने बैठक बुलाई। उन्होंने जोड़ा, “सभी किसानों को मुआवज़ा मिलेगा।”', 'सभी किसानों', 'सुनीता वर्मा', ANY],
  ['hi: `X ने मुस्कुराते हुए कहा, “…”` with a given name alone, introduced after an age and a trade', 'घाट पर 61 वर्षीय मल्लाह सुखराम केवट और 25 वर्षीय नाविक अजय सहनी बैठे हैं।\n\nसुखराम ने मुस्कुराते हुए कहा, “तुम नई नाव चलाओ, हम पुरानी।” अजय ने तुरंत जवाब दिया, “काका, आप भी ले लीजिए।”', 'तुम नई नाव', 'सुखराम केवट', ANY],
  ['hi: `Y ने जवाब दिया, “…”` answers in the same paragraph', 'घाट पर 61 वर्षीय मल्लाह सुखराम केवट और 25 वर्षीय नाविक अजय सहनी बैठे हैं।\n\nसुखराम ने मुस्कुराते हुए कहा, “तुम नई नाव चलाओ, हम पुरानी।” अजय ने तुरंत जवाब दिया, “काका, आप भी ले लीजिए।”', 'काका', 'अजय सहनी', ANY],
  ['counter-case hi: a word also a common noun (`विकास योजना`) is no given name without a role or an age before it', 'नगर निगम ने विकास योजना बनाई है।\n\n“काम जल्दी शुरू होगा,” विकास ने कहा।', 'काम जल्दी', UNNAMED, ANY],
];

/**
 * Persian: a sentence opening on where or when (`در X، …،`, `کنار X،`) names no one in that group: the name after the
 * groups is the subject, and the one between the commas after a place is unnamed (fa-subject.ts, fa.ts, sentence-subject.ts);
 * `و` before a name joins the sentence; `پاسخ داد`, `ادامه می‌دهد`, `پرسید` tag a quote; `یکی از … پرسید:` is someone unnamed.
 */
const PERSIAN_OPENINGS: KindCase[] = [
  ['fa: `در X، در حدود …، Y Z کنار مزرعه‌ای ایستاده …` then a quote alone', 'زاینده‌رود خشک است.\n\nدر نجف‌آباد، در حدود پنجاه کیلومتری غرب اصفهان، حسن مرادی کنار مزرعه‌ای ایستاده که امسال شخم نخورده. این کشاورز ۷۰ ساله ده هکتار زمین دارد.\n\n«من جو می‌کاشتم، برادرم هم می‌کاشت.»', 'من جو', 'حسن مرادی', ANY],
  ['fa: `کنار میدان …، مردی که … نخواست نامش را بنویسیم، گفت:` is someone unnamed', 'جمعیت زیادی آمده بود.\n\nکنار میدان نقش جهان، مردی که با نوه‌اش آمده بود و نخواست نامش را بنویسیم، گفت: «ما هر روز اینجا راه می‌رویم و حالا فقط خاک می‌بینیم.»', 'ما هر روز', DESCRIBED, ANY],
  ['fa: `«…» و X پاسخ داد: «…»`', 'حسن مرادی و رضا کاظمی در جلسه بودند.\n\nمرادی گفت: «آب کی می‌آید؟» و کاظمی پاسخ داد: «برنامه آماده است.»', 'برنامه آماده', 'رضا کاظمی', ANY],
  ['fa: `یکی از باغداران پیر از ته سالن پرسید:` is someone unnamed', 'ده‌ها باغدار در مسجد جمع شدند. یکی از باغداران پیر از ته سالن پرسید: «تا کی صبر کنیم؟»', 'تا کی', DESCRIBED, ANY],
  ['counter-case fa: a sentence opening on a name, its office between commas, keeps the name', 'باران امسال کم بود.\n\nمریم کاظمی، معلم بازنشسته، در جلسه گفت: «بچه‌ها دیگر رودخانه را نمی‌شناسند.»', 'بچه‌ها دیگر', 'مریم کاظمی', 'معلم بازنشسته'],
];

/** Vietnamese: degrees written before a name (`TS Long`, `ThS X`) are titles, the name the one given in full (names.ts). */
const VIETNAMESE_DEGREES: KindCase[] = [
  ['vi: `“…,” TS X nói.` after `Y Z X là giảng viên`', 'Phạm Đức Long là giảng viên đại học.\n\n“Sản phẩm thủ công cần có nhãn riêng,” TS Long nói.', 'Sản phẩm', 'Phạm Đức Long', ANY],
  ['counter-case vi: `anh X Y Z nói` keeps the full name', '“Nhà tôi bán nón từ thời ông nội,” anh Phạm Văn Cường nói.', 'Nhà tôi', 'Phạm Văn Cường', ANY],
];

kindTable('English sources after the quote', ENGLISH_SOURCES);
kindTable('English state and party references', PARTY_STATE);
kindTable('English sentences pointing back at a quote', ENGLISH_POINTING_BACK);
kindTable('French openers and verbs', FRENCH_OPENERS_AND_VERBS);
kindTable('Russian "thus" before a named subject', CYRILLIC_THUS);
kindTable('Arabic and Hebrew words between the verb and the name', SEMITIC_ADVERBIALS);
kindTable('Romance "that is how" and names people go by', ROMANCE_THAT_IS_HOW);
kindTable('Hindi tags, ages and given names', HINDI_TAGS);
kindTable('Persian openings on where and when', PERSIAN_OPENINGS);
kindTable('Vietnamese degrees before a name', VIETNAMESE_DEGREES);
