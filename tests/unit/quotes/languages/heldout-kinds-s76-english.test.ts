// Names and titles of English-writing papers from Africa and Australasia (the fifty-sixth held-out set showed a
// Kalenjin `arap` inside a warden's name, a Luo given name closed by an apostrophe, and a mayor called `Cr` on
// second mention), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const QUOTE = '“The water comes up a little further every single week.”';
const SAID_QUOTE = '“The water comes up a little further every single week,”';

/** `Kiprono arap Langat`, `Parkesit ole Sankale`: a lower-case "son of" (Kalenjin, Maasai) runs inside the name (names.ts). */
kindTable('A Kalenjin or Maasai "son of" particle stays inside the name', [
  ['Kalenjin `arap` in an appositive introduction', `Kiprono arap Langat, a boat builder, said the shore had moved. ${SAID_QUOTE} Mr Langat said.`, 'The water', 'Kiprono arap Langat', 'boat builder'],
  ['Maasai `ole` before a colon cue', `Parkesit ole Sankale, a herder near the crater, said: ${QUOTE}`, 'The water', 'Parkesit ole Sankale', 'herder'],
  ['counter-case: a capitalised Scandinavian given name `Ole` opens the name', `Ole Brennvik, a ferry pilot, said: ${QUOTE}`, 'The water', 'Ole Brennvik', 'ferry pilot'],
  ['counter-case: a name with no particle is left as it was', `Kiprono Langat, a boat builder, said: ${QUOTE}`, 'The water', 'Kiprono Langat', ANY],
]);

/** `Atieno’ Ouma`: Luo and Kikuyu write a velar nasal with an apostrophe; with no s and not after s, z or x it is no owner's mark. */
kindTable('A given name closed by an apostrophe is part of the name, not an owner', [
  ['curly apostrophe after `Dr`, then an appositive', `Dr Atieno’ Ouma, a soil scientist, said: ${QUOTE}`, 'The water', 'Atieno’ Ouma', 'soil scientist'],
  ['straight apostrophe, bare name', `Wairimu' Njeri said: ${QUOTE}`, 'The water', "Wairimu' Njeri", ANY],
  ['`According to Dr …’ …`, then the family name alone', `According to Dr Awino’ Otieno, a geographer at Rongo University, the lake is spreading. ${SAID_QUOTE} Dr Otieno said.`, 'The water', 'Awino’ Otieno', 'geographer'],
  ['counter-case: an owner after s keeps only the name after it', `Harris’ deputy Colin Treadgold said: ${QUOTE}`, 'The water', 'Colin Treadgold', ANY],
  ['counter-case: an owner with ’s keeps only the name after it', `Lakeview Polling’s Maura Stein said: ${QUOTE}`, 'The water', 'Maura Stein', ANY],
]);

/** `Mayor Fiona Brackett` … `Cr Brackett said`: mayors and council leaders sit as councillors; the office says more than the seat (council-seat.ts). */
kindTable('A councillor title on a later mention keeps the higher council office', [
  ['Australian `Cr` after `Mayor`', `Mayor Fiona Brackett said the main had burst. ${SAID_QUOTE} Cr Brackett said.`, 'The water', 'Fiona Brackett', '=Mayor'],
  ['British `Cllr` after `Lord Mayor`', `Lord Mayor Hamish Trelawney said the main had burst. ${SAID_QUOTE} Cllr Trelawney said.`, 'The water', 'Hamish Trelawney', '=Lord Mayor'],
  ['`Cr` after `Deputy Mayor`', `Deputy Mayor Roimata Kereama said the main had burst. ${SAID_QUOTE} Cr Kereama said.`, 'The water', 'Roimata Kereama', '=Deputy Mayor'],
  ['counter-case: `Cr` after a role that is no council office stays `Cr`', `Fiona Brackett, a local historian, said the main had burst. ${SAID_QUOTE} Cr Brackett said.`, 'The water', 'Fiona Brackett', '=Cr'],
]);
