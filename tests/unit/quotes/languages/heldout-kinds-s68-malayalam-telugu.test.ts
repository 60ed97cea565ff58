// Kinds the sixty-eighth and sixty-ninth held-out sets showed in Malayalam and Telugu copy, each in fresh sentences of
// my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const ML_LEDE = 'കോട്ടയം: നഗരത്തിലെ മാലിന്യപ്രശ്നം രൂക്ഷമാകുന്നു. മൂന്നു ദിവസമായി മാലിന്യം നീക്കിയിട്ടില്ല.\n\n';
const ML_DASH_LONG_TAG =
  ML_LEDE + '‘ഒരാഴ്ചയ്ക്കകം പരിഹാരം കാണും, പക്ഷേ ജനങ്ങളും സഹകരിക്കണം’ -വ്യാഴാഴ്ച നഗരസഭാ ഓഫീസിൽ നടന്ന ചർച്ചയ്ക്കു ശേഷം നഗരസഭാ സെക്രട്ടറി ഡോ. മീര നായർ പറഞ്ഞു.';
const ML_DASH_KIN =
  ML_LEDE + '‘മൂന്നു ദിവസമായി മോന് ശ്വാസംമുട്ടലാണ്’ -മെഡിക്കൽ കോളജിൽ കഴിയുന്ന പത്തു വയസ്സുകാരന്റെ അച്ഛൻ രാജേഷ് മേനോൻ പറഞ്ഞു.';
const ML_DASH_INDEFINITE =
  ML_LEDE + '‘രാത്രി ഈ വഴി നടക്കാൻ പറ്റില്ല’ -പേര് പറയരുതെന്ന് ആവശ്യപ്പെട്ട ഒരു ഡ്രൈവർ പറഞ്ഞു.';
const ML_OUTLET_TAG =
  ML_LEDE + '‘ഈച്ചകൾ പെരുകുന്നത് രോഗം പടർത്തും’ എന്ന് സർവകലാശാലയിലെ ജന്തുശാസ്ത്രജ്ഞൻ ഡോ. അനൂപ് തോമസ് പ്രഭാതം ന്യൂസിനോട് പറഞ്ഞു.';
const ML_SHORT_TAG = ML_LEDE + '‘ഒരാഴ്ചയ്ക്കകം പരിഹാരം കാണും’ എന്ന് മീര നായർ പറഞ്ഞു.';

/** `’ -<clause of time and place> <office> ഡോ. X Y പറഞ്ഞു.`: a dash glued to a long tag (lang/dravidian-long-tag.ts). */
kindTable('Malayalam: a long tag after a dash, read from its end', [
  ['ml: `’ -<clause> <office> ഡോ. X Y പറഞ്ഞു` is X Y, the title off', ML_DASH_LONG_TAG, 'ഒരാഴ്ചയ്ക്കകം', 'മീര നായർ', ANY],
  ['ml: `’ -<whose> അച്ഛൻ X Y പറഞ്ഞു`: a kin word marks the name', ML_DASH_KIN, 'മൂന്നു ദിവസമായി', 'രാജേഷ് മേനോൻ', ANY],
  ['ml: `എന്ന് <office> ഡോ. X Y <outlet> ന്യൂസിനോട് പറഞ്ഞു`: the outlet goes with the medium', ML_OUTLET_TAG, 'ഈച്ചകൾ', 'അനൂപ് തോമസ്', ANY],
  ['counter-case ml: `’ -<clause> ഒരു ഡ്രൈവർ പറഞ്ഞു` ("a driver") names no one', ML_DASH_INDEFINITE, 'രാത്രി ഈ വഴി', UNNAMED, ANY],
  ['counter-case ml: a short tag `എന്ന് X Y പറഞ്ഞു` reads as before', ML_SHORT_TAG, 'ഒരാഴ്ചയ്ക്കകം', 'മീര നായർ', ANY],
]);

const TE_LEDE = 'గుంటూరు: వారం రోజులుగా కురుస్తున్న వర్షాలకు మిరప పంట దెబ్బతింది.\n\n';
const TE_AGED_LONG_TAG =
  TE_LEDE + '“రెండు ఎకరాల్లో మిరప వేశాను. ఒక్క కాయ కూడా మిగల్లేదు,” అని పెదపాలెంకు చెందిన రైతు కొల్లి సత్యనారాయణ (61) కన్నీరు పెట్టుకున్నారు.';
const TE_EXPRESSED =
  TE_LEDE + '“అప్పులు ఎలా తీర్చాలో తెలియడం లేదు,” అని కొల్లి సత్యనారాయణ ఆందోళన వ్యక్తం చేశారు.';
