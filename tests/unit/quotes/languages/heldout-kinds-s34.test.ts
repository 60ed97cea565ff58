// Kinds the twenty-sixth session read (a fifteenth private set of invented articles, ten of them American political copy,
// and kinds left open on the fourteenth), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

/**
 * A body's name is no person: a run after a body's own word (`del Instituto Tinerfeño de …`) or ending on one
 * (`à Lyon Université`), Greek words all in the genitive plural after a role noun, a Romanian town hall in the genitive
 * (complement-run.ts, lang/opening-person.ts, lang/introduced-noun.ts, non-person-words.ts).
 */
const BODY_NAMES: KindCase[] = [
  ['es: `La investigadora …` after `X, investigadora del Instituto Tinerfeño de Ciencias Volcánicas,`', 'Lucía Brito, investigadora del Instituto Tinerfeño de Ciencias Volcánicas, mide el suelo cada semana. «El terreno sigue subiendo», afirma.\n\nLa investigadora recuerda la erupción de 2021. «Nadie quería creer los datos y luego fue tarde», lamenta.', 'Nadie quería', 'Lucía Brito', ANY],
  ['fr: `La biologiste …` after `X, biologiste à Rennes Université,`', 'Pour Claire Meunier, biologiste à Rennes Université, le bocage disparaît trop vite. « On perd des haies chaque hiver », dit-elle.\n\nLa biologiste a compté les oiseaux pendant dix ans. « Les chiffres parlent seuls », souligne-t-elle.', 'Les chiffres', 'Claire Meunier', ANY],
  ['el: `ο καθηγητής` after `X, καθηγητής Διαχείρισης Δασικών Πόρων`', 'Ο Νίκος Βλάχος, καθηγητής Διαχείρισης Δασικών Πόρων στο Πανεπιστήμιο Θεσσαλίας, μελετά τις πυρκαγιές.\n\n«Τα δάση δεν είναι έτοιμα για τέτοιο καλοκαίρι», λέει ο καθηγητής.', 'Τα δάση', 'Νίκος Βλάχος', ANY],
  ['ro: `Primăriei Cluj` is no person the pronoun after it stands for', 'Andrei Moldovan conduce serviciul de salubritate al Primăriei Cluj.\n\n„Gunoiul strâns noaptea ne costă dublu”, explică el.', 'Gunoiul strâns', 'Andrei Moldovan', ANY],
  ['counter-case es: `La concejala …` after `la concejala de Urbanismo Ana López`', 'En el pleno habló la concejala de Urbanismo Ana López. «El plan se votará en marzo», anunció.\n\nLa concejala respondió después a la oposición. «No hay prisa, hay calendario», zanjó.', 'No hay prisa', 'Ana López', ANY],
  ['counter-case el: `ο δήμαρχος` after `δήμαρχος Γιώργος Ράλλης`', 'Ο δήμαρχος Γιώργος Ράλλης επισκέφθηκε το λιμάνι.\n\n«Θα φτιάξουμε νέο μόλο», είπε ο δήμαρχος.', 'Θα φτιάξουμε', 'Γιώργος Ράλλης', ANY],
];

/**
 * Namesakes: a family name alone before its namesake is named stands for one named already (name-resolution.ts
 * `namedAlready`); when the text says two bearers are no kin, for the one named last close by (`latestBearer`,
 * namesakes.ts); a form of address keeps the gender's bearer; `säger Per X` keeps the first name `Per`.
 */
