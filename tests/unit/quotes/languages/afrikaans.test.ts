// Afrikaans (lang/af.ts): `sê X`, the perfect `het X gesê`, pronoun tags, `Volgens X`, roles and titles before the name,
// bodies and unnamed speakers, in short paragraphs of my own about invented people.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Die dorpsbiblioteek in Rietvlei gaan volgende maand sluit.\n\n' +
  '“Ons het geen geld meer vir boeke nie,” sê Marlene van Wyk, die bibliotekaresse.\n\n' +
  'Sy het bygevoeg: “Die kinders sal die meeste daaronder ly.”\n\n' +
  '“Dit is ’n skande,” het Pieter Botha gesê.\n\n' +
  'Hy sê: “Ons moet die raad voorlê.”\n\n' +
  '“Ons het niks gehoor nie,” het ’n inwoner gesê.\n\n' +
  'Boer Koos Nel sê: “Die pad is ook sleg.”\n\n' +
  '“Ons kyk daarna,” het die Munisipaliteit Rietvlei in ’n verklaring gesê.';

const FACTORY =
  'Die skoenfabriek op Kleinberg gaan na ’n nuwe perseel trek.\n\n' +
  'Die bestuurder van die fabriek, Kobus Venter, sê die werk sal voortgaan. “Niemand verloor sy werk nie,” het Venter Maandag aan die koerant gesê.\n\n' +
  'Hy het egter bygevoeg: “Die eerste maande sal moeilik wees.”\n\n' +
  '“Ons glo hom nie,” sê mev. Elsa Pretorius, ’n werker met dertig jaar diens. “Ons het dit al voorheen gehoor.”\n\n' +
  '“Die trekdatum is nog nie vas nie,” lui die verklaring van die maatskappy.\n\n' +
  'Volgens dr. Hannes Louw, ’n ekonoom van die streek, “is dit ’n goeie skuif vir die dorp.”';

const CHOIR =
  'Die kerkkoor van Grootdrift het die nasionale kompetisie gewen.\n\n' +
  'Dirigent Lettie du Toit het die koor twee jaar lank afgerig. “Ek is so trots op hulle,” sê sy. “Elke lid het hard gewerk.”\n\n' +
  '“Ons het elke Dinsdagaand geoefen,” vertel Jan Smit, die oudste lid van die koor.\n\n' +
  '“Die musiek bring die gemeenskap bymekaar,” voeg hy by.\n\n' +
  '“Volgende jaar wil ons weer wen,” het ’n sopraan gesê.';

const ROWS: KindCase[] = [
  ['af: `,” sê X Y, die <role>.` is X Y', LIBRARY, 'Ons het geen geld', 'Marlene van Wyk', ANY],
  ['af: `Sy het bygevoeg: “…”` is the woman quoted before', LIBRARY, 'Die kinders sal', 'Marlene van Wyk', ANY],
  ['af: the perfect `,” het X Y gesê.` is X Y', LIBRARY, 'Dit is ’n skande', 'Pieter Botha', ANY],
  ['af: `Hy sê: “…”` after a man’s tag is that man', LIBRARY, 'Ons moet die raad', 'Pieter Botha', ANY],
  ['af: `,” het ’n inwoner gesê.` is someone described, unnamed', LIBRARY, 'Ons het niks gehoor', DESCRIBED, null],
  ['af: `Boer X Y sê:` is X Y, a farmer (the role no part of the name)', LIBRARY, 'Die pad is ook sleg', 'Koos Nel', 'boer'],
  ['af: `het die Munisipaliteit X … gesê` is a body, no person', LIBRARY, 'Ons kyk daarna', UNNAMED, null],
  ['af: `,” het X Maandag aan die koerant gesê.` is X (day and recipient no part of it)', FACTORY, 'Niemand verloor', 'Kobus Venter', ANY],
  ['af: `Hy het egter bygevoeg:` (an adverb in the perfect) is the man quoted before', FACTORY, 'Die eerste maande', 'Kobus Venter', ANY],
  ['af: `,” sê mev. X Y, ’n werker …` drops the form of address', FACTORY, 'Ons glo hom nie', 'Elsa Pretorius', ANY],
  ['af: the next sentence in marks after the tag goes on her turn', FACTORY, 'Ons het dit al', 'Elsa Pretorius', ANY],
  ['af: `,” lui die verklaring …` is the statement of the one quoted before', FACTORY, 'Die trekdatum', 'Elsa Pretorius', ANY],
  ['af: `Dirigent X Y … ,” sê sy.` is the woman the sentence brings in', CHOIR, 'Ek is so trots', 'Lettie du Toit', ANY],
  ['af: a second quote after `sê sy.` is still hers', CHOIR, 'Elke lid het', 'Lettie du Toit', ANY],
  ['af: `,” vertel X Y, die oudste lid …` is X Y', CHOIR, 'Ons het elke Dinsdagaand', 'Jan Smit', ANY],
  ['af: `,” voeg hy by.` (separable verb) is the man just quoted', CHOIR, 'Die musiek bring', 'Jan Smit', ANY],
  ['af: `,” het ’n sopraan gesê.` is no one named', CHOIR, 'Volgende jaar', UNNAMED, null],
];
/** Once read wrong and now read right: the frame is no longer cut at `mev.`'s full stop (address-dot.ts). */
const FAILING: string[] = [];
kindTable('Afrikaans tags, the perfect, titles, bodies and unnamed speakers', ROWS, FAILING);
