// One kind (the fifty-sixth held-out set showed it in Danish), in fresh sentences of my own, with counter-cases:
// a Scandinavian weekday opening a verb-second sentence before a colon, then the pronoun after the verb (`Mandag skrev hun:`).
// Swedish, Danish and Norwegian share the verb (`skrev`, `sa`), so each reader reads the others' sentences; the one that
// spells the weekday otherwise took it for the subject, and the pronoun after the verb never reached the woman named before.
import { kindTable, ANY } from './kind-table';

const DA = '»Det er uholdbart, at skolebørnene skal vente to timer på bussen hver morgen.«';
const NO = '«Det er uholdbart at skolebarna må vente to timer på bussen hver morgen.»';
const SV = '»Det är ohållbart att skolbarnen ska vänta två timmar på bussen varje morgon.«';

/** `Tirsdag skrev hun på Facebook:`: the weekday is no subject; `hun` is the woman the sentence before names (lang/nordic-stops.ts). */
kindTable('A Scandinavian weekday opening a verb-second sentence leaves the pronoun after the verb its subject', [
  ['Danish `Tirsdag skrev hun:`', `Birthe Holmgaard (V), formand for skoleudvalget i Vestervig Kommune, har klaget til trafikselskabet. Tirsdag skrev hun på Facebook:\n\n${DA}`, 'Det er', 'Birthe Holmgaard', ANY],
  ['Danish `Søndag sagde han:`', `Palle Nørgaard, borgmester i Vestervig, har klaget til trafikselskabet. Søndag sagde han til lokalavisen:\n\n${DA}`, 'Det er', 'Palle Nørgaard', ANY],
  ['Norwegian `Lørdag skrev hun:`', `Ingrid Solbakken, leder av oppvekstutvalget i Nordvik, har klaget til fylket. Lørdag skrev hun på Facebook:\n\n${NO}`, 'Det er', 'Ingrid Solbakken', ANY],
  ['counter-case: Swedish `Måndag skrev hon:` (read right already)', `Maja Sundqvist, ordförande i skolnämnden, har klagat till länstrafiken. Måndag skrev hon på Facebook:\n\n${SV}`, 'Det är', 'Maja Sundqvist', ANY],
  ['counter-case: a name after the weekday and verb stays the speaker', `Birthe Holmgaard, formand for skoleudvalget, har klaget til trafikselskabet. Tirsdag skrev Jens Munk på Facebook:\n\n${DA}`, 'Det er', 'Jens Munk', ANY],
]);
