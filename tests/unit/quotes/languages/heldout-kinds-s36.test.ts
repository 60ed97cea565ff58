// Kinds the twenty-eighth session read (a seventeenth private set of invented articles, ten of them American political
// copy), each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const HEARING =
  'Brightwell Labs’ chief executive, Nora Quist, said the firm had kept its list prices flat for years.\n\n' +
  'Later, Mara Delgado, who leads the advocacy group Parents for Cheaper Inhalers, described rationing inhalers for her son. She said they once crossed into Mexico for cheaper doses.\n\n' +
  '"I have counted pills at midnight," Delgado told the panel.\n\n' +
  '"The executives keep promising savings," she said, "but my pharmacy never heard of them."\n\n' +
  'After the vote, a woman in the hallway holding a "Cap Prices Now" sign, who would not give her name, said she had come from Delaware. "Same speeches every year," she said.';

/**
 * American copy: a group's name after a capitalised plural and "for" is no person (person-mentions.ts); words in quotation
 * marks and plurals are no described subject (described-subjects.ts); a title-cased sign inside a sentence is no one's turn
 * (filter.ts isCarriedTitle); an opening "After …," before an unnamed person (inner-introduction.ts); a lone first name
 * set beside an age or a withheld family name (lone-names.ts); "Results show X" is a verb (person-mentions.ts); a board is
 * a body; "Asked about … like X, the speaker said" gives X no role (roles.ts).
 */
const AMERICAN_COPY: KindCase[] = [
  ['en: "she said" after "X told the panel", past a group named "… for …"', HEARING, 'The executives keep', 'Mara Delgado', ANY],
  ['en: `After the vote, a woman … who declined to give her name` after a split quote and a sign in marks', HEARING, 'Same speeches', DESCRIBED, null],
  ['en: `Rafe, a 19-year-old sophomore who asked that only his first name be printed, said` then "he says"', 'The vote split the board. "We supervise, we do not run counties," said Oren Falk, a board member from Boone.\n\nOn the quad, Rafe, a 19-year-old sophomore who asked that only his first name be printed, said he had voted on campus before.\n\n"I would need a ride to get anywhere else," he says.', 'I would need', 'Rafe', ANY],
  ['en: `Early returns show Lakshmi Rao ahead` names her in full', 'Early returns show Democrat Lakshmi Rao ahead of Republican Tod Brenner by 90 votes.\n\nRao, a former city clerk who spent the week calling donors, called the challenge a bid to "toss the ballots of people who made a small mistake."', 'toss the ballots', 'Lakshmi Rao', ANY],
  ['en: `Asked about critics like X, the speaker said …. "…," he said` is the speaker', 'The measure would also hand the State Canvass Board new powers.\n\nHouse Speaker Aldo Prine, R-Dayton, called the bill overdue.\n\nSecretary of State Luis Ocampo testified for it. "We caught thousands of bad names," Ocampo said.\n\nWanda Pike, a volunteer with a voters’ league, watched from the gallery. "Nobody pays me a cent," Pike said.\n\nAsked about volunteers like Pike, the speaker said volunteers would be spared. "Volunteers have nothing to fear here," he said.', 'Volunteers have', 'Aldo Prine', ANY],
  ['counter-case en: "The treasurer was not persuaded" still stands for the treasurer', 'Treasurer Helen Ruiz spoke first. Governor Tom Hale spoke next.\n\nThe treasurer was not persuaded. "These numbers do not add up," she said.', 'These numbers', 'Helen Ruiz', ANY],
  ['counter-case en: `Rosa, 67, said` after someone of that first name in full keeps the full name', 'Rosa Linares runs the shop. Rosa, who is 67, said rents doubled.\n\n"We cannot stay," Rosa Linares said.', 'We cannot stay', 'Rosa Linares', ANY],
];

/**
 * German and Hungarian: a dot inside a word (`Ver.di`) ends no tag (index.ts); a span of years after a number opens no
 * name (names.ts); a union's noun is a body (non-person-words.ts); a fronted `Ob …,` clause puts the subject after the verb
 * (lang/german-inverted.ts); a Hungarian incise with a role after the name's comma (lang/incise.ts), one utterance across
 * the incise's closing dash (utterances.ts); an age in digits before the name after the verb (lang/adjacent.ts).
 */
