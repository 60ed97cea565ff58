// The role beside a name, read the same way in every language (helper q-roles). Sentences of my own.
// [what the case shows, the text, the start of the quote, the speaker, the role]: the role is judged as the page
// tests judge it, the expected word contained in the role found (case-insensitive); null: no role; { not }: the
// role found must not contain that word (none passes).
/** Same markers as kind-table.ts (kept here so the cases load without vitest). */
export const ANY = '<any>';
export type RoleReadingCase = [name: string, text: string, quote: string, speaker: string, role: string | null | { not: string }];

/** 1. A role before the name carrying a complement: the role runs over the preposition, the name does not. */
export const COMPLEMENT_BEFORE_NAME: RoleReadingCase[] = [
  ['en: deputy mayor for transport before the name', 'Deputy mayor for transport Helen Carver said the lanes would open in May. “We listened to cyclists,” said deputy mayor for transport Helen Carver.', 'We listened to cyclists', 'Helen Carver', 'mayor for transport'],
  ['en: head of planning at a council before the name', '“The site is too small,” said head of planning at Wexley council Omar Reid.', 'The site is too small', 'Omar Reid', 'head of planning'],
  ['cs: náměstek pro dopravu before the name', '„Tramvaje pojedou i v noci,“ řekl náměstek pro dopravu Petr Dvořák.', 'Tramvaje pojedou', 'Petr Dvořák', 'náměstek pro dopravu'],
  ['pl: wiceburmistrz ds. inwestycji before the name', '„Most będzie gotowy w maju” – powiedział wiceburmistrz ds. inwestycji Adam Wróbel.', 'Most będzie gotowy', 'Adam Wróbel', 'wiceburmistrz'],
  ['de: Stadträtin für Bildung before the name', '„Die Schulen bekommen neue Dächer“, sagte Stadträtin für Bildung Sabine Kurz.', 'Die Schulen bekommen', 'Sabine Kurz', 'Stadträtin für Bildung'],
  ['de: Beauftragter für Radverkehr, a capitalised complement', '„Wir brauchen breitere Wege“, sagte der Beauftragte für Radverkehr Tobias Lenz.', 'Wir brauchen breitere Wege', 'Tobias Lenz', 'Beauftragte'],
  ['es: secretario de Obras Públicas before the name', '«La autopista estará lista en junio», dijo el secretario de Obras Públicas Raúl Medina.', 'La autopista estará', 'Raúl Medina', 'secretario de Obras Públicas'],
  ['es: concejala de Cultura before the name, before the quote', 'La concejala de Cultura Marta Prieto explicó: «El teatro abrirá en otoño».', 'El teatro abrirá', 'Marta Prieto', 'concejala'],
  ['fr: adjointe au maire chargée des sports before the name', '« Le stade sera rénové », a déclaré l’adjointe au maire chargée des sports Claire Morin.', 'Le stade sera rénové', 'Claire Morin', 'adjointe au maire'],
  ['it: assessore alla Mobilità before the name', '«Le piste ciclabili raddoppieranno», ha detto l’assessore alla Mobilità Luca Neri.', 'Le piste ciclabili', 'Luca Neri', 'assessore'],
  ['pt: secretário de Saúde before the name', '“Vamos abrir mais leitos”, disse o secretário de Saúde Carlos Lima.', 'Vamos abrir mais leitos', 'Carlos Lima', 'secretário de Saúde'],
  ['ru: заместитель мэра по транспорту before the name', '«Новые автобусы выйдут весной», — сказал заместитель мэра по транспорту Игорь Смирнов.', 'Новые автобусы', 'Игорь Смирнов', 'заместитель мэра'],
  ['uk: заступник міського голови з питань освіти before the name', '«Школи відкриються вчасно», — сказав заступник міського голови з питань освіти Олег Мельник.', 'Школи відкриються', 'Олег Мельник', 'заступник'],
  ['tr: Fen İşleri Müdürü before the name', 'Fen İşleri Müdürü Ahmet Yılmaz, “Yollar bir haftada açılacak” dedi.', 'Yollar bir haftada', 'Ahmet Yılmaz', 'Müdürü'],
  ['he: סגן ראש העיר לענייני תחבורה before the name', '"הקווים החדשים יפעלו בקיץ", אמר סגן ראש העיר לענייני תחבורה משה כהן.', 'הקווים החדשים', 'משה כהן', 'סגן ראש העיר'],
  ['ar: نائب رئيس البلدية لشؤون النقل before the name', 'وقال نائب رئيس البلدية لشؤون النقل أحمد سالم: «الحافلات الجديدة تصل في الربيع».', 'الحافلات الجديدة', 'أحمد سالم', 'نائب رئيس البلدية'],
  ['counter es: a complement that is a place after the name is not the role', '«Cerraremos el puente», dijo el alcalde Raúl Medina en Villaba.', 'Cerraremos el puente', 'Raúl Medina', 'alcalde'],
];

