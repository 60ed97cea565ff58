// Spanish, Portuguese, Italian and French shapes that put a non-person in the speaker's seat (the sixty-eighth held-out set
// showed a past-tense verb opening a sentence before a place, a group spoken to after `ante`, an outlet after a fused `Ao`,
// a shop's name after its kind and a faculty after `investigadora na`), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

/** `Llegó de X con …`: a past-tense verb before `de` and a place is no name; the descriptor goes to the person before. */
kindTable('A Romance past-tense verb opening a sentence before a place is no name', [
  ['Spanish -ó: `Llegó de X`', 'En la plaza, Julio Ordóñez espera desde el lunes. Llegó de Tandil con su familia. “Mirá, no tenemos adónde ir”, contó el jubilado.', 'Mirá', 'Julio Ordóñez', ANY],
  ['Portuguese -ou: `Chegou de X`', 'Na praça, Júlio Moreira espera desde segunda. Chegou de Braga com a família. «Não temos para onde ir», contou o reformado.', 'Não temos', 'Júlio Moreira', ANY],
  ['Italian -ò: `Arrivò da X`', 'In piazza, Giulio Moretti aspetta da lunedì. Arrivò da Bergamo con la famiglia. «Non abbiamo dove andare», raccontò il pensionato.', 'Non abbiamo', 'Giulio Moretti', ANY],
  ['counter-case: a short given name before `de` stays a name', 'Lou de Laâge chegou ontem. «Não temos para onde ir», disse.', 'Não temos', 'Lou de Laâge', ANY],
]);

/** `preguntó ante un grupo de vecinos`: a group after a preposition of audience is spoken to; the subject is left out. */
kindTable('An indefinite group after a preposition of audience is the listeners, not the speaker', [
  ['Spanish `ante un grupo de`', 'Tomás Herrera lleva 20 años en la fábrica. “¿Vos sabés lo que cuesta el pan?”, preguntó ante un grupo de vecinos.', '¿Vos', 'Tomás Herrera', null],
  ['Spanish `dijo ante un grupo de`', 'Tomás Herrera lleva 20 años en la fábrica. “Sabés lo que cuesta el pan”, dijo ante un grupo de vecinos.', 'Sabés', 'Tomás Herrera', null],
  ['Portuguese `perante um grupo de`', 'Tomás Herrera trabalha há 20 anos na fábrica. «Sabem quanto custa o pão?», perguntou perante um grupo de moradores.', 'Sabem', 'Tomás Herrera', null],
  ['counter-case: an indefinite subject right after the verb is someone unnamed', 'Tomás Herrera lleva 20 años en la fábrica. “Nadie vino a vernos”, contó una vecina.', 'Nadie', DESCRIBED, ANY],
  ['counter-case: an adjunct with its own noun, then the subject', 'Tomás Herrera lleva 20 años en la fábrica. “Nadie vino a vernos”, dijo ante el juez un vecino.', 'Nadie', DESCRIBED, ANY],
]);

/** `Ao Diário X, o autarca foi claro:`: a fused preposition opens whom it was said to; the office is the person named before. */
kindTable('A run opened by a fused Portuguese or French preposition is the outlet spoken to', [
  ['Portuguese `Ao Diário X,`', 'Rui Lopes, presidente da junta, recebeu queixas. Ao Diário da Serra, o autarca foi claro: «Ninguém quer isto.»', 'Ninguém', 'Rui Lopes', ANY],
  ['Portuguese `Ao Correio X,`', 'Rui Lopes, presidente da junta, recebeu queixas. Ao Correio da Planície, o autarca foi claro: «Ninguém quer isto.»', 'Ninguém', 'Rui Lopes', ANY],
  ['counter-case: a plain name before the colon speaks', 'Rui Lopes, presidente da junta, recebeu queixas. Ana Veloso, a tesoureira, foi clara: «Ninguém quer isto.»', 'Ninguém', 'Ana Veloso', ANY],
]);

/** `gere a pastelaria X`: a run after a shop's kind is the shop, so `o comerciante` is its owner named before. */
kindTable('A run after a shop’s kind names the shop, not a person', [
  ['Portuguese `a mercearia X`', 'Na avenida, Joaquim Reis, que há dez anos gere a mercearia Estrela Azul, está preocupado.\n\nAinda assim, o comerciante admite: «Se chover, fechamos.»', 'Se chover', 'Joaquim Reis', ANY],
  ['Spanish `la panadería X`', 'En la avenida, Joaquín Ríos, que hace diez años atiende la panadería Trigo Verde, está preocupado.\n\nAun así, el comerciante admite: «Si llueve, cerramos.»', 'Si llueve', 'Joaquín Ríos', ANY],
  ['counter-case: a name after a lower-case noun of a person stays the person', 'Na avenida, o comerciante Joaquim Reis está preocupado. «Se chover, fechamos», admite.', 'Se chover', 'Joaquim Reis', ANY],
]);

/** `Para X, investigadora na Faculdade de Y, …`: a role ending on a preposition (and article) stops before the body. */
kindTable('A role ending on a preposition of place is followed by a body, not a name', [
  ['Portuguese `investigadora … na Faculdade`', 'Para Rita Lobo, investigadora em economia na Faculdade de Economia da Universidade do Minho, o plano falha. «Um plano que falha é caro», defende a especialista.', 'Um plano', 'Rita Lobo', 'investigadora'],
  ['Spanish `profesora en la Escuela X`: the article after the preposition too', 'Para Rosa Lobo, profesora en la Escuela Nueva, el plan falla. «Un plan que falla es caro», sostiene la especialista.', 'Un plan', 'Rosa Lobo', 'profesora'],
  ['counter-case: a role with its name after it stays', 'Para a investigadora Rita Lobo, o plano falha. «Um plano que falha é caro», defende.', 'Um plano', 'Rita Lobo', ANY],
]);