const GERMAN_HUNGARIAN: KindCase[] = [
  ['de: `rief Ver.di-Sprecherin X Y` is X Y', 'Der Ausstand von Ver.di legte die Kliniken lahm.\n\n„Wir haben lange genug gewartet“, rief Ver.di-Sprecherin Jana Wiesner vor dem Tor.', 'Wir haben lange', 'Jana Wiesner', ANY],
  ['de: `seit 22 Jahren Kranführer` is no name', 'Olaf Brinkmann, seit 22 Jahren Kranführer im Hafen, steht am Zaun. „Wir wollen einen fairen Lohn“, sagt der 54-Jährige.', 'Wir wollen einen', 'Olaf Brinkmann', ANY],
  ['de: `Ob …, ließ X offen. „…“, sagte sie` after an unnamed speaker is X', '„Wir streiken weiter“, sagte Jana Wiesner.\n\nDie Stadt mahnte zur Eile. Eine Sprecherin der Stadt sagte: „Wir mischen uns nicht ein.“\n\nOb es nach dem Wochenende zu weiteren Schließungen der Stationen kommt, ließ Wiesner offen. „Darüber entscheidet die Klinikleitung“, sagte sie.', 'Darüber entscheidet', 'Jana Wiesner', ANY],
  ['hu: `„A – mondta X Y, az egyesület elnöke. – B”` is X Y', 'A tó mellett élnek.\n\n„Nem a strand ellen vagyunk – mondta Fodor Ildikó, a Tiszta Tóért Egyesület elnöke. – Csak tudni akarjuk, mi van a vízben.”', 'Csak tudni', 'Fodor Ildikó', ANY],
  ['hu: `– mondta a 71 éves X Y nyugdíjas` is X Y', 'A tó mellett élnek.\n\n„Ötven éve úszom itt” – mondta a 71 éves Bakos Jenő nyugdíjas, aki a part mellett lakik.', 'Ötven éve', 'Bakos Jenő', ANY],
  ['counter-case de: `In drei Jahren` before a full name leaves the name', 'In drei Jahren will Petra Lohmann in Rente gehen. „Der Plan steht“, sagte Lohmann.', 'Der Plan steht', 'Petra Lohmann', ANY],
];

/** Turkish: `X'e göre “…”` is "according to X" (lang/tr.ts); an unnamed subject after a participle clause, set off by `ise`. */
const TURKISH: KindCase[] = [
  ['tr: `Doç. Yalçın\'a göre “…”` is the one named in full before', 'Doç. Dr. Selim Yalçın konuştu.\n\nDoç. Yalçın\'a göre “onarım, yıkıp yeniden yapmaktan ucuz ve çabuk bir yol”.', 'onarım', 'Selim Yalçın', ANY],
  ['tr: `… nöbet tutan ve ismini vermek istemeyen bir hemşire ise “A. B” dedi.` is someone unnamed', 'Hastane boşaltılıyor.\n\nKonak\'taki bir hastanede nöbet tutan ve ismini vermek istemeyen bir hemşire ise “Koridorlarda yatak var. Kimse bize bir şey söylemiyor” dedi.', 'Koridorlarda', DESCRIBED, null],
];

