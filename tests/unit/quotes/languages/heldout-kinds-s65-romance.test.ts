// Kinds the sixty-fifth held-out set showed in French, Italian and Spanish copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const TRIAL_OPENING =
  "Le procès s'est ouvert mardi. Bernard Lefort, 57 ans, ancien directeur de l'usine, est poursuivi pour abus de biens sociaux.\n\n" +
  'Dans la salle, Odile Marchand, fleuriste de 54 ans à Vierzon, a pris la parole.\n\n';
const DECADE_NOUN_AFTER_NOUN_AGE = TRIAL_OPENING + "« On m'a promis une retraite, on m'a laissé des dettes », a lancé la quinquagénaire, en larmes.";
const AGE_OF_ANOTHER_PERSON =
  "Le procès s'est ouvert mardi. Bernard Lefort, 57 ans, ancien directeur de l'usine, est poursuivi pour abus de biens sociaux.\n\n" +
  "Dans la salle, Odile Marchand, mère d'un garçon de 54 ans, a pris la parole.\n\n" +
  "« On m'a promis une retraite, on m'a laissé des dettes », a lancé le quinquagénaire, en larmes.";

/** `X, fleuriste de 54 ans à Vierzon,`: an age after a noun and `de` is the person's (roles.ts ageOf), so `la quinquagénaire` finds her. */
kindTable('A Romance age written after a noun (`commerçante de 52 ans`)', [
  ['fr: `la quinquagénaire` is the woman given `fleuriste de 54 ans`, not an earlier man of 57', DECADE_NOUN_AFTER_NOUN_AGE, "On m'a promis", 'Odile Marchand', ANY],
  ["counter-case fr: `mère d'un garçon de 54 ans` is the son's age, not hers", AGE_OF_ANOTHER_PERSON, "On m'a promis", 'Bernard Lefort', ANY],
]);

const FORMER_OFFICIAL = (adjective: string) =>
  TRIAL_OPENING +
  "« On m'a promis une retraite, on m'a laissé des dettes », a lancé la fleuriste, en larmes.\n\n" +
  'Les débats\n\n' +
  `À la barre, Bernard Lefort a contesté les faits. « Je n'ai jamais signé ces chèques, d'autres l'ont fait à ma place », a affirmé ${adjective} fonctionnaire, qui comparaît libre.`;

/** `l'ancien fonctionnaire`: the elided article hides the gender, the adjective shows it (any-official.ts). */
kindTable("A French elided article: the adjective gives the official's gender (`l'ancien fonctionnaire`)", [
  ["fr: `l'ancien fonctionnaire` is the man the paragraph names, not the woman given a role before", FORMER_OFFICIAL("l'ancien"), "Je n'ai jamais signé", 'Bernard Lefort', ANY],
  ["counter-case fr: `l'ancienne fonctionnaire` is a woman: the man is not taken", FORMER_OFFICIAL("l'ancienne"), "Je n'ai jamais signé", 'Odile Marchand', ANY],
]);

const MARKET = 'El mercado fue construido en 1968 y presenta riesgo alto de colapso.\n\n';
const LONG_BRACKETED_TAG = MARKET + '—Nadie nos ha avisado —protestó Elena Torres Quispe, de 47 años, quien vende flores en la plaza desde hace veinte años—. Nos quieren llevar a un terreno sin luz.';
const LONG_BRACKETED_UNNAMED = MARKET + '—Nadie nos ha avisado —protestó una vendedora de flores que pidió no dar su nombre porque teme represalias de los dirigentes del mercado—. Nos quieren llevar a un terreno sin luz.';

/** `—… —reclamó X, de 47 años, quien …—. …`: a tag a dash closes before the words go on may run long (lang/romance-dialogue.ts). */
kindTable('A Spanish dialogue tag closed by a dash may carry a long apposition', [
  ['es: the words before a long dash-closed tag are found and are hers', LONG_BRACKETED_TAG, 'Nadie nos ha avisado', 'Elena Torres Quispe', ANY],
  ['es: the words after the tag go on as hers', LONG_BRACKETED_TAG, 'Nos quieren llevar', 'Elena Torres Quispe', ANY],
  ['counter-case es: a long dash-closed tag describing someone unnamed stays a description', LONG_BRACKETED_UNNAMED, 'Nadie nos ha avisado', DESCRIBED, ANY],
]);

