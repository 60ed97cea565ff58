import { startsTable } from '../starts-table';

// Held-out kinds of the eleventh session: a quote opening its paragraph whose next sentence brings in someone unnamed, in
// every script; tags whose words say the speaker stays unnamed; a name after a street, hospital or school is the place.
// Each case in sentences of my own, with counter-cases.

startsTable('a quote opening its paragraph, then a sentence bringing in someone unnamed: theirs (lang/next-sentence-unnamed.ts)', [
  ['English, an anonymity clause after a participle', 'Mayor Carol Dent said the depot would stay open. "We have no plan to close it," Dent said.\n\n"The trains are late every single morning." A retired teacher waiting at the bus shelter, who did not want to be named, said the staff had given up complaining.', 'The trains are late', 'a retired teacher'],
  ['English, "That was how one …, who said …," with no clause', 'Mayor Carol Dent said the depot would stay open. "We have no plan to close it," Dent said.\n\n"Nobody asked the people who ride it." That was how one father, who said he drives his son across the bridge every day, described the vote.', 'Nobody asked', 'one father'],
  ['German, `Mit diesen Worten … eine Pendlerin`', 'Bürgermeisterin Ulrike Brandl verteidigt den Plan. „Wir sparen jedes Jahr viel Geld“, sagt Brandl.\n\n„Ich stehe jeden Morgen eine halbe Stunde im Regen.“ Mit diesen Worten fasste eine Pendlerin, die täglich nach Linz fährt, ihren Ärger zusammen.', 'Ich stehe jeden', 'eine Pendlerin'],
  ['Danish, `Sådan lyder det fra en buschauffør, der ikke ønsker at stå frem med navn`', 'Borgmester Henrik Dahl forsvarer planen. – Vi sparer penge, siger Henrik Dahl.\n\n»Vi kører med halvtomme busser hele dagen.« Sådan lyder det fra en buschauffør, der ikke ønsker at stå frem med navn.', 'Vi kører med', 'en buschauffør'],
  ['Estonian, `Nii kirjeldas … üks bussijuht, kes palus oma nime mitte avaldada`', 'Linnapea Tõnis Kuusk kaitseb plaani. „Me hoiame raha kokku,” ütles Kuusk.\n\n„Bussid on hommikuti täis ja inimesed jäävad peatusse.” Nii kirjeldas olukorda üks bussijuht, kes palus oma nime mitte avaldada.', 'Bussid on hommikuti', 'üks bussijuht'],
  ['Serbian, `Ovako je opisala … jedna prodavačica koja nije želela da joj objavimo ime`', 'Gradonačelnik Zoran Ilić brani plan. „Uštedećemo novac”, rekao je Ilić.\n\n„Od jutra nisam prodala ni jedan hleb.” Ovako je situaciju opisala jedna prodavačica koja nije želela da joj objavimo ime.', 'Od jutra nisam', 'jedna prodavačica'],
  ['Ukrainian, `Так пояснила продавчиня, яка попросила не вказувати її прізвища`', 'Міський голова Олег Savchuk — ні. Заступник мера Олег Ткачук захищає план. «Ми заощадимо кошти», — сказав Ткачук.\n\n«Я стою на зупинці пів години щоранку». Так пояснила продавчиня з ринку, яка попросила не вказувати її прізвища.', 'Я стою на зупинці', 'продавчиня з ринку'],
  ['Arabic, `بهذه الكلمات علّق أحد الباعة …، طلب عدم ذكر اسمه`', 'قال رئيس البلدية سمير حداد إن الخطة ضرورية. «سنوفر المال»، قال حداد.\n\n«لم أبع شيئاً منذ الصباح». بهذه الكلمات علّق أحد الباعة في السوق، طلب عدم ذكر اسمه، على القرار.', 'لم أبع شيئاً', 'أحد الباعة في السوق'],
  ['Hebrew, `כך סיפרה אחות במחלקה, שביקשה שלא להזדהות`', 'ראש העירייה אבי כהן אמר כי התוכנית הכרחית. "נחסוך כסף", אמר כהן.\n\n"אנחנו עובדים משמרות כפולות כבר חודש". כך סיפרה אחות במחלקה הפנימית, שביקשה שלא להזדהות.', 'אנחנו עובדים', 'אחות במחלקה הפנימית'],
  ['Portuguese, `É o desabafo de uma enfermeira, que pediu para não ser identificada`', 'O autarca Rui Matos defendeu o plano. “Vamos poupar dinheiro”, disse Rui Matos.\n\n“Fazemos turnos duplos há um mês.” É o desabafo de uma enfermeira do serviço, que pediu para não ser identificada.', 'Fazemos turnos', 'uma enfermeira do serviço'],
  ['Korean, `익명을 요구한 한 상인은 이렇게 말했다`', '김태호 시장은 계획을 옹호했다. "예산을 아낄 수 있습니다"라고 김 시장은 말했다.\n\n"아침부터 손님이 한 명도 없었어요." 익명을 요구한 한 상인은 이렇게 말했다.', '아침부터 손님이', '익명을 요구한 한 상인'],
  ['counter-case: the next sentence names the speaker', 'Mayor Carol Dent defended the depot. "It stays," Dent said.\n\n"Nobody asked the people who ride it." That was how councillor Ian Roper put it after the vote.', 'Nobody asked', 'Ian Roper'],
  ['counter-case: a next sentence with an indefinite but no frame and no clause brings in no speaker', 'Mayor Carol Dent defended the depot. "It stays open," Dent said.\n\n"We will fix the roof first." A crane arrived on Monday to start the work.', 'We will fix', 'Carol Dent'],
]);