/** A place joined to another by a dash (`Ahuntsic–Le Plateau`) and a group named after its noun (`del comitato X Y`) are no person (person-mentions.ts). */
const BODIES_AND_PLACES: KindCase[] = [
  ['fr: `Verdun–La Haute-Ville` is no one, so "raconte-t-il" after an unnamed worker stays unnamed', 'Les contrats de Verdun–La Haute-Ville sont visés.\n\nMme Lucie Fortin a parlé. « Rien n’a été vérifié », a-t-elle ajouté.\n\nCe témoin, un chauffeur qui a demandé l’anonymat, a accepté de nous parler. « Les camions repartaient vides », raconte-t-il.', 'Les camions', UNNAMED, ANY],
  ['it: `…, che guida il comitato di quartiere Campo Aperto di Lido` is no name, so "aggiunge l’attivista" is her', 'Più critica Marta Zennaro, che guida il comitato di quartiere Campo Aperto di Lido. «Il biglietto non basta», dice.\n\nSecondo il comitato, gli abitanti calano. «Chiude un altro forno», aggiunge l’attivista.', 'Chiude un altro', 'Marta Zennaro', ANY],
  ['fr: `la Ville de Québec` is no one, so "dit-il" after an unnamed witness stays unnamed', 'La Ville de Québec a versé les sommes.\n\nMme Lucie Fortin a parlé. « Rien n’a été vérifié », a-t-elle ajouté.\n\nCe témoin, un chauffeur qui a demandé l’anonymat, a accepté de nous parler. « Les camions repartaient vides », dit-il.', 'Les camions', UNNAMED, ANY],
  ['zh: `X昨日（13日）在記者會上表示：` is X', '業界估計情況越來越差。\n\n全港的士司機協會主席馮志強昨日（13日）在記者會上表示：「入行的人越來越少，再這樣下去會有很多車停駛。」', '入行的人', '馮志強', ANY],
  ['counter-case en: `committee Chairman X Y` keeps X Y a person', 'The bill passed. "This is for farmers," committee Chairman Dale Voss said.\n\nVoss answered that nobody would lose. "Not one family," the chairman said.', 'Not one family', 'Dale Voss', ANY],
];

/** Finnish: a firm closed by its legal form after a full name (lang/name-bounds.ts); a place before a number after the verb (lang/adjacent.ts). */
const FINNISH: KindCase[] = [
  ['fi: `X Y Oulun Satama Oy:stä … Y sanoo:` is X Y', 'Satama laajenee.\n\nKehitysjohtaja Mikael Nieminen Oulun Satama Oy:stä kertoo, että työt etenevät aikataulussa. Nieminen sanoo: ”Aloitamme pohjoisesta laiturista.”', 'Aloitamme', 'Mikael Nieminen', ANY],
  ['fi: `sanoo Kauppakadulla 30 vuotta kioskia pitänyt X Y` is X Y', 'Keskustan työmaa alkaa keväällä.\n\n”Asiakkaat eivät pääse ovelle”, sanoo Kauppakadulla 30 vuotta kioskia pitänyt Raija Lehto.', 'Asiakkaat eivät', 'Raija Lehto', ANY],
];

/** Japanese: a family name alone is the one speaker of that name quoted earlier, however many spoke since (salience.ts). */
const JAPANESE: KindCase[] = [
  ['ja: `北沢市長は` after four other speakers is 北沢浩之', '旭川市は予算を削る。北沢浩之・旭川市長は会見で「申し訳ない」と述べた。\n\n商店街の店主は「客が減る」と話した。\n\n観光協会の担当者は「工夫したい」と説明する。\n\n建設会社の社員は「例年通りだ」と答えた。\n\n市議会の議員は「疑問が残る」と語った。\n\n最後に北沢市長は「雪の季節は続く」と話した。', '雪の季節', '北沢浩之', ANY],
];

/**
 * Catalan: "no té cap relació" says two namesakes are no kin (namesakes.ts); an institution, `de` and a one-word place
 * before a full name (names.ts); `Al barri de X,` opens a clause before an unnamed neighbour (inner-introduction.ts).
 */
const CATALAN: KindCase[] = [
  ['ca: `X Y, …, sense cap parentiu amb la regidora` then `lamenta Y` is X Y', 'La regidora Anna Puig ha defensat les restriccions. «Cal estalviar», ha dit Puig.\n\nJordi Puig, pagès de Salt sense cap parentiu amb la regidora, no amaga el seu enuig. «Si no puc regar, perdo la fruita», diu.\n\n«Abans l’aigua era de tots», lamenta Puig.', 'Abans l’aigua', 'Jordi Puig', ANY],
  ['ca: `La biòloga de la Universitat de Vic Marta Soler … va advertir Soler` is Marta Soler', 'La biòloga de la Universitat de Vic Marta Soler ho explica: «La sequera ja és normal aquí.»\n\n«Cada estiu ens n’oblidem», va advertir Soler.', 'Cada estiu', 'Marta Soler', ANY],
  ['ca: `Al barri de Sant Narcís, una veïna que prefereix no donar el seu nom …` is someone unnamed', 'Segons el portaveu de la plataforma, Pere Roca, «cal actuar ja».\n\nAl barri de Sant Narcís, una veïna que prefereix no donar el seu nom carregava garrafes al carrer. «A casa no me’n fio», explica.', 'A casa no', DESCRIBED, null],
];

