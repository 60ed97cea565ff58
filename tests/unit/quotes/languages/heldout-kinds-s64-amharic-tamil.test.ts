// Kinds the sixty-fourth held-out set showed in Amharic and Tamil copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const AS_EXPLAINED_BY =
  'የከተማው የውሃ ቢሮ አዲስ የውሃ ማጠራቀሚያ ገንብቷል። ሥራውን የመሩት መሐንዲስ ዶ/ር መሰረት ታደሰ ናቸው።\n\n' +
  'እንደ ዶ/ር መሰረት ገለጻ፣ ሁለተኛው ምዕራፍ «በመጪው ክረምት መጨረሻ» ይጠናቀቃል።';
const AS_EXPLAINED_BY_FULL_NAME = 'የከተማው የውሃ ቢሮ አዲስ የውሃ ማጠራቀሚያ ገንብቷል።\n\nእንደ ዶ/ር መሰረት ታደሰ ገለጻ፣ ሁለተኛው ምዕራፍ «በመጪው ክረምት መጨረሻ» ይጠናቀቃል።';

/** `እንደ <address> X ገለጻ፣` ("as X explained"): the noun after the name is none of it (lang/am.ts). */
kindTable('Amharic: the noun of `እንደ X ገለጻ` stays off the name', [
  ['am: `እንደ ዶ/ር X ገለጻ` is X, made full from before', AS_EXPLAINED_BY, 'በመጪው ክረምት', 'መሰረት ታደሰ', ANY],
  ['counter-case am: `እንደ ዶ/ር X Y ገለጻ` keeps the father’s name Y', AS_EXPLAINED_BY_FULL_NAME, 'በመጪው ክረምት', 'መሰረት ታደሰ', ANY],
]);

const THE_ONE_WHO_SAID_THIS =
  'በከተማው ሰሜናዊ ክፍል የውሃ አቅርቦት ተቋርጧል።\n\n' +
  '«ውሃው በየሳምንቱ ይቋረጣል፤ ቢሮው ግን ምንም አላደረገም።» ይህን ያሉት የቀበሌው ነዋሪዎች ኮሚቴ ሰብሳቢ አቶ ገብረመድህን አሰፋ ናቸው።';
const THIS_FOLLOWED =
  'በከተማው ሰሜናዊ ክፍል የውሃ አቅርቦት ተቋርጧል።\n\n' +
  '«ውሃው በየሳምንቱ ይቋረጣል፤ ቢሮው ግን ምንም አላደረገም።» ይህን ተከትሎ የከተማው ምክር ቤት ስብሰባ ጠርቷል።';

/** `«…» ይህን ያሉት <role> አቶ X Y ናቸው።` ("the one who said this is Mr X Y"): the object before the relative of "say". */
kindTable('Amharic: `ይህን ያሉት X ናቸው` after a quote names its speaker', [
  ['am: `ይህን ያሉት … አቶ X Y ናቸው` is X Y', THE_ONE_WHO_SAID_THIS, 'ውሃው በየሳምንቱ', 'ገብረመድህን አሰፋ', ANY],
  ['counter-case am: `ይህን ተከትሎ` ("following this") names no one', THIS_FOLLOWED, 'ውሃው በየሳምንቱ', UNNAMED, ANY],
]);

const FATHER_NAME_WITH_ALSO =
  'በሰፈሩ የውሃ እጥረት ከተከሰተ ሦስት ወር ሆኖታል።\n\n' +
  'ለሃያ ዓመታት በሰፈሩ የኖሩት አቶ ካሳሁን ታምሩም ተመሳሳይ ሐሳብ አላቸው። «ልጆቻችን ውሃ ለመቅዳት ሩቅ ይሄዳሉ» ሲሉ ተናግረዋል።';
const FATHER_NAME_ENDING_IN_M =
  'በሰፈሩ የውሃ እጥረት ከተከሰተ ሦስት ወር ሆኖታል።\n\n' + 'የሠፈሩ ነጋዴ አቶ ከድር ኢብራሂም ግን ይቃወማሉ። «ቢሮው ጥሩ ሥራ ሠርቷል» ብለዋል።';