/** 2. The role after the name between commas, an organisation after it. */
export const AFTER_NAME: RoleReadingCase[] = [
  ['en: head of surgery at the county hospital', 'Maria Lund, head of surgery at the county hospital, said: “We had no spare beds.”', 'We had no spare beds', 'Maria Lund', 'head of surgery'],
  ['en: trailing tag, a ferry operator with a lower-case noun phrase', '“The crossing was rough,” said Tom Hale, a ferry operator in Dunmore.', 'The crossing was rough', 'Tom Hale', 'ferry operator'],
  ['fr: chef du service … à l’hôpital', 'Paul Girard, chef du service de chirurgie à l’hôpital de Vienne, a déclaré : « Nous manquons de lits. »', 'Nous manquons de lits', 'Paul Girard', 'chef du service'],
  ['de: Leiterin der Chirurgie am Kreisklinikum', 'Anna Roth, Leiterin der Chirurgie am Kreisklinikum, sagte: „Uns fehlen Betten.“', 'Uns fehlen Betten', 'Anna Roth', 'Leiterin'],
  ['es: jefa de cirugía del hospital comarcal', 'Lucía Ramos, jefa de cirugía del hospital comarcal, dijo: «No quedan camas libres».', 'No quedan camas', 'Lucía Ramos', 'jefa de cirugía'],
  ['it: primario di chirurgia all’ospedale', 'Marco Riva, primario di chirurgia all’ospedale di Lecco, ha detto: «Mancano i letti».', 'Mancano i letti', 'Marco Riva', 'primario'],
  ['pt: diretora da escola estadual', 'Ana Souza, diretora da escola estadual, disse: “Faltam professores.”', 'Faltam professores', 'Ana Souza', 'diretora'],
  ['ru: заведующая хирургией областной больницы', 'Ольга Иванова, заведующая хирургией областной больницы, сказала: «Коек не хватает».', 'Коек не хватает', 'Ольга Иванова', 'заведующая'],
  ['cs: ředitel nemocnice v Kladně', 'Jan Novák, ředitel nemocnice v Kladně, řekl: „Chybí nám lůžka.“', 'Chybí nám lůžka', 'Jan Novák', 'ředitel'],
  ['pl: kierowniczka oddziału after the name', '„Brakuje nam łóżek” – powiedziała Anna Zielińska, kierowniczka oddziału chirurgii.', 'Brakuje nam łóżek', 'Anna Zielińska', 'kierowniczka'],
  ['he: מנהלת המחלקה after the name', 'רונית לוי, מנהלת המחלקה הכירורגית בבית החולים, אמרה: "אין לנו מיטות."', 'אין לנו מיטות', 'רונית לוי', 'מנהלת'],
  ['ar: مدير المستشفى after the name', 'وقال سامي حداد، مدير المستشفى الحكومي، إن «الأسرة غير كافية».', 'الأسرة غير كافية', 'سامي حداد', 'مدير'],
  ['tr: the role after the name between commas', 'Ayşe Demir, hastanenin başhekimi, “Yatak sıkıntısı yok” dedi.', 'Yatak sıkıntısı yok', 'Ayşe Demir', 'başhekim'],
  ['counter en: a place after the name between commas is no role', 'Tom Hale, of Dunmore, said: “The crossing was rough.”', 'The crossing was rough', 'Tom Hale', null],
  ['counter de: an age after the name is no role', 'Anna Roth, 54, sagte: „Uns fehlen Betten.“', 'Uns fehlen Betten', 'Anna Roth', null],
];

