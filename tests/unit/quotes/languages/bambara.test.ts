// Bambara (lang/bm.ts): `X ko.` (X said), `X y'a fara a kan.` (X added) after a quote, `a ko` for the person just
// quoted, `A ko: «…»`, `X ko: «…»` and `X ye nin fɔ an ye: «…»` (X told us this) before one, forms of address
// (Dugutigi, Karamɔgɔ, Dɔkɔtɔrɔ) taken off names; each in short paragraphs of my own about invented people, with
// counter-cases: a body, someone unnamed, a group, and a Twi tag the reader leaves alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const WELL =
  'Sirakoro dugu kɔnɔ, kɔlɔnw jara kabini kalo fila.\n\n' +
  'Sirakoro dugutigi Bakari Kulibali, san 65, ye an bisimila a ka so da la. «Ji tɛ kɔlɔnw kɔnɔ tugun. Musow bɛ taa yɔrɔ jan,» a ko.\n\n' +
  '«Ji nana salon,» Kulibali ko, «nka ɲinan a ma na.»\n\n' +
  '«An bɛna kɔlɔn kura sɔgɔ kalo nata,» Meriri ko.\n\n' +
  'Muso dɔ min ma sɔn ka a tɔgɔ fɔ, o ko: «An denw bɛ minnɔgɔ la.»';

const SCHOOL =
  'Karamɔgɔ Aminata Dunbiya ye lakɔliso ɲɛmɔgɔ ye. Aminata Dunbiya ye nin fɔ an ye: «Kalanden kɛmɛ bɛ kalanso kelen kɔnɔ.»\n\n' +
  '«An mako bɛ kalanso kuraw la,» Dunbiya y\'a fara a kan.\n\n' +
  'Dɔkɔtɔrɔ Seydu Kamisoko ko: «Denmisɛnw kɛnɛya ka ɲi, nka dumuni ka dɔgɔ.»\n\n' +
  '«An bɛ dɛmɛ ɲini,» kalandenw facɛw ko.';

const MARKET =
  'Sugu la, tiga sɔngɔ yɛlɛla.\n\n' +
  'Oumar Sanogo ye tiga feerela ye. A ko: «Tiga bɔrɔ kelen bɛ dɔrɔmɛ 300 ye bi.»\n\n' +
  '«Sannikɛlaw tɛ na tugun,» Sanogo y\'a fɔ.\n\n' +
  '«Tiga caman bɛ na Kutiala fɛ,» Jagokɛlaw ka jɛkulu ko.';

/** A Twi paragraph: its `kaa` and ɔ are Twi's, not the Bambara reader's `ko`. */
const TWI =
  'Akuafoɔ no ahyia.\n\n' +
  '“Yɛbɛyɛ adwuma no,” Kwame Owusu Ansah kaa.';

const ROWS: KindCase[] = [
  ['bm: `a ko.` (he said) after a quote is the man the paragraph names', WELL, 'Ji tɛ kɔlɔnw', 'Bakari Kulibali', ANY],
  ['bm: a split quote `«…,» X ko, «…»` is his', WELL, 'Ji nana salon', 'Bakari Kulibali', ANY],
  ['bm: the second part after `X ko,` is his too', WELL, 'nka ɲinan a ma na', 'Bakari Kulibali', ANY],
  ['bm: counter-case: `Meriri ko.` (the town hall said) is a body, no person', WELL, 'An bɛna kɔlɔn', UNNAMED, null],
  ['bm: counter-case: `Muso dɔ min ma sɔn ka a tɔgɔ fɔ, o ko:` (a woman unnamed) is no name', WELL, 'An denw bɛ', UNNAMED, null],
  ['bm: `X Y ye nin fɔ an ye: «…»` (X Y told us this) is X Y', SCHOOL, 'Kalanden kɛmɛ', 'Aminata Dunbiya', ANY],
  ['bm: `X y\'a fara a kan.` (X added) is the woman named in full before', SCHOOL, 'An mako bɛ', 'Aminata Dunbiya', ANY],
  ['bm: `Dɔkɔtɔrɔ X Y ko: «…»` is X Y, the doctor', SCHOOL, 'Denmisɛnw kɛnɛya', 'Seydu Kamisoko', ANY],
  ['bm: counter-case: `kalandenw facɛw ko` (the pupils’ fathers said) is a group, no one named', SCHOOL, 'An bɛ dɛmɛ', UNNAMED, null],
  ['bm: `A ko: «…»` (he said) is the man the sentence before names', MARKET, 'Tiga bɔrɔ kelen', 'Oumar Sanogo', ANY],
  ['bm: `X y\'a fɔ.` (X said it) is the man named in full before', MARKET, 'Sannikɛlaw tɛ na', 'Oumar Sanogo', ANY],
  ['bm: counter-case: `Jagokɛlaw ka jɛkulu ko.` (the traders’ association said) is a body', MARKET, 'Tiga caman bɛ', UNNAMED, null],
  ['bm: counter-case: a Twi tag `X kaa` is left to the Twi reader', TWI, 'Yɛbɛyɛ adwuma', 'Kwame Owusu Ansah', ANY],
];

const MORE =
  'Kalo in na, malo sɛnɛkɛlaw ye jɛ.\n\n' +
  '«Malo ka ɲi ɲinan,» Fanta Keita ko.\n\n' +
  '«An bɛ Ala tanu,» a y\'a fara a kan.';

const MORE_ROWS: KindCase[] = [
  ['bm: `X Y ko.` after a quote is X Y', MORE, 'Malo ka ɲi', 'Fanta Keita', null],
  ['bm: `a y\'a fara a kan.` (she added) is the woman just quoted', MORE, 'An bɛ Ala tanu', 'Fanta Keita', ANY],
];


kindTable('Bambara speakers', [...ROWS, ...MORE_ROWS]);
