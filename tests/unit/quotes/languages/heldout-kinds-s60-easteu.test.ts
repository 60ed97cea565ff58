// Kinds the sixtieth held-out set showed in Estonian, Lithuanian, Hungarian and Slovene copy, each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const ESTONIAN_STATION_LISTENER =
  'Sadama laiendamine lükkub edasi. „Meie eelarve on sel aastal väga pingeline, seega peame ootama kevadeni,“ ütles Rannaküla linnapea Mart Kuusk Raadio Pärlile. Volikogu arutab seda mais.';
const ESTONIAN_PAPER_LISTENER =
  'Sadama laiendamine lükkub edasi. „Meie eelarve on sel aastal väga pingeline, seega peame ootama kevadeni,“ ütles linnapea Mart Kuusk Postimehele. Volikogu arutab seda mais.';
const ESTONIAN_NO_LISTENER =
  'Sadama laiendamine lükkub edasi. „Meie eelarve on sel aastal väga pingeline, seega peame ootama kevadeni,“ ütles Rannaküla linnapea Mart Kuusk. Volikogu arutab seda mais.';
const ITALIAN_NAME_ENDING_SO = 'Il concerto è finito tardi. «Ci vuole pazienza con questo pubblico», ha detto il cantante Pino Daniele.';

/** `ütles vallavanem X Y Raadio Zle.`: the listener in the allative after the name, a station's kind word before it (lang/listener-allative.ts). */
kindTable('An Estonian listener in the allative after the name is no part of it', [
  ['et: `ütles linnapea X Y Raadio Pärlile` is X Y, the station spoken to', ESTONIAN_STATION_LISTENER, 'Meie eelarve', 'Mart Kuusk', 'linnapea'],
  ['et: `ütles linnapea X Y Postimehele` is X Y', ESTONIAN_PAPER_LISTENER, 'Meie eelarve', 'Mart Kuusk', 'linnapea'],
  ['counter-case et: no listener, the name stays whole', ESTONIAN_NO_LISTENER, 'Meie eelarve', 'Mart Kuusk', 'linnapea'],
  ['counter-case it: a family name in -le outside Estonian and Finnish stays (`Pino Daniele`)', ITALIAN_NAME_ENDING_SO, 'Ci vuole pazienza', 'Pino Daniele', ANY],
]);

const LITHUANIAN_SCHOLAR_OPENING =
  'Koncertų salėje susirinko daug klausytojų. Muzikologė Rūta Vaitkienė koncertą pavadino metų įvykiu. „Tokio skambesio niekas negirdėjo, tai tikras lobis“, – pridūrė specialistė.';
const LITHUANIAN_NAME_OPENING =
  'Koncertų salėje susirinko daug klausytojų. Rūta Vaitkienė koncertą pavadino metų įvykiu. „Tokio skambesio niekas negirdėjo, tai tikras lobis“, – pridūrė ji.';

/** `Teatrologė X Y …`: a Baltic scholar's noun opening the run is a role, never a first name (lang/role-nouns.ts isOccupationByForm). */
kindTable('A Lithuanian noun for a scholar opening a sentence is the role, not part of the name', [
  ['lt: `Muzikologė X Y …` … `– pridūrė specialistė` is X Y, a musicologist', LITHUANIAN_SCHOLAR_OPENING, 'Tokio skambesio', 'Rūta Vaitkienė', 'muzikologė'],
  ['counter-case lt: `X Y` opening the sentence with no role stays X Y', LITHUANIAN_NAME_OPENING, 'Tokio skambesio', 'Rūta Vaitkienė', ANY],
]);

const HUNGARIAN_DESCRIPTOR_NAME_COLON =
  'A meccs után a szurkolók a pályára rohantak. A Vasas horvát kapusa, Ivan Horvat a sajtótájékoztatón így fogalmazott: „Ez a siker az egész csapaté, nem csak az enyém.”';
