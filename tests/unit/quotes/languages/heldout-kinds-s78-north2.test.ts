// What a named person is, stated after the name rather than before it (the fifty-eighth held-out set showed a Dutch
// `X (58) is <occupation> en …` and a lower-case office no list holds, `X, <office> van <body noun> <Body>, zegt`, both
// read with no role). Two kinds: a copula and a bare occupation noun (Dutch, German, Swedish, Danish, Polish drop the
// article before one), and an unlisted office closed by its body's capitalised name. Fresh sentences, with counter-cases.
import { kindTable } from './kind-table';

const NL = '‘Ik heb de sloot nog nooit zo droog gezien als deze zomer.’';
const DE = '„Ich habe den Graben noch nie so trocken gesehen wie diesen Sommer.“';
const SV = '”Jag har aldrig sett diket så torrt som i somras.”';
const DA = '”Jeg har aldrig set grøften så tør som i sommer.”';
const PL = '„Nigdy nie widziałem tak suchego rowu jak tego lata”.';

/** `Name (age) COPULA occupation and …` then a bare quote paragraph (stated-occupation.ts). */
kindTable('A copula and a bare occupation noun after the name give the role', [
  ['Dutch: `X (61) is veehouder en`', `Gerrit Hoogland (61) is veehouder en woont al veertig jaar aan de polderweg.\n\n${NL}`, 'Ik heb de', 'Gerrit Hoogland', 'veehouder'],
  ['German: the noun capitalised, `ist Landwirt und`', `Klaus Brenner (57) ist Landwirt und lebt seit jeher am Deich.\n\n${DE}`, 'Ich habe den', 'Klaus Brenner', 'Landwirt'],
  ['Swedish: `är lantbrukare och`', `Anders Holm (61) är lantbrukare och har bott vid ån hela livet.\n\n${SV}`, 'Jag har aldrig', 'Anders Holm', 'lantbrukare'],
  ['Danish, the neighbour: `er tømrer og`', `Jens Madsen (49) er tømrer og har boet ved åen hele sit liv.\n\n${DA}`, 'Jeg har aldrig', 'Jens Madsen', 'tømrer'],
  ['Polish: the instrumental given back in the nominative, `jest rolnikiem i`', `Tadeusz Wrona (63) jest rolnikiem i całe życie mieszka nad rzeką.\n\n${PL}`, 'Nigdy nie', 'Tadeusz Wrona', 'rolnik'],
  ['counter-case: an adjective after the copula states no role', `Gerrit Hoogland (61) is boos en woont al veertig jaar aan de polderweg.\n\n${NL}`, 'Ik heb de', 'Gerrit Hoogland', null],
  ['counter-case: a comparison with `dan`', `Gerrit Hoogland is ouder dan de dijk zelf.\n\n${NL}`, 'Ik heb de', 'Gerrit Hoogland', null],
  ['counter-case: a Polish adjective after `jest`', `Tadeusz Wrona (63) jest zmęczony i całe życie mieszka nad rzeką.\n\n${PL}`, 'Nigdy nie', 'Tadeusz Wrona', null],
]);

const NL2 = '‘De kaden houden het nog één winter, daarna moeten ze omhoog.’';
const DA2 = '”Digerne holder endnu en vinter, så skal de forhøjes.”';

/** `Name, office PREP [body noun] Body, verb:` with an office no list holds (office-of-named-body.ts). */
kindTable('An unlisted office after a name, closed by its body, is the role', [
  ['Dutch: `hoogheemraad van het hoogheemraadschap X`', `Truus Bakelaar, hoogheemraad van het hoogheemraadschap Noordermeer, zegt: ${NL2}`, 'De kaden', 'Truus Bakelaar', 'hoogheemraad'],
  ['Dutch: `ouderling van de X`', `Wouter Eijkelboom, ouderling van de Protestantse Gemeente Westerdijk, zegt: ${NL2}`, 'De kaden', 'Wouter Eijkelboom', 'ouderling'],
  ['Danish, the neighbour: `digegreve for X`', `Bente Lund, digegreve for Nordby Digelag, siger: ${DA2}`, 'Digerne holder', 'Bente Lund', 'digegreve'],
  ['counter-case: fame, `bekend van X`', `Lotte Brinkhorst, bekend van Radio Waddenland, zegt: ${NL2}`, 'De kaden', 'Lotte Brinkhorst', null],
  ['counter-case: where one comes from, `afkomstig van X`', `Lotte Brinkhorst, afkomstig van Texel, zegt: ${NL2}`, 'De kaden', 'Lotte Brinkhorst', null],
]);
