// Kannada (lang/kn.ts, on the South Indian reading of lang/dravidian.ts): invented articles of my own about a park's new
// playground, a bus station and a polluted lake, read whole by the quotes stage, with counter-cases (a body with a
// neuter verb, someone unnamed, a plural group, a pronoun tag after a named speaker, a split quote, Telugu still read).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const PARK =
  'ಮೈಸೂರು: ನಗರದ ಹಳೆಯ ಉದ್ಯಾನದಲ್ಲಿ ಹೊಸ ಆಟದ ಮೈದಾನ ನಿರ್ಮಾಣ ಕಾಮಗಾರಿ ಸೋಮವಾರ ಆರಂಭವಾಯಿತು.\n\n' +
  '‘ಮೂರು ತಿಂಗಳಲ್ಲಿ ಕೆಲಸ ಮುಗಿಯಲಿದೆ. ಮಕ್ಕಳಿಗೆ ಸುರಕ್ಷಿತ ಆಟದ ಸಲಕರಣೆ ಅಳವಡಿಸಲಾಗುವುದು’ ಎಂದು ಪಾಲಿಕೆ ಜಂಟಿ ಆಯುಕ್ತ ಕೆ.ಎಸ್. ನಾಗೇಶ್ ಸುದ್ದಿಗಾರರಿಗೆ ತಿಳಿಸಿದರು.\n\n' +
  '‘ಉದ್ಯಾನದ ಯಾವ ಮರವನ್ನೂ ಕಡಿಯುವುದಿಲ್ಲ’ ಎಂದು ಅವರು ಹೇಳಿದರು.\n\n' +
  'ಉದ್ಯಾನದ ಪಕ್ಕದಲ್ಲಿ ಹೂವು ಮಾರುವ ನಿವಾಸಿ ಲಕ್ಷ್ಮಮ್ಮ (62) ನಗುತ್ತಾ ಹೇಳಿದರು: ‘ನಮ್ಮ ಮೊಮ್ಮಕ್ಕಳು ಇನ್ನು ಇಲ್ಲೇ ಆಡಬಹುದು.’\n\n' +
  'ಉದ್ಯಾನ ಸಮಿತಿಯ ಅಧ್ಯಕ್ಷ ಪ್ರಕಾಶ್ ರಾವ್ ಹೇಳಿದ್ದು ಹೀಗೆ: ‘ಹಣ ಬಿಡುಗಡೆಯಾಗಿದೆ. ಗುತ್ತಿಗೆದಾರರು ಸಮಯಕ್ಕೆ ಸರಿಯಾಗಿ ಕೆಲಸ ಮುಗಿಸಬೇಕು.’\n\n' +
  'ಹೆಸರು ಹೇಳಲು ಬಯಸದ ಅಂಗಡಿ ಮಾಲೀಕರೊಬ್ಬರು, ‘ಕಾಮಗಾರಿಯಿಂದ ನಮ್ಮ ವ್ಯಾಪಾರ ಕಡಿಮೆಯಾಗಿದೆ’ ಎಂದರು.\n\n' +
  'ಶಾಸಕ ಎಂ.ಆರ್. ಶಿವಕುಮಾರ್ ‘ಉದ್ಯಾನ ಎಲ್ಲರಿಗೂ ಉಚಿತವಾಗಿ ತೆರೆದಿರಲಿದೆ’ ಎಂದರು.\n\n' +
  '‘ರಾತ್ರಿ ವೇಳೆ ದೀಪಗಳನ್ನು ಅಳವಡಿಸಬೇಕು’ ಎಂದು ನಗರ ನಾಗರಿಕ ವೇದಿಕೆ ಒತ್ತಾಯಿಸಿದೆ.';

