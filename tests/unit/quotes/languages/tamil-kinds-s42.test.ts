// Tamil (lang/ta.ts, on lang/dravidian.ts): invented articles of my own about a vegetable market's move and a school's new
// building, read whole by the quotes stage. They show what stands between a subject and its verb (a dative, the noun
// கருத்து a verb takes, "by phone"), a title and an office before a name, a name in -குமார் that looks like a verb, and
// counter-cases (a light verb's noun, a body with a neuter verb, "one person", a pronoun tag, a split quote).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'மதுரை: நகரின் பழைய காய்கறிச் சந்தையை இடமாற்றும் திட்டத்துக்கு வியாபாரிகள் எதிர்ப்புத் தெரிவித்துள்ளனர்.\n\n' +
  'வியாபாரிகள் சங்கத் தலைவர் முருகேசு பாலகுமார் செய்தியாளர்களுக்குக் கருத்துத் தெரிவிக்கையில், “புதிய இடம் நகரத்திலிருந்து மிகத் தொலைவில் உள்ளது. வாடிக்கையாளர்கள் அங்கு வரமாட்டார்கள்” என்றார்.\n\n' +
  '“எங்களிடம் யாரும் ஆலோசனை கேட்கவில்லை” எனக் கூறிய அவர், “இது தொடர்பாக இரண்டு முறை மனு அளித்தோம்” என்றும் தெரிவித்தார்.\n\n' +
  'முப்பது வருடங்களாகச் சந்தையில் கடை நடத்தி வரும் செல்லூரைச் சேர்ந்த கந்தசாமி ராஜன் (61), “என் அப்பாவும் இங்கேதான் வியாபாரம் செய்தார். இப்போது நாங்கள் எங்கே போவது?” எனக் கேள்வியெழுப்பினார்.\n\n' +
  'அவர் மேலும் கூறுகையில், “மழைக் காலத்தில் புதிய இடத்துக்குச் செல்லவே முடியாது” என்றார்.\n\n' +
  'இதேவேளை, மாநகராட்சி ஆணையர் திருமதி லதா சுந்தரம் தொலைபேசி மூலம் எமக்குக் கருத்துத் தெரிவிக்கையில், “புதிய சந்தையில் குளிர்பதன வசதி இருக்கும். யாருக்கும் இழப்பு ஏற்படாது” என்று தெரிவித்தார்.\n\n' +
  'சந்தையில் பூ விற்கும், பெயர் குறிப்பிட விரும்பாத பெண் ஒருவர், “எங்களுக்கு வேறு வழி இல்லை. கடன் வாங்கித்தான் கடை நடத்துகிறோம்” என்று கவலை தெரிவித்தார்.\n\n' +
  '“பேச்சுவார்த்தையில் தீர்வு கிடைக்காவிட்டால் கடையடைப்பு நடத்துவோம்” என பாலகுமார் எச்சரித்தார்.\n\n' +
  '“சந்தை இடமாற்றம் குறித்து அடுத்த வாரம் முடிவு எடுக்கப்படும்” என்று மாநகராட்சி நிர்வாகம் தெரிவித்துள்ளது.';

const SCHOOL =
  'சேலம்: அரசுப் பள்ளியின் புதிய கட்டடப் பணிகள் நிறைவடைந்துள்ளன.\n\n' +
  '“பள்ளிக் கட்டடம் அடுத்த மாதம் திறக்கப்படும்” என்று தலைமை ஆசிரியர் எஸ். வசந்தா தெரிவித்தார்.\n\n' +
  '“மாணவர்களுக்குப் புதிய நூலகம் கிடைக்கும்” என்றார் மாவட்டக் கல்வி அலுவலர் ரவிச்சந்திரன்.\n\n' +
  '“நூலகத்தில் கணினிகளும் இருக்கும்” என்று ரவிச்சந்திரன் உறுதியாகத் தெரிவித்தார்.\n\n' +
  '“கட்டடம் தயார்,” என்று வசந்தா கூறினார், “ஆனால் மேசைகள் இன்னும் வரவில்லை.”\n\n' +
  '“எங்கள் பிள்ளைகள் இனி மழையில் நனைய வேண்டாம்” என்று பெற்றோர் சங்கத்தின் சார்பில் ஒருவர் தெரிவித்தார்.';

