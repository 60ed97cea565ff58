// Gujarati (lang/gu.ts, read as Hindi is through lang/hi.ts): `“…” એમ <office>એ જણાવ્યું` for the person the text named
// with the office and the agent marker on the name (`<office> X Yએ …`), `Xભાઈએ ઉમેર્યું, “…”` and `Xબેને કહ્યું કે …`
// for that person's full name, a full name written with its form of address (`Xબેન Y`), a split quote around `Yએ
// કહ્યું,`; each in short paragraphs of my own about invented people, with counter-cases: a headline's spent verb of saying,
// a body, an unnamed farmer and an office no one named holds.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'રામપુરા ગામમાં પીવાના પાણીની તંગી ત્રીજા અઠવાડિયે પણ યથાવત્ છે.\n\n' +
  'ગામના સરપંચ મહેશ ચૌધરીએ બુધવારે જિલ્લા કચેરીની મુલાકાત લીધી હતી. “ટેન્કર બે દિવસે એક વાર આવે છે અને એ પણ અડધું ભરેલું હોય છે” એમ સરપંચે જણાવ્યું હતું. ' +
  'મહેશભાઈએ ઉમેર્યું, “નવી પાઇપલાઇનનું કામ મંજૂર થઈ ગયું છે, પણ ટેન્ડર હજી બાકી છે.”\n\n' +
  'જોકે, પંચાયતમાં વિપક્ષના નેતા સલીમ મેમણે તંત્ર પર આક્ષેપ કર્યો હતો. “ફાઇલો ફક્ત એક ટેબલથી બીજા ટેબલ પર ફરે છે,” મેમણે કહ્યું, “કામ ક્યાંય દેખાતું નથી.”\n\n' +
  'ગામના પાદરે કરિયાણાની દુકાન ચલાવતાં લીલાબેન રાઠોડ સવારથી પાણી ભરવા લાઇનમાં ઊભાં હતાં.\n\n' +
  '“ઘરમાં ચાર ઢોર છે, એમને શું પિવડાવીએ? અમે તો રોજ બે કલાક લાઇનમાં જ કાઢીએ છીએ.”\n\n' +
  'મહેશભાઈએ કહ્યું કે આવતા સોમવારથી રોજ ટેન્કર મોકલાશે. “ગામના દરેક ફળિયામાં ટાંકી મુકાવીશું” એમ તેમણે જણાવ્યું હતું.';

const FAIR =
  'ગામમાં મેળાની તૈયારી શરૂ; વિપક્ષે કહ્યું – ખર્ચ કોણ ભોગવશે?\n\n' +
  'ગ્રામ પંચાયતે જણાવ્યું, “મેળા માટે અલગ ફંડ ફાળવવામાં આવ્યું છે અને કોઈ નવો વેરો નહીં લેવાય.”\n\n' +
  'એક વૃદ્ધ ખેડૂતે કહ્યું, “મેળો તો દર વર્ષે થાય છે, પણ પાણીનો પ્રશ્ન કોઈ સાંભળતું નથી.”\n\n' +
  'મેદાન પાસે ચાની લારી ચલાવતાં શારદાબેન પરમાર દસ વર્ષથી અહીં બેસે છે. તેમનો દીકરો પણ લારીએ મદદ કરે છે.\n\n' +
  '“મેળાના ત્રણ દિવસમાં આખા મહિનાની કમાણી થઈ જાય છે.”\n\n' +
  '“મેળાના મેદાનમાં પીવાના પાણીની પરબ અને છાંયડાની વ્યવસ્થા કરાશે” એમ પ્રવક્તાએ જણાવ્યું.';

// (Left wrong: a family name alone in the tag, `Yએ કહ્યું`, when no sentence before the quote is read for the full name;
// and a quote alone after `Xબેન Y …` right after a named speaker's, which continuation.ts gives that speaker.)
// (Left wrong too: a family name alone in the tag, the full name written only with the agent marker on it, `<office> X Yએ`:
// fuller-names.ts reads a family name only bare or with Hindi and Nepali postpositions.)
const ENGINEER =
  'જિલ્લા પાણી પુરવઠા બોર્ડના નાયબ ઇજનેર કેતન જોશીએ જણાવ્યું કે ગામમાં બે નવા બોર બનાવવામાં આવશે. “ભૂગર્ભ જળ ઘણું નીચે ગયું છે, એટલે બોર ઊંડા કરવા પડશે,” એમ જોશીએ કહ્યું.';

const ROWS: KindCase[] = [
  ['gu: `“…” એમ <office>એ જણાવ્યું` after `<office> X Yએ … લીધી હતી.` is X Y, the agent marker off', WATER, 'ટેન્કર બે દિવસે', 'મહેશ ચૌધરી', ANY],
  ['gu: `Xભાઈએ ઉમેર્યું, “…”` (added) is the X Y named before, address and agent marker off', WATER, 'નવી પાઇપલાઇનનું', 'મહેશ ચૌધરી', ANY],
  ['gu: `“…,” Yએ કહ્યું, “…”` after `<office> X Yએ …` is X Y', WATER, 'ફાઇલો ફક્ત', 'સલીમ મેમણ', ANY],
  ['gu: the part after `Yએ કહ્યું, “…”` is the same X Y', WATER, 'કામ ક્યાંય', 'સલીમ મેમણ', ANY],
  ['gu: a quote alone after `<participle> Xબેન Y … હતાં.` is Xબેન Y, the name as the text writes it', WATER, 'ઘરમાં ચાર ઢોર', 'લીલાબેન રાઠોડ', null],
  ['gu: `“…” એમ તેમણે જણાવ્યું` after `Xભાઈએ કહ્યું કે … .` is the X Y named before', WATER, 'ગામના દરેક', 'મહેશ ચૌધરી', ANY],
  ['gu: a quote alone after `<participle> Xબેન Y … છે.`, a sentence after it, someone unnamed quoted before, is Xબેન Y', FAIR, 'મેળાના ત્રણ', 'શારદાબેન પરમાર', null],
  ['gu: `ગ્રામ પંચાયતે જણાવ્યું, “…”` (the village council) is no person', FAIR, 'મેળા માટે અલગ', UNNAMED, null],
  ['gu: `એક <adjective> ખેડૂતે કહ્યું, “…”` (an old farmer) is someone unnamed', FAIR, 'મેળો તો દર', UNNAMED, ANY],
  ['gu: `“…” એમ પ્રવક્તાએ જણાવ્યું` with no spokesperson named is no one named', FAIR, 'મેળાના મેદાનમાં', UNNAMED, null],
  ['gu: `“…,” એમ Yએ કહ્યું` after `<office> X Yએ જણાવ્યું કે …` is X Y', ENGINEER, 'ભૂગર્ભ જળ', 'કેતન જોશી', ANY],
];

kindTable('Gujarati tags and introductions', ROWS, [
  'gu: `“…,” એમ Yએ કહ્યું` after `<office> X Yએ જણાવ્યું કે …` is X Y',
  'gu: `“…,” Yએ કહ્યું, “…”` after `<office> X Yએ …` is X Y',
  'gu: the part after `Yએ કહ્યું, “…”` is the same X Y',
  'gu: a quote alone after `<participle> Xબેન Y … હતાં.` is Xબેન Y, the name as the text writes it',
]);
