// Gujarati forms of address on a full name, and a doubled word of manner before the verb of saying (the fifty-sixth
// held-out set showed `… એમ <owner> Xભાઈ Yએ જણાવ્યું` read as `<owner> X Y`, and `“…,” Xબેન <laughing laughing> કહે છે`
// read with the manner word as a family name), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const BAKERY =
  'અમદાવાદ: મણિનગરની એક જૂની બેકરીમાં સવારે ચાર વાગ્યે ભઠ્ઠી સળગે છે.\n\n' +
  '“અમારા દાદાએ આ દુકાન 1965માં ખોલી હતી. ત્યારે અહીં ફક્ત પાંઉ બનતા હતા,” એમ બેકરીના માલિક રમેશભાઈ પટેલિયાએ જણાવ્યું હતું.\n\n' +
  'દુકાનના પાછળના ભાગે સુમિત્રાબેન દેસાઈ લોટ બાંધવાનું કામ કરે છે. “ભઠ્ઠી ગરમ હોય કે ઠંડી, રોટલી તો રોજ બનવી જ જોઈએ,” સુમિત્રાબેન હસતાં હસતાં કહે છે.';

const FERRY =
  'ઓખા: બેટ દ્વારકા જતી હોડીઓમાં આ વર્ષે મુસાફરો ઘટ્યા છે. 55 વર્ષીય હનીફ સુમરા ત્રીસ વર્ષથી આ ફેરી કરે છે.\n\n' +
  '“દરિયો શાંત હોય તો પણ હવે લોકો પુલ પરથી જાય છે,” એમ હનીફભાઈએ જણાવ્યું હતું.\n\n' +
  'કિનારે ચા વેચતાં જસુબેન ગોહિલ ધીમે ધીમે વાસણ ધુએ છે. “હોડી નહીં ચાલે તો અમારી લારી પણ નહીં ચાલે,” જસુબેન ધીમે ધીમે કહે છે.';

kindTable('Gujarati: a full name written with its form of address, and a doubled word of manner before saying', [
  ['gu: `“…,” એમ <owner> Xભાઈ Yએ જણાવ્યું` is Xભાઈ Y, the name as written, the owner its role', BAKERY, 'અમારા દાદાએ', 'રમેશભાઈ પટેલિયા', 'માલિક'],
  ['gu: `“…,” Xબેન <doubled participle> કહે છે` after `Xબેન Y …` is Xબેન Y, the manner word no name', BAKERY, 'ભઠ્ઠી ગરમ', 'સુમિત્રાબેન દેસાઈ', ANY],
  ['gu: a doubled adverb (`ધીમે ધીમે`, slowly) before `કહે છે` likewise', FERRY, 'હોડી નહીં', 'જસુબેન ગોહિલ', ANY],
  ['counter-case: `“…,” એમ Xભાઈએ જણાવ્યું` after `… X Y …`, no family name after the address, is still X Y', FERRY, 'દરિયો શાંત', 'હનીફ સુમરા', ANY],
]);
