// Kinds the sixty-seventh held-out set showed in Gujarati and Hebrew copy, each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const GU_LONG_TAG_WITH_AUXILIARY =
  'શહેરમાં નવો પુલ બની રહ્યો છે.\n\n' +
  '“પુલનું કામ આવતા મહિને પૂરું થશે અને રસ્તો ખુલ્લો મુકાશે,” એમ માર્ગ અને મકાન વિભાગના કાર્યપાલક ઇજનેર સુનીલ મહેતાએ જણાવ્યું હતું.';
const GU_LONG_TAG_NOT_SAYING =
  'શહેરમાં નવો પુલ બની રહ્યો છે.\n\n' +
  '“પુલનું કામ આવતા મહિને પૂરું થશે અને રસ્તો ખુલ્લો મુકાશે,” એવું બોર્ડ માર્ગ અને મકાન વિભાગના કાર્યપાલક ઇજનેર સુનીલ મહેતાએ મૂક્યું હતું.';

/** `“…,” એમ <place> <office> X Yએ જણાવ્યું હતું.`: the auxiliary after the verb ends no tag (lang/gu.ts). */
kindTable('Gujarati: a long tag closing on a verb of saying and its auxiliary', [
  ['gu: `એમ … વિભાગના કાર્યપાલક ઇજનેર X Yએ જણાવ્યું હતું` is X Y', GU_LONG_TAG_WITH_AUXILIARY, 'પુલનું કામ', 'સુનીલ મહેતા', 'ઇજનેર'],
  ['counter-case gu: `… X Yએ મૂક્યું હતું` (put up, no saying) gives no speaker', GU_LONG_TAG_NOT_SAYING, 'પુલનું કામ', UNNAMED, ANY],
]);

const GU_OFFICE_ACCORDING =
  'જિલ્લા પંચાયતની બેઠકમાં જિલ્લા કલેક્ટર ડૉ. નીતા રાવલ પણ હાજર હતાં. કલેક્ટરના જણાવ્યા અનુસાર, “ગામની બધી શાળાઓ સોમવારથી ફરી નિયમિત રીતે ખુલશે.”';
const GU_OFFICE_NEVER_NAMED =
  'જિલ્લા પંચાયતની બેઠક સોમવારે મળી હતી. કલેક્ટરના જણાવ્યા અનુસાર, “ગામની બધી શાળાઓ સોમવારથી ફરી નિયમિત રીતે ખુલશે.”';

/** `કલેક્ટરના જણાવ્યા અનુસાર, “…”` after `કલેક્ટર ડૉ. X Y …`: the office alone is the person written after it (lang/gu-role-holder.ts). */
kindTable('Gujarati: an office alone in "according to" is the person the text wrote after it', [
  ['gu: `કલેક્ટરના જણાવ્યા અનુસાર` after `કલેક્ટર ડૉ. X Y` is X Y', GU_OFFICE_ACCORDING, 'ગામની બધી', 'નીતા રાવલ', ANY],
  ['counter-case gu: an office no one was introduced with stays unnamed', GU_OFFICE_NEVER_NAMED, 'ગામની બધી', UNNAMED, ANY],
]);

const GU_OUTLET_IN_MARKS_TOLD =
  'શાકભાજીના ભાવ વધ્યા છે. બજાર અંગે સંઘના પ્રમુખ મોહન પંડ્યાએ પછી સ્થાનિક અખબાર ‘નવી સવાર’ને જણાવ્યું: “ભાવ આવતા અઠવાડિયે ઘટશે અને ખેડૂતોને રાહત મળશે.”';
const GU_OUTLET_IN_MARKS_AGENT =
  'શાકભાજીના ભાવ વધ્યા છે. સ્થાનિક અખબાર ‘નવી સવાર’એ લખ્યું: “ભાવ આવતા અઠવાડિયે ઘટશે અને ખેડૂતોને રાહત મળશે.”';

/** `X Yએ … ચેનલ ‘…’ને જણાવ્યું:`: an outlet's name in quotation marks, told the words, is read past (lang/gu.ts). */
kindTable('Gujarati: an outlet in quotation marks between the speaker and the verb', [
  ['gu: `X Yએ … અખબાર ‘…’ને જણાવ્યું:` is X Y', GU_OUTLET_IN_MARKS_TOLD, 'ભાવ આવતા', 'મોહન પંડ્યા', ANY],
  ['counter-case gu: `અખબાર ‘…’એ લખ્યું:`, the outlet writing, is no person', GU_OUTLET_IN_MARKS_AGENT, 'ભાવ આવતા', UNNAMED, ANY],
]);

const GU_AGED_BEFORE_PRONOUN =
  'ગામમાં પાણીની તંગી છે.\n\n' +
  'નદી કિનારે રહેતાં લતા સોલંકી (ઉં.વ. ૪૫) ખેતી કરે છે. “અમારા ખેતરમાં એક ટીપું પાણી નથી. અમે શું કરીએ?” તેમણે સવાલ કર્યો.';
