// A capitalised role noun or form of address glued before a full name at a sentence's start (the fifty-fourth held-out
// set showed an English `Librarian <Name>`, a Croatian `Učiteljica <Name>` and the Dalmatian `Barba <Name>`): the speaker
// is the name alone, the word the role. Fresh sentences of my own, with counter-cases.
import { kindTable } from './kind-table';

const EN = '“The heating has been off since March and the children read in their coats.”';
const HR = '„Grijanje ne radi od ožujka i djeca čitaju u kaputima.“';

/** `Librarian A B said`, `Učiteljica A B kaže`, `Barba A B, …`: the opening word is the role (names.ts AGENT_NOUN, lang/south-slavic-address.ts). */
kindTable('A capitalised role or address opening the sentence before a full name is no part of the name', [
  ['English -arian trade before a said-sentence, quote after', `Librarian Thandeka Mooi-Ferreira said the branch had waited a year. ${EN}`, 'The heating', 'Thandeka Mooi-Ferreira', 'Librarian'],
  ['English -arian trade with a relative clause, tagged by surname', `Veterinarian Colm Ashgrove, who runs the clinic on Mill Lane, has written twice. ${EN.replace(/.”$/u, ',”')} Ashgrove said.`, 'The heating', 'Colm Ashgrove', 'Veterinarian'],
  ['Croatian feminine trade, tagged by surname', `Učiteljica Dubravka Perić-Lončar kaže da su roditelji ljuti. ${HR.replace(/.“$/u, '“')}, rekla je Perić-Lončar.`, 'Grijanje', 'Dubravka Perić-Lončar', 'Učiteljica'],
  ['Croatian masculine trade, quote after', `Nastavnik Zvonko Bilić kaže da su roditelji ljuti. ${HR}`, 'Grijanje', 'Zvonko Bilić', 'Nastavnik'],
  ['Dalmatian address of an elder with an apposition', `Barba Jere Kuzmanić, stari brodar, sjedi na klupi. ${HR.replace(/.“$/u, '“')}, priča Kuzmanić.`, 'Grijanje', 'Jere Kuzmanić', 'Barba'],
  ['counter-case: a short given name in -arian stays the name', `Marian Ellsworth said the branch had waited a year. ${EN}`, 'The heating', 'Marian Ellsworth', null],
  ['counter-case: the same word as a family name after the given name stays', `Na rivi je sjedio Ivo Konobar. ${HR.replace(/.“$/u, '“')}, rekao je Konobar.`, 'Grijanje', 'Ivo Konobar', null],
]);