const BUS =
  'ಹುಬ್ಬಳ್ಳಿ: ನಗರದ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಮುಂದಿನ ತಿಂಗಳು ಉದ್ಘಾಟನೆಯಾಗಲಿದೆ.\n\n' +
  'ಸಾರಿಗೆ ಸಚಿವ ರಮೇಶ್ ಗೌಡ ಮಾತನಾಡಿ, ‘ನಿಲ್ದಾಣದಲ್ಲಿ ಮಹಿಳೆಯರಿಗೆ ವಿಶ್ರಾಂತಿ ಕೊಠಡಿ ಇರುತ್ತದೆ’ ಎಂದರು.\n\n' +
  '‘ಬಸ್ ದರ ಏರಿಕೆ ಇಲ್ಲ. ಪ್ರಯಾಣಿಕರು ಆತಂಕಪಡಬೇಕಿಲ್ಲ’ ಎಂದೂ ಅವರು ಸ್ಪಷ್ಟಪಡಿಸಿದರು.\n\n' +
  'ವಿದ್ಯಾರ್ಥಿನಿ ಕಾವ್ಯಾ ಹೆಗಡೆ ಅವರ ಪ್ರಕಾರ, ‘ಕಾಲೇಜಿಗೆ ನೇರ ಬಸ್ ಬೇಕು.’\n\n' +
  '‘ಪ್ರಯಾಣಿಕರ ಸಂಖ್ಯೆ ಹೆಚ್ಚುತ್ತಿದೆ. ಇನ್ನಷ್ಟು ಬಸ್ ಓಡಿಸಬೇಕು’ ಎಂದು ಚಾಲಕ ಬಸವರಾಜ ಪಾಟೀಲ ಹೇಳಿದರು.\n\n' +
  '‘ರಾತ್ರಿ ಪಾಳಿ ಕಷ್ಟ,’ ಎಂದು ನಿರ್ವಾಹಕಿ ಶೋಭಾ ನಾಯಕ್ ಹೇಳಿದರು, ‘ಆದರೆ ಸಂಬಳ ಸಮಯಕ್ಕೆ ಬರುತ್ತದೆ.’\n\n' +
  '‘ಉದ್ಘಾಟನೆಯ ದಿನಾಂಕ ಇನ್ನೂ ನಿಗದಿಯಾಗಿಲ್ಲ’ ಎಂದು ನಿಗಮದ ಅಧಿಕಾರಿಯೊಬ್ಬರು ತಿಳಿಸಿದರು.\n\n' +
  '‘ನಿಲ್ದಾಣದ ಸುತ್ತ ಸಂಚಾರ ದಟ್ಟಣೆ ಹೆಚ್ಚಾಗಲಿದೆ’ ಎಂದು ಸ್ಥಳೀಯ ನಿವಾಸಿಗಳು ಆತಂಕ ವ್ಯಕ್ತಪಡಿಸಿದರು.\n\n' +
  '‘ಹೊಸ ನಿಲ್ದಾಣ ಬೇಗ ಆರಂಭವಾಗಲಿ’ ಎಂದು ಶ್ರೀಮತಿ ಗಿರಿಜಮ್ಮ ಹೇಳಿದರು.';

const LAKE =
  'ಮಂಗಳೂರು: ನಗರದ ಅಂಚಿನ ಕೆರೆಯ ನೀರು ಕಲುಷಿತಗೊಂಡಿದೆ.\n\n' +
  '‘ಕೆರೆಗೆ ಪ್ರತಿದಿನ ಕೊಳಚೆ ನೀರು ಸೇರುತ್ತಿದೆ’ ಎಂದು ಪರಿಸರ ಕಾರ್ಯಕರ್ತ ಅನಿಲ್ ಶೆಟ್ಟಿ ಅವರು ಹೇಳಿದರು.\n\n' +
  '‘ಯಾರೂ ಇದನ್ನು ತಡೆಯುತ್ತಿಲ್ಲ. ದೂರು ಕೊಟ್ಟರೂ ಪ್ರಯೋಜನವಾಗಿಲ್ಲ’ ಎಂಬುದು ಅನಿಲ್ ಶೆಟ್ಟಿ ಅವರ ಆರೋಪ.';

/**
 * After the quote the quotative ಎಂದು (ಎಂದೂ, "also"), the subject and the verb: a role and initials before the name,
 * what stands between subject and verb (`ಸುದ್ದಿಗಾರರಿಗೆ`, "to reporters") set aside; ಅವರು alone is "he/she", after a
 * name an honorific. Before the quote `<role> X ಹೇಳಿದ್ದು ಹೀಗೆ:`, `X ಮಾತನಾಡಿ,`, `X ಅವರ ಪ್ರಕಾರ,` and `X ‘…’ ಎಂದರು.`.
 */