const GU_SCARE_QUOTE_BEFORE_PRONOUN =
  'શહેરમાં શિક્ષક સંઘના નેતા મનોજ વ્યાસે આ યોજનાને “મોટી ભૂલ” ગણાવી હતી.\n\n' +
  '“આ યોજના સામે અમે ગયા વર્ષે રજૂઆત કરી હતી,” તેમણે કહ્યું, “પણ કોઈએ ધ્યાન ન આપ્યું.”';
const GU_PLAIN_BEFORE_PRONOUN =
  'શહેરમાં શિક્ષક સંઘના નેતા મનોજ વ્યાસે આ યોજનાને મોટી ભૂલ ગણાવી હતી.\n\n' +
  '“આ યોજના સામે અમે ગયા વર્ષે રજૂઆત કરી હતી,” તેમણે કહ્યું, “પણ કોઈએ ધ્યાન ન આપ્યું.”';

/** `X Y (ઉં.વ. ૪૫) … છે. “…” તેમણે …`, `X Yએ … “…” ગણાવ્યો.` then `“…” તેમણે કહ્યું`: the person the sentence before introduces (lang/introduced.ts). */
kindTable('Gujarati: "she/he said" after a sentence with an age in dots or a few quoted words', [
  ['gu: `X Y (ઉં.વ. ૪૫) ખેતી કરે છે. “…” તેમણે સવાલ કર્યો` is X Y', GU_AGED_BEFORE_PRONOUN, 'અમારા ખેતરમાં', 'લતા સોલંકી', ANY],
  ['gu: `X Yએ આ યોજનાને “…” ગણાવી હતી.` then `“…,” તેમણે કહ્યું` is X Y', GU_SCARE_QUOTE_BEFORE_PRONOUN, 'આ યોજના સામે', 'મનોજ વ્યાસ', ANY],
  ['counter-case gu: the same with no quoted words still reads X Y', GU_PLAIN_BEFORE_PRONOUN, 'આ યોજના સામે', 'મનોજ વ્યાસ', ANY],
]);

const HE_CONJOINED_SAYING =
  'הכביש נסגר לתנועה בשבוע שעבר.\n\n' +
  'ראש המועצה האזורית, רונן מזרחי, כינה את ההחלטה "טעות מרה" ואמר לכתבים: "אנחנו לא נוותר על הכביש הזה, גם אם נצטרך לסלול אותו בעצמנו."';
const HE_CONJOINED_BODY =
  'הכביש נסגר לתנועה בשבוע שעבר.\n\n' +
  'המועצה האזורית כינתה את ההחלטה "טעות מרה" ואמרה לכתבים: "אנחנו לא נוותר על הכביש הזה, גם אם נצטרך לסלול אותו בעצמנו."';

/** `<office>, X Y, כינה את … "…" ואמר: "…"`: a verb of saying joined by "and" is the sentence's subject's (lang/hebrew-conjoined.ts). */
kindTable('Hebrew: a verb of saying joined by "and" after a few quoted words', [
  ['he: `ראש המועצה, X Y, כינה … "…" ואמר לכתבים:` is X Y', HE_CONJOINED_SAYING, 'אנחנו לא נוותר', 'רונן מזרחי', ANY],
  ['counter-case he: `המועצה כינתה … ואמרה:`, a body, is no person', HE_CONJOINED_BODY, 'אנחנו לא נוותר', UNNAMED, ANY],
]);

const HE_HYPHENATED_SELF =
  'מנהלת בית הספר, ד"ר נעמה לוי-אורן, הציגה את התוכנית לצוות. "זו תוכנית טובה לתלמידים", אמרה.\n\n' +
  'שר החינוך, יואב פרץ, תמך בתוכנית. "נממן אותה כבר השנה", אמר.\n\n' +
  'לוי-אורן עצמה זהירה. "אנחנו צריכים עוד מורים, לא עוד תוכניות על הנייר", אמרה.';
const HE_HYPHENATED_NOT_SELF =
  'מנהלת בית הספר, ד"ר נעמה לוי-אורן, הציגה את התוכנית לצוות. "זו תוכנית טובה לתלמידים", אמרה.\n\n' +
  'שר החינוך, יואב פרץ, תמך בתוכנית. "נממן אותה כבר השנה", אמר.\n\n' +
  'פרץ עצמו זהיר. "אנחנו צריכים עוד מורים, לא עוד תוכניות על הנייר", אמר.';

/** `X-Y עצמה סקפטית. "…"`: a double family name with its hyphen before "herself" is the person (lang/he.ts emphatic). */
kindTable('Hebrew: a hyphenated family name before "himself/herself"', [
  ['he: `X-Y עצמה זהירה. "…", אמרה` is the person named X-Y', HE_HYPHENATED_SELF, 'אנחנו צריכים', 'נעמה לוי-אורן', ANY],
  ['counter-case he: `Y עצמו` of someone else is that person', HE_HYPHENATED_NOT_SELF, 'אנחנו צריכים', 'יואב פרץ', ANY],
]);
