// Kinds the fifty-third held-out set showed in German, Danish and Norwegian copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const NORWEGIAN_THAT_TELLS =
  'Brua over elva ble stengt i natt.\n\n' +
  '«Jeg så at hele brua ristet da lastebilen kjørte over.» Det forteller Sunniva Berg (41), som bor like ved elva.';
const NORWEGIAN_THAT_TELLS_NO_NAME =
  'Brua over elva ble stengt i natt.\n\n' +
  '«Jeg så at hele brua ristet da lastebilen kjørte over.» Det forteller noe om hvor gammel brua er.';
const GERMAN_CLEFT =
  'Die Brücke über die Enns bleibt gesperrt.\n\n' +
  '„Ich habe die ganze Brücke zittern sehen.“ Der das sagt, ist Jonas Weber. Der Fischer wohnt seit 1980 am Fluss.';
const GERMAN_CLEFT_NO_NAME =
  'Die Brücke über die Enns bleibt gesperrt.\n\n' +
  '„Ich habe die ganze Brücke zittern sehen.“ Der das sagt, ist seit Jahren Fischer am Fluss.';

/** `«…» Det forteller X (41), som …`, `„…“ Der das sagt, ist X.`: a sentence after the quote naming who said it (lang/next-sentence-unnamed.ts). */
kindTable('"That tells X" and "the one who says that is X" after a quote name its speaker', [
  ['nb: `«…» Det forteller X (41), som …` is X', NORWEGIAN_THAT_TELLS, 'Jeg så at hele brua', 'Sunniva Berg', ANY],
  ['counter-case nb: `Det forteller noe om …` names nobody', NORWEGIAN_THAT_TELLS_NO_NAME, 'Jeg så at hele brua', UNNAMED, ANY],
  ['de: `„…“ Der das sagt, ist X.` is X', GERMAN_CLEFT, 'Ich habe die ganze', 'Jonas Weber', ANY],
  ['counter-case de: `Der das sagt, ist seit Jahren Fischer` names nobody', GERMAN_CLEFT_NO_NAME, 'Ich habe die ganze', UNNAMED, ANY],
]);

const DANISH_EXPLAINS_BEFORE_COLON =
  'Den nye bro bliver forsinket igen.\n\n' +
  'På entreprenørens kontor forklarer teknisk direktør Jens Holmgaard: »Stålet er leveret for sent, og vi må vente på en ny prøve.«\n\n' +
  '»Vi gør, hvad vi kan«, siger han til Radio Vestkyst.';
const DANISH_EXPLAINS_OBJECT =
  'Den nye bro bliver forsinket igen.\n\n' +
  'På entreprenørens kontor forklarer man situationen sådan: »Stålet er leveret for sent, og vi må vente på en ny prøve.«';

/** `På X forklarer direktør Y Z: »…«`: a verb of explaining before its subject and a colon, the name its speaker (lang/da-no.ts). */
kindTable('A Danish verb of explaining before its subject and a colon', [
  ['da: `forklarer teknisk direktør X: »…«` is X', DANISH_EXPLAINS_BEFORE_COLON, 'Stålet er leveret', 'Jens Holmgaard', 'direktør'],
  ['da: the next `siger han` is X too', DANISH_EXPLAINS_BEFORE_COLON, 'Vi gør, hvad vi kan', 'Jens Holmgaard', ANY],
  ['counter-case da: `forklarer man situationen sådan:` names nobody', DANISH_EXPLAINS_OBJECT, 'Stålet er leveret', UNNAMED, ANY],
]);

const GERMAN_BODY_AFTER_NAME =
  'Das Gutachten zur Hafenmauer liegt vor.\n\n' +
  '„Die Mauer ist am Ende“, sagt Gutachter Paul Krenn von der Prüfstelle für Wasserbau in Linz. „Eine Sanierung kostet Millionen.“\n\n' +
  'Linz sei kein Einzelfall. „Das betrifft viele kleine Häfen“, so Krenn.';
const GERMAN_PARTICLE_NAME =
  'Das Gutachten zur Hafenmauer liegt vor.\n\n' +
  '„Die Mauer ist am Ende“, sagt Kommissarin Helga von der Heide. „Eine Sanierung kostet Millionen.“';
const GERMAN_TWO_GIVEN_NAMES_PARTICLE =
  'Das Gutachten zur Hafenmauer liegt vor.\n\n' +
  '„Die Mauer ist am Ende“, sagt Karl Heinz von der Aue. „Eine Sanierung kostet Millionen.“\n\n' +
  'Von der Aue leitet das Amt seit 2015.';

/**
 * `sagt Gutachter X Y von der Prüfstelle für …`, later `so Y`: the body after a full name is where the person works
 * (lang/latin-reader-words.ts's body nouns, name-bounds.ts's surname used alone); a particle name keeps its particle.
 */
kindTable('A German body after a full name is no part of the name', [
  ['de: `sagt Gutachter X Y von der Prüfstelle für …` is X Y', GERMAN_BODY_AFTER_NAME, 'Die Mauer ist am Ende', 'Paul Krenn', 'Gutachter'],
  ['de: the later `so Y` is X Y too', GERMAN_BODY_AFTER_NAME, 'Das betrifft viele', 'Paul Krenn', ANY],
  ['counter-case de: `Helga von der Heide`, one given name, keeps the particle', GERMAN_PARTICLE_NAME, 'Die Mauer ist am Ende', 'Helga von der Heide', ANY],
  ['counter-case de: `Karl Heinz von der Aue`, never called `Heinz` alone, keeps it', GERMAN_TWO_GIVEN_NAMES_PARTICLE, 'Die Mauer ist am Ende', 'Karl Heinz von der Aue', ANY],
]);