/** `አቶ X Y-ም …` ("Mr X Y too …"): the clitic -ም comes off the father's name after a `u` or a bare consonant (lang/am.ts). */
kindTable('Amharic: the clitic -ም ("also") comes off a father’s name', [
  ['am: `አቶ X ታምሩም` is X ታምሩ', FATHER_NAME_WITH_ALSO, 'ልጆቻችን ውሃ', 'ካሳሁን ታምሩ', ANY],
  ['counter-case am: `ኢብራሂም` ends in -ም as a name', FATHER_NAME_ENDING_IN_M, 'ቢሮው ጥሩ', 'ከድር ኢብራሂም', ANY],
]);

const DECIMAL_IN_SUBJECT_SENTENCE =
  'የከተማው የውሃ ቢሮ አዲስ የውሃ ማጠራቀሚያ ገንብቷል።\n\n' +
  'የቢሮው ኃላፊ አቶ ብርሃኑ ትናንት ምሽት ለባሕር ዳር ኤፍ ኤም 92.1 እንደተናገሩት፣ የነዋሪዎቹ ቅሬታ ትክክል ነው። «ውሃው በሚቀጥለው ወር ለሁሉም ቤቶች ይደርሳል» ብለዋል።';
const DECIMAL_IN_OTHER_SENTENCE =
  'የቢሮው ኃላፊ አቶ ብርሃኑ ለጋዜጠኞች መግለጫ ሰጥተዋል። የውሃው ዋጋ ግን 3.5 ብር ደርሷል።\n\n' +
  '«ውሃው በሚቀጥለው ወር ለሁሉም ቤቶች አይደርስም» ሲሉ ነዋሪዎቹ ተናግረዋል።';

/** `… ለኤፍ ኤም 92.1 እንደተናገሩት፣ …`: a dot between digits ends no sentence, so the subject before it is read (lang/am.ts). */
kindTable('Amharic: a decimal number does not cut the sentence naming the speaker', [
  ['am: `አቶ X … ለኤፍ ኤም 92.1 እንደተናገሩት` is X', DECIMAL_IN_SUBJECT_SENTENCE, 'ውሃው በሚቀጥለው', 'ብርሃኑ', ANY],
  ['counter-case am: a decimal in a sentence naming no one, the residents said: no name', DECIMAL_IN_OTHER_SENTENCE, 'ውሃው በሚቀጥለው', UNNAMED, ANY],
]);

const INITIAL_WITH_U_SIGN =
  'மதுரை மாநகராட்சியின் புதிய பூங்கா நேற்று திறக்கப்பட்டது.\n\n' +
  '“இந்தப் பூங்கா குழந்தைகளுக்கு நல்ல இடமாக இருக்கும். மாலையில் விளக்குகள் எரியும்” என்கிறார் வார்டு உறுப்பினர் கு. செல்வி.';
const TITLE_BEFORE_INITIAL =
  'மதுரை மாநகராட்சியின் புதிய பூங்கா நேற்று திறக்கப்பட்டது.\n\n' +
  '“இந்தப் பூங்கா குழந்தைகளுக்கு நல்ல இடமாக இருக்கும். மாலையில் விளக்குகள் எரியும்” என்கிறார் வார்டு உறுப்பினர் செல்வி பா. ரேவதி.';

/** `மு. X`: an initial of a consonant with any vowel sign, and `செல்வி` after an initial a name, not the title (sentences.ts, lang/ta.ts). */
kindTable('Tamil: an initial with any vowel sign stays on the name; `செல்வி` after it is the name', [
  ['ta: `கு. செல்வி` is the whole name', INITIAL_WITH_U_SIGN, 'இந்தப் பூங்கா', 'கு. செல்வி', 'உறுப்பினர்'],
  ['counter-case ta: `செல்வி பா. X`, the title before the initial, comes off', TITLE_BEFORE_INITIAL, 'இந்தப் பூங்கா', 'பா. ரேவதி', 'உறுப்பினர்'],
]);

const HOPE_EXPRESSED =
  'மாநகராட்சி ஆணையர் ஆர். சந்திரசேகரன் விழாவில் கலந்துகொண்டார்.\n\n' +
  '“அடுத்த மாதம் மேலும் மூன்று பூங்காக்கள் திறக்கப்படும்” என்று சந்திரசேகரன் நம்பிக்கை தெரிவித்தார்.';