/** 3. A role given by a relative clause right after the name; none when the clause holds none. */
export const RELATIVE_CLAUSE: RoleReadingCase[] = [
  ['pt: que preside a associação', 'Maria Costa, que preside a associação de moradores, disse: “Ninguém nos ouviu.”', 'Ninguém nos ouviu', 'Maria Costa', 'presidente'],
  ['pt: que é enfermeira no posto', 'Joana Alves, que é enfermeira no posto de saúde, disse: “Faltam vacinas.”', 'Faltam vacinas', 'Joana Alves', 'enfermeira'],
  ['es: que preside la cofradía', 'Antonio Gil, que preside la cofradía de pescadores, dijo: «El puerto se muere».', 'El puerto se muere', 'Antonio Gil', 'presidente'],
  ['es: que dirige el colegio', 'Eduardo Vidal, que dirige el colegio del barrio, explicó: «Tenemos frío en las aulas».', 'Tenemos frío', 'Eduardo Vidal', 'director'],
  ['en: who chairs the board', 'Linda Ford, who chairs the school board, said: “We cannot cut more.”', 'We cannot cut more', 'Linda Ford', 'chair'],
  ['en: who works as an engineer', 'Raj Patel, who works as an engineer at the plant, said: “The pumps were old.”', 'The pumps were old', 'Raj Patel', 'engineer'],
  ['en: who heads the union', '“Nobody asked us,” said Kevin Moss, who heads the drivers’ union.', 'Nobody asked us', 'Kevin Moss', 'head'],
  ['de: der den Verein leitet', 'Peter Braun, der den Verein seit zehn Jahren leitet, sagte: „Wir brauchen Geld.“', 'Wir brauchen Geld', 'Peter Braun', 'Leiter'],
  ['de: die als Hebamme arbeitet', 'Julia Weber, die als Hebamme in Kiel arbeitet, sagte: „Wir sind zu wenige.“', 'Wir sind zu wenige', 'Julia Weber', 'Hebamme'],
  ['fr: qui préside l’association', 'Sophie Martin, qui préside l’association des parents, a déclaré : « Nous sommes inquiets. »', 'Nous sommes inquiets', 'Sophie Martin', 'présidente'],
  ['it: che presiede il comitato', 'Giulia Conti, che presiede il comitato di quartiere, ha detto: «Siamo stanchi».', 'Siamo stanchi', 'Giulia Conti', 'presidente'],
  ['ru: который возглавляет кооператив', 'Андрей Волков, который возглавляет кооператив, сказал: «Денег нет».', 'Денег нет', 'Андрей Волков', 'глава'],
  ['counter en: a clause about something else gives no role', 'Linda Ford, who lives near the school, said: “We cannot cut more.”', 'We cannot cut more', 'Linda Ford', null],
  ['counter pt: que mora no bairro gives no role', 'Maria Costa, que mora no bairro há trinta anos, disse: “Ninguém nos ouviu.”', 'Ninguém nos ouviu', 'Maria Costa', null],
  ['counter de: der seit 1990 hier wohnt gives no role', 'Peter Braun, der seit 1990 hier wohnt, sagte: „Wir brauchen Geld.“', 'Wir brauchen Geld', 'Peter Braun', null],
  ['counter es: que perdió su casa gives no role', 'Antonio Gil, que perdió su casa en la riada, dijo: «El puerto se muere».', 'El puerto se muere', 'Antonio Gil', null],
];

