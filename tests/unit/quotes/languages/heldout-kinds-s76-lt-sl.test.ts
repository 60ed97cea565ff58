// A Lithuanian past verb and one noun subject after a quote (`– sakė istorikas.`, `– kalbėjo panevėžietė.`): a described
// subject pointing back to the person the text just brought in, not a verb with its subject left out (the fifty-sixth
// held-out set showed an occupation and a demonym so), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const EARLIER = 'Pirmas jas pastebėjo buvęs jūreivis Antanas Jonaitis. „Maniau, kad tai tvora“, – pasakojo A. Jonaitis.\n\n';

kindTable('Lithuanian: a verb and a noun subject after a quote stand for the person introduced before', [
  ['an occupation the text wrote before the name, another speaker earlier', `${EARLIER}Universiteto istorikas Jonas Petrauskas archyve dirba jau mėnesį. „Tokių laiškų niekas nematė šimtą metų“, – sakė istorikas.`, 'Tokių laiškų', 'Jonas Petrauskas', ANY],
  ['an academic title between the noun and the name', `${EARLIER}Universiteto istorikas dr. Jonas Petrauskas archyve dirba jau mėnesį. „Tokių laiškų niekas nematė šimtą metų“, – sakė istorikas.`, 'Tokių laiškų', 'Jonas Petrauskas', ANY],
  ['a demonym for the one person the paragraph names', `${EARLIER}Iš Panevėžio atvykusi Rasa Jankauskaitė sako, kad apie parodą sužinojo iš draugų. „Atvažiavome visa šeima ir nenusivylėme“, – kalbėjo panevėžietė.`, 'Atvažiavome visa', 'Rasa Jankauskaitė', ANY],
  ['counter-case: a pronoun after the verb stays the pronoun reading', `${EARLIER}„Viską pamatysime rudenį“, – sakė jis.`, 'Viską pamatysime', 'Antanas Jonaitis', null],
  ['counter-case: a short adverb after the verb is no subject', `${EARLIER}„Viską pamatysime rudenį“, – sakė tada.`, 'Viską pamatysime', 'Antanas Jonaitis', null],
]);
