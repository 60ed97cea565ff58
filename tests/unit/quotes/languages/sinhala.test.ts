// Sinhala (lang/si.ts): `“…” යැයි X මහතා කීය.` and `X මහත්මිය පැවසුවේ, “…”`, the form of address after the name and the title
// before it, `X මහතා තවදුරටත් කීවේ:` ("what X further said"), `X මහතා මෙසේද කීය.` before a quote standing alone, a definite
// role noun (`අධ්‍යක්ෂවරිය`, "the director") for the person named with it, words holding zero-width joiners; each in short
// paragraphs of my own about invented people, with counter-cases: someone left unnamed (`-ක්`, "a …"), a pronoun.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'නාරංගොඩ විද්‍යාලයේ ගුරු හිඟය නිසා උසස් පෙළ පන්ති නතර වී ඇත.\n\n' +
  'විදුහල්පති නිරෝෂා පෙරේරා මහත්මිය පැවසුවේ, ගුරුවරුන් තිදෙනෙකු මාරු වී ගිය බවයි. “අපට විද්‍යා ගුරුවරයෙක් නැහැ” යැයි විදුහල්පතිවරිය පැවසුවාය.\n\n' +
  'පෙරේරා මහත්මිය තවදුරටත් කීවේ: “දෙමාපියන් ලිඛිතව ඉල්ලීම් කර තිබෙනවා.”\n\n' +
  'ඇය නැවතත් කීවේ: “ලබන සතියේ රැස්වීමක් තියෙනවා.”\n\n' +
  '“අපේ දරුවන්ට අනාගතයක් නැහැ” යැයි දෙමාපියෙක් කීය.';

const DEPOT =
  'ඩිපෝවේ බස් රථ දහයක් ධාවනයෙන් ඉවත් කර ඇත.\n\n' +
  'ඩිපෝ කළමනාකරු සුනිල් හේරත් මහතා පැවසුවේ, අමතර කොටස් නොමැති බවයි. “අපි අමාත්‍යාංශයට ලිපියක් යැව්වා” යැයි ඔහු පැවසීය.\n\n' +
  'ගමන් කරන්නන් කිහිප දෙනෙක් ද පැමිණිලි කළහ.\n\n' +
  'හේරත් මහතා මෙසේද කීය.\n\n' +
  '“ලබන සතියේ බස් තුනක් නැවත ධාවනය කරනවා.”\n\n' +
  'නම හෙළි කිරීමට අකමැති වූ රියදුරෙක් පැවසුවේ, වැටුප් ප්‍රමාද වී ඇති බවයි. “මාස දෙකක් පඩි නැහැ” යැයි ඔහු කීය.';

const CLINIC =
  'ප්‍රදේශයේ ඩෙංගු රෝගීන් ඉහළ ගොස් ඇත.\n\n' +
  'වෛද්‍ය ප්‍රියන්ත බණ්ඩාර මහතා පැවසුවේ, “රෝගීන් දෙගුණයක් වෙලා.”\n\n' +
  'ප්‍රදේශවාසීන් ද කනස්සල්ල පළ කළහ.\n\n' +
  '“වතුර එකතු වෙන තැන් විනාශ කරන්න” යැයි බණ්ඩාර මහතා කීය.';

const BOARD =
  'පළාතේ පාසල් සඳහා නව ගුරුවරුන් පත් කිරීමට තීරණය කර ඇත.\n\n' +
  'පළාත් අධ්‍යාපන අධ්‍යක්ෂ ආචාර්ය දිල්රුක්ෂි සමරවීර මහත්මිය මේ ගැන අදහස් දැක්වූවාය. “ගුරුවරුන් දෙදෙනෙකු ලබන මාසයේ පත් කරනවා” යැයි අධ්‍යක්ෂවරිය පැවසුවාය.\n\n' +
  '“අපි තවම බලාගෙන ඉන්නවා” යැයි ගොවියෙක් පැවසීය.\n\n' +
  'ආචාර්ය මාලනී ද සිල්වා මහත්මිය පැවසුවේ, “පොත් ද අඩුයි.”\n\n' +
  'ආචාර්ය චමරි විජේසූරිය මහත්මිය කියා සිටියේ, “පුස්තකාලයක් අවශ්‍යයි.”';