const KANNADA_ROWS: KindCase[] = [
  ['kn: `’ ಎಂದು <office> ಕೆ.ಎಸ್. X <to whom> ತಿಳಿಸಿದರು.` is ಕೆ.ಎಸ್. X with the office', PARK, 'ಮೂರು ತಿಂಗಳಲ್ಲಿ', 'ಕೆ.ಎಸ್. ನಾಗೇಶ್', 'ಆಯುಕ್ತ'],
  ['kn: `’ ಎಂದು ಅವರು ಹೇಳಿದರು.` after a named speaker is that speaker', PARK, 'ಉದ್ಯಾನದ ಯಾವ', 'ಕೆ.ಎಸ್. ನಾಗೇಶ್', ANY],
  ['kn: `<role> X (62) <adverb> ಹೇಳಿದರು: ‘…’` is X, the age and adverb set aside', PARK, 'ನಮ್ಮ ಮೊಮ್ಮಕ್ಕಳು', 'ಲಕ್ಷ್ಮಮ್ಮ', 'ನಿವಾಸಿ'],
  ['kn: `<body>ಯ <role> X Y ಹೇಳಿದ್ದು ಹೀಗೆ: ‘…’` is X Y, the body no part of it', PARK, 'ಹಣ ಬಿಡುಗಡೆಯಾಗಿದೆ', 'ಪ್ರಕಾಶ್ ರಾವ್', 'ಅಧ್ಯಕ್ಷ'],
  ['kn: `… ಮಾಲೀಕರೊಬ್ಬರು, ‘…’ ಎಂದರು.` ("one shop owner") is no one named', PARK, 'ಕಾಮಗಾರಿಯಿಂದ', UNNAMED, ANY],
  ['kn: `<role> ಎಂ.ಆರ್. X ‘…’ ಎಂದರು.` is the subject before the quote', PARK, 'ಉದ್ಯಾನ ಎಲ್ಲರಿಗೂ', 'ಎಂ.ಆರ್. ಶಿವಕುಮಾರ್', 'ಶಾಸಕ'],
  ['kn: `’ ಎಂದು <body> ಒತ್ತಾಯಿಸಿದೆ.` (a neuter verb) is a body, no person', PARK, 'ರಾತ್ರಿ ವೇಳೆ', UNNAMED, ANY],
  ['kn: `<role> X Y ಮಾತನಾಡಿ, ‘…’ ಎಂದರು.` ("X, speaking") is X Y', BUS, 'ನಿಲ್ದಾಣದಲ್ಲಿ', 'ರಮೇಶ್ ಗೌಡ', 'ಸಚಿವ'],
  ['kn: `’ ಎಂದೂ ಅವರು ಸ್ಪಷ್ಟಪಡಿಸಿದರು.` is the one quoted just before', BUS, 'ಬಸ್ ದರ', 'ರಮೇಶ್ ಗೌಡ', ANY],
  ['kn: `<role> X Y ಅವರ ಪ್ರಕಾರ, ‘…’` ("according to") is X Y', BUS, 'ಕಾಲೇಜಿಗೆ', 'ಕಾವ್ಯಾ ಹೆಗಡೆ', 'ವಿದ್ಯಾರ್ಥಿನಿ'],
  ['kn: `’ ಎಂದು <role> X Y ಹೇಳಿದರು.` is X Y', BUS, 'ಪ್ರಯಾಣಿಕರ ಸಂಖ್ಯೆ', 'ಬಸವರಾಜ ಪಾಟೀಲ', 'ಚಾಲಕ'],
  ['kn: a split quote, its first half: the tag after it, a comma after the verb', BUS, 'ರಾತ್ರಿ ಪಾಳಿ', 'ಶೋಭಾ ನಾಯಕ್', 'ನಿರ್ವಾಹಕಿ'],
  ['kn: a split quote, its second half goes on the same turn', BUS, 'ಆದರೆ ಸಂಬಳ', 'ಶೋಭಾ ನಾಯಕ್', ANY],
  ['kn: `’ ಎಂದು <body>ದ ಅಧಿಕಾರಿಯೊಬ್ಬರು ತಿಳಿಸಿದರು.` ("one official") is no one named', BUS, 'ಉದ್ಘಾಟನೆಯ', UNNAMED, ANY],
  ['kn: `’ ಎಂದು ಸ್ಥಳೀಯ ನಿವಾಸಿಗಳು …` (a plural, "local residents") is no one named', BUS, 'ನಿಲ್ದಾಣದ ಸುತ್ತ', UNNAMED, ANY],
  ['kn: `’ ಎಂದು ಶ್ರೀಮತಿ X-ಅಮ್ಮ ಹೇಳಿದರು.` is X-ಅಮ್ಮ, the title no part of the name', BUS, 'ಹೊಸ ನಿಲ್ದಾಣ', 'ಗಿರಿಜಮ್ಮ', ANY],
  ['kn: `’ ಎಂದು <role> X Y ಅವರು ಹೇಳಿದರು.` is X Y, the honorific ಅವರು no part of it', LAKE, 'ಕೆರೆಗೆ ಪ್ರತಿದಿನ', 'ಅನಿಲ್ ಶೆಟ್ಟಿ', 'ಕಾರ್ಯಕರ್ತ'],
  ['kn: `’ ಎಂಬುದು X Y ಅವರ ಆರೋಪ.` ("is X Y\'s charge") is X Y', LAKE, 'ಯಾರೂ ಇದನ್ನು', 'ಅನಿಲ್ ಶೆಟ್ಟಿ', ANY],
];

