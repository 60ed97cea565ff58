// Ewe (lang/ee.ts): `X gblɔ.` (X said), `X bia.` (asked), `X gblɔ kpe ɖe eŋu.` (added) after a quote, `ebe` / `egblɔ`
// for the person just quoted, `X gblɔ be: “…”` and `X, si …, gblɔ be, “…”` before one, forms of address (Togbui, Mama,
// Dɔkta, Nufiala) taken off names; each in short paragraphs of my own about invented people, with counter-cases: a body,
// someone unnamed, a group, and a Twi tag the reader leaves alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const ROAD =
  'Mɔ si tso Dzodze yi Kpetoe la gblẽ le tsidzadza megbe.\n\n' +
  '“Míaƒe agbledeƒewo nu tsi ƒe mɔ le. Míate ŋu ayi asi me o,” Komla Agbenyega gblɔ.\n\n' +
  '“Ɣleti eve enye esia,” ebe, “eye ame aɖeke meva kpɔ mía o.”\n\n' +
  '“Mɔwɔlawo ava le kwasiɖa si gbɔna me,” Dɔwɔƒe si kpɔa mɔwo dzi la gblɔ.\n\n' +
  '“Míaƒe ɖeviwo mate ŋu ayi suku o,” nyɔnu aɖe si medi be woaŋlɔ yeƒe ŋkɔ o la gblɔ.';

const SCHOOL =
  'Nufiala Kafui Dzokoto, si le suku gã la ŋgɔ, gblɔ be: “Sukuviwo sɔ gbɔ wu xɔawo.”\n\n' +
  '“Míehiã xɔ yeye etɔ̃,” Dzokoto gblɔ kpe ɖe eŋu.\n\n' +
  '“Ame nenie le klass ɖeka me?” Dzokoto bia.\n\n' +
  'Dɔkta Yawo Gbedemah gblɔ be, “Ɖeviwo ƒe lãmesẽ le nyuie, gake wohiã nuɖuɖu.”\n\n' +
  '“Míaxɔ kpekpeɖeŋu,” sukuviawo ƒe dzilawo gblɔ.';

const CHIEF =
  'Togbui Agbeko Ahiable, si nye Tsiame fia, yɔ kɔƒemeviwo ƒo ƒu. Egblɔ be: “Míawɔ dɔ ɖekae.”\n\n' +
  '“Ame sia ame naxɔ eƒe akpa,” Togbui Ahiable gblɔ.\n\n' +
  'Mama Adzoa Kumedzro gblɔ be: “Nyɔnuwo hã le klalo.”\n\n' +
  '“Míeda asi ɖe mia dzi,” Nutomedziɖuɖua gblɔ.';

/** A Twi paragraph: its `kaa` is Twi's, not the Ewe reader's `gblɔ`. */
const TWI =
  'Akuafoɔ no ahyia.\n\n' +
  '“Yɛbɛyɛ adwuma no,” Kwame Owusu Ansah kaa.';

const ROWS: KindCase[] = [
  ['ee: `X Y gblɔ.` (X Y said) after a quote is X Y', ROAD, 'Míaƒe agbledeƒewo', 'Komla Agbenyega', null],
  ['ee: `ebe,` (he said) between two parts of a quote is the man just quoted', ROAD, 'Ɣleti eve enye', 'Komla Agbenyega', ANY],
  ['ee: the second part after `ebe,` is his too', ROAD, 'eye ame aɖeke', 'Komla Agbenyega', ANY],
  ['ee: counter-case: `Dɔwɔƒe si … la gblɔ` (the office that … said) is a body, no person', ROAD, 'Mɔwɔlawo ava', UNNAMED, null],
  ['ee: counter-case: `nyɔnu aɖe si medi be … la gblɔ` (a woman who did not want …) is someone described', ROAD, 'Míaƒe ɖeviwo mate', DESCRIBED, null],
  ['ee: `Nufiala X Y, si …, gblɔ be: “…”` is X Y, the teacher', SCHOOL, 'Sukuviwo sɔ gbɔ', 'Kafui Dzokoto', ANY],
  ['ee: `X gblɔ kpe ɖe eŋu.` (X added) is the woman named in full before', SCHOOL, 'Míehiã xɔ yeye', 'Kafui Dzokoto', ANY],
  ['ee: `X bia.` (X asked) is the woman named in full before', SCHOOL, 'Ame nenie le', 'Kafui Dzokoto', ANY],
  ['ee: `Dɔkta X Y gblɔ be, “…”` is X Y, Dɔkta off the name', SCHOOL, 'Ɖeviwo ƒe lãmesẽ', 'Yawo Gbedemah', ANY],
  ['ee: counter-case: `sukuviawo ƒe dzilawo gblɔ` (the pupils’ parents said) is a group, no one named', SCHOOL, 'Míaxɔ kpekpeɖeŋu', UNNAMED, null],
  ['ee: `Egblɔ be: “…”` (he said that) is the chief the sentence before names, Togbui off', CHIEF, 'Míawɔ dɔ ɖekae', 'Agbeko Ahiable', ANY],
  ['ee: `Togbui X gblɔ.` is the chief named in full before', CHIEF, 'Ame sia ame', 'Agbeko Ahiable', ANY],
  ['ee: `Mama X Y gblɔ be: “…”` is X Y, the queen mother', CHIEF, 'Nyɔnuwo hã le', 'Adzoa Kumedzro', ANY],
  ['ee: counter-case: `Nutomedziɖuɖua gblɔ.` (the district assembly said) is a body', CHIEF, 'Míeda asi', UNNAMED, null],
  ['ee: counter-case: a Twi tag `X kaa` is left to the Twi reader', TWI, 'Yɛbɛyɛ adwuma', 'Kwame Owusu Ansah', ANY],
];


kindTable('Ewe speakers', ROWS);
