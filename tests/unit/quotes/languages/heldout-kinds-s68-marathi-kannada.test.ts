// Kinds the sixty-eighth held-out set showed in Marathi and Kannada copy, each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const MR_INTRO =
  'शहरातील बस सेवा गेल्या महिन्यापासून बंद आहे. परिवहन समितीच्या सभापती मीनाक्षी कुलकर्णी यांनी गुरुवारी झालेल्या बैठकीत नव्या बस खरेदीचा प्रस्ताव मांडला.\n\n';
const MR_AT_MEETING = MR_INTRO + '“नव्या बस दिवाळीपूर्वी रस्त्यावर येतील,” असे सभापती कुलकर्णी बैठकीत म्हणाल्या.';
const MR_NAME_LIKE_LOCATIVE =
  'धरणाचे काम रखडले आहे. प्रकल्प अभियंता संकेत भोसले यांनी पाहणी केली.\n\n' +
  '“काम पुढील महिन्यात पुन्हा सुरू होईल आणि पावसाळ्यापूर्वी पूर्ण होईल,” असे संकेत भोसले म्हणाले.';

/** `असे X बैठकीत म्हणाल्या`: where the words were said, an event in the locative, stands between the name and the verb (lang/mr.ts). */
kindTable('Marathi: an event in the locative between the speaker and म्हणाले', [
  ['mr: `असे सभापती X बैठकीत म्हणाल्या` is X, not "X बैठकीत"', MR_AT_MEETING, 'नव्या बस दिवाळीपूर्वी', 'मीनाक्षी कुलकर्णी', ANY],
  ['counter-case mr: a given name ending as a locative does (`संकेत`) stays the name', MR_NAME_LIKE_LOCATIVE, 'काम पुढील महिन्यात', 'संकेत भोसले', ANY],
]);

const MR_TOLD_PAPER =
  MR_INTRO +
  'ठेकेदार संस्थेचे व्यवस्थापक राजेश गायकवाड यांनी वेगळी बाजू मांडली. “बसचे सुटे भाग परदेशातून येण्यास उशीर झाला,” असे गायकवाड यांनी ‘नगरवार्ता’शी बोलताना सांगितले.\n\n' +
  '“आम्ही लवकरच लेखी खुलासा देऊ,” असेही ते म्हणाले.';
const MR_SPEAKING_WITH_BEFORE_NAME =
  'शहराच्या पाणी योजनेसाठी निधी मंजूर झाला आहे.\n\n' +
  'पत्रकारांशी बोलताना आमदार विनायक शिंदे म्हणाले, “निधीची कोणतीही कमतरता भासणार नाही.”';

/** `असे X यांनी ‘<paper>’शी बोलताना सांगितले`: "while speaking with", the paper in quotation marks, goes out of the tag (lang/mr.ts). */
kindTable('Marathi: "while speaking with ‘<paper>’" inside a tag', [
  ['mr: `X यांनी ‘<paper>’शी बोलताना सांगितले` is X', MR_TOLD_PAPER, 'बसचे सुटे भाग', 'राजेश गायकवाड', ANY],
  ['mr: the `असेही ते म्हणाले` after it is X again', MR_TOLD_PAPER, 'आम्ही लवकरच लेखी', 'राजेश गायकवाड', ANY],
  ['counter-case mr: `पत्रकारांशी बोलताना आमदार X म्हणाले`: the phrase goes, the office and name stay', MR_SPEAKING_WITH_BEFORE_NAME, 'निधीची कोणतीही', 'विनायक शिंदे', 'आमदार'],
]);

const MR_RAISED_QUESTION =
  'विरोधी गटनेते प्रकाश मोरे यांनी जोरदार टीका केली. “इतके महिने प्रशासन काय करत होते?” असा सवाल मोरे यांनी उपस्थित केला.';
const MR_BODY_RAISED_QUESTION =
  'गावकऱ्यांनी मोर्चा काढला. “आम्हाला आश्वासने नकोत, पाणी कधी मिळणार?” असा सवाल शेतकरी संघटनेने उपस्थित केला.';