const NAMESAKES: KindCase[] = [
  ['es: `Martín paga …` before `Rosa Martín` is named', 'Tomás Martín Déniz riega sus papas al amanecer. «Cada gota cuenta», dice.\n\nMartín compra agua a un vecino desde mayo. «Pago el doble que hace dos años», explica.\n\nRosa Martín, ingeniera del cabildo, admite el problema. «Faltan pozos», afirma.', 'Pago el doble', 'Tomás Martín Déniz', ANY],
  ['en: `Ferris said` after a namesake who is no relation', 'County Chairman Dale Ferris opened the hearing at 7 p.m.\n\nThe swing vote belonged to Commissioner Roy Ferris, who is no relation to Dale. "I changed my mind twice today," Ferris said.', 'I changed', 'Roy Ferris', ANY],
  ['ro: `spune Ionescu` after `Mihai Ionescu … Nu este rudă cu Ana Ionescu`', '„Am văzut ursul de la geam”, povestește Ana Ionescu, pensionară.\n\nMihai Ionescu conduce paza parcului. Nu este rudă cu Ana Ionescu.\n\n„Urșii vin pentru gunoi”, explică el. „Închideți pubelele”, spune Ionescu.', 'Închideți', 'Mihai Ionescu', ANY],
  ['ro: the one named as no kin is not whom `explică el` stands for', '„Am văzut ursul de la geam”, povestește Ana Ionescu, pensionară.\n\nMihai Ionescu conduce paza parcului. Nu este rudă cu Ana Ionescu.\n\n„Urșii vin pentru gunoi”, explică el.', 'Urșii vin', 'Mihai Ionescu', ANY],
  ['sv: `säger Per X` keeps the first name', '– Vi väntar på beskedet, säger Karin Holm, som driver kaféet.\n\nRegionrådet Per Holm (M), ingen släkting till Karin, försvarar beslutet.\n\n– Pengarna räcker inte till allt, säger Per Holm.', 'Pengarna räcker', 'Per Holm', ANY],
  ['nl: `aldus X` after a namesake `geen familie`', '‘We verliezen klanten’, zegt bakker Jan Claes.\n\nVerderop staat Lotte Claes van de buurtvereniging – geen familie van Jan.\n\n‘De kinderen fietsen hier eindelijk veilig’, aldus Claes.', 'De kinderen', 'Lotte Claes', ANY],
  ['counter-case en: a wife named since leaves the family name to the one the story is about', 'Ben Carver has carved spoons for thirty years. "Wood tells you what it wants," Carver says.\n\nHis wife, Ada Carver, keeps the books. Carver laughs at the idea of retiring. "I would be bored in a week," he says.', 'I would be bored', 'Ben Carver', ANY],
  ['counter-case fr: `M. X` is the man of two namesakes', '« On ne lâchera rien », lance Pierre Dubois, président du comité.\n\nPour Julie Dubois, sans lien de parenté avec lui, le tram est une chance. « Enfin un transport rapide », dit-elle.\n\n« La commune ne nous écoute pas », s’agace M. Dubois.', 'La commune', 'Pierre Dubois', ANY],
  ['counter-case en: far from the namesake, the name alone is the one named first again', 'Council Member Ray Olsen led the opposition. "This will stall housing," Olsen said.\n\nGina Olsen, a tenant not related to him, came to support the plan. "I can finally plan ahead," she said.\n\nThe mayor will decide by Friday.\n\nSupporters cheered in the hallway.\n\nOlsen would not say whether he had the votes for an override: "Ask me next week."', 'Ask me next week', 'Ray Olsen', ANY],
];

/**
 * Subjects: a name set off by dashes before its verb (`X — no relation — runs …`), a Cyrillic role with a capitalised
 * genitive complement before the name, a sentence's closing noun being no role of the next paragraph's first word, and a
 * Polish trade noun opening the sentence (entities.ts, lang/opening-person.ts, person-mentions.ts, lang/pl.ts).
 */
const SUBJECTS: KindCase[] = [
  ['it: `X — … — fa il …. E spiega: «…»` after a namesake quoted', '«Il mercato è cambiato», attacca Anna Greco, presidente del consorzio.\n\nLuca Greco — nessun legame con lei — vende pesce da vent’anni. E spiega: «Il pesce buono ormai parte tutto per il nord».', 'Il pesce buono', 'Luca Greco', ANY],
  ['uk: `— каже дівчина` after `Студентка Київської … академії X купила`', 'Літня жінка в сірому береті, яка попросила не писати її прізвища, ходить до філармонії з 1980-х. «Ми тут щосуботи», — каже вона.\n\nСтудентка Київської національної музичної академії Олена Гнатюк купила квиток за 100 гривень. «Це мій перший концерт після сирен», — каже дівчина.', 'Це мій перший', 'Олена Гнатюк', ANY],
  ['pl: a noun closing the sentence before is no role of the next paragraph’s first word', 'Zofia Nowicka przez lata paliła węglem. „Było zimno i brudno” – wspomina emerytka.\n\nKominek rozebrała w zeszłym roku. „Teraz wnuki mogą oddychać” – mówi.', 'Teraz wnuki', 'Zofia Nowicka', ANY],
  ['pl: `Kominiarz, który …, mówi:` is someone unnamed', 'Gmina zapowiada kontrole.\n\nKominiarz, który pracuje na wschód od Lublina, mówi: „W piecach ląduje wszystko, nawet opony”.', 'W piecach', DESCRIBED, ANY],
  ['counter-case pl: a family name opening the sentence stays the person', 'Radny Piotr Sołtys zwołał zebranie.\n\nSołtys mówi: „Nie zgodzimy się na nowe wysypisko”.', 'Nie zgodzimy', 'Piotr Sołtys', ANY],
  ['counter-case it: a name and its apposition between commas, as before', '«Il mercato è cambiato», attacca Anna Greco, presidente del consorzio.\n\nLuca Greco, pescatore, vende pesce da vent’anni. E spiega: «Il pesce buono ormai parte tutto per il nord».', 'Il pesce buono', 'Luca Greco', ANY],
];

