// Kinds the sixty-fourth held-out set showed in Spanish and Portuguese copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const LIBRARY_OPENING =
  '«La biblioteca vuelve a ser del barrio». Así abrió el martes la jornada la concejala de Educación de San Telmo, Lucía Ordóñez, ante un centenar de vecinos que llenaron la sala de lectura mucho antes de la hora anunciada.\n\n' +
  'El edificio, levantado en 1958 por una cooperativa de ferroviarios, cerró en 2016, cuando una vecina del barrio encontró el sótano inundado y los estantes del archivo hundidos. La reforma costó 4.300 millones de pesos, repartidos entre la alcaldía, la gobernación y un fondo de cooperación.\n\n';
const OFFICIAL_AFTER_UNNAMED = LIBRARY_OPENING + '«Tardamos ocho años», reconoció la funcionaria, «pero cada ladrillo se cuidó».';
const NEIGHBOUR_AFTER_UNNAMED = LIBRARY_OPENING + '«El agua me llegaba a las rodillas», recordó la vecina.';

/** `«…», reconoció la funcionaria`: a noun for any office holder is the named official, not an unnamed person brought in since (any-official.ts). */
kindTable('A noun for any official stands for the named office holder, not an unnamed person', [
  ['es: `reconoció la funcionaria` after `la concejala …, X` and `una vecina …` is X', OFFICIAL_AFTER_UNNAMED, 'Tardamos ocho años', 'Lucía Ordóñez', ANY],
  ['es: its second half too', OFFICIAL_AFTER_UNNAMED, 'pero cada ladrillo', 'Lucía Ordóñez', ANY],
  ['counter-case es: `recordó la vecina` is the unnamed neighbour', NEIGHBOUR_AFTER_UNNAMED, 'El agua me llegaba', DESCRIBED, ANY],
]);

const BRIDGE_OPENING = 'La directora de Obras, Marta Gil, inauguró el lunes el puente colgante de Río Seco.\n\n«Esperamos esto veinte años», dijo la directora.\n\n';
const IN_CHARGE_OF =
  BRIDGE_OPENING + 'Los cálculos estuvieron a cargo de la topógrafa Paula Restrepo Mena, experta en estructuras. Ella contó que el cable principal llegó desde otro país. «Lo probamos tres veces con camiones llenos de arena», relató.';
const PASSIVE_AGENT =
  BRIDGE_OPENING + 'El diseño fue firmado por el arquitecto Tomás Arbeláez Rey, profesor de la universidad. Él explicó que se inspiró en los puentes de hamaca. «Quise que se moviera como una hamaca», relató.';
const PAID_BY_A_BODY =
  BRIDGE_OPENING + 'Los cables, pagados por la gobernación, llegaron en marzo. Ella contó que el montaje tomó cuatro meses. «Fue el invierno más largo de mi vida», relató.';

/** `X estuvo a cargo de la ingeniera Y, …. Ella contó …`: "in charge of" or a passive's agent makes the person newly named the topic (romance-topic.ts). */
kindTable('A person brought in "a cargo de" or as a passive agent is whom the next pronoun is about', [
  ['es: `a cargo de la topógrafa X, experta …. Ella contó … «…», relató.` is X', IN_CHARGE_OF, 'Lo probamos tres veces', 'Paula Restrepo Mena', ANY],
  ['es: `fue firmado por el arquitecto X, profesor …. Él explicó … «…», relató.` is X', PASSIVE_AGENT, 'Quise que se moviera', 'Tomás Arbeláez Rey', ANY],
  ['counter-case es: `pagados por la gobernación` brings in no one: the director goes on', PAID_BY_A_BODY, 'Fue el invierno más largo', 'Marta Gil', ANY],
]);

const SHELTER_OPENING = '“Vamos abrir mais vagas ainda nesta semana”, afirmou a diretora de Assistência Social, Sandra Figueiredo, nesta quarta-feira.\n\n';
const PLACE_AFTER_FUSED_ARTICLE =
  SHELTER_OPENING + 'A principal novidade é um abrigo montado no ginásio do Centro Esportivo Municipal, com 80 colchões. “O abrigo vai funcionar dia e noite”, disse ela.';
const NEWCOMER_WITH_ROLE =
  SHELTER_OPENING + 'A falta de cobertores preocupa Helena Brandão, coordenadora do abrigo. “Recebemos só metade do que pedimos”, disse ela.';

/** `… no ginásio do Centro Esportivo Municipal, com 80 colchões. “…”, disse ela.`: a run after a fused article, then `, com`, is no newcomer (paragraph-newcomer.ts). */
kindTable('A place after `do`/`da` followed by a comma phrase is no newcomer a pronoun stands for', [
  ['pt: `disse ela` after `do Centro Esportivo Municipal, com …` is the named director', PLACE_AFTER_FUSED_ARTICLE, 'O abrigo vai funcionar', 'Sandra Figueiredo', ANY],
  ['counter-case pt: `preocupa X, coordenadora do abrigo. “…”, disse ela.` is the newcomer', NEWCOMER_WITH_ROLE, 'Recebemos só metade', 'Helena Brandão', ANY],
]);

const PORTUGUESE_A_OPENING =
  SHELTER_OPENING + 'A principal mudança está na cozinha, que passa a servir três refeições. “Ninguém vai dormir com fome”, disse ela.';
const ENGLISH_A_OPENING =
  'The district reopened two schools on Monday after the flood.\n\nA principal at one of them said the gym floor was still wet. "We will hold classes in the library until it dries," she said.';

/** `A principal mudança …`: Portuguese's definite article, not English "a principal", an unnamed speaker (lang/romance-a-opening.ts). */
kindTable('`A` opening a Portuguese sentence brings in no unnamed person', [
  ['pt: `A principal mudança está …. “…”, disse ela.` is the named director', PORTUGUESE_A_OPENING, 'Ninguém vai dormir', 'Sandra Figueiredo', ANY],
  ['counter-case en: `A principal at one of them said …` is that unnamed principal', ENGLISH_A_OPENING, 'We will hold classes', DESCRIBED, ANY],
]);
