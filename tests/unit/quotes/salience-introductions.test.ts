import { describe, it } from 'vitest';
import { check, type Expected } from './salience-check';

/**
 * Salience of a person the text has just introduced, against a person quoted before, in many languages.
 * [name, text, opening of the quote, expected]. Each text is written for this table.
 */
describe('salience of a newly introduced person', () => {
  it.each([
    // 1. An unnamed person introduced by an indefinite description, then quoted with a pronoun, a definite or no subject.
    [
      'en: "he" after "A taxi driver … said" is the driver, not the man quoted before',
      'Marcus Holloway, the council leader, said the budget was tight. "We have no slack at all," Holloway said.\n\nA taxi driver waiting at the rank outside the station said it had been his busiest week in years.\n\n"I have never seen queues like it," he said.',
      'I have never',
      'DESC',
    ],
    [
      'en: "she" after an unnamed nurse is the nurse, not the woman quoted before',
      'Helen Carter, the mayor, opened the new ward on Monday. "It is a proud day for the town," Carter said.\n\nA nurse on the night shift, who asked not to be named, said staff were exhausted.\n\n"We are running on empty," she said.',
      'We are running',
      'DESC',
    ],
    [
      'en: "the man" after "A man who gave his age as 60" stays the unnamed man',
      'Peter Lang, who chairs the residents\' association, called the plan reckless. "Nobody asked us," Lang said.\n\nA man who gave his age as 60 said he had lived on the street all his life.\n\n"They will have to carry me out," the man said.',
      'They will have',
      'DESC',
    ],
    [
      'en: a tag that is itself an indefinite is that person',
      'Ben Okafor, the site manager, said the works would finish in May. "We are on schedule," Okafor said.\n\nThe noise has worn on neighbours.\n\n"We have not slept properly since March," said one woman who lives opposite.',
      'We have not slept',
      'DESC',
    ],
    [
      'en: an unnamed farmer, then "he", after a named woman: not her',
      'Sandra Okoye, the regional minister, promised help for growers. "The money is coming," Okoye said.\n\nA farmer from the valley said the rain had come far too late for his barley.\n\n"Half the crop is gone," he said.',
      'Half the crop',
      'DESC',
    ],
    [
      'en: "said one resident" keeps the resident',
      'Gordon Pell, the developer, defended the tower. "It will bring jobs," Pell said.\n\n"It blocks every bit of light we had," said one resident.',
      'It blocks',
      'DESC',
    ],
    // 2. A person newly introduced in the sentence or paragraph before wins over earlier speakers.
    [
      'en: an alias after the name does not hide the woman just introduced',
      'Carla Jennings, the festival director, said ticket sales were strong. "We sold out in a day," Jennings said.\n\nLena Morrow, known on stage as Lady Echo, said she grew up above a pub in the north.\n\n"Music was all we had," she said.',
      'Music was all',
      'Lena Morrow',
    ],
    [
      'en: a relative clause after the name does not hide the woman just introduced',
      'Priya Nandakumar, the club chairwoman, said the new stand would open in August. "The fans deserve it," she said.\n\nDoris Whitcombe, who has held a season ticket since 1979, said she had never missed a derby.\n\n"It is my second home," she said.',
      'It is my second',
      'Doris Whitcombe',
    ],
    [
      'en: a first name that is also a month is still a person',
      'Angela Price, the club secretary, said the ground had been full. "It was a great day," Price said.\n\nLong-time supporter June Abernathy travelled from Leeds for the match.\n\n"I would not miss it for anything," she said.',
      'I would not miss',
      'June Abernathy',
    ],
    [
      'en: a first name that is also a modal is still a person',
      'Graham Dodd, the architect, showed off the plans. "It will be light and open," Dodd said.\n\nLocal builder Will Hartigan has worked on the site for a decade.\n\n"I have seen three owners come and go," he said.',
      'I have seen three',
      'Will Hartigan',
    ],
    [
      'en: a first name that is also a flower is still a person',
      'Margaret Olsen, the head teacher, welcomed the inspectors. "We have nothing to hide," Olsen said.\n\nRose Tilbury has taught at the school since it opened.\n\n"The children have changed, the building has not," she said.',
      'The children have',
      'Rose Tilbury',
    ],
    [
      'en: "Hope" as a first name is still a person',
      'Diane Walsh, the shelter\'s director, said demand had doubled. "We turn people away every night," Walsh said.\n\nVolunteer Hope Castellano, 44, spends three evenings a week at the shelter.\n\n"You see the same faces every winter," she said.',
      'You see the same',
      'Hope Castellano',
    ],
    // 3. A pronoun whose gender does not fit the earlier speaker never goes to her.
    [
      'en: "he" after a woman quoted, no man salient: not her',
      'Sandra Okoye, the regional minister, promised help for growers in her region. "The money is coming," Okoye said.\n\nThe gates of the depot opened at noon and the lorries rolled out.\n\n"It took long enough," he said.',
      'It took long',
      '!Sandra Okoye',
    ],
    // Counter-cases.
    [
      'counter: "she" that continues the woman quoted before stays hers',
      'Sandra Okoye, the regional minister, promised help for growers. "The money is coming," Okoye said.\n\nShe added that the first payments would arrive in spring.\n\n"Nobody will be forgotten," she said.',
      'Nobody will be',
      'Sandra Okoye',
    ],
    [
      'counter: a mayor thanked as an object is not the "she" who speaks next',
      'Sandra Okoye, the head teacher, said the new library was finished. "The pupils can move in on Monday," Okoye said.\n\nShe thanked Mayor Linda Farrow for the grant that paid for it.\n\n"Without that money we would still be waiting," she said.',
      'Without that money',
      'Sandra Okoye',
    ],
    [
      'counter: an indefinite that is no person does not take the pronoun',
      'Sandra Okoye, the health minister, said the service was under strain. "We need more staff," Okoye said.\n\nA report published on Monday found that waiting times had doubled.\n\n"Those figures are not a surprise," she said.',
      'Those figures',
      'Sandra Okoye',
    ],
    [
      'counter: an unnamed woman earlier in the story does not take "he" from the man just quoted',
      'A woman who runs the corner shop said trade had dried up.\n\nThomas Reid, the council\'s planning chief, said the road would reopen soon. "We know it has been hard," Reid said.\n\n"Businesses will get a rebate," he said.',
      'Businesses will',
      'Thomas Reid',
    ],
    [
      'counter: "A number of growers" brings in no one; "she" stays with the woman quoted before',
      'Sandra Okoye, the regional minister, promised help for growers in her region. "The money is coming," Okoye said.\n\nA number of growers have already applied for the grants.\n\n"We expect many more," she said.',
      'We expect many',
      'Sandra Okoye',
    ],
    // Swedish.
    [
      'sv: "säger kvinnan" after "En 52-årig kvinna" is the unnamed woman',
      'Kommunalrådet Anders Lindqvist säger att budgeten är stram.\n\n– Vi har inga marginaler kvar, säger Anders Lindqvist.\n\nEn 52-årig kvinna som bor nära stationen har väntat på bussen i två timmar.\n\n– Det är helt orimligt, säger kvinnan.',
      'Det är helt',
      'DESC',
    ],
    [
      'sv: "säger hon" after an unnamed woman, with a woman quoted before',
      'Kommunalrådet Karin Sjöberg säger att bussarna ska gå oftare.\n\n– Vi har hört klagomålen, säger Karin Sjöberg.\n\nEn äldre kvinna som väntar vid hållplatsen är inte övertygad.\n\n– Jag har hört det förut, säger hon.',
      'Jag har hört',
      'DESC',
    ],
    [
      'sv counter: "säger hon" continuing the woman quoted before',
      'Kommunalrådet Karin Sjöberg säger att bussarna ska gå oftare.\n\n– Vi har hört klagomålen, säger Karin Sjöberg.\n\nHon lovar att nya tidtabeller kommer i maj.\n\n– Det blir bättre, säger hon.',
      'Det blir bättre',
      'Karin Sjöberg',
    ],
    [
      'sv counter: a report brings in no one; the dash line after it stays with the woman quoted before',
      'Kommunalrådet Karin Sjöberg säger att bussarna ska gå oftare.\n\n– Vi har hört klagomålen, säger Karin Sjöberg.\n\nEn ny rapport visar att förseningarna har ökat.\n\n– Det är inte acceptabelt, säger hon.',
      'Det är inte',
      'Karin Sjöberg',
    ],
    // Spanish.
    [
      'es: a neighbour "de" a place who asked not to be named, then a subject-less verb',
      'La alcaldesa María Fernández aseguró que las ayudas llegarán pronto. "Nadie quedará atrás", dijo Fernández.\n\nUna vecina de Villaverde que pidió no ser identificada contó que el agua entró en su casa de madrugada.\n\n"Perdimos todo en una hora", relató.',
      'Perdimos todo',
      'DESC',
    ],
    [
      'es: a double surname in the tag names the woman introduced with it',
      'El concejal Pedro Ruiz defendió el presupuesto. "Es realista", afirmó Ruiz.\n\nLa médica Lucía Gómez Herrera atiende a los vecinos del barrio desde 2010.\n\n"Cada invierno es peor", explicó Gómez Herrera.',
      'Cada invierno',
      'Lucía Gómez Herrera',
    ],
    [
      'es: "un taxista" then "dijo" without subject',
      'El consejero Javier Morales anunció nuevas paradas. "Habrá más servicio", dijo Morales.\n\nUn taxista que espera en la parada de Atocha se queja de las obras.\n\n"Llevo tres horas sin un cliente", dijo.',
      'Llevo tres horas',
      'DESC',
    ],
    [
      'es counter: an object named after "agradeció al" does not take the subject-less verb',
      'La directora Elena Castro inauguró la biblioteca. "Es un sueño cumplido", dijo Castro.\n\nCastro agradeció al alcalde Juan Pérez su apoyo durante las obras.\n\n"Sin él no habría sido posible", añadió.',
      'Sin él no',
      'Elena Castro',
    ],
    [
      'es counter: "Un informe" brings in no one; the subject-less verb stays with the woman quoted before',
      'La consejera Elena Castro presentó el plan de empleo. "Es el mayor de la historia", dijo Castro.\n\nUn informe publicado el lunes advierte de que el paro juvenil sigue alto.\n\n"Lo sabemos y por eso actuamos", añadió.',
      'Lo sabemos',
      'Elena Castro',
    ],
    // German.
    [
      'de: "sagt er" after "Ein Anwohner" is the unnamed resident',
      'Bürgermeister Klaus Berger sagte, die Feuerwehr sei schnell gewesen. „Wir hatten großes Glück“, sagte Berger.\n\nEin Anwohner der Hauptstraße beobachtete das Feuer von seinem Balkon aus.\n\n„Es war furchtbar laut“, sagt er.',
      'Es war furchtbar',
      'DESC',
    ],
    [
      'de: a woman named as the object of an inverted sentence, then "die 31-Jährige" and "sie"',
      'Kita-Leiterin Sabine Krämer sagte, es fehlten Plätze. „Die Warteliste ist lang“, sagte Krämer.\n\nIn Neudorf erwartet Lena Hofbauer ihr zweites Kind. Die 31-Jährige arbeitet als Erzieherin.\n\n„Ich weiß nicht, wo mein Kind hin soll“, erzählt sie.',
      'Ich weiß nicht',
      'Lena Hofbauer',
    ],
    [
      'de: "Der 17-jährige X aus Y" then "sagt er"',
      'Schulleiter Martin Vogel sagte, der Busplan sei ein Problem. „Viele kommen zu spät“, sagte Vogel.\n\nDer 17-jährige Tim Schaller aus Oberdorf pendelt jeden Tag zwei Stunden.\n\n„Ich stehe um fünf Uhr auf“, sagt er.',
      'Ich stehe um',
      'Tim Schaller',
    ],
    [
      'de: the tag "sagte eine Anwohnerin" is the unnamed woman',
      'Bürgermeister Klaus Berger sagte, die Straße werde bald saniert. „Wir haben das Geld“, sagte Berger.\n\n„Das hören wir seit zehn Jahren“, sagte eine Anwohnerin.',
      'Das hören wir',
      'DESC',
    ],
    [
      'de counter: a mayor thanked in the dative is not the "sie" who speaks next',
      'Kita-Leiterin Sabine Krämer sagte, der Anbau sei fertig. „Wir können im Mai einziehen“, sagte Krämer.\n\nSie dankte Bürgermeister Jens Vogt für die schnelle Genehmigung.\n\n„Das ging schneller als gedacht“, sagte sie.',
      'Das ging schneller',
      'Sabine Krämer',
    ],
    [
      'de counter: a name after a pronoun subject and its verb is an object, not who speaks next',
      'Kita-Leiterin Sabine Krämer sagte, der Anbau sei fertig. „Wir können im Mai einziehen“, sagte Krämer.\n\nAm Montag traf sie Lena Hofbauer im Rathaus.\n\n„Die Stadt hat Wort gehalten“, sagte sie.',
      'Die Stadt hat',
      'Sabine Krämer',
    ],
    // French.
    [
      'fr: "confie-t-elle" after an anonymous nurse, with a woman quoted before',
      'La maire Claire Dubois a inauguré le nouveau service. « C\'est une étape importante », a déclaré Claire Dubois.\n\nUne infirmière, qui souhaite rester anonyme, décrit des journées de douze heures.\n\n« On n\'en peut plus », confie-t-elle.',
      'On n\'en peut',
      'DESC',
    ],
    [
      'fr: "raconte-t-il" after "Un habitant du quartier"',
      'Le préfet Henri Lambert a promis des renforts. « La situation est sous contrôle », a affirmé Henri Lambert.\n\nUn habitant du quartier a vu les flammes depuis sa fenêtre.\n\n« J\'ai cru que tout allait brûler », raconte-t-il.',
      'J\'ai cru',
      'DESC',
    ],
    // Italian.
    [
      'it: "racconta" after "Una pensionata" is the unnamed woman',
      'La sindaca Giulia Ferri ha annunciato i lavori. «Finiremo entro l\'estate», ha detto Ferri.\n\nUna pensionata che abita in via Garibaldi aspetta da mesi.\n\n«Nessuno ci ha mai avvisati», racconta.',
      'Nessuno ci ha',
      'DESC',
    ],
    [
      'it: "dice" after "Un residente" is the unnamed man',
      'Il sindaco Marco Bellini ha parlato di emergenza. «Serve aiuto dallo Stato», ha detto Bellini.\n\nUn residente di via Roma, che preferisce non dire il suo nome, ricorda la notte dell\'alluvione.\n\n«L\'acqua è salita in dieci minuti», dice.',
      'L\'acqua è salita',
      'DESC',
    ],
    // Portuguese.
    [
      'pt: "relatou" after an unnamed neighbour who asked not to be identified',
      'O prefeito Carlos Mendes prometeu reconstruir as casas. "Ninguém ficará sem teto", disse Mendes.\n\nUma moradora do bairro, que pediu para não ser identificada, contou que a água subiu rápido.\n\n"Não deu tempo de salvar nada", relatou.',
      'Não deu tempo',
      'DESC',
    ],
    [
      'pt: a person introduced by name in the sentence before wins over the one quoted earlier',
      'O prefeito Carlos Mendes prometeu reconstruir as casas. "Ninguém ficará sem teto", disse Mendes.\n\nO pescador Antônio Ribeiro perdeu o barco na enchente.\n\n"Era tudo o que eu tinha", lamentou.',
      'Era tudo',
      'Antônio Ribeiro',
    ],
    // Dutch.
    [
      'nl: "zegt hij" after "Een buurtbewoner" is the unnamed resident',
      'Burgemeester Pieter de Vries zei dat de brandweer snel ter plaatse was. "We hebben geluk gehad", zei De Vries.\n\nEen buurtbewoner zag de vlammen vanaf zijn balkon.\n\n"Het was ontzettend heet", zegt hij.',
      'Het was ontzettend',
      'DESC',
    ],
    [
      'nl: "zegt ze" after a woman introduced by name',
      'Wethouder Anouk Jansen zei dat de school open blijft. "Daar staan we voor", zei Jansen.\n\nLerares Marieke Bakker werkt al twintig jaar op de school.\n\n"Ik heb nooit getwijfeld", zegt ze.',
      'Ik heb nooit',
      'Marieke Bakker',
    ],
    // Russian.
    [
      'ru: "говорит она" after "Одна из жительниц", with a woman quoted before',
      'Глава района Ольга Петрова заявила, что ремонт закончат к зиме. «Деньги уже выделены», — сказала Петрова.\n\nОдна из жительниц дома рассказала, что воду отключили неделю назад.\n\n«Мы носим воду вёдрами», — говорит она.',
      'Мы носим',
      'DESC',
    ],
    [
      'ru: "говорит он" after a man introduced by name',
      'Глава района Ольга Петрова заявила, что ремонт закончат к зиме. «Деньги уже выделены», — сказала Петрова.\n\nПенсионер Виктор Соколов живёт в этом доме сорок лет.\n\n«Такого ещё не было», — говорит он.',
      'Такого ещё',
      'Виктор Соколов',
    ],
    // Arabic (RTL).
    [
      'ar: a tag of a two-word family name names the man introduced with it',
      'قال الوزير سمير الحداد إن المشروع سيكتمل قريبا. وأضاف الحداد: "نحن ملتزمون بالموعد".\n\nويعمل المهندس ياسر عبد الله الشامي في المحطة منذ عشر سنوات.\n\n"لم نر مثل هذا الضغط من قبل"، يقول عبد الله الشامي.',
      'لم نر',
      'ياسر عبد الله الشامي',
    ],
    [
      'ar: a role abbreviated with a dot before the name does not lose the speaker',
      'قالت الوزيرة هدى سليمان إن الجسر سيفتح في الربيع. وأضافت سليمان: "العمل يسير وفق الخطة".\n\nوقال م. رامي السعدي، مدير المشروع، إن الأمطار أخرت الأعمال.\n\n"خسرنا ثلاثة أسابيع"، قال السعدي.',
      'خسرنا ثلاثة',
      'رامي السعدي',
    ],
    [
      'ar: "تقول" after an unnamed woman of the neighbourhood',
      'قال الوزير سمير الحداد إن المساعدات ستصل هذا الأسبوع. وأضاف الحداد: "لن نترك أحدا".\n\nوقالت إحدى السيدات من سكان الحي إن المياه دخلت بيتها ليلا.\n\n"فقدنا كل شيء"، تقول.',
      'فقدنا كل',
      'DESC',
    ],
    [
      'ar: a family name of two words with the article, the given name left out, names the person introduced with it',
      'قال الوزير سمير الحداد إن الموسم سيكون جيدا. وأضاف الحداد: "الأسعار ستنخفض قريبا".\n\nويزرع حسن البدري الزين القمح في أرض عائلته منذ ثلاثين عاما.\n\n"لم نر مطرا بهذا القدر منذ سنوات"، يقول البدري الزين.',
      'لم نر مطرا',
      'حسن البدري الزين',
    ],
    [
      'ar: a role abbreviated with a dot right before the name in the sentence that opens the quote',
      'قالت الوزيرة هدى سليمان إن الجسر سيفتح في الربيع. وأضافت سليمان: "العمل يسير وفق الخطة".\n\nوقال م. رامي السعدي: "الأمطار أخرت أعمالنا ثلاثة أسابيع كاملة".',
      'الأمطار أخرت',
      'رامي السعدي',
    ],
    // Hebrew (RTL).
    [
      'he: a role abbreviated with gershayim before the name does not lose the speaker',
      'ראש העיר משה כהן אמר כי התקציב אושר. "זה יום חשוב לעיר", אמר כהן.\n\nעו"ד מיכל לוי מייצגת את התושבים בעתירה.\n\n"לא נוותר על הפארק", אמרה עו"ד מיכל לוי.',
      'לא נוותר',
      'מיכל לוי',
    ],
    [
      'he: "ד"ר" before a new woman, then "אומרת" without subject',
      'ראש העיר משה כהן אמר כי בית החולים יורחב. "אנחנו משקיעים בבריאות", אמר כהן.\n\nד"ר נועה ברק עובדת במחלקה כבר עשר שנים.\n\n"המחלקה מלאה כל לילה", היא אומרת.',
      'המחלקה מלאה',
      'נועה ברק',
    ],
    [
      'he: an unnamed resident who asked not to be identified',
      'ראש העיר משה כהן אמר כי הכביש ייפתח בקרוב. "אנחנו עובדים מסביב לשעון", אמר כהן.\n\nתושבת השכונה, שביקשה שלא להזדהות, סיפרה כי היא לא ישנה כבר שבוע.\n\n"הרעש בלתי נסבל", היא אומרת.',
      'הרעש בלתי',
      'DESC',
    ],
    // Japanese and Chinese (CJK).
    [
      'ja: a subject left out after an unnamed woman introduced',
      '田中太郎市長は「復旧を急ぐ」と述べた。\n\n近くに住む70代の女性は、水が夜のうちに上がったと話した。\n\n「何も持ち出せなかった」と語った。',
      '何も持ち出せなかった',
      'DESC',
    ],
    [
      'zh: "他说" after an unnamed man introduced',
      '市长王建国表示，救援物资已经送达。“我们不会放弃任何一个人，”王建国说。\n\n一名住在河边的男子说，洪水在半夜冲进了他的家。\n\n“我什么都没来得及拿，”他说。',
      '我什么都没',
      'DESC',
    ],
    [
      'zh counter: "她说" continuing the woman quoted before',
      '市长李秀英表示，救援物资已经送达。“我们不会放弃任何一个人，”李秀英说。\n\n她还表示，学校下周将恢复上课。\n\n“孩子们需要回到课堂，”她说。',
      '孩子们需要',
      '李秀英',
    ],
  ] as Array<[string, string, string, Expected]>)('%s', (_name, text, opening, expected) => {
    check(text, opening, expected);
  });
});