/**
 * American political copy: `the Laurel lawmaker` after `X, a first-term delegate from Laurel,`, `the Roxbury state senator`
 * (party-state.ts); `the elder X` of two bearers (namesakes.ts); `came from Rep. X, a freshman …. … he …`
 * (sole-introduction.ts); `said Ald. X (31st)` (names.ts, sentences.ts); `X, the steward of the Hollis Grange,` is a post
 * (roles.ts).
 */
const AMERICAN_REFERENCES: KindCase[] = [
  ['en: `the Laurel lawmaker` after `X, a first-term delegate from Laurel,`', 'Owen Pratt, a first-term delegate from Laurel, asked about the audit.\n\n“Somebody signed off on this,” the Laurel lawmaker said.', 'Somebody signed', 'Owen Pratt', ANY],
  ['en: `the Roxbury state senator` after `state Sen. X of Roxbury`', 'Mayor Ann Fuller and state Sen. Luis Marrero of Roxbury both filed papers on Monday.\n\n“The race starts tonight,” the Roxbury state senator said.', 'The race starts', 'Luis Marrero', ANY],
  ['en: `the younger X` is the child of two bearers', 'Judge Marta Brandt retired on Friday after 30 years. "I will miss the docket," she said.\n\nIn the front row sat her son, Ole Brandt, a public defender. "She taught me to read a file at the kitchen table," the younger Brandt said.', 'She taught me', 'Ole Brandt', ANY],
  ['en: `came from Rep. X, a second-term member …. … she told reporters:`', 'Chairwoman Hilda Marlow defended the rule change. "It is a routine fix," she said.\n\nThe sharpest attack came from Rep. Ines Calder (D-Ore.), a second-term member of the panel. In the hallway she told reporters: "Routine fixes do not need a midnight vote."', 'Routine fixes', 'Ines Calder', ANY],
  ['en: `said Ald. X (31st)`', 'The zoning vote was delayed again.\n\n“This block has waited long enough,” said Ald. Petra Gunn (31st), who called the meeting.', 'This block', 'Petra Gunn', ANY],
  ['en: `the steward said` after `X, the steward of the Hollis Grange,`', 'Abel Tarrant, the steward of the Hollis Grange, opened the hall for the meeting.\n\n“Half the members farm alone now,” the steward said.', 'Half the members', 'Abel Tarrant', ANY],
  ['counter-case en: one named as an object, `The crowd included Gov. X`, is not whom `he` is', 'Chairman Hugh Marlow spoke for an hour. The audience included Gov. Rhea Stone, a former rival.\n\n"Nothing about this rule is partisan," he said.', 'Nothing about', 'Hugh Marlow', ANY],
  ['counter-case en: `the Ohio Republican` after `Sen. X, R-Ohio,` as before', 'Sen. Rita Vance, R-Ohio, opened the hearing.\n\n“We will get this done,” the Ohio Republican said.', 'We will get', 'Rita Vance', ANY],
];

/** Places in Czech and Polish: a genitive adjective in -ého, a one-letter preposition opening the sentence (lang/newlang-roles.ts). */
const SLAVIC_PLACES: KindCase[] = [
  ['cs: `obyvatele Nového Města` is no person a dropped subject stands for', 'Předseda spolku Petr Král naopak mluví o dobrém kroku. Spolek sdružuje obyvatele Nového Města a Libně.\n\n„V našem domě bydlí jen dva lidé,“ popisuje.', 'V našem domě', 'Petr Král', ANY],
  ['pl: `W Gdyni woda …` names no one', 'Wiatr wiał całą noc. W Gdyni woda zalała bulwar.\n\n„Nigdy tego nie widziałem” – mówi.', 'Nigdy tego', UNNAMED, ANY],
  ['pl: `X – aside – nie kryje obaw:`', 'Wójt gminy Ewa Lipska – od roku na urzędzie – nie kryje obaw: „Bez nowej drogi szkoła straci połowę uczniów”.', 'Bez nowej drogi', 'Ewa Lipska', ANY],
  ['counter-case pl: `W. Nowak` with its initial’s full stop is a person', 'Radny W. Nowak otworzył sesję.\n\n„Zaczynamy od budżetu na przyszły rok” – mówi W. Nowak.', 'Zaczynamy', 'W. Nowak', ANY],
];