/** `“…?” असा सवाल X यांनी उपस्थित केला`: "such a question X raised", a noun with its light verb (lang/mr.ts). */
kindTable('Marathi: `असा सवाल X यांनी उपस्थित केला`', [
  ['mr: `असा सवाल X यांनी उपस्थित केला` is X', MR_RAISED_QUESTION, 'इतके महिने', 'प्रकाश मोरे', ANY],
  ['counter-case mr: a body raising the question (`संघटनेने`) names no person', MR_BODY_RAISED_QUESTION, 'आम्हाला आश्वासने', UNNAMED, ANY],
]);

const MR_WHILE_ANSWERING = MR_INTRO + 'या आरोपांना उत्तर देताना कुलकर्णी म्हणाल्या, “विरोधकांनी सहकार्य करावे.”';
const MR_NAME_LIKE_CONVERB =
  'नव्या ग्रंथालयाचे काम अर्धवट आहे.\n\nयावर बोलताना सुनीता जोशी म्हणाल्या, “आम्ही गेली तीन वर्षे याच आश्वासनाची वाट पाहत आहोत.”';

/** `उत्तर देताना X म्हणाल्या`: a converb, "while giving", ends the clause before the subject (lang/mr.ts). */
kindTable('Marathi: a converb in -ताना before the subject', [
  ['mr: `उत्तर देताना X म्हणाल्या` is X', MR_WHILE_ANSWERING, 'विरोधकांनी सहकार्य', 'मीनाक्षी कुलकर्णी', ANY],
  ['counter-case mr: a given name ending in -ता (`सुनीता`) stays the name', MR_NAME_LIKE_CONVERB, 'आम्ही गेली तीन', 'सुनीता जोशी', ANY],
]);

const KN_INTRO =
  'ಹಳ್ಳಿಯ ಕೆರೆಯ ನೀರು ಕಲುಷಿತಗೊಂಡಿದೆ. ಕೆರೆಯ ಪಕ್ಕದ ಗದ್ದೆಯ ರೈತ ಮಂಜುನಾಥ ಹೆಗ್ಡೆ ಕಳೆದ ವಾರ ದೂರು ನೀಡಿದ್ದರು.\n\n';
const KN_TOLD_PAPER = KN_INTRO + '“ಸ್ವಚ್ಛತೆಗೆ ಹಣ ಬೇಕು. ಸರ್ಕಾರ ಕೂಡಲೇ ಹಣ ಬಿಡುಗಡೆ ಮಾಡಬೇಕು,” ಎಂದು ಹೆಗ್ಡೆ ‘ಕರಾವಳಿ ಧ್ವನಿ’ಗೆ ತಿಳಿಸಿದರು.';
const KN_TOLD_PLAIN = KN_INTRO + '“ಸ್ವಚ್ಛತೆಗೆ ಹಣ ಬೇಕು. ಸರ್ಕಾರ ಕೂಡಲೇ ಹಣ ಬಿಡುಗಡೆ ಮಾಡಬೇಕು,” ಎಂದು ರೈತ ಸಿದ್ದಪ್ಪ ಗೌಡ ಸುದ್ದಿಗಾರರಿಗೆ ತಿಳಿಸಿದರು.';

/** `’ ಎಂದು X ‘<paper>’ಗೆ ತಿಳಿಸಿದರು`: a title in quotation marks with a dative glued on is one adjunct (lang/kn.ts). */
kindTable('Kannada: a paper in quotation marks, in the dative, inside a tag', [
  ['kn: `ಎಂದು X ‘<paper>’ಗೆ ತಿಳಿಸಿದರು` is X', KN_TOLD_PAPER, 'ಸ್ವಚ್ಛತೆಗೆ ಹಣ', 'ಮಂಜುನಾಥ ಹೆಗ್ಡೆ', ANY],
  ['counter-case kn: a plain dative (`ಸುದ್ದಿಗಾರರಿಗೆ`) after another named person is that person', KN_TOLD_PLAIN, 'ಸ್ವಚ್ಛತೆಗೆ ಹಣ', 'ಸಿದ್ದಪ್ಪ ಗೌಡ', ANY],
]);

