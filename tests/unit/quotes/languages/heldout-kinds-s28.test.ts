// Kinds the twentieth session read (a private set of invented articles, and Catalan, which no language reader knew),
// each in fresh sentences of my own (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, type KindCase } from './kind-table';

/** Catalan's own tags (lang/ca.ts): the present, `va` + infinitive, `ha` + participle, `l'` before a role, `en`/`na` before a name. */
const CATALAN: KindCase[] = [
  ['ca: `«…», explica l\'alcalde, X Y`', 'El poble prepara la festa major.\n\n«No tenim prou voluntaris», explica l\'alcalde, Jordi Puigvert.', 'No tenim prou', 'Jordi Puigvert', 'alcalde'],
  ['ca: `«…», diu la regidora, X Y` after someone else', 'El poble prepara la festa major.\n\n«No tenim prou voluntaris», explica l\'alcalde, Jordi Puigvert.\n\n«Els diners no arriben», diu la regidora, Montse Ribas.', 'Els diners', 'Montse Ribas', 'regidora'],
  ['ca: `«…», va dir X` resolves a surname given before', 'L\'alcalde, Jordi Puigvert, va obrir la sessió.\n\n«Ho farem com sempre», va dir Puigvert.', 'Ho farem', 'Jordi Puigvert', ANY],
  ['ca: `«…», explica en X Y, …`: the personal article is no description', 'La collita ha estat curta.\n\n«Estem cansats de tanta sequera», explica en Pere Serra, pagès de la vall.', 'Estem cansats', 'Pere Serra', 'pagès'],
  ['ca: `«…», diuen els veïns`: a group', 'Jordi Puigvert és l\'alcalde del poble.\n\n«Volem la plaça per a nosaltres», diuen els veïns del barri vell.', 'Volem la plaça', DESCRIBED, ANY],
  ['counter-case es: `dice el alcalde, X Y` still read by Spanish', 'El pueblo prepara la fiesta.\n\n«No hay voluntarios», dice el alcalde, Jordi Puigvert.', 'No hay voluntarios', 'Jordi Puigvert', 'alcalde'],
];

/** A role written with its elided article (`l'assessore`) heads the office a later `L'assessore …:` names (office-holder.ts). */
const ELIDED_OFFICE: KindCase[] = [
  ['it: `L\'assessore ha le idee chiare: «…»` is the assessore named before, not the last speaker', 'Il paese prepara la festa.\n\n«Non ci sono volontari», spiega l\'assessore, Marco Neri.\n\n«Non ci sono soldi», dice la consigliera, Anna Riva.\n\nL\'assessore ha le idee chiare: «Quest\'anno niente fuochi».', 'Quest\'anno', 'Marco Neri', ANY],
  ['ca: `L\'alcalde ho té clar: «…»`', 'El poble prepara la festa.\n\n«No tenim voluntaris», explica l\'alcalde, Jordi Puigvert.\n\n«No tenim diners», diu la regidora, Montse Ribas.\n\nL\'alcalde ho té clar: «Enguany no hi haurà focs».', 'Enguany', 'Jordi Puigvert', ANY],
  ['counter-case it: `La consigliera …: «…»` stays the consigliera', 'Il paese prepara la festa.\n\n«Non ci sono volontari», spiega l\'assessore, Marco Neri.\n\n«Non ci sono soldi», dice la consigliera, Anna Riva.\n\nLa consigliera ha le idee chiare: «Quest\'anno niente fuochi».', 'Quest\'anno', 'Anna Riva', ANY],
];

kindTable('Catalan tags', CATALAN);
kindTable('an office written with an elided article', ELIDED_OFFICE);
