// Tigrinya (lang/ti.ts): the subject before the quote and a verb of saying after it (`ኣቶ X Y፣ … ገሊጾም። «…» ኢሎም።`), particles
// after the subject (`ብወገኑ`, for his part), the subject after a converb (`«…» ክብል <role> ዶ/ር X Y ሓቢሩ።`, `«…» ብምባል ሓላፊ …
// ወሲኾም።`), a finite verb before its subject (`«…»፣ በለ X፣ «…»`), an age after a bare name (`X Y፣ ጓል 31 ዓመት፣`), in short
// paragraphs of my own about invented people, with counter-cases: a body, someone unnamed, a verb alone with no one before.
import { kindTable, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const BREAD =
  'ኣብ ከተማ ዓዲግራት ዋጋ ሕብስቲ ብእጽፊ ወሲኹ።\n\n' +
  'ወናኒ ቤት ሕብስቲ ኣቶ ተኽላይ ወልዱ፣ ዋጋ ሓርጭ ካብ ወርሒ ናብ ወርሒ ይውስኽ ከም ዘሎ ገሊጾም። «ሓደ ኩንታል ሓርጭ ኣብ ሰሙን ክልተ ግዜ ዋጋኡ ይቕየር» ኢሎም።\n\n' +
  'ነጋዲት ዕዳጋ ወይዘሮ ሳባ ሃብቶም ብወገነን «ዓማዊልና ፍርቂ ኮይኖም» ክብላ ተዛሪበን።\n\n' +
  '«ዋጋ ንምቁጽጻር ሓድሽ መምርሒ ክንህብ ኢና» ክብል ኣመሓዳሪ ከተማ ዶ/ር ብርሃነ ኣስመሮም ሓቢሩ።\n\n' +
  '«እቲ መምርሒ ካብ ሰኑይ ይጅምር»፣ በለ ብርሃነ፣ «ነጋዶ ክኽተሉዎ ኣለዎም»።\n\n' +
  'ቢሮ ንግዲ ብወገኑ «ኣብ ኩሉ ቤት ሕብስቲ ቁጽጽር ክንገብር ኢና» ኢሉ።';

const CLINIC =
  'ኣብ ሽረ ዝርከብ ክሊኒክ መድሃኒት ተወዲኡ።\n\n' +
  'ሓኪምት ምሕረት ግደይ፣ ጓል 31 ዓመት፣ ኣብቲ ክሊኒክ ንሓሙሽተ ዓመት ሰሪሓ። ምሕረት ሓዘና ኣይሓብአትን።\n\n' +
  '«ሕሙማት ብዘይ መድሃኒት ንመልሶም ኣለና።»\n\n' +
  'ሽሙ ምግላጽ ዘይደለየ ሓደ ሕሙም «ሰለስተ ግዜ መጺአ ዝኾነ ኣይረኸብኩን» ኢሉ።\n\n' +
  'ሓላፊ ጥዕና ወረዳ ኣቶ ሰመረ ኪሮስ ብወገኑ፣ መድሃኒት ኣብ መገዲ ምዃኑ ሓቢሮም። ከምዚ ኢሎም፦ «ኣብ ውሽጢ ሰሙን ክበጽሕ እዩ።»\n\n' +
  '«ንሕሙማት ይቕሬታ ንሓትት» ብምባል ሓላፊ ጥዕና ወሲኾም።\n\n' +
  '«ዝበዝሑ ሕሙማት ካብ ገጠር እዮም ዝመጹ» ክብሉ ነበርቲ ሽረ ተዛሪቦም።';

const STATION =
  'ኣብ ኣኽሱም ሓድሽ መደበር ኣውቶቡስ ተኸፊቱ።\n\n' +
  'ኣሽከርካሪ ኣውቶቡስ ሃይለ ተስፋጽዮን፣ ወዲ 45 ዓመት፣ ንዓሰርተ ዓመት ኣብዚ መስመር ሰሪሑ። «መደበር ብዘይ ጽላል ንተጓዓዝቲ ከቢድ ነይሩ» ኢሉ።\n\n' +
  'ኣመሓዳሪት መደበር ወ/ሮ ኣብረሀት ገብሩ «ኣውቶቡሳት ብሰዓቶም ክወጹ እዮም» ኢለን።\n\n' +
  '«ሓድሽ ሰሌዳ ግዜ ኣዳሊና ኣለና»፣ በለት ኣብረሀት።\n\n' +
  '«ሰሌዳ ግዜ ጽቡቕ እዩ፣ ጽርግያ ግን ገና ኣይተጸገነን» ክብል ኣሽከርካሪ ተዛሪቡ።\n\n' +
  '«ናይ ኣውቶቡስ ዋጋ ኣይክውስኽን እዩ» ብምባል ቢሮ መጓዓዝያ ዞባ ሓቢሩ።';

const ROWS: KindCase[] = [
  ['ti: `<role> ኣቶ X Y፣ … ገሊጾም። «…» ኢሎም።`: the verb alone is the one the sentence before names', BREAD, 'ሓደ ኩንታል', 'ተኽላይ ወልዱ', null],
  ['ti: `<role> ወይዘሮ X Y ብወገነን «…» ክብላ ተዛሪበን።` (for her part) is X Y', BREAD, 'ዓማዊልና ፍርቂ', 'ሳባ ሃብቶም', null],
  ['ti: `«…» ክብል <office> ዶ/ር X Y ሓቢሩ።` (said, reported) is X Y, the office no name', BREAD, 'ዋጋ ንምቁጽጻር', 'ብርሃነ ኣስመሮም', null],
  ['ti: `«…»፣ በለ X፣ «…»` (said X) is the X quoted before, in full', BREAD, 'እቲ መምርሒ', 'ብርሃነ ኣስመሮም', null],
  ['ti: the second part after `በለ X፣` is X too', BREAD, 'ነጋዶ ክኽተሉዎ', 'ብርሃነ ኣስመሮም', null],
  ['ti: `ቢሮ ንግዲ ብወገኑ «…» ኢሉ።` (the trade bureau) is a body, no person', BREAD, 'ኣብ ኩሉ ቤት ሕብስቲ', UNNAMED, null],
  ['ti: `<trade> X Y፣ ጓል 31 ዓመት፣ …። X …።` then a paragraph of words is X Y', CLINIC, 'ሕሙማት ብዘይ', 'ምሕረት ግደይ', null],
  ['ti: `ሽሙ ምግላጽ ዘይደለየ ሓደ ሕሙም` (a patient who would not be named) is someone described', CLINIC, 'ሰለስተ ግዜ', DESCRIBED, null],
  ['ti: `<role> ኣቶ X Y ብወገኑ፣ … ሓቢሮም። ከምዚ ኢሎም፦ «…»` (said thus) is X Y', CLINIC, 'ኣብ ውሽጢ ሰሙን', 'ሰመረ ኪሮስ', null],
  ['ti: `«…» ብምባል ሓላፊ ጥዕና ወሲኾም።` (added the health head) is the one the text gave that office', CLINIC, 'ንሕሙማት ይቕሬታ', 'ሰመረ ኪሮስ', null],
  ['ti: `«…» ክብሉ ነበርቲ ሽረ ተዛሪቦም።` (residents of the town said) is no one named', CLINIC, 'ዝበዝሑ ሕሙማት', UNNAMED, null],
  ['ti: `<trade> X Y፣ ወዲ 45 ዓመት፣ …። «…» ኢሉ።` is X Y, the age apposed', STATION, 'መደበር ብዘይ', 'ሃይለ ተስፋጽዮን', null],
  ['ti: `<office> ወ/ሮ X Y «…» ኢለን።` is X Y', STATION, 'ኣውቶቡሳት ብሰዓቶም', 'ኣብረሀት ገብሩ', null],
  ['ti: `«…»፣ በለት X።` (she said) is the X quoted before, in full', STATION, 'ሓድሽ ሰሌዳ', 'ኣብረሀት ገብሩ', null],
  ['ti: `«…» ክብል ኣሽከርካሪ ተዛሪቡ።` (said the driver) is the one the text gave that trade, not the latest speaker', STATION, 'ሰሌዳ ግዜ ጽቡቕ', 'ሃይለ ተስፋጽዮን', null],
  ['ti: `«…» ብምባል ቢሮ መጓዓዝያ ዞባ ሓቢሩ።` (the zone’s transport bureau reported) is a body, no person', STATION, 'ናይ ኣውቶቡስ ዋጋ', UNNAMED, null],
];

kindTable('Tigrinya tags before and after the quote', ROWS);
