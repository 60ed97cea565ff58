// Kinds the sixty-first held-out set still showed (French, Portuguese and English copy), each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const PT_BODY_WITH_PLACE =
  'O centro de saúde de Vilar vai fechar à noite.\n\n' +
  'Marta Quelhas, diretora da Unidade Local de Saúde do Alto Minho, explicou a decisão na sexta-feira: «Não temos médicos suficientes para as noites.»';
const ES_BODY_WITH_PLACE =
  'El centro de salud de Vilar cerrará por la noche.\n\n' +
  'Marta Quesada, directora del Hospital General del Alto Valle, dijo: «No tenemos médicos suficientes para las noches.»';
const FR_BODY_WITH_PLACE =
  'Le centre de santé de Vilar va fermer la nuit.\n\n' +
  'Marta Quesada, directrice du Centre Hospitalier du Haut Valle, a dit : « Nous n’avons pas assez de médecins pour les nuits. »';
const BODY_THEN_PERSON =
  'El centro de salud de Vilar cerrará por la noche.\n\n' +
  'El director del Hospital General del Alto Valle, Julián Ortega, dijo: «No tenemos médicos suficientes para las noches.»';

/** `X, diretora da Unidade Local de Saúde do Y, explicou:`: a run glued to a body's capitals is no person (lang/institution-tail.ts). */
kindTable('The tail of a body’s name in the appositive after a person is no second person', [
  ['pt: `X, diretora da Unidade Local de Saúde do Alto Minho, explicou` is X', PT_BODY_WITH_PLACE, 'Não temos médicos', 'Marta Quelhas', 'diretora da Unidade Local'],
  ['es: `X, directora del Hospital General del Alto Valle, dijo` is X', ES_BODY_WITH_PLACE, 'No tenemos médicos', 'Marta Quesada', 'directora del Hospital General'],
  ['fr: `X, directrice du Centre Hospitalier du Haut Valle, a dit` is X', FR_BODY_WITH_PLACE, 'Nous n’avons pas', 'Marta Quesada', 'directrice du Centre Hospitalier'],
  ['counter-case es: `El director del Hospital …, Julián Ortega, dijo`: the person after the body is the speaker', BODY_THEN_PERSON, 'No tenemos médicos', 'Julián Ortega', ANY],
]);

const STATE_REPRESENTATIVE =
  'La crue a coupé trois routes.\n\n' +
  'Venu jeudi matin à Belmont, le préfet Arnaud Lescure a voulu rassurer. « Les routes rouvriront lundi », a déclaré le représentant de l’État, qui a aussi promis des aides.';
const AN_UNNAMED_REPRESENTATIVE =
  'La crue a coupé trois routes.\n\n' +
  'Venu jeudi matin à Belmont, le préfet Arnaud Lescure a voulu rassurer. « Les routes rouvriront lundi », a déclaré un représentant de la préfecture.';

/** `», a déclaré le représentant de l’État`: a French agent noun in -ant with its complement is the person just named (lang/descriptor-complement.ts). */
kindTable('A definite French agent noun in -ant after the verb stands for the person just named', [
  ['fr: `a déclaré le représentant de l’État` after `le préfet X` is X', STATE_REPRESENTATIVE, 'Les routes rouvriront', 'Arnaud Lescure', ANY],
  ['counter-case fr: an indefinite `un représentant de la préfecture` stays described', AN_UNNAMED_REPRESENTATIVE, 'Les routes rouvriront', DESCRIBED, ANY],
]);

const STATION_WITH_BAND_THEN_PERSON =
  'La crue a coupé trois routes.\n\n' +
  'Une habitante, qui préfère rester anonyme, s’inquiète : « On ne sait plus où aller. »\n\n' +
  'Bonne nouvelle pour les digues. « Les digues ont tenu partout », a affirmé à Radio Belmont FM Paul Ferrand, ingénieur au syndicat des eaux.';
const STATION_WITH_BAND_ALONE =
  'La crue a coupé trois routes.\n\n' +
  'Bonne nouvelle pour les digues. « Les digues ont tenu partout », a affirmé à Radio Belmont FM le maire.';

/** `a assuré à Radio X FM Y Z, technicien …`: a station's name closes on its band; the capitals after it are the speaker (outlet-run.ts). */
kindTable('A person glued after a radio station named with its band', [
  ['fr: `a affirmé à Radio Belmont FM Paul Ferrand, ingénieur` is Paul Ferrand', STATION_WITH_BAND_THEN_PERSON, 'Les digues ont tenu', 'Paul Ferrand', 'ingénieur'],
  ['counter-case fr: `à Radio Belmont FM le maire`: no name after the station', STATION_WITH_BAND_ALONE, 'Les digues ont tenu', UNNAMED, ANY],
]);

const STATED_THEY =
  'The council voted to close the library on Sundays.\n\n' +
  '"This is a loss for every family," said Robin Castell, a parent and organizer of the Friends of the Library group.\n\n' +
  'Castell, who uses they/them pronouns, has gone to the library every week since childhood. "I learned to read there," they said. "My kids did too."';
const THEY_WITH_NO_STATEMENT =
  'The council voted to close the library on Sundays.\n\n' +
  '"This is a loss for every family," said Robin Castell, a parent and organizer of the Friends of the Library group.\n\n' +
  'Castell has gone to the library every week since childhood. "I learned to read there," they said.';

/** `X, who uses they/them pronouns, …. "…," they said`: a singular "they" the text states is that person (stated-pronouns.ts). */
kindTable('A singular "they" for a person whose pronouns the article states', [
  ['en: `Castell, who uses they/them pronouns` then `they said` is Castell', STATED_THEY, 'I learned to read', 'Robin Castell', ANY],
  ['counter-case en: with no pronouns stated, "they" stays no one person', THEY_WITH_NO_STATEMENT, 'I learned to read', UNNAMED, null],
]);

const CONTRASTED_SECOND_SPEAKER =
  'The board met on Monday.\n\n' +
  'Trustee Helen Marsh, who leads the audit panel, tried to calm the room. "We can fix this," she said, while Trustee Omar Quinlan, a longtime critic of the plan, was blunter: "This budget is dead."';
const CONTRAST_WITH_NO_PERSON =
  'The board met on Monday.\n\n' +
  'Trustee Helen Marsh, who leads the audit panel, tried to calm the room. "We can fix this," she said, while the crowd stayed silent. "This budget is not dead."';

/** `"…," she said, while X, …, was blunter: "…"`: the clause after the first quote's tag is the second quote's (contrast-clause.ts). */
kindTable('The second of two quotes set against each other in one sentence', [
  ['en: `she said, while Trustee X, …, was blunter:` is X', CONTRASTED_SECOND_SPEAKER, 'This budget is dead', 'Omar Quinlan', ANY],
  ['counter-case en: the first quote stays with its own tag', CONTRASTED_SECOND_SPEAKER, 'We can fix this', 'Helen Marsh', ANY],
  ['counter-case en: `while the crowd stayed silent.` names no one: the next quote stays the speaker’s', CONTRAST_WITH_NO_PERSON, 'This budget is not', 'Helen Marsh', ANY],
]);