const CLINIC =
  'ತುಮಕೂರು: ಗ್ರಾಮದ ಆರೋಗ್ಯ ಕೇಂದ್ರದಲ್ಲಿ ವೈದ್ಯರ ಕೊರತೆ ಇದೆ.\n\n' +
  'ಆರೋಗ್ಯ ಕೇಂದ್ರದ ವೈದ್ಯಾಧಿಕಾರಿ ಡಿ.ಎನ್. ಪ್ರಸನ್ನ ಅವರು ಸಿಬ್ಬಂದಿ ಕೊರತೆ ನಿಜ ಎಂದು ಒಪ್ಪಿಕೊಂಡರು. ‘ದಿನಕ್ಕೆ ನೂರು ರೋಗಿಗಳು ಬರುತ್ತಾರೆ. ನಾನೊಬ್ಬನೇ ಎಲ್ಲರನ್ನೂ ನೋಡಬೇಕು. ಮನೆಗೆ ಹೋಗುವ ಸಮಯ ತಡ.’\n\n' +
  '‘ಔಷಧಿ ದಾಸ್ತಾನು ಸಾಕಷ್ಟಿದೆ’ ಎಂದ ಅವರು, ‘ಆದರೆ ದಾದಿಯರ ಹುದ್ದೆ ಖಾಲಿ ಇದೆ’ ಎಂದರು.\n\n' +
  'ಬೀಡಿ ಕಟ್ಟುವ ಗೌರಮ್ಮ ಅವರ ಮಗ ಇದೇ ಕೇಂದ್ರಕ್ಕೆ ಚಿಕಿತ್ಸೆಗೆ ಬರುತ್ತಾನೆ. ‘ಪ್ರತಿ ಬಾರಿ ಅರ್ಧ ದಿನ ಕಾಯಬೇಕು. ಖಾಸಗಿ ಆಸ್ಪತ್ರೆಗೆ ಹೋಗುವಷ್ಟು ಹಣ ನಮ್ಮಲ್ಲಿಲ್ಲ’ ಎಂದು ಅವರು ಪ್ರಶ್ನಿಸಿದರು.\n\n' +
  '‘ಹೊಸ ವೈದ್ಯರನ್ನು ಮುಂದಿನ ವಾರ ನೇಮಿಸಲಾಗುವುದು’ ಎಂದು ಜಿಲ್ಲಾ ಆರೋಗ್ಯಾಧಿಕಾರಿ ಎಸ್.ಆರ್. ಮಂಜುನಾಥ್ ತಿಳಿಸಿದರು.\n\n' +
  '‘ಕೇಂದ್ರಕ್ಕೆ ಆಂಬುಲೆನ್ಸ್ ಕೂಡ ಬರಲಿದೆ’ ಎಂದು ಡಿಎಚ್‌ಒ ಹೇಳಿದರು.\n\n' +
  'ಶನಿವಾರ ಗ್ರಾಮಸ್ಥರು ಕೇಂದ್ರದ ಎದುರು ಸಭೆ ನಡೆಸಿದರು. ‘ನಮಗೆ ದಿನವಿಡೀ ವೈದ್ಯರು ಬೇಕು.’\n\n' +
  '‘ಭರವಸೆ ಈಡೇರದಿದ್ದರೆ ಮತ್ತೆ ಪ್ರತಿಭಟಿಸುತ್ತೇವೆ’ ಎಂದು ಮಂಜುನಾಥ್ ಅವರನ್ನು ಭೇಟಿಯಾದ ಮಹಿಳೆಯೊಬ್ಬರು ಹೇಳಿದರು.';

/**
 * A quote with no tag after a whole sentence whose subject, marked by a role or initials and the honorific ಅವರು, opens it
 * (a sentence with no marked subject, `ಶನಿವಾರ ಗ್ರಾಮಸ್ಥರು …`, "on Saturday the villagers …", names no one); `’ ಎಂದ ಅವರು, ‘…’
 * ಎಂದರು` ("said he, '…' he said") around a second quote; a pronoun tag after a sentence bringing in `<participle> X ಅವರ`
 * ("X's …", the honorific genitive), not after a verbless sentence of a quote before; an office's initials alone
 * (`ಡಿಎಚ್‌ಒ`, the district health officer) for the one who holds it.
 */