const KN_WHILE_SAYING = KN_INTRO + 'ಹೆಗ್ಡೆ ಅವರ ಗದ್ದೆ ಒಣಗಿ ನಿಂತಿದೆ. “ಸಾಲ ತೀರಿಸುವುದು ಹೇಗೆ ಎಂದೇ ತಿಳಿಯುತ್ತಿಲ್ಲ,” ಎಂದು ಹೇಳುವಾಗ ಹೆಗ್ಡೆ ಅವರ ಕಣ್ಣುಗಳು ತೇವವಾಗಿದ್ದವು.';
const KN_WHILE_SAYING_NO_NAME =
  'ಹಳ್ಳಿಯ ಕೆರೆಯ ನೀರು ಕಲುಷಿತಗೊಂಡಿದೆ. ಪಂಚಾಯಿತಿ ಸಭೆ ನಡೆಯಿತು.\n\n“ಕೆರೆಯ ಸ್ವಚ್ಛತೆಗೆ ತಕ್ಷಣ ಹಣ ಬಿಡುಗಡೆ ಮಾಡಬೇಕು,” ಎಂದು ಹೇಳುವಾಗ ಸಭೆಯಲ್ಲಿ ಮೌನ ಆವರಿಸಿತು.';

/** `’ ಎಂದು ಹೇಳುವಾಗ X ಅವರ ಕಣ್ಣು …`: "while saying it, X's eyes …", the speaker in the honorific genitive (lang/kn.ts). */
kindTable('Kannada: `ಎಂದು ಹೇಳುವಾಗ X ಅವರ …` (while saying, X\'s …)', [
  ['kn: `ಎಂದು ಹೇಳುವಾಗ X ಅವರ ಕಣ್ಣುಗಳು …` is X', KN_WHILE_SAYING, 'ಸಾಲ ತೀರಿಸುವುದು', 'ಮಂಜುನಾಥ ಹೆಗ್ಡೆ', ANY],
  ['counter-case kn: `ಎಂದು ಹೇಳುವಾಗ ಸಭೆಯಲ್ಲಿ ಮೌನ …`, no honorific, names no one', KN_WHILE_SAYING_NO_NAME, 'ಕೆರೆಯ ಸ್ವಚ್ಛತೆಗೆ', UNNAMED, ANY],
]);

const KN_THIS_FARMER = KN_INTRO + '“ಇಂತಹ ದುರ್ವಾಸನೆಯನ್ನು ನಾನು ಹಿಂದೆಂದೂ ನೋಡಿಲ್ಲ. ಮೀನುಗಳೆಲ್ಲ ಸತ್ತುಹೋಗಿವೆ,” ಎನ್ನುತ್ತಾರೆ ಈ ಅರವತ್ತರ ರೈತ.';
const KN_NAMED_FARMER = KN_INTRO + '“ಇಂತಹ ದುರ್ವಾಸನೆಯನ್ನು ನಾನು ಹಿಂದೆಂದೂ ನೋಡಿಲ್ಲ. ಮೀನುಗಳೆಲ್ಲ ಸತ್ತುಹೋಗಿವೆ,” ಎನ್ನುತ್ತಾರೆ ಗ್ರಾಮದ ರೈತ ಸಿದ್ದಪ್ಪ ಗೌಡ.';

/** `’ ಎನ್ನುತ್ತಾರೆ ಈ ಅರವತ್ತರ ರೈತ.`: "says this farmer of sixty", the person just introduced, as "the farmer said" is (lang/kn.ts). */
kindTable('Kannada: `ಎನ್ನುತ್ತಾರೆ ಈ <adjective> <noun>` (says this …)', [
  ['kn: `ಎನ್ನುತ್ತಾರೆ ಈ ಅರವತ್ತರ ರೈತ` is the farmer just introduced', KN_THIS_FARMER, 'ಇಂತಹ ದುರ್ವಾಸನೆಯನ್ನು', 'ಮಂಜುನಾಥ ಹೆಗ್ಡೆ', ANY],
  ['counter-case kn: `ಎನ್ನುತ್ತಾರೆ ಗ್ರಾಮದ ರೈತ X` names another', KN_NAMED_FARMER, 'ಇಂತಹ ದುರ್ವಾಸನೆಯನ್ನು', 'ಸಿದ್ದಪ್ಪ ಗೌಡ', ANY],
]);

const KN_TOLD_ADVICE =
  'ಹಳ್ಳಿಯ ಕೆರೆಯ ನೀರು ಕಲುಷಿತಗೊಂಡಿದೆ. ಪರಿಸರ ತಜ್ಞೆ ಡಾ. ಲತಾ ಕಾರಂತ್ ಕೆರೆಗೆ ಭೇಟಿ ನೀಡಿದರು.\n\n' +
  'ಡಾ. ಕಾರಂತ್ ಗ್ರಾಮಸ್ಥರಿಗೆ ಒಂದು ಸಲಹೆ ಹೇಳಿದರು: “ಕೆರೆಯ ನೀರನ್ನು ಕುಡಿಯಲು ಬಳಸಬೇಡಿ. ದನಕರುಗಳನ್ನೂ ದೂರ ಇಡಿ.”';