const THUS_NAME = (name: string) => 'Il progetto del ponte divide la valle.\n\n' + `«Un ponte così non serve a nessuno.» Così ${name}, presidente della Pro Loco, ha commentato la decisione del consiglio comunale.`;

/** `«…» Così X, presidente …, ha commentato`: "thus" opening the sentence is no part of the name (names.ts). */
kindTable('Romance "thus" before the name after a quote (`Così X, …, ha commentato`)', [
  ['it: `Così Carla Benedetti` is Carla Benedetti, her role no "thus"', THUS_NAME('Carla Benedetti'), 'Un ponte così', 'Carla Benedetti', 'presidente'],
  ['counter-case it: a name of three words keeps all three', THUS_NAME('Carla Maria Benedetti'), 'Un ponte così', 'Carla Maria Benedetti', ANY],
]);

const DAM = 'La nuova diga divide il paese.\n\n' + '«Abbiamo perso metà dei campi», racconta Sara Lodi, 41 anni, agricoltrice di Pontevico. «Nessuno ci ha risarciti.»\n\n';
const ROLE_PLACE_NAME = DAM + "Il sindaco di Pontevico Luca Serra difende l'opera. «È un progetto che aspettavamo da vent'anni», ha detto ieri in conferenza stampa.";
const ROLE_PORTFOLIO_NAME = DAM + "L'assessore regionale ai Lavori Marta Bellini difende l'opera. «È un progetto che aspettavamo da vent'anni», ha detto ieri in conferenza stampa.";
const ROLE_LONG_PLACE_NAME = DAM + "Il sindaco di Borgo San Pietro Luca Serra difende l'opera. «È un progetto che aspettavamo da vent'anni», ha detto ieri in conferenza stampa.";

/** `Il sindaco di X Luca Serra difende …. «…», ha detto`: a Romance article, role and name with no comma open the sentence (lang/romance-role-name-opening.ts). */
kindTable('A Romance role and full name with no comma opening the sentence before a subjectless tag', [
  ['it: `Il sindaco di Pontevico Luca Serra difende …` then `ha detto` is Luca Serra', ROLE_PLACE_NAME, 'È un progetto', 'Luca Serra', 'sindaco'],
  ['it: `L’assessore regionale ai Lavori Marta Bellini` is Marta Bellini', ROLE_PORTFOLIO_NAME, 'È un progetto', 'Marta Bellini', 'assessore'],
  ['counter-case it: a place of several words before the name is not split by guess', ROLE_LONG_PLACE_NAME, 'È un progetto', 'Sara Lodi', ANY],
]);

const REGION_OFFICE =
  'La nuova diga divide il paese.\n\n' +
  "Il sindaco Luca Serra difende l'opera. «È un progetto che aspettavamo da vent'anni», ha detto ieri durante la conferenza stampa a Palazzo della Regione.\n\n" +
  'Non la pensa così Franco Gatti, portavoce del comitato dei residenti. Il comitato ha raccolto 900 firme e le ha consegnate martedì in Regione.\n\n' +
  '«Abbiamo chiesto per mesi di rivedere il tracciato», dice il 67enne, ferroviere in pensione.';
const SURNAME_AFTER_OFFICE =
  'La nuova diga divide il paese.\n\n' +
  "Il sindaco Luca Serra difende l'opera. «È un progetto che aspettavamo da vent'anni», ha detto ieri durante la conferenza stampa.\n\n" +
  'Non la pensa così Franco Gatti, portavoce del comitato dei residenti. Il comitato ha raccolto 900 firme.\n\n' +
  '«Abbiamo chiesto per mesi di rivedere il tracciato», dice Serra.';

/** `a Palazzo della Regione` … `in Regione`: the Romance region is a body, no family name (non-person-words.ts). */
kindTable('A Romance region or province is no person (`Palazzo della Regione`, `in Regione`)', [
  ['it: `dice il 67enne` after `in Regione` is the spokesman just introduced', REGION_OFFICE, 'Abbiamo chiesto', 'Franco Gatti', ANY],
  ['counter-case it: a family name alone still finds the mayor', SURNAME_AFTER_OFFICE, 'Abbiamo chiesto', 'Luca Serra', ANY],
]);