const NAME_THEN_VERB =
  'மாநகராட்சி ஆணையர் ஆர். சந்திரசேகரன் விழாவில் கலந்துகொண்டார்.\n\n' + '“அடுத்த மாதம் மேலும் மூன்று பூங்காக்கள் திறக்கப்படும்” என்று சந்திரசேகரன் தெரிவித்தார்.';

/** `” என்று X நம்பிக்கை தெரிவித்தார்` ("X expressed hope"): the noun the verb takes is no name word (lang/ta.ts). */
kindTable('Tamil: `நம்பிக்கை தெரிவித்தார்` leaves the noun off the name', [
  ['ta: `X நம்பிக்கை தெரிவித்தார்` is X, made full', HOPE_EXPRESSED, 'அடுத்த மாதம்', 'ஆர். சந்திரசேகரன்', ANY],
  ['counter-case ta: `X தெரிவித்தார்` is X as before', NAME_THEN_VERB, 'அடுத்த மாதம்', 'ஆர். சந்திரசேகரன்', ANY],
]);

const THAT_FARMER =
  'கிராமத்தில் புதிய சாலை அமைக்கப்பட்டுள்ளது.\n\n' +
  'மேலூரைச் சேர்ந்த விவசாயி முருகேசன், இருபது ஆண்டுகளாகச் சேற்றுப் பாதையில் நடந்து வருகிறார். “மழைக்காலத்தில் சந்தைக்குப் போக முடியாது. இனி அந்தக் கவலை இல்லை” என்றார் 61 வயதான அந்த விவசாயி.';
const FARMER_NAMED_AFTER =
  'கிராமத்தில் புதிய சாலை அமைக்கப்பட்டுள்ளது.\n\n' +
  'மேலூரைச் சேர்ந்த விவசாயி முருகேசன், இருபது ஆண்டுகளாகச் சேற்றுப் பாதையில் நடந்து வருகிறார். “மழைக்காலத்தில் சந்தைக்குப் போக முடியாது. இனி அந்தக் கவலை இல்லை” என்றார் விவசாயி தங்கராசு.';

/** `” என்றார் 61 வயதான அந்த விவசாயி.` ("said that 61-year-old farmer"): the one introduced, not a description (lang/ta.ts). */
kindTable('Tamil: `என்றார் அந்த <role>` points back at the one introduced', [
  ['ta: `என்றார் … அந்த விவசாயி` is the farmer named before', THAT_FARMER, 'மழைக்காலத்தில்', 'முருகேசன்', ANY],
  ['counter-case ta: `என்றார் விவசாயி X` names another', FARMER_NAMED_AFTER, 'மழைக்காலத்தில்', 'தங்கராசு', ANY],
]);

const INTERVIEW_TO_OUTLET =
  'ஏரியின் நீர்மட்டம் குறைந்து வருகிறது.\n\n' +
  'சூழலியலாளர் பிரகாஷ் ராஜன் ‘கிழக்கு வானொலி’க்கு அளித்த பேட்டியில் கூறியதாவது:\n\n' +
  '“ஏரியைச் சுற்றி ஆழ்துளைக் கிணறுகள் பெருகிவிட்டன. அவற்றைக் கட்டுப்படுத்த வேண்டும்” என்றார்.';
const SAID_AS_FOLLOWS =
  'ஏரியின் நீர்மட்டம் குறைந்து வருகிறது.\n\n' +
  'சூழலியலாளர் பிரகாஷ் ராஜன் கூறியதாவது:\n\n' +
  '“ஏரியைச் சுற்றி ஆழ்துளைக் கிணறுகள் பெருகிவிட்டன. அவற்றைக் கட்டுப்படுத்த வேண்டும்” என்றார்.';

/** `X ‘<outlet>’க்கு அளித்த பேட்டியில் கூறியதாவது:` ("X said in an interview to …"): the interview stands between X and the verb. */
kindTable('Tamil: `X <outlet>க்கு அளித்த பேட்டியில் கூறியதாவது:` is X', [
  ['ta: the outlet in quote marks and the interview come off', INTERVIEW_TO_OUTLET, 'ஏரியைச் சுற்றி', 'பிரகாஷ் ராஜன்', ANY],
  ['counter-case ta: `X கூறியதாவது:` as before', SAID_AS_FOLLOWS, 'ஏரியைச் சுற்றி', 'பிரகாஷ் ராஜன்', ANY],
]);