const KN_TOLD_PLAINLY =
  'ಹಳ್ಳಿಯ ಕೆರೆಯ ನೀರು ಕಲುಷಿತಗೊಂಡಿದೆ.\n\nಪರಿಸರ ತಜ್ಞೆ ಡಾ. ಲತಾ ಕಾರಂತ್ ಹೇಳಿದರು: “ಕೆರೆಯ ನೀರನ್ನು ಕುಡಿಯಲು ಬಳಸಬೇಡಿ.”';

/** `ಡಾ. X <to whom> ಒಂದು ಸಲಹೆ ಹೇಳಿದರು:`: the thing told, after ಒಂದು ("a"), and the title `ಡಾ.` are no name (lang/kn.ts, lang/dravidian.ts). */
kindTable('Kannada: `X <to whom> ಒಂದು <thing> ಹೇಳಿದರು:` before the quote', [
  ['kn: `ಡಾ. X ಗ್ರಾಮಸ್ಥರಿಗೆ ಒಂದು ಸಲಹೆ ಹೇಳಿದರು:` is X', KN_TOLD_ADVICE, 'ಕೆರೆಯ ನೀರನ್ನು', 'ಲತಾ ಕಾರಂತ್', ANY],
  ['counter-case kn: `<role> ಡಾ. X ಹೇಳಿದರು:` with nothing told between', KN_TOLD_PLAINLY, 'ಕೆರೆಯ ನೀರನ್ನು', 'ಲತಾ ಕಾರಂತ್', ANY],
]);

const KN_ONE_INITIAL =
  'ಜಿಲ್ಲೆಯ ಕೆರೆಗಳ ಸ್ಥಿತಿ ಹದಗೆಟ್ಟಿದೆ. ಸಣ್ಣ ನೀರಾವರಿ ಇಲಾಖೆಯ ಅಧೀಕ್ಷಕ ಎಂ. ಗಿರೀಶ್ ಶೆಟ್ಟಿ ಅವರ ಪ್ರಕಾರ, “ಜಿಲ್ಲೆಯಲ್ಲಿ ಸುಮಾರು ಮುನ್ನೂರು ಕೆರೆಗಳು ಒತ್ತುವರಿಯಾಗಿವೆ.”';
const KN_SENTENCE_END_DOT =
  'ಜಿಲ್ಲೆಯ ಕೆರೆಗಳ ಸ್ಥಿತಿ ಹದಗೆಟ್ಟಿದೆ. ಸಣ್ಣ ನೀರಾವರಿ ಇಲಾಖೆಯ ಅಧೀಕ್ಷಕ ಗಿರೀಶ್ ಶೆಟ್ಟಿ ಅವರ ಪ್ರಕಾರ, “ಜಿಲ್ಲೆಯಲ್ಲಿ ಸುಮಾರು ಮುನ್ನೂರು ಕೆರೆಗಳು ಒತ್ತುವರಿಯಾಗಿವೆ.”';

/** `ಎಂ. X Y`: a Kannada initial, a vowel and its anusvara with a dot, ends no sentence (sentences.ts). */
kindTable('Kannada: one initial before a name (`ಎಂ.`, `ಕೆ.`)', [
  ['kn: `ಅಧೀಕ್ಷಕ ಎಂ. X Y ಅವರ ಪ್ರಕಾರ` keeps the initial and the office', KN_ONE_INITIAL, 'ಜಿಲ್ಲೆಯಲ್ಲಿ ಸುಮಾರು', 'ಎಂ. ಗಿರೀಶ್ ಶೆಟ್ಟಿ', 'ಅಧೀಕ್ಷಕ'],
  ['counter-case kn: a sentence\'s full stop after `ಹದಗೆಟ್ಟಿದೆ.` still ends it', KN_SENTENCE_END_DOT, 'ಜಿಲ್ಲೆಯಲ್ಲಿ ಸುಮಾರು', 'ಗಿರೀಶ್ ಶೆಟ್ಟಿ', 'ಅಧೀಕ್ಷಕ'],
]);

