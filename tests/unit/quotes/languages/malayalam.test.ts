// Malayalam (lang/ml.ts, read through lang/dravidian.ts): tags after a quote with and without the quotative (`” എന്ന് X
// പറഞ്ഞു.`, `,” അദ്ദേഹം പറഞ്ഞു.`), `X പറയുന്നു: “…”` before one, a pronoun after a sentence reporting speech
// (`…മെന്ന് <office> X വ്യക്തമാക്കി.`) or introducing someone by office and initials, an office alone for its holder;
// each in short paragraphs of my own about invented people, with counter-cases: a club's name after a participle, an
// unnamed speaker, organisers and an office no one named holds.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const READING_ROOM =
  'കുന്നുമ്മൽ ഗ്രാമത്തിലെ പൊതു വായനശാല അടച്ചുപൂട്ടാനുള്ള നീക്കത്തിനെതിരെ നാട്ടുകാർ പ്രതിഷേധിച്ചു.\n\n' +
  'വായനശാലാ സമിതിയുടെ സെക്രട്ടറി സി.കെ. ഹരിദാസ് തീരുമാനം പുനഃപരിശോധിക്കണമെന്ന് ആവശ്യപ്പെട്ടു. “അമ്പതു വർഷമായി ഈ വായനശാല കുട്ടികൾക്കായി തുറന്നിരിക്കുന്നു,” അദ്ദേഹം പറഞ്ഞു.\n\n' +
  'കെട്ടിടം സുരക്ഷിതമല്ലെന്ന് നഗരസഭാ ചെയർമാൻ വി. ലത വ്യക്തമാക്കി. “പുതിയ കെട്ടിടം പണിയാൻ ഫണ്ട് അനുവദിച്ചിട്ടുണ്ട്,” അവർ പറഞ്ഞു.\n\n' +
  '“പണി ആറു മാസത്തിനകം തീരും,” ചെയർമാൻ കൂട്ടിച്ചേർത്തു, “അതുവരെ പുസ്തകങ്ങൾ സ്കൂളിലേക്ക് മാറ്റും.”\n\n' +
  'ഗ്രാമത്തിലെ റിട്ടയേഡ് അധ്യാപകൻ മാത്യു ജോൺ (71) എല്ലാ ദിവസവും വായനശാലയിൽ എത്താറുണ്ട്. “ഇവിടെയാണ് ഞാൻ ആദ്യമായി പത്രം വായിച്ചത്,” ജോൺ പറഞ്ഞു.\n\n' +
  'പുതിയ കെട്ടിടം വേണമെന്ന് ആവശ്യപ്പെടുന്നവരും ഗ്രാമത്തിലുണ്ട്. ബസ് കാത്തുനിന്ന ഒരു യുവതി, പേര് വെളിപ്പെടുത്തരുതെന്ന അഭ്യർഥനയോടെ പറഞ്ഞു: “പഴയ കെട്ടിടത്തിൽ ഇരിക്കാൻ പേടിയാണ്.”';

const CLUB =
  'ഗ്രാമത്തിൽ പ്രവർത്തിക്കുന്ന ന്യൂസ്റ്റാർ ആർട്സ് ആൻഡ് സ്പോർട്സ് ക്ലബ്ബിന്റെ ട്രഷറർ പി. സുരേഷ് ബാബു ഒപ്പുശേഖരണത്തിന് നേതൃത്വം നൽകുന്നു. “ആയിരം ഒപ്പുകൾ ഇതിനകം കിട്ടി,” അദ്ദേഹം പറഞ്ഞു.\n\n' +
  'കോളജ് വിദ്യാർഥിനി ആതിര കൃഷ്ണൻ പറയുന്നു: “പരീക്ഷയ്ക്ക് പഠിക്കാൻ ഇവിടെ നല്ല ശാന്തതയാണ്.”\n\n' +
  '“രാത്രി എട്ടു മണി വരെ വായനശാല തുറക്കണം” എന്ന് പഞ്ചായത്ത് അംഗം റഹീന ബഷീർ പറഞ്ഞു.\n\n' +
  '“ഞങ്ങൾ എല്ലാ സഹായവും ചെയ്യും,” ബിന്ദു മേനോൻ മാധ്യമങ്ങളോട് പറഞ്ഞു.\n\n' +
  'തയ്യൽക്കട നടത്തുന്ന ശാന്ത രാഘവൻ (55) മുപ്പതു വർഷമായി ഈ കവലയിലുണ്ട്.\n\n' +
  '“വായനശാല പോയാൽ ഈ കവലയുടെ ജീവൻ പോകും.”';

