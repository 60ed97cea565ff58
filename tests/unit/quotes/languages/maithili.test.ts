// Maithili in Devanagari (lang/mai.ts, read as Hindi is with its own words and no agent marker): short articles of my own
// about a village fish pond and a school library, with invented people; counter-cases are bodies (a fisheries department, a
// school committee), someone unnamed with `एकटा` (one), a pronoun tag after a named speaker, and a Hindi tag still read as Hindi.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const POND =
  'रतनपुर गामक पोखरि मे एहि बेर माछक उत्पादन घटि गेल अछि।\n\n' +
  'मछुआरा समितिक सदस्य विनोद कुमार चौधरी (४८) कहलनि, “पानि गन्दा भऽ गेल अछि। माछ सभ मरि रहल अछि।”\n\n' +
  '“हम सभ पंचायत केँ चिट्ठी लिखलहुँ,” चौधरी कहलनि, “मुदा कोनो उत्तर नहि आयल।”\n\n' +
  'मत्स्य विभागक पदाधिकारी राजेश नारायण पाठक शुक्र दिन पोखरि पर पहुँचलाह। “पानिक जाँच एहि सप्ताह करायल जायत,” ओ कहलनि।\n\n' +
  '“दवाइ सेहो देल जायत,” पदाधिकारी कहलनि।\n\n' +
  '“नव बीज अगिला मास भेटत,” मत्स्य विभाग कहलक।\n\n' +
  'पोखरिक कात ठाढ़ एकटा बूढ़ मछुआरा कहलनि, “एहन हाल हम कहियो नहि देखलहुँ।”\n\n' +
  '“बाजार मे भाव दोबर भऽ गेल,” जिलाधिकारी रमेश कुमार ने कहा।';

const LIBRARY =
  'कुसुमपुरक मध्य विद्यालय मे नव पुस्तकालय खुजल अछि।\n\n' +
  'प्रधानाध्यापक डॉ. कमलेश प्रसाद सिंह शनि दिन पुस्तकालयक उद्घाटन केलनि। ओ कहलनि : “धिया-पुता आब साँझ धरि पढ़त।”\n\n' +
  '“किताब सभ दान मे आयल अछि,” कमलेश प्रसाद सिंह कहैत छथि।\n\n' +
  'शिक्षिका रीना कुमारी झाक अनुसार, “सभ सँ बेसी कथा-पोथी पढ़ल जाइत अछि।”\n\n' +
  '“बरखा मे छत चुबैत अछि,” झा कहलथि।\n\n' +
  'विद्यालय समिति कहलक, “मरम्मति लेल टाका माँगल गेल अछि।”\n\n' +
  'छात्रा पूजा मंडल हँसैत कहलनि, “हमरा चित्रकथा नीक लगैत अछि।”\n\n' +
  '“अगिला मास मेला लागत,” प्रवक्ता कहलनि।';

const ROWS: KindCase[] = [
  ['mai: `<body> सदस्य X Y Z (४८) कहलनि, “…”`: the age in Devanagari digits is none of the name', POND, 'पानि गन्दा', 'विनोद कुमार चौधरी', 'सदस्य'],
  ['mai: a split quote with `X कहलनि` between: the first part is the man named in full before', POND, 'हम सभ पंचायत', 'विनोद कुमार चौधरी', ANY],
  ['mai: the split quote\'s second part is his too', POND, 'मुदा कोनो उत्तर', 'विनोद कुमार चौधरी', ANY],
  ['mai: `“…,” ओ कहलनि।` (he said) is the officer the sentence before brings in', POND, 'पानिक जाँच', 'राजेश नारायण पाठक', ANY],
  ['mai: `“…,” पदाधिकारी कहलनि।` (the officer said) is the officer named before', POND, 'दवाइ सेहो', 'राजेश नारायण पाठक', ANY],
  ['mai: `“…,” मत्स्य विभाग कहलक।` is a department, no person', POND, 'नव बीज', UNNAMED, null],
  ['mai: `एकटा बूढ़ मछुआरा कहलनि` (one old fisherman said) is someone described', POND, 'एहन हाल', DESCRIBED, null],
  ['mai: a Hindi tag `जिलाधिकारी X ने कहा` in a Maithili story still reads as Hindi', POND, 'बाजार मे भाव', 'रमेश कुमार', 'जिलाधिकारी'],
  ['mai: `ओ कहलनि : “…”` (he said) before the words is the head teacher just named, his title dropped', LIBRARY, 'धिया-पुता', 'कमलेश प्रसाद सिंह', ANY],
  ['mai: `“…,” X Y Z कहैत छथि।` (X says) after the words', LIBRARY, 'किताब सभ', 'कमलेश प्रसाद सिंह', ANY],
  ['mai: `<role> X Y Zक अनुसार` (according to X): the genitive on the name is set off', LIBRARY, 'सभ सँ बेसी', 'रीना कुमारी झा', 'शिक्षिका'],
  ['mai: `“…,” झा कहलथि।` (the honorific `-लथि`) is the woman named in full before', LIBRARY, 'बरखा मे', 'रीना कुमारी झा', ANY],
  ['mai: `विद्यालय समिति कहलक, “…”` is a school committee, no person', LIBRARY, 'मरम्मति लेल', UNNAMED, null],
  ['mai: `छात्रा X Y हँसैत कहलनि` (said smiling): the manner word is none of the name', LIBRARY, 'हमरा चित्रकथा', 'पूजा मंडल', 'छात्रा'],
  ['mai: `“…,” प्रवक्ता कहलनि।` (the spokesperson said), no spokesperson introduced, names no one', LIBRARY, 'अगिला मास', UNNAMED, null],
];

kindTable('Maithili quote tags (lang/mai.ts)', ROWS);