const MORE_ROWS: KindCase[] = [
  ['kn: `<role> ಡಿ.ಎನ್. X ಅವರು … ಒಪ್ಪಿಕೊಂಡರು. ‘…’` (no tag) is the sentence\'s subject', CLINIC, 'ದಿನಕ್ಕೆ ನೂರು', 'ಡಿ.ಎನ್. ಪ್ರಸನ್ನ', ANY],
  ['kn: `’ ಎಂದ ಅವರು, ‘…’`: the first quote is the one quoted before, no verbless clause of his quote', CLINIC, 'ಔಷಧಿ ದಾಸ್ತಾನು', 'ಡಿ.ಎನ್. ಪ್ರಸನ್ನ', ANY],
  ['kn: `ಎಂದ ಅವರು, ‘…’ ಎಂದರು.`: the second quote goes on the same speaker', CLINIC, 'ಆದರೆ ದಾದಿಯರ', 'ಡಿ.ಎನ್. ಪ್ರಸನ್ನ', ANY],
  ['kn: `<participle> X ಅವರ ಮಗ …. ‘…’ ಎಂದು ಅವರು …` is X, brought in by the honorific genitive', CLINIC, 'ಪ್ರತಿ ಬಾರಿ', 'ಗೌರಮ್ಮ', ANY],
  ['kn: `’ ಎಂದು <office> ಎಸ್.ಆರ್. X ತಿಳಿಸಿದರು.` is X with the office (counter-row to the office alone)', CLINIC, 'ಹೊಸ ವೈದ್ಯರನ್ನು', 'ಎಸ್.ಆರ್. ಮಂಜುನಾಥ್', 'ಆರೋಗ್ಯಾಧಿಕಾರಿ'],
  ['kn: `’ ಎಂದು ಡಿಎಚ್‌ಒ ಹೇಳಿದರು.` (an office\'s initials alone) is the officer just quoted', CLINIC, 'ಕೇಂದ್ರಕ್ಕೆ ಆಂಬುಲೆನ್ಸ್', 'ಎಸ್.ಆರ್. ಮಂಜುನಾಥ್', ANY],
  ['kn: `ಶನಿವಾರ ಗ್ರಾಮಸ್ಥರು … ನಡೆಸಿದರು. ‘…’` (a plural, no honorific) names no one', CLINIC, 'ನಮಗೆ ದಿನವಿಡೀ', UNNAMED, ANY],
  ['kn: `’ ಎಂದು X ಅವರನ್ನು ಭೇಟಿಯಾದ ಮಹಿಳೆಯೊಬ್ಬರು …` ("a woman who met X") is no one named, X the object', CLINIC, 'ಭರವಸೆ ಈಡೇರದಿದ್ದರೆ', UNNAMED, ANY],
];

/** The short later mention (`ಎಂದು ಪ್ರಸನ್ನ …`) joined to the full name with its initials (attribute.ts CASELESS_WORD, lang/fuller-names.ts). */
const SHORT_MENTION_ROWS: KindCase[] = [
  ['kn: `’ ಎಂದು X ಸ್ಪಷ್ಟಪಡಿಸಿದರು.` after `<role> ಡಿ.ಎನ್. X` is ಡಿ.ಎನ್. X', `${CLINIC}\n\n‘ಕೇಂದ್ರಕ್ಕೆ ಹೊಸ ಕಟ್ಟಡ ಬೇಕು’ ಎಂದು ಪ್ರಸನ್ನ ಸ್ಪಷ್ಟಪಡಿಸಿದರು.`, 'ಕೇಂದ್ರಕ್ಕೆ ಹೊಸ', 'ಡಿ.ಎನ್. ಪ್ರಸನ್ನ', ANY],
];

/** Counter-case: Telugu, the block next to Kannada's, reads as before. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['te: `,” అని <role> X Y చెప్పారు.` is still X Y', '“రోడ్డు పనులు వచ్చే నెలలో పూర్తవుతాయి,” అని కమిషనర్ శ్రీనివాస్ రెడ్డి చెప్పారు.', 'రోడ్డు పనులు', 'శ్రీనివాస్ రెడ్డి', ANY],
];

kindTable('Kannada tags after and before the quote', KANNADA_ROWS);
kindTable('Kannada tags: tagless quotes, `ಎಂದ ಅವರು`, honorifics and offices', MORE_ROWS);
kindTable('Kannada short mentions', SHORT_MENTION_ROWS);
kindTable('Kannada beside Telugu', NEIGHBOUR_ROWS);
