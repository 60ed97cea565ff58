// An office with two portfolios joined by "and", the second of two capitalised words, then a comma and the name, in a tag
// after the quote (the fifty-fourth held-out set showed `… la regidora de <Portfolio> i <Two Words>, <Name>`): the second
// portfolio's capitals were read as the speaker. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

kindTable('A second portfolio after "and" closes the office, and the name after the comma speaks', [
  ['Catalan `i`', '«No és cap càstig per ningú», va defensar durant el ple la regidora d\'Esports i Medi Ambient, Laia Ferrer.', 'No és cap', 'Laia Ferrer', 'regidora d\'Esports i Medi Ambient'],
  ['Spanish `y`', '«No es un castigo para nadie», defendió la concejala de Deportes y Medio Ambiente, Laura Quintanilla.', 'No es un', 'Laura Quintanilla', 'concejala de Deportes y Medio Ambiente'],
  ['Italian `e`', '«Non è una punizione per nessuno», ha detto l\'assessora allo Sport e Verde Pubblico, Ornella Ferruzzi.', 'Non è una', 'Ornella Ferruzzi', 'assessora allo Sport e Verde Pubblico'],
  ['French `et`', '« Ce n\'est une punition pour personne », a défendu la conseillère aux Sports et Vie Associative, Solène Marchetti.', 'Ce n\'est', 'Solène Marchetti', 'conseillère aux Sports et Vie Associative'],
  ['counter-case: one-word second portfolio was already read', '«No és cap càstig per ningú», va defensar la regidora d\'Esports i Joventut, Laia Ferrer.', 'No és cap', 'Laia Ferrer', 'regidora d\'Esports i Joventut'],
  ['counter-case: two people joined by `y` stay as written', '«No es un castigo para nadie», dijeron Pedro Gil y Ana Ruiz, vecinos del barrio.', 'No es un', 'Pedro Gil y Ana Ruiz', ANY],
  ['counter-case: an office with one portfolio and the name', '«No es un castigo para nadie», defendió la concejala de Medio Ambiente, Laura Quintanilla.', 'No es un', 'Laura Quintanilla', 'concejala de Medio Ambiente'],
]);
