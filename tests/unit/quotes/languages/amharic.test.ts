// Amharic (lang/am.ts): the subject before the quote and the verb after it (`<role> አቶ X Y፣ «…» ብለዋል።`), particles after the
// subject (`በበኩላቸው`, `ደግሞ`), the subject after a converb or relative of "say" (`«…» ያሉት ወ/ሮ X፣`, `«…» ሲሉ አሰልጣኙ
// ተናግረዋል።`), the sentence before naming the speaker of a verb alone, an age before a bare name (`የ34 ዓመቷ X Y`), in short
// paragraphs of my own about invented people, with counter-cases: a body, someone unnamed, an age that is no person's, a plural.
import { kindTable, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'በአዳማ ከተማ የገበያው ድልድይ ለሁለት ወራት ተዘግቷል።\n\n' +
  'የአትክልት ነጋዴዋ ወ/ሮ ትዕግስት ሞላ፣ «ደንበኞቻችን በሌላ መንገድ መዞር ጀምረዋል። ሽያጫችን በግማሽ ቀንሷል» ብለዋል።\n\n' +
  'የከተማው መንገዶች ባለሥልጣን ኃላፊ አቶ ብርሃኑ ጌታቸው በበኩላቸው «ጥገናው በሚቀጥለው ወር ይጠናቀቃል» ሲሉ ተናግረዋል።\n\n' +
  '«ሠራተኞቻችን ሌሊትም ይሠራሉ» ያሉት አቶ ብርሃኑ፣ «ዝናቡ ግን ሥራውን አዘግይቶታል» ሲሉ አክለዋል።\n\n' +
  'የከተማው አስተዳደር «ለነጋዴዎቹ ጊዜያዊ ቦታ ይሰጣል» ብሏል።';

const WATER =
  'በጅማ ከተማ ሦስት ቀበሌዎች ለአንድ ሳምንት ውሃ አላገኙም።\n\n' +
  'የውሃ አገልግሎት ጽሕፈት ቤት ኃላፊ ዶ/ር ዮሐንስ አሰፋ ችግሩ የፓምፕ ብልሽት መሆኑን ተናግረዋል። «አዲስ ፓምፕ ከውጭ አዝዘናል» ብለዋል።\n\n' +
  'ስማቸው እንዳይገለጽ የጠየቁ አንድ ነዋሪ፣ «ልጆቻችን ከወንዝ ውሃ እየቀዱ ነው» ብለዋል።\n\n' +
  'የ34 ዓመቷ መሰረት ደምሴ በቤቷ ደጃፍ ቆማ እንዲህ ብላለች።\n\n' +
  '«በቀን ሁለት ጊዜ ጀሪካን ተሸክሜ ወደ ወንዝ እሄዳለሁ።»\n\n' +
  'ኃላፊው ደግሞ፣ «ፓምፑ በሁለት ሳምንት ውስጥ ይደርሳል» ሲሉ ገልጸዋል።\n\n' +
  '«ውሃ ሳይኖር ሱቄን መክፈት አልችልም» ሲሉ ነዋሪዎቹ ተናግረዋል።\n\n' +
  'የ52 ዓመቱ ገበሬ ታምራት ሽፈራው ችግሩን እንዲህ ገለጹት፦\n\n' +
  '«ከብቶቻችን ውሃ ፍለጋ ሩቅ ይሄዳሉ።»';

const CLUB =
  'የከተማው እግር ኳስ ክለብ ትናንት በሜዳው ተሸንፏል።\n\n' +
  'የክለቡ አሰልጣኝ አቶ ፍቅሩ ዘውዴ፣ «ተጫዋቾቻችን ደክመው ነበር፤ ይህ ግን ምክንያት አይሆንም» ብለዋል።\n\n' +
  'የቡድኑ ተጫዋቿ ሰላማዊት ካሳ ደግሞ «ቀጣዩን ጨዋታ እናሸንፋለን» ብላለች።\n\n' +
  '«ደጋፊዎቻችን ይቅርታ ሊያደርጉልን ይገባል» ሲሉ አሰልጣኙ ተናግረዋል።\n\n' +
  'የ20 ዓመት ልምድ ያላቸው አንድ የስፖርት ጋዜጠኛ «ቡድኑ አዲስ አሰልጣኝ ያስፈልገዋል» ብለዋል።\n\n' +
  'የክለቡ ፕሬዚዳንት ወ/ሮ ሂሩት በየነ እንደሚሉት ግን፣ «ለአዲሱ ስታዲየም ገንዘብ እያሰባሰብን ነው።»\n\n' +
  'ደጋፊዎቹ ቡድኑን «የሸለቆው ንቦች ሰራዊት» በሚል ቅጽል ስም ይጠሩታል።';

const ROWS: KindCase[] = [
  ['am: `<role> ወ/ሮ X Y፣ «…» ብለዋል።` is X Y, the form of address no name', BRIDGE, 'ደንበኞቻችን በሌላ', 'ትዕግስት ሞላ', null],
  ['am: `<role> አቶ X Y በበኩላቸው «…» ሲሉ ተናግረዋል።` (for his part) is X Y', BRIDGE, 'ጥገናው በሚቀጥለው', 'ብርሃኑ ጌታቸው', null],
  ['am: `«…» ያሉት አቶ X፣` (said Mr X) is the X quoted before, in full', BRIDGE, 'ሠራተኞቻችን ሌሊትም', 'ብርሃኑ ጌታቸው', null],
  ['am: the second part after `ያሉት አቶ X፣ «…» ሲሉ አክለዋል።` is X too', BRIDGE, 'ዝናቡ ግን', 'ብርሃኑ ጌታቸው', null],
  ['am: `የከተማው አስተዳደር «…» ብሏል።` (the administration) is a body, no person', BRIDGE, 'ለነጋዴዎቹ ጊዜያዊ', UNNAMED, null],
  ['am: `<role> ዶ/ር X Y … ተናግረዋል። «…» ብለዋል።`: the verb alone is the one the sentence before names', WATER, 'አዲስ ፓምፕ', 'ዮሐንስ አሰፋ', null],
  ['am: `ስማቸው እንዳይገለጽ የጠየቁ አንድ ነዋሪ፣` (a resident who asked not to be named) is someone described', WATER, 'ልጆቻችን ከወንዝ', DESCRIBED, null],
  ['am: `የ34 ዓመቷ X Y … እንዲህ ብላለች፦` (the 34-year-old X Y said thus.) then a paragraph of words is X Y', WATER, 'በቀን ሁለት ጊዜ', 'መሰረት ደምሴ', null],
  ['am: `የ52 ዓመቱ <trade> X Y … ገለጹት፦` (thus, and the Ethiopic colon) then a paragraph of words is X Y', WATER, 'ከብቶቻችን ውሃ', 'ታምራት ሽፈራው', null],
  ['am: `ኃላፊው ደግሞ፣ «…»` (the head, for his part) is the one the text gave that office', WATER, 'ፓምፑ በሁለት', 'ዮሐንስ አሰፋ', null],
  ['am: `«…» ሲሉ ነዋሪዎቹ ተናግረዋል።` (the residents) is no one named', WATER, 'ውሃ ሳይኖር', UNNAMED, null],
  ['am: `<role> አቶ X Y፣ «…» ብለዋል።` is X Y in a second story', CLUB, 'ተጫዋቾቻችን ደክመው', 'ፍቅሩ ዘውዴ', null],
  ['am: `<noun with its article> X Y ደግሞ «…»` (the player X Y, for her part) is X Y', CLUB, 'ቀጣዩን ጨዋታ', 'ሰላማዊት ካሳ', null],
  ['am: `«…» ሲሉ አሰልጣኙ ተናግረዋል።` (said the coach) is the one the text gave that office, not the latest speaker', CLUB, 'ደጋፊዎቻችን ይቅርታ', 'ፍቅሩ ዘውዴ', null],
  ['am: `የ20 ዓመት ልምድ ያላቸው አንድ ጋዜጠኛ` (20 years of experience) names no one', CLUB, 'ቡድኑ አዲስ', UNNAMED, null],
  ['am: `<role> ወ/ሮ X Y እንደሚሉት ግን፣ «…»` (as X Y says, though) is X Y', CLUB, 'ለአዲሱ ስታዲየም', 'ሂሩት በየነ', null],
  ['am: a nickname `«…» በሚል ቅጽል ስም` (by the nickname) is no one’s words', CLUB, 'የሸለቆው ንቦች', UNNAMED, null],
];

kindTable('Amharic tags before and after the quote', ROWS, [
  // (A quoted nickname is taken for words spoken: the quote filter knows no Ethiopic naming words, `በሚል`, `የሚል`, yet.)
  'am: a nickname `«…» በሚል ቅጽል ስም` (by the nickname) is no one’s words',
]);