const FESTIVAL =
  'നാടകസമിതിയുടെ കൺവീനർ ജോർജ് കുര്യൻ (48) ഒരുക്കങ്ങൾ വിലയിരുത്തി.\n\n' +
  'ഈ വർഷത്തെ നാടകോത്സവം മാറ്റിവച്ചിട്ടില്ലെന്ന് സംഘാടകർ അറിയിച്ചു. “ടിക്കറ്റുകൾ അടുത്ത ആഴ്ച മുതൽ കിട്ടും,” അവർ പറഞ്ഞു.\n\n' +
  '“വേദിയുടെ പണി ഏതാണ്ട് പൂർത്തിയായിക്കഴിഞ്ഞു, ഇനി വെളിച്ചം മാത്രം ബാക്കി,” വക്താവ് പറഞ്ഞു.\n\n' +
  'പഞ്ചായത്ത് ഭരണസമിതി പദ്ധതിക്ക് അംഗീകാരം നൽകി.\n\n' +
  '“ഇനി മഴ മാറിയാൽ മതി.”';

// (Left wrong: a short name whose full form the text gave only in a case form, `പി. സൈനബയുടെ`: fuller-names.ts reads
// initials only before the bare name.)
const TEA_SHOP =
  'കവലയിൽ ചായക്കട നടത്തുന്ന 62-കാരി പി. സൈനബയുടെ വരുമാനവും വായനശാലയെ ആശ്രയിച്ചാണ്. “വൈകുന്നേരം വായിക്കാൻ വരുന്നവരാണ് എന്റെ പതിവുകാർ,” സൈനബ പറഞ്ഞു.';

const ROWS: KindCase[] = [
  ['ml: `<body>യുടെ <office> X.Y. A B … ആവശ്യപ്പെട്ടു. “…,” അദ്ദേഹം പറഞ്ഞു.` is the initials and name', READING_ROOM, 'അമ്പതു വർഷമായി', 'സി.കെ. ഹരിദാസ്', ANY],
  ['ml: `…ല്ലെന്ന് <office> X. A വ്യക്തമാക്കി. “…,” അവർ പറഞ്ഞു.` is the one who made it clear', READING_ROOM, 'പുതിയ കെട്ടിടം പണിയാൻ', 'വി. ലത', ANY],
  ['ml: `“…,” <office> കൂട്ടിച്ചേർത്തു,` (the office added) is its holder named before', READING_ROOM, 'പണി ആറു', 'വി. ലത', ANY],
  ['ml: the part after `<office> കൂട്ടിച്ചേർത്തു, “…”` is the same holder', READING_ROOM, 'അതുവരെ പുസ്തകങ്ങൾ', 'വി. ലത', ANY],
  ['ml: `<role> A B (71) …. “…,” B പറഞ്ഞു.` is A B, the participle-shaped words no part of it', READING_ROOM, 'ഇവിടെയാണ് ഞാൻ', 'മാത്യു ജോൺ', ANY],
  ['ml: `ഒരു <noun>, പേര് വെളിപ്പെടുത്തരുതെന്ന അഭ്യർഥനയോടെ പറഞ്ഞു:` (asked not to be named) is unnamed', READING_ROOM, 'പഴയ കെട്ടിടത്തിൽ', UNNAMED, null],
  ['ml: `<participle> <club> ആൻഡ് … ക്ലബ്ബിന്റെ <office> X. A B …` is A B, the club no person', CLUB, 'ആയിരം ഒപ്പുകൾ', 'പി. സുരേഷ് ബാബു', ANY],
  ['ml: `<role> A B പറയുന്നു: “…”` (says) is A B', CLUB, 'പരീക്ഷയ്ക്ക് പഠിക്കാൻ', 'ആതിര കൃഷ്ണൻ', ANY],
  ['ml: `” എന്ന് <office> A B പറഞ്ഞു.` with the quotative is A B', CLUB, 'രാത്രി എട്ടു', 'റഹീന ബഷീർ', ANY],
  ['ml: `,” A B മാധ്യമങ്ങളോട് പറഞ്ഞു.` (told the media) is A B, the sociative no part of the name', CLUB, 'ഞങ്ങൾ എല്ലാ', 'ബിന്ദു മേനോൻ', null],
  ['ml: a quote alone after `<participle> A B (55) … .` is A B', CLUB, 'വായനശാല പോയാൽ', 'ശാന്ത രാഘവൻ', null],
  ['ml: `…ല്ലെന്ന് സംഘാടകർ അറിയിച്ചു. “…,” അവർ പറഞ്ഞു.` (the organisers) is no one named', FESTIVAL, 'ടിക്കറ്റുകൾ അടുത്ത', UNNAMED, null],
  ['ml: `,” വക്താവ് പറഞ്ഞു.` with no spokesperson named, someone else named before, is no one named', FESTIVAL, 'വേദിയുടെ പണി', UNNAMED, null],
  ['ml: a quote alone after a sentence about a council is no one named', FESTIVAL, 'ഇനി മഴ', UNNAMED, null],
  ['ml: `<participle> 62-കാരി X. Aയുടെ … “…,” A പറഞ്ഞു.` is X. A, the genitive off', TEA_SHOP, 'വൈകുന്നേരം വായിക്കാൻ', 'പി. സൈനബ', ANY],
];

kindTable('Malayalam tags', ROWS, ['ml: `<participle> 62-കാരി X. Aയുടെ … “…,” A പറഞ്ഞു.` is X. A, the genitive off']);