/** 4. Titles and honorifics before the name: dropped from the name, not the role when a real role is present. */
export const TITLES: RoleReadingCase[] = [
  ['en: Prof. before the name, a real role after it', 'Prof. Ama Mensah, head of physics at the university, said: “The lab is closed.”', 'The lab is closed', 'Ama Mensah', 'head of physics'],
  ['en: Dr. before the name and a pharmacist after it', '“Prices doubled,” said Dr. Kofi Boateng, a pharmacist in Kumasi.', 'Prices doubled', 'Kofi Boateng', 'pharmacist'],
  ['en: Alhaji before the name, chairman after it', 'Alhaji Musa Bello, chairman of the traders’ association, said: “Sales have collapsed.”', 'Sales have collapsed', 'Musa Bello', 'chairman'],
  ['en: Pastor before the name is no role when the office is given', 'Pastor John Adeyemi, the secretary of the council of churches, said: “We will pray.”', 'We will pray', 'John Adeyemi', 'secretary'],
  ['en: Maulana before the name, a real role after it', 'Maulana Tariq Hussain, principal of the seminary, said: “The roof leaks.”', 'The roof leaks', 'Tariq Hussain', 'principal'],
  ['en: the traditional office is the role, not the honorific after it', 'The Sarkin Kasuwa, Alhaji Idris Ahmed, said: “Traders will close on Friday.”', 'Traders will close', 'Idris Ahmed', 'Sarkin Kasuwa'],
  ['en: Iyaloja of a market, then Alhaja and the name', 'The Iyaloja of Oja Oba market, Alhaja Kudirat Lawal, said: “The levy is too high.”', 'The levy is too high', 'Kudirat Lawal', 'Iyaloja'],
  ['en: the sarpanch of a village, then Shri and the name', 'The sarpanch of Rampur, Shri Ramesh Yadav, said: “The well has dried up.”', 'The well has dried up', 'Ramesh Yadav', 'sarpanch'],
  ['cs: Ing. before the name, ředitel after it', '„Výroba stojí,“ řekl Ing. Petr Svoboda, ředitel společnosti.', 'Výroba stojí', 'Petr Svoboda', 'ředitel'],
  ['de: Dr. before the name, Chefärztin after it', '„Wir sind am Limit“, sagte Dr. Eva Maier, Chefärztin der Klinik.', 'Wir sind am Limit', 'Eva Maier', 'Chefärztin'],
  ['es: Ing. before the name, the office after it', '«La presa resistirá», dijo el Ing. Jorge Ruiz, director de Obras Hidráulicas.', 'La presa resistirá', 'Jorge Ruiz', 'director'],
  ['he: פרופ׳ before the name, מנהל המחלקה after it', '"המחקר נעצר", אמר פרופ\' דני כהן, מנהל המחלקה לפיזיקה.', 'המחקר נעצר', 'דני כהן', 'מנהל המחלקה'],
  ['he: עו"ד before the name, a real role after it', '"נגיש ערעור", אמרה עו"ד רות לוי, יועצת הוועד.', 'נגיש ערעור', 'רות לוי', 'יועצת'],
  ['ar: الدكتور before the name, مدير after it', 'وقال الدكتور أحمد سالم، مدير المستشفى: «لا توجد أسرة كافية».', 'لا توجد أسرة', 'أحمد سالم', 'مدير المستشفى'],
  ['ar: المهندس before the name, رئيس البلدية after it', 'وقال المهندس خالد يوسف، رئيس البلدية: «الطريق سيفتح غدا».', 'الطريق سيفتح', 'خالد يوسف', 'رئيس البلدية'],
  ['counter en: Prof. alone is kept out of the name', '“The lab is closed,” said Prof. Ama Mensah.', 'The lab is closed', 'Ama Mensah', ANY],
];

