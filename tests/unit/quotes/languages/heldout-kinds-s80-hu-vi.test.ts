// Hungarian appositions and sources (the sixtieth held-out set showed them): a town or country before an office in the
// possessive takes no article (`X Y, <Town> polgármestere`), and a body closing on an institution's noun
// (`a <Adj> Vízügyi Igazgatóság hidrológusa szerint`) is no person, so the name before its comma is the source.
// Fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const FLOOD = 'A folyó kedd éjjel lépett ki a medréből, és elöntötte a part menti utcákat.';
const SAID = '„A gátat nem erősítették meg időben, mert senki nem adott rá pénzt” – mondta.';
const TOLD = '„Ha még egy napig esik, a gát átszakadhatott volna” – magyarázta a szakember.';

/** `Fehér Lilla, Kőrösmente polgármestere`: the place's name without article before the possessed office is the office. */
kindTable('A place before a possessed office, no article, gives the role', [
  ['a town: later `A polgármester … – mondta.` keeps the office', `${FLOOD} Fehér Lilla, Kőrösmente polgármestere az éjszakát a gáton töltötte.\n\nA polgármester ugyanakkor arra is figyelmeztetett, hogy a gát régi. ${SAID}`, 'A gátat', 'Fehér Lilla', 'polgármestere'],
  ['a town in the quote\'s own tag', `${FLOOD} „A gátat nem erősítették meg időben” – mondta Fehér Lilla, Kőrösmente polgármestere.`, 'A gátat', 'Fehér Lilla', 'polgármestere'],
  ['a deputy office after a village', `${FLOOD} „A gátat nem erősítették meg időben” – mondta Orosz Dénes, Tiszaszeg alpolgármestere.`, 'A gátat', 'Orosz Dénes', 'alpolgármestere'],
  ['counter-case: a place with a case ending after the comma is where, no office', `${FLOOD} „A gátat nem erősítették meg időben” – mondta Fehér Lilla, Kőrösmente szélén.`, 'A gátat', 'Fehér Lilla', null],
]);

/** `X Y, a <Body …Igazgatóság> hidrológusa szerint`: the body's capitalised words are no name; the source is X Y. */
kindTable('A body closing on an institution noun is no source in a Hungarian apposition', [
  ['a directorate with a regional adjective', `${FLOOD} Kovács Ádám, a Dél-alföldi Vízügyi Igazgatóság hidrológusa szerint a víz csütörtökre apad.\n\n${TOLD}`, 'Ha még', 'Kovács Ádám', ANY],
  ['a hyphenated family name before an authority', `${FLOOD} Kerekes-Baán Ádám, a Megyei Vízügyi Hatóság szakértője szerint a víz csütörtökre apad.\n\n${TOLD}`, 'Ha még', 'Kerekes-Baán Ádám', ANY],
  ['guard (read right before too): a command in a compound after a hyphen', `${FLOOD} Orosz Dénes, a Tiszaszegi Rendőr-főkapitányság szóvivője szerint a víz csütörtökre apad.\n\n${TOLD}`, 'Ha még', 'Orosz Dénes', ANY],
  ['counter-case: a family name that is also an institution noun stays a person', `${FLOOD} Tanács Gábor szerint a víz csütörtökre apad.\n\n„Ha még egy napig esik, a gát átszakadhatott volna” – magyarázta.`, 'Ha még', 'Tanács Gábor', ANY],
]);