startsTable('a tag whose words say the speaker stays unnamed (lang/anonymous.ts, anonymity-clause.ts)', [
  ['Italian `che ha preferito non rivelare il proprio nome`', 'Il primario Luca Ferri parla di emergenza. «Mancano medici», dice Ferri.\n\n«Aspettiamo da dieci ore», ha raccontato la figlia, che ha preferito non rivelare il proprio nome.', 'Aspettiamo da dieci', 'la figlia'],
  ['Russian: a negated participle `не пожелавшая представиться` after a house number', 'Глава района Игорь Соколов обещал всё исправить. «Мы справимся», — сказал Соколов.\n\n«Третий день без воды сидим», — жаловалась жительница дома на Лесной, 12, не пожелавшая представиться.', 'Третий день', 'жительница дома на Лесной'],
  ['counter-case: a descriptor for someone the paragraph named by a given name alone, who kept back only the family name', 'Lina, 20 ans, en licence de droit, dort sous une tente. « Je révise à la lampe frontale », raconte la jeune femme, qui n’a pas souhaité donner son nom.', 'Je révise', 'Lina'],
  ['counter-case: a Russian descriptor with no such clause is the person just named', 'Глава района Игорь Соколов обещал всё исправить.\n\n«Мы справимся», — сказал чиновник.', 'Мы справимся', 'Игорь Соколов'],
]);

startsTable('a name after a street, hospital or school is the place (origin-place.ts, lang/latin-reader.ts)', [
  ['French: `une caissière de l\'hôpital <Name>`', 'Le délégué syndical Marc Lenoir prévient. « Nous irons jusqu\'au bout », dit-il.\n\n« Je perds deux heures par jour », soupire une caissière de l\'hôpital Louise Marchal.', 'Je perds deux', 'une caissière de l\'hôpital Louise Marchal'],
  ['Romanian: `un șofer de pe strada <Name>`', 'Viceprimarul Dan Mureșan a vorbit. „Vom face parcări”, a spus Mureșan.\n\n„Nu mai am unde să opresc”, spune un șofer de pe strada Avram Iancu.', 'Nu mai am unde', 'un șofer de pe strada Avram Iancu'],
  ['counter-case: a role of a hospital, then the name after a comma', '« Nous avons tout fait », a déclaré le directeur de l\'hôpital, Paul Renard.', 'Nous avons tout', 'Paul Renard'],
  ['counter-case: a name, then an apposition ending on an avenue', '"A água entrou na garagem", contou o mecânico Joaquim Pedro Leite, 47, dono de uma oficina na avenida Rio Branco.', 'A água entrou', 'Joaquim Pedro Leite'],
  ['counter-case: `Potrivit directorului, … din strada <Name>` after a quote split by a dashed tag', 'Directorul Sorin Badea a prezentat planul.\n\n„Cu noile tramvaie – a adăugat Sorin Badea – scurtăm drumul spre gară.” Potrivit directorului, depoul va fi mutat pe strada Fabricii.', 'scurtăm drumul', 'Sorin Badea'],
  ['counter-case: a school\'s head named after the school in the genitive', '„Vom vedea”, a spus directorul școlii Ion Popescu.', 'Vom vedea', 'Ion Popescu'],
]);

startsTable('a Danish or Norwegian verb of saying after a dashed quote is no role (lang/da-no-verbs.ts, roles.ts)', [
  ['Danish `– …, siger X Y.`', 'Kommunen vil lukke skolen.\n\n– Vi kan ikke vente længere, siger Mette Skov.', 'Vi kan ikke vente', 'Mette Skov', null],
  ['Norwegian `– …, mener X Y.`', 'Kommunen vil legge ned skolen.\n\n– Det blir altfor dyrt for familiene, mener Ola Brekke.', 'Det blir altfor', 'Ola Brekke', null],
  ['counter-case: an English lone noun ending like them, opening its clause, is the role', 'The rain came early.\n\nAt the sale yard, auctioneer Tom Reyes said prices had fallen. "We lost a third of the buyers," he said.', 'We lost a third', 'Tom Reyes', 'auctioneer'],
]);

startsTable('the office in another of its words, and a name right after words pointing back at the quote (salience.ts, lang/next-sentence.ts)', [
  ['"the spokesman said" after "the spokesperson for …, Mr. X"', 'In reply, the spokesperson for the State Water Board, Mr. Tunde Bakare, denied the claim. "We were there in time," Bakare said.\n\nHe explained that the lane was narrow. "Traders have built shops on the lane," the spokesman said.', 'Traders have built', 'Tunde Bakare'],
  ['"the chairman said" after "chair of the board, X"', 'The chair of the hospital board, Gordon Pike, opened the meeting. "We have a deficit," Pike said.\n\nStaff asked about wards. "No ward will close this year," the chairman said.', 'No ward will close', 'Gordon Pike'],
  ['counter-case: a spokesperson for someone else, unnamed, stays unnamed', 'Mayor Gordon Pike opened the meeting. "We have a deficit," Pike said.\n\n"The figures are wrong," a spokesman for the union said.', 'The figures are wrong', 'a spokesman for the union'],
  ['"That was the response of <family name> to …"', 'Community leader Winston Clarke said the road had been promised for years. "We are tired," Clarke said.\n\nCouncillor Paula Reid said money was set aside. "The contract is signed," Reid said.\n\n"We heard that promise two years ago." That was the response of Clarke to the councillor.', 'We heard that promise', 'Winston Clarke'],
  ['counter-case: a name the text never gave after the words stays unread', 'Councillor Paula Reid said money was set aside. "The contract is signed," Reid said.\n\n"We heard that promise two years ago." That was the response of Kingston to the plan.', 'We heard that promise', 'Paula Reid'],
]);