/** 5. Agent nouns no list knows, read from the structure: determiner + noun + name, name + comma + noun phrase. */
export const UNLISTED_AGENTS: RoleReadingCase[] = [
  ['en: beekeeper before the name', '“The winter killed half the hives,” said beekeeper Tom Hale.', 'The winter killed', 'Tom Hale', 'beekeeper'],
  ['en: a stall owner between commas', 'Grace Otieno, a stall owner at the market, said: “Nobody buys fish now.”', 'Nobody buys fish', 'Grace Otieno', 'stall owner'],
  ['fr: l’apiculteur before the name', '« L’hiver a tué la moitié des ruches », raconte l’apiculteur Jean Morel.', 'L’hiver a tué', 'Jean Morel', 'apiculteur'],
  ['fr: the name, a comma and a noun phrase', 'Sylvie Roux, gérante du kiosque de la gare, a déclaré : « Personne n’achète plus de journaux. »', 'Personne n’achète', 'Sylvie Roux', 'gérante'],
  ['de: Imker before the name', '„Der Winter hat die Hälfte der Völker getötet“, sagt Imker Hans Böhm.', 'Der Winter hat', 'Hans Böhm', 'Imker'],
  ['de: Fährmann before the name', '„Die Strömung ist zu stark“, sagt Fährmann Jonas Krug.', 'Die Strömung', 'Jonas Krug', 'Fährmann'],
  ['es: el apicultor before the name', '«El invierno mató la mitad de las colmenas», dijo el apicultor José Ruiz.', 'El invierno mató', 'José Ruiz', 'apicultor'],
  ['es: la vendedora de fruta before the name', '«Nadie compra nada», se queja la vendedora de fruta Carmen Díaz.', 'Nadie compra nada', 'Carmen Díaz', 'vendedora'],
  ['it: l’apicoltore before the name', '«L’inverno ha ucciso metà degli alveari», racconta l’apicoltore Marco Bassi.', 'L’inverno ha ucciso', 'Marco Bassi', 'apicoltore'],
  ['pt: a feirante before the name', '“Ninguém compra nada”, disse a feirante Maria Alves.', 'Ninguém compra nada', 'Maria Alves', 'feirante'],
  ['ru: пасечник before the name', '«Зима погубила половину ульев», — рассказал пасечник Иван Кузнецов.', 'Зима погубила', 'Иван Кузнецов', 'пасечник'],
  ['uk: паромник before the name', '«Течія надто сильна», — каже паромник Степан Коваль.', 'Течія надто сильна', 'Степан Коваль', 'паромник'],
  ['cs: včelař between commas', 'Josef Král, včelař z Tábora, řekl: „Zima zabila polovinu včelstev.“', 'Zima zabila', 'Josef Král', 'včelař'],
  ['pl: pszczelarz before the name', '„Zima zabiła połowę rodzin” – mówi pszczelarz Jan Wiśniewski.', 'Zima zabiła', 'Jan Wiśniewski', 'pszczelarz'],
  ['tr: arıcı before the name', 'Arıcı Mehmet Öztürk, “Kış kovanların yarısını öldürdü” dedi.', 'Kış kovanların', 'Mehmet Öztürk', 'Arıcı'],
  ['he: הכוורן before the name', '"החורף הרג חצי מהכוורות", אמר הכוורן יוסי לוי.', 'החורף הרג', 'יוסי לוי', 'כוורן'],
  ['ar: النحال before the name', '«قتل الشتاء نصف الخلايا»، قال النحال سعيد منصور.', 'قتل الشتاء', 'سعيد منصور', 'النحال'],
  ['counter en: a thing owned by the person is no role', 'Rain flooded the bakery of Tom Hale on Monday.\n\n“We lost everything,” Hale said.', 'We lost everything', 'Tom Hale', null],
  ['counter de: a surname shaped like an agent noun stays the name', '„Die Strömung ist zu stark“, sagt Jonas Becker.', 'Die Strömung', 'Jonas Becker', null],
];

