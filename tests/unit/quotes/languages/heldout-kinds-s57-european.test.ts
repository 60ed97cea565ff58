// Kinds the fifty-seventh held-out set showed in European copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const SWEDISH_SO_SUMS_UP =
  'Bageriet i Norrvik stänger efter sextio år. Kommunalrådet Per Lind kallade beskedet tråkigt.\n\n' +
  '”Varje vecka som bageriet står tomt förlorar centrum kunder.”\n\n' +
  'Så sammanfattar Maja Ek, forskare vid Norrviks högskola, läget. Hon har studerat handeln i tio år.';
const SWEDISH_SO_CAME =
  'Bageriet i Norrvik stänger efter sextio år.\n\n' +
  '”Varje vecka som bageriet står tomt förlorar centrum kunder”, sade Per Lind.\n\n' +
  'Så kom Maja Ek till Norrvik för att studera handeln.';
const DANISH_WORDS_COME_FROM =
  'Skolen i Stenvad lukker til sommer. Borgmester Lars Bech kalder det nødvendigt.\n\n' +
  '»Vi hørte det først i radioen, og så var beslutningen taget.«\n\n' +
  'Ordene kommer fra Karen Holm, 52, der har tre børn på skolen.';
const FINNISH_THUS_JUDGES =
  'Kirjasto suljetaan ensi vuonna. Kaupunginjohtaja Olli Nieminen pitää päätöstä välttämättömänä.\n\n' +
  '”Lapset joutuvat jatkossa matkustamaan naapurikuntaan lainaamaan kirjoja.”\n\n' +
  'Näin arvioi Järvelän Vanhempainyhdistyksen puheenjohtaja Liisa Koski. Hänen mielestään päätös tehtiin liian nopeasti.';
const FINNISH_THUS_BODY_ONLY =
  'Kirjasto suljetaan ensi vuonna. Kaupunginjohtaja Olli Nieminen pitää päätöstä välttämättömänä.\n\n' +
  '”Lapset joutuvat jatkossa matkustamaan naapurikuntaan lainaamaan kirjoja”, hän sanoo.\n\n' +
  'Näin arvioi myös Järvelän Vanhempainyhdistys.';
const TURKISH_WORDS_BELONG =
  'Köydeki tek okul bu yıl kapanıyor. Valilik kararın kesin olduğunu açıkladı.\n\n' +
  '“Çocuğumu her sabah otobüsle on beş kilometre uzağa gönderiyorum.”\n\n' +
  'Bu sözler, iki çocuk annesi 38 yaşındaki Ayşe Demir\'e ait. Demir, okul kapısında bekliyor.';
const TURKISH_WORDS_OF_A_BODY =
  'Köydeki tek okul bu yıl kapanıyor. Muhtar Kemal Öztürk kararı eleştirdi.\n\n' +
  '“Okulun kapanması kesinleşmiş değildir” dedi Öztürk.\n\n' +
  'Bu sözler, Sarıdere Valiliği\'ne ait bir açıklamada da geçiyor.';
const CATALAN_CLITIC_ARTICLE =
  'La fleca del poble tancarà el mes que ve.\n\n' +
  '«Ara haurem d\'anar a comprar el pa a deu quilòmetres.»\n\n' +
  'Ho explica la Rosa Ferrer, de 80 anys, que viu al carrer Major.';
const CATALAN_ARTICLE_BEFORE_PLACE =
  'La fleca del poble tancarà el mes que ve. L\'alcaldessa, Marta Vidal, diu que hi ha poc a fer.\n\n' +
  '«Ara haurem d\'anar a comprar el pa a deu quilòmetres», ha dit Vidal.\n\n' +
  'Ho explica el Butlletí Oficial de la comarca.';

/** A quote standing alone, then the next paragraph says whose the words were and names the speaker first there (words-owned-after.ts). */
kindTable('A quote owned by the next paragraph\'s "these words come from / so sums up" sentence', [
  ['sv: `Så sammanfattar X, forskare …` after a lone quote is X', SWEDISH_SO_SUMS_UP, 'Varje vecka', 'Maja Ek', ANY],
  ['counter-case sv: `Så kom X till …` is no verb of saying: the tagged speaker stays', SWEDISH_SO_CAME, 'Varje vecka', 'Per Lind', ANY],
  ['da: `Ordene kommer fra X, 52,` after a lone quote is X', DANISH_WORDS_COME_FROM, 'Vi hørte det', 'Karen Holm', null],
  ['fi: `Näin arvioi <body> puheenjohtaja X` is X, the office its role', FINNISH_THUS_JUDGES, 'Lapset joutuvat', 'Liisa Koski', 'puheenjohtaja'],
  ['counter-case fi: `Näin arvioi myös <body>` names no person: the tagged speaker stays', FINNISH_THUS_BODY_ONLY, 'Lapset joutuvat', 'Olli Nieminen', ANY],
  ['tr: `Bu sözler, … X\'e ait.` ("these words belong to X") is X', TURKISH_WORDS_BELONG, 'Çocuğumu', 'Ayşe Demir', ANY],
  ['counter-case tr: a body in the dative before `ait` is no speaker', TURKISH_WORDS_OF_A_BODY, 'Okulun kapanması', 'Kemal Öztürk', ANY],
  ['ca: `Ho explica la X Y, de 80 anys,` is X Y', CATALAN_CLITIC_ARTICLE, 'Ara haurem', 'Rosa Ferrer', null],
  ['counter-case ca: `Ho explica el Butlletí …` is no person: the tagged speaker stays', CATALAN_ARTICLE_BEFORE_PLACE, 'Ara haurem', 'Marta Vidal', ANY],
]);

const GREEK_PLACE_GENITIVE_IN_ÁS =
  'Το νησί μένει χωρίς ρεύμα εδώ και τρεις μέρες.\n\n' +
  '«Δεν έχουμε ούτε φως ούτε νερό», δήλωσε ο δήμαρχος Κεφαλλονιάς Πέτρος Αλεξίου μετά τη σύσκεψη.';
const GREEK_DOUBLE_FIRST_NAME =
  'Το νησί μένει χωρίς ρεύμα εδώ και τρεις μέρες.\n\n' +
  '«Δεν έχουμε ούτε φως ούτε νερό», δήλωσε η δήμαρχος Άννα Μαρία Αλεξίου μετά τη σύσκεψη.';

/** `ο δήμαρχος <place in the genitive, -άς> X Y`: the place belongs to the office, the name is the last two words (el.ts). */
kindTable('A Greek place in the genitive accented -άς between the office and the name', [
  ['el: `ο δήμαρχος Κεφαλλονιάς X Y` is X Y', GREEK_PLACE_GENITIVE_IN_ÁS, 'Δεν έχουμε', 'Πέτρος Αλεξίου', 'δήμαρχος'],
  ['counter-case el: a double first name `Άννα Μαρία X` is kept whole', GREEK_DOUBLE_FIRST_NAME, 'Δεν έχουμε', 'Άννα Μαρία Αλεξίου', 'δήμαρχος'],
]);