const HUNGARIAN_DESCRIPTOR_NAME_COMMAS =
  'A meccs után a szurkolók a pályára rohantak. A Vasas kapusa, Ivan Horvat, így fogalmazott: „Ez a siker az egész csapaté, nem csak az enyém.”';
const ENGLISH_APPOSED_NO_CLOSING_COMMA = 'The final ended late. The club’s captain, Jane Doe told reporters: "This one belongs to the whole squad."';

/** `A Vasas kapusa, X Y a … így fogalmazott:`: a descriptor, its comma and the name with no comma closing it (sentence-subject.ts). */
kindTable('A descriptor set before the named subject of a colon sentence gives way to the name', [
  ['hu: `A <club> kapusa, X Y a sajtótájékoztatón így fogalmazott:` is X Y', HUNGARIAN_DESCRIPTOR_NAME_COLON, 'Ez a siker', 'Ivan Horvat', ANY],
  ['counter-case hu: the name closed by its comma, read as before', HUNGARIAN_DESCRIPTOR_NAME_COMMAS, 'Ez a siker', 'Ivan Horvat', ANY],
  ['en: `The club’s captain, X Y told reporters:` is X Y', ENGLISH_APPOSED_NO_CLOSING_COMMA, 'This one belongs', 'Jane Doe', ANY],
]);

const HUNGARIAN_MANNER_ADVERB =
  'A döntő után csend volt az öltözőben. „Sokat tanultunk ma, de nagyon fáj ez a vereség” – mondta halkan Szűcs Gábor, a vendégek edzője.';
const HUNGARIAN_ROLE_AFTER_NAME =
  'A döntő után csend volt az öltözőben. „Sokat tanultunk ma, de nagyon fáj ez a vereség” – mondta Szűcs Gábor vezetőedző.';

/** `– mondta halkan X Y`: a Hungarian adverb of manner between the verb and the name is no role (lang/hungarian-dative.ts). */
kindTable('A Hungarian adverb of manner after the verb is no role', [
  ['hu: `– mondta halkan X Y, a vendégek edzője` has the apposition’s role, not `halkan`', HUNGARIAN_MANNER_ADVERB, 'Sokat tanultunk', 'Szűcs Gábor', '=vendégek edzője'],
  ['counter-case hu: `– mondta X Y vezetőedző` keeps the role', HUNGARIAN_ROLE_AFTER_NAME, 'Sokat tanultunk', 'Szűcs Gábor', 'vezetőedző'],
]);

const SLOVENE_ROLE_NAME_DA_COLON =
  'Dela na cesti skozi dolino so skoraj končana. Vodja gradbišča Podjetja za ceste in mostove Rok Zajc je pojasnil, da gre le za začasno zaporo: »Cesto bomo odprli do petka. Potem bo promet spet normalen.«';
const SLOVENE_NAME_COLON =
  'Dela na cesti skozi dolino so skoraj končana. Rok Zajc je pojasnil: »Cesto bomo odprli do petka. Potem bo promet spet normalen.«';
const SLOVENE_PREPOSITION_OPENING =
  'Dela na cesti skozi dolino so skoraj končana. V pogovoru za radio je vodja gradbišča pojasnil, da gre le za začasno zaporo: »Cesto bomo odprli do petka. Potem bo promet spet normalen.«';

/** `Vodja … <body> X Y je pojasnil, da …: »…«`: a role opening the sentence, the name, the auxiliary and a `da` clause (lang/role-name-colon.ts). */
kindTable('A Slovene role, the name and `je <verb>, da …:` before the quote', [
  ['sl: `Vodja gradbišča <body> X Y je pojasnil, da …:` is X Y', SLOVENE_ROLE_NAME_DA_COLON, 'Cesto bomo odprli', 'Rok Zajc', 'vodja'],
  ['counter-case sl: `X Y je pojasnil:` as before', SLOVENE_NAME_COLON, 'Cesto bomo odprli', 'Rok Zajc', ANY],
  ['counter-case sl: a preposition opening the sentence, no name: no one named', SLOVENE_PREPOSITION_OPENING, 'Cesto bomo odprli', UNNAMED, ANY],
]);