const KN_QUOTE_AFTER = '\n\n“ರೋಗ ಬಂದ ದನಗಳನ್ನು ತಕ್ಷಣ ಬೇರೆ ಇಡಬೇಕು. ಇಲ್ಲದಿದ್ದರೆ ರೋಗ ಇಡೀ ಹಳ್ಳಿಗೆ ಹರಡುತ್ತದೆ,” ಎಂದು ಅವರು ಹೇಳಿದರು.';
const KN_LED_BY_DOCTOR = 'ಜಿಲ್ಲಾ ಪಶು ಆಸ್ಪತ್ರೆಯ ಡಾ. ನಂದಿನಿ ರಾವ್ ನೇತೃತ್ವದ ತಂಡ ಗುರುವಾರ ರೋಗಪೀಡಿತ ದನಗಳ ರಕ್ತದ ಮಾದರಿ ಸಂಗ್ರಹಿಸಿತು.' + KN_QUOTE_AFTER;
const KN_SHORT_LAST_WORD =
  'ಜಿಲ್ಲಾ ಪಶು ಆಸ್ಪತ್ರೆಯ ವೈದ್ಯೆ ನಂದಿನಿ ರಾವ್ ಹಟ್ಟಿಗಳಿಗೆ ಭೇಟಿ ನೀಡಿದರು. ರೋಗ ಹರಡುತ್ತಿದೆ ಎಂಬ ಆತಂಕ ಇದೆ. ರೈತ ಸಂಘದ ಅಧ್ಯಕ್ಷ ಬಸವರಾಜ ಪಾಟೀಲ ಸಭೆ ಕರೆದರು.' + KN_QUOTE_AFTER;

/** `ಡಾ. X Y ನೇತೃತ್ವದ ತಂಡ …`: the dot of a title or an initial ends no sentence of narration (lang/kn.ts, lang/introduced.ts). */
kindTable('Kannada: a title\'s dot inside the sentence that introduces the speaker', [
  ['kn: `ಡಾ. X Y ನೇತೃತ್ವದ ತಂಡ …` then `ಎಂದು ಅವರು ಹೇಳಿದರು` is X Y', KN_LED_BY_DOCTOR, 'ರೋಗ ಬಂದ', 'ನಂದಿನಿ ರಾವ್', ANY],
  ['counter-case kn: a short last word (`ಇದೆ.`) still ends its sentence: the latest one introduced speaks', KN_SHORT_LAST_WORD, 'ರೋಗ ಬಂದ', 'ಬಸವರಾಜ ಪಾಟೀಲ', ANY],
]);

const KN_TEAM_ON_WEEKDAY = 'ನಂದಿನಿ ರಾವ್ ನೇತೃತ್ವದ ತಂಡ ಗುರುವಾರ ರೋಗಪೀಡಿತ ದನಗಳ ರಕ್ತದ ಮಾದರಿ ಸಂಗ್ರಹಿಸಿತು.' + KN_QUOTE_AFTER;
const KN_NAMED_ON_WEEKDAY = 'ಹೈನುಗಾರ ಗುರುರಾಜ ಶೆಟ್ಟಿ ಗುರುವಾರ ಪಶು ಆಸ್ಪತ್ರೆಗೆ ದೂರು ನೀಡಿದರು.' + KN_QUOTE_AFTER;

/** `… ತಂಡ ಗುರುವಾರ ರೋಗಪೀಡಿತ …`: a weekday (`ಗುರುವಾರ`, on Thursday) is when, never a name word (lang/kn.ts). */
kindTable('Kannada: a weekday after a participle-shaped noun is no name', [
  ['kn: `<name> ನೇತೃತ್ವದ ತಂಡ ಗುರುವಾರ ರೋಗಪೀಡಿತ …` introduces no "ಗುರುವಾರ ರೋಗಪೀಡಿತ"', KN_TEAM_ON_WEEKDAY, 'ರೋಗ ಬಂದ', UNNAMED, ANY],
  ['counter-case kn: a given name opening as a weekday does (`ಗುರುರಾಜ`) stays the name', KN_NAMED_ON_WEEKDAY, 'ರೋಗ ಬಂದ', 'ಗುರುರಾಜ ಶೆಟ್ಟಿ', ANY],
]);