const FARMERS =
  'ගොවීන් පිරිසක් ප්‍රාදේශීය ලේකම් කාර්යාලය ඉදිරිපිට විරෝධය පළ කළහ.\n\n' +
  '“පොහොර මිල අඩු කළ යුතුයි” යැයි ගොවි සංවිධානයේ ලේකම් අජිත් කුමාර මහතා කියා සිටියේය.\n\n' +
  '“මාර්ගය පැය දෙකක් වසා තිබුණා” යැයි පොලිසිය පැවසීය.\n\n' +
  'ගොවි නිලධාරී රුචිර ප්‍රනාන්දු මහතා ද එහි පැමිණියේය.\n\n' +
  'විරෝධතාව සවස හතරට පමණ අවසන් විය.\n\n' +
  '“ගොවීන් සමඟ සාකච්ඡා කළා” යැයි ප්‍රනාන්දු මහතා සඳහන් කළේය.';

const ROWS: KindCase[] = [
  ['si: `<role> X Y මහත්මිය පැවසුවේ, … . “…” යැයි විදුහල්පතිවරිය පැවසුවාය.` (the principal) is X Y', SCHOOL, 'අපට විද්‍යා', 'නිරෝෂා පෙරේරා', ANY],
  ['si: `Y මහත්මිය තවදුරටත් කීවේ: “…”` (what Y further said) is X Y, named in full before', SCHOOL, 'දෙමාපියන් ලිඛිතව', 'නිරෝෂා පෙරේරා', ANY],
  ['si: `“…” යැයි දෙමාපියෙක් කීය.` (a parent) stays unnamed', SCHOOL, 'අපේ දරුවන්ට', UNNAMED, ANY],
  ['si: `ඇය නැවතත් කීවේ: “…”` (what she said again) is the woman named before', SCHOOL, 'ලබන සතියේ රැස්වීමක්', 'නිරෝෂා පෙරේරා', ANY],
  ['si: `<role> X Y මහතා පැවසුවේ, … . “…” යැයි ඔහු පැවසීය.` is X Y', DEPOT, 'අපි අමාත්‍යාංශයට', 'සුනිල් හේරත්', ANY],
  ['si: a quote alone after `Y මහතා මෙසේද කීය.` (Y also said this) is X Y', DEPOT, 'ලබන සතියේ බස්', 'සුනිල් හේරත්', ANY],
  ['si: `නම හෙළි කිරීමට අකමැති වූ රියදුරෙක් පැවසුවේ, … . “…” යැයි ඔහු කීය.` (a driver) stays unnamed', DEPOT, 'මාස දෙකක්', UNNAMED, ANY],
  ['si: `වෛද්‍ය X Y මහතා පැවසුවේ, “…”` is X Y, zero-width joiners and all, the title his role', CLINIC, 'රෝගීන් දෙගුණයක්', 'ප්‍රියන්ත බණ්ඩාර', 'වෛද්‍ය'],
  ['si: `“…” යැයි Y මහතා කීය.` is X Y, his given name holding a zero-width joiner', CLINIC, 'වතුර එකතු', 'ප්‍රියන්ත බණ්ඩාර', ANY],
  ['si: `“…” යැයි අධ්‍යක්ෂවරිය පැවසුවාය.` (the director) is the woman the paragraph named with that office', BOARD, 'ගුරුවරුන් දෙදෙනෙකු', 'දිල්රුක්ෂි සමරවීර', ANY],
  ['si: `“…” යැයි ගොවියෙක් පැවසීය.` (a farmer) stays unnamed, not the director before', BOARD, 'අපි තවම', UNNAMED, ANY],
  ['si: `ආචාර්ය X Y මහත්මිය කියා සිටියේ, “…”` (what X Y stated) keeps the title and the form of address off the name', BOARD, 'පුස්තකාලයක්', 'චමරි විජේසූරිය', 'ආචාර්ය'],
  ['si: `“…” යැයි <body>යේ ලේකම් X Y මහතා කියා සිටියේය.` (stated), six words before the verb, is X Y', FARMERS, 'පොහොර මිල', 'අජිත් කුමාර', 'ලේකම්'],
  ['si: `“…” යැයි පොලිසිය පැවසීය.` (the police) is a body, no person', FARMERS, 'මාර්ගය පැය', UNNAMED, ANY],
  ['si: `“…” යැයි Y මහතා සඳහන් කළේය.` is X Y when the family name itself holds a zero-width joiner', FARMERS, 'ගොවීන් සමඟ', 'රුචිර ප්‍රනාන්දු', ANY],
  ['si: `ආචාර්ය X ද Y මහත්මිය පැවසුවේ` keeps the family name’s particle `ද` (de)', BOARD, 'පොත් ද', 'මාලනී ද සිල්වා', ANY],
];

kindTable('Sinhala attribution (lang/si.ts)', ROWS, [
  // attribute.ts's CASELESS_WORD lacks the zero-width joiner, so a short name holding one is never looked up in full.
  'si: `“…” යැයි Y මහතා සඳහන් කළේය.` is X Y when the family name itself holds a zero-width joiner',
]);