/** A Greek `Στην` (in the) opening a sentence opens no name (names.ts). */
const LONG_TAGS: KindCase[] = [
  ['el: `Στην Πάτρα` before an unnamed woman names no one', 'Ο Γιώργος Παππάς μίλησε πρώτος. «Δεν αντέχουμε άλλο», είπε ο Παππάς.\n\nΣτην Πάτρα οι ουρές μεγάλωσαν. Στην είσοδο του σταθμού, μια ηλικιωμένη κυρία, που ζήτησε να μη γραφτεί το όνομά της, ρώτησε: «Πώς να πάω στη θεραπεία;»', 'Πώς να πάω', UNNAMED, ANY],
];

/** Romance inversion after a place (`À porta da junta esperava X`): X is the subject a dropped one refers to, no role (lang/german-inverted.ts). */
const ROMANCE_INVERSION: KindCase[] = [
  ['pt: `À porta da junta esperava X Y, 81 anos, … "…", conta` is X Y, no role', '"As rendas subiram outra vez", afirmou Sofia Antunes.\n\nÀ porta da junta esperava Rosa Maria Pires, 81 anos, moradora na Mouraria há sessenta anos. O prédio foi comprado por um fundo em maio. "Deram-me até junho para sair", conta, em voz baixa.', 'Deram-me', 'Rosa Maria Pires', null],
];

/** Korean: a district or party in brackets after the name (`X(동구) 의원은`), as an age would be (lang/ko.ts). */
const KOREAN: KindCase[] = [
  ['ko: `X(동구) 의원은 “…”고 비판했다` is X, after a professor quoted before', '한국해양대 박민수 교수는 “주민 의견을 먼저 들어야 한다”고 말했다.\n\n시의회 교통위원회 최수진(동구) 의원은 “셔틀버스 계획부터 공개해야 한다”고 비판했다.', '셔틀버스', '최수진', ANY],
];

kindTable('American copy (s36)', AMERICAN_COPY);
kindTable('Korean (s36)', KOREAN);
kindTable('Romance inversion (s36)', ROMANCE_INVERSION);
kindTable('Long tags (s36)', LONG_TAGS);
kindTable('Catalan (s36)', CATALAN);
kindTable('Japanese (s36)', JAPANESE);
kindTable('Finnish (s36)', FINNISH);
kindTable('Bodies and places (s36)', BODIES_AND_PLACES);
kindTable('Turkish (s36)', TURKISH);
kindTable('German and Hungarian (s36)', GERMAN_HUNGARIAN);

describe('A Hungarian incise with a role after the name is one utterance', () => {
  it('gives both parts one utterance index', () => {
    const quotes = findQuotes('A tó mellett élnek.\n\n„Nem a strand ellen vagyunk – mondta Fodor Ildikó, a Tiszta Tóért Egyesület elnöke. – Csak tudni akarjuk, mi van a vízben.”');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.utterance).toBe(quotes[1]!.utterance);
  });
});

describe('A noun for a work before the marks makes them a title', () => {
  const texts = (text: string) => findQuotes(text).map((quote) => quote.text);
  it('leaves out a sentence-case title after "il dossier", "la campagne", "die Studie"', () => {
    expect(texts('Laura Dal Zotto, portavoce del comitato, ha presentato il dossier «Una città in vendita?». «Chiudono i negozi e aprono i bed and breakfast», dice.')).not.toContain('Una città in vendita?');
    expect(texts('Le collectif a lancé la campagne « Rester ici, vivre ici » en mars. « On ne partira pas », dit Marc Hubert.')).not.toContain('Rester ici, vivre ici');
    expect(texts('Der Verband legte die Studie „Wohnen ohne Auto“ vor. „Die Zahlen sind eindeutig“, sagte Eva Brandl.')).not.toContain('Wohnen ohne Auto');
  });
  it('counter-case: words said right after a verb, and a partial quote after a noun in lower case, stay quotations', () => {
    expect(texts('Il sindaco Marco Bellin ha detto «Non torneremo indietro» ai giornalisti.')).toContain('Non torneremo indietro');
    expect(texts('The report “found serious gaps in oversight,” said Senator Ana Wolfe.')).toContain('found serious gaps in oversight,');
  });
});
