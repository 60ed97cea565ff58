// A person's full name, a comma, an office of a body or place, a comma, then the verb of saying (the fifty-eighth held-out
// set showed a Dutch `Name, <office> van <body noun> <Place>, zegt:` read as the place speaking). The capitalised run closing
// the office is what the office is of; the name before the comma speaks. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const NL = '‘De brug gaat pas in het najaar weer open, en dat weten de ondernemers ook.’';
const SV = '”Bron öppnar först i höst, och det vet företagarna redan.”';
const PL = '„Most zostanie otwarty dopiero jesienią i przedsiębiorcy dobrze o tym wiedzą”.';
const DA = '”Broen åbner først til efteråret, og det ved de handlende godt.”';

/** `Name, office PREP [body noun] Place, verb:` (office-of-body.ts). */
kindTable('The capitals closing an office after a full name are its body, not the speaker', [
  ['Dutch: a particle inside the name, `van de` before the body', `Joris van den Akker, directeur van de stichting Oude Veerhaven, zegt: ${NL}`, 'De brug', 'Joris van den Akker', 'directeur'],
  ['Swedish: `vd för` a two-word company', `Eva Lind, vd för Västra Sågverket, säger: ${SV}`, 'Bron öppnar', 'Eva Lind', 'vd för Västra Sågverket'],
  ['Danish, the neighbour: `formand for` a two-word body', `Mette Kjærgaard, formand for Sydhavns Grundejerforening, siger: ${DA}`, 'Broen åbner', 'Mette Kjærgaard', 'formand'],
  ['Polish: office and a body noun in the genitive before its name', `Katarzyna Wróbel, prezes spółki Port Zachodni, mówi: ${PL}`, 'Most zostanie', 'Katarzyna Wróbel', 'prezes spółki Port Zachodni'],
  ['counter-case: a description before the comma, the full name after it speaks', `Wethouder van gemeente Brakeloo, Sanne Hoekstra, zegt: ${NL}`, 'De brug', 'Sanne Hoekstra', ANY],
  ['counter-case: a body named first, its spokesman and his name after the comma', `De gemeente Brakeloo, woordvoerder Daan Mulder, zegt: ${NL}`, 'De brug', 'Daan Mulder', ANY],
]);