/**
 * Before the verb that opens a quote (`தெரிவிக்கையில்`, "while stating") a dative (`செய்தியாளர்களுக்குக்`, "to the
 * press"), the noun கருத்து ("comment") and `தொலைபேசி மூலம்` ("by phone") are no name; the role before the name stays
 * apart from it, a title (`திருமதி`) is part of neither. A name with an age in brackets needs no role.
 */
const TAMIL_ROWS: KindCase[] = [
  ['ta: `<role> X Y <dative> கருத்துத் தெரிவிக்கையில், “…”` is X Y, the role apart', MARKET, 'புதிய இடம்', 'முருகேசு பாலகுமார்', 'தலைவர்'],
  ['ta: `” எனக் கூறிய அவர்,` after a named speaker is that speaker', MARKET, 'எங்களிடம் யாரும்', 'முருகேசு பாலகுமார்', ANY],
  ['ta: the second quote of `… அவர், “…” என்றும் தெரிவித்தார்.` is the same speaker', MARKET, 'இது தொடர்பாக', 'முருகேசு பாலகுமார்', ANY],
  ['ta: `<clause> சேர்ந்த X Y (61), “…” எனக் கேள்வியெழுப்பினார்.` is X Y, no role needed', MARKET, 'என் அப்பாவும்', 'கந்தசாமி ராஜன்', ANY],
  ['ta: `அவர் மேலும் கூறுகையில்,` goes on with the one quoted before', MARKET, 'மழைக் காலத்தில்', 'கந்தசாமி ராஜன்', ANY],
  ['ta: `<office> திருமதி X Y தொலைபேசி மூலம் எமக்குக் கருத்துத் …` is X Y with the office', MARKET, 'புதிய சந்தையில்', 'லதா சுந்தரம்', 'ஆணையர்'],
  ['ta: `… பெண் ஒருவர், “…” என்று கவலை தெரிவித்தார்.`: கவலை ("worry") is no name', MARKET, 'எங்களுக்கு வேறு', UNNAMED, ANY],
  ['ta: `” என X-குமார் எச்சரித்தார்.` is X, not the verb, in the full form given before', MARKET, 'பேச்சுவார்த்தையில்', 'முருகேசு பாலகுமார்', ANY],
  ['ta: `” என்று <body> தெரிவித்துள்ளது.` (a neuter verb) is a body, no person', MARKET, 'சந்தை இடமாற்றம்', UNNAMED, ANY],
  ['ta: `” என்று <role> எஸ். X தெரிவித்தார்.` is எஸ். X', SCHOOL, 'பள்ளிக் கட்டடம்', 'எஸ். வசந்தா', 'ஆசிரியர்'],
  ['ta: `” என்றார் <office> X.` is X, the office apart', SCHOOL, 'மாணவர்களுக்குப்', 'ரவிச்சந்திரன்', 'அலுவலர்'],
  ['ta: `” என்று X உறுதியாகத் தெரிவித்தார்.` is X, the adverb set aside', SCHOOL, 'நூலகத்தில்', 'ரவிச்சந்திரன்', ANY],
  ['ta: a split quote, its first half: `,” என்று X கூறினார், “…”`', SCHOOL, 'கட்டடம் தயார்', 'எஸ். வசந்தா', ANY],
  ['ta: a split quote, its second half goes on the same turn', SCHOOL, 'ஆனால் மேசைகள்', 'எஸ். வசந்தா', ANY],
  ['ta: `” என்று <body>இன் சார்பில் ஒருவர் தெரிவித்தார்.` ("one person") is no one named', SCHOOL, 'எங்கள் பிள்ளைகள்', UNNAMED, ANY],
];

kindTable('Tamil subjects, adjuncts and offices (s42)', TAMIL_ROWS);