/**
 * Places and second verbs read as names: a street after an indefinite role (`un vecino de la avenida Emiliano Zapata`,
 * attribute.ts with origin-place.ts), Portuguese `no`/`em` before a place (person-mentions.ts), Italian `Ma` ("but") opening
 * a sentence (lang/opening-person.ts), Hebrew "and" glued to a present participle after the verb (lang/he.ts).
 */
const PLACES_AND_VERBS: KindCase[] = [
  ['es: `un vecino de la avenida Emiliano Zapata` is someone unnamed', 'El tanque comunitario lleva dos semanas vacío. “El repartidor nos cobró 800 pesos por adelantado”, sostiene un vecino de la avenida Emiliano Zapata, que prefirió no identificarse.', 'El repartidor', UNNAMED, ANY],
  ['pt: `no Bairro Alto` is a place, no speaker', 'Ele passou a manhã no Bairro Alto. “Foi cansativo”, admite.', 'Foi cansativo', UNNAMED, ANY],
  ['it: `Ma guarda …` opening a sentence is "but", no one’s description', '«Le arance non si vendono più», sottolinea Carla Neri.\n\nGiovanni Sala, per ora, tiene duro. Ma guarda i suoi alberi con preoccupazione. «Se il prezzo non sale, vendo tutto», conclude.', 'Se il prezzo', 'Giovanni Sala', ANY],
  ['he: `היא אומרת ומראה על …, "…"`: the second verb is no name', 'נעמה כהן גרה בקיבוץ מאז 1979.\n\n"כשהתחלנו לא היה כאן דבר", היא אומרת ומראה על הגדר הישנה, "את כל זה בנינו לבד, אבן אחרי אבן".', 'את כל זה', 'נעמה כהן', ANY],
  ['counter-case es: `un comerciante de la zona, X Y Z,` names him', '“Nos avisaron tarde”, sostiene un comerciante de la zona, Mario Ruiz Gil.', 'Nos avisaron', 'Mario Ruiz Gil', ANY],
  ['counter-case fr: `Ma mère disait :` stays a relative, unnamed', 'Jean Dupont vit ici depuis 1970. Ma mère disait souvent : « Il faut tenir bon. »', 'Il faut', UNNAMED, ANY],
];

/** Korean people unnamed by age group or a common noun (`60대 택시기사는`, `인근 주민은`, lang/ko.ts); a Turkish body's noun opening a sentence (lang/tr.ts). */
const UNNAMED_SUBJECTS: KindCase[] = [
  ['ko: `시장에서 만난 40대 상인은 이름을 밝히지 말아 달라며 "…"고 했다` is someone unnamed', '이정민 구청장은 "대책을 마련하겠다"고 말했다.\n\n시장에서 만난 40대 상인은 이름을 밝히지 말아 달라며 "매출이 반토막 났다"고 했다.', '매출이', DESCRIBED, ANY],
  ['tr: `Oda, … planlıyor.` then `"…" diye konuştu` is the chamber’s head, not the chamber', 'Esnaf Odası Başkanı Kemal Arslan da kiraların arttığını söyledi. Oda, konuyu valiliğe taşımayı planlıyor.\n\n"Dükkânları tek tek kapatıyoruz" diye konuştu.', 'Dükkânları', 'Kemal Arslan', ANY],
  ['counter-case ko: `주민 김영자 씨는` names her', '주민 김영자 씨는 "물이 안 나온다"고 말했다.', '물이 안', '김영자', ANY],
];

kindTable('Body names', BODY_NAMES);
kindTable('Namesakes', NAMESAKES);
kindTable('Subjects', SUBJECTS);
kindTable('American references', AMERICAN_REFERENCES);
kindTable('Slavic places', SLAVIC_PLACES);
kindTable('Places and second verbs', PLACES_AND_VERBS);
kindTable('Unnamed subjects', UNNAMED_SUBJECTS);