const TE_PRONOUN_EXPRESSED =
  TE_LEDE + '“రెండు ఎకరాల్లో మిరప వేశాను,” అని కొల్లి సత్యనారాయణ చెప్పారు.\n\n“అప్పులు ఎలా తీర్చాలో తెలియడం లేదు,” అని ఆయన ఆందోళన వ్యక్తం చేశారు.';
const TE_COLON_SENTENCE =
  TE_LEDE + 'ఈ సందర్భంగా ఉద్యానవన అధికారి వి. రమాదేవి రైతులకు కొన్ని సలహాలు ఇచ్చారు:\n\n“నీరు నిలవకుండా కాలువలు తవ్వాలి. మొక్కలకు మందు చల్లాలి.”';
const TE_COLON_DOCTOR_TITLE =
  TE_LEDE + 'ఈ సందర్భంగా ఉద్యానవన శాస్త్రవేత్త డాక్టర్ వి. రమాదేవి రైతులకు కొన్ని సలహాలు ఇచ్చారు:\n\n“నీరు నిలవకుండా కాలువలు తవ్వాలి. మొక్కలకు మందు చల్లాలి.”';
const TE_COLON_DOCTOR_ROLE =
  TE_LEDE + 'ఈ సందర్భంగా ప్రభుత్వ డాక్టర్ వి. రమాదేవి రైతులకు కొన్ని సలహాలు ఇచ్చారు:\n\n“నీరు నిలవకుండా కాలువలు తవ్వాలి. మొక్కలకు మందు చల్లాలి.”';
const TE_COLON_NO_NAME =
  TE_LEDE + 'ఈ సందర్భంగా గ్రామస్తులు అధికారులకు కొన్ని డిమాండ్లు చేశారు:\n\n“నీరు నిలవకుండా కాలువలు తవ్వాలి. మొక్కలకు మందు చల్లాలి.”';
const TE_ACCORDING_SAID =
  TE_LEDE + 'మార్కెట్ కమిటీ చైర్మన్ కొండపల్లి రాఘవయ్య చెప్పిన ప్రకారం, “తడిసిన మిరపకు ధర సగానికి పడిపోయింది.” వ్యాపారులు కొనడానికి ముందుకు రావడం లేదు.';
const TE_ACCORDING_RULES =
  TE_LEDE + 'అధికారులు చెప్పిన ప్రకారం, “తడిసిన మిరపకు ధర సగానికి పడిపోయింది.” వ్యాపారులు కొనడానికి ముందుకు రావడం లేదు.';

/** Telugu tags and lead-ins: an aged name in a long tag, `<noun> వ్యక్తం చేశారు`, a sentence ending in a colon, `X చెప్పిన ప్రకారం`. */
kindTable('Telugu: long tags, light verbs, a colon sentence and "as X said"', [
  ['te: `అని <place>కు చెందిన రైతు X Y (61) <noun> <verb>` is X Y', TE_AGED_LONG_TAG, 'రెండు ఎకరాల్లో', 'కొల్లి సత్యనారాయణ', ANY],
  ['te: `అని X Y ఆందోళన వ్యక్తం చేశారు` ("expressed concern"): the noun is no name', TE_EXPRESSED, 'అప్పులు', 'కొల్లి సత్యనారాయణ', ANY],
  ['counter-case te: `అని ఆయన ఆందోళన వ్యక్తం చేశారు` is still "he", the one before', TE_PRONOUN_EXPRESSED, 'అప్పులు', 'కొల్లి సత్యనారాయణ', ANY],
  ['te: `<office> వి. X రైతులకు కొన్ని సలహాలు ఇచ్చారు:` before a quote is X', TE_COLON_SENTENCE, 'నీరు నిలవకుండా', 'వి. రమాదేవి', ANY],
  ['te: `శాస్త్రవేత్త డాక్టర్ వి. X`: "Doctor" is a title, the office the role', TE_COLON_DOCTOR_TITLE, 'నీరు నిలవకుండా', 'వి. రమాదేవి', '=శాస్త్రవేత్త'],
  ['counter-case te: `ప్రభుత్వ డాక్టర్ వి. X` ("a government doctor"): the doctor is the role', TE_COLON_DOCTOR_ROLE, 'నీరు నిలవకుండా', 'వి. రమాదేవి', 'డాక్టర్'],
  ['counter-case te: `గ్రామస్తులు … డిమాండ్లు చేశారు:` names no one', TE_COLON_NO_NAME, 'నీరు నిలవకుండా', UNNAMED, ANY],
  ['te: `<office> X Y చెప్పిన ప్రకారం, “…”` ("as X said") is X Y', TE_ACCORDING_SAID, 'తడిసిన మిరపకు', 'కొండపల్లి రాఘవయ్య', ANY],
  ['counter-case te: `అధికారులు చెప్పిన ప్రకారం, “…”` ("as officials said") names no one', TE_ACCORDING_RULES, 'తడిసిన మిరపకు', UNNAMED, ANY],
]);