/** 6. The role learned at the first mention carries to the same person’s later quotes. */
export const CARRIED: RoleReadingCase[] = [
  ['en: beekeeper carried to a later quote by the family name', 'Beekeeper Tom Hale lost half his hives.\n\n“It was the cold,” Hale said.', 'It was the cold', 'Tom Hale', 'beekeeper'],
  ['fr: l’apiculteur carried to a later quote', 'L’apiculteur Jean Morel a perdu la moitié de ses ruches.\n\n« C’est le froid », a expliqué Morel.', 'C’est le froid', 'Jean Morel', 'apiculteur'],
  ['de: the role after the name carried', 'Anna Roth, Leiterin der Chirurgie, führt durch die Station.\n\n„Uns fehlen Betten“, sagte Roth.', 'Uns fehlen Betten', 'Anna Roth', 'Leiterin'],
  ['es: the complement role carried', 'El secretario de Obras Públicas Raúl Medina visitó la presa.\n\n«La presa resistirá cualquier riada», aseguró Medina.', 'La presa resistirá', 'Raúl Medina', 'secretario'],
  ['pt: the relative-clause role carried', 'Maria Costa, que preside a associação de moradores, reuniu os vizinhos.\n\n“Ninguém nos ouviu”, disse Costa.', 'Ninguém nos ouviu', 'Maria Costa', 'presidente'],
  ['ru: пасечник carried', 'Пасечник Иван Кузнецов потерял половину ульев.\n\n«Это мороз», — сказал Кузнецов.', 'Это мороз', 'Иван Кузнецов', 'пасечник'],
  ['cs: včelař carried', 'Josef Král, včelař z Tábora, přišel o polovinu včelstev.\n\n„Byl to mráz,“ řekl Král.', 'Byl to mráz', 'Josef Král', 'včelař'],
  ['tr: arıcı carried', 'Arıcı Mehmet Öztürk kovanlarının yarısını kaybetti. Öztürk, “Soğuk yüzünden oldu” dedi.', 'Soğuk yüzünden', 'Mehmet Öztürk', 'Arıcı'],
  ['he: role carried to the family name', 'הכוורן יוסי לוי איבד חצי מהכוורות.\n\n"זה היה הקור", אמר לוי.', 'זה היה הקור', 'יוסי לוי', 'כוורן'],
  ['ar: role carried to the family name', 'فقد النحال سعيد منصور نصف خلاياه.\n\n«كان البرد»، قال منصور.', 'كان البرد', 'سعيد منصور', 'النحال'],
];

/**
 * 7. Counter-cases written with the rules added after the first run (titles, short agent nouns, definite nouns in scripts
 * without capitals, offices before an honoured name): what each must leave alone.
 */
export const COUNTERS_SINCE_FIRST_RUN: RoleReadingCase[] = [
  ['counter de: a given name of an agent noun’s shape opens a three-word name', '„Die Strömung ist zu stark“, sagt Walter Hans Krug.', 'Die Strömung', 'Walter Hans Krug', null],
  ['counter ar: a definite word of time before the name is no occupation', 'التقى الخميس سعيد منصور بالوزير.\n\n«كان البرد»، قال منصور.', 'كان البرد', 'سعيد منصور', null],
  ['counter en: a place and its state after an office stay the office’s, no person', 'The mayor of Dayton, Ohio, said: “The well has dried up.”', 'The well has dried up', 'The mayor of Dayton', null],
  ['counter en: an opening phrase before an honoured name is no office', 'At the market, Alhaji Idris Ahmed said: “Traders will close on Friday.”', 'Traders will close', 'Idris Ahmed', { not: 'market' }],
  ['counter en: who is and an age gives no role', 'Linda Ford, who is 54, said: “We cannot cut more.”', 'We cannot cut more', 'Linda Ford', null],
  ['counter en: a relative clause in the tag about something else gives no role', '“Nobody asked us,” said Kevin Moss, who lost his job.', 'Nobody asked us', 'Kevin Moss', null],
];
