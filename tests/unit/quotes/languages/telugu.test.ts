// Telugu (lang/te.ts, on lang/dravidian.ts): invented articles of my own about a market fire and a village school, read whole
// by the quotes stage. They show a pronoun tag (`’ అని ఆయన …`, `’ అంటూ ఆమె …`) going on the person the sentence before
// introduced (a role or participle, initials, a name and its age, someone unnamed with ఓ "a"), `ఇలా <verb>.` ("said thus")
// before a quote opening the next paragraph, `మాట్లాడుతూ.. ‘…’`, an office alone after a quote, a name ending as a participle
// would not (-న్న after a consonant), and counter-cases (a group in the plural, a participle before a place, a body).
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FIRE =
  'నరసాపురం (మా ప్రతినిధి): పట్టణంలోని కూరగాయల మార్కెట్‌లో ఆదివారం తెల్లవారుజామున అగ్నిప్రమాదం జరిగింది. పన్నెండు దుకాణాలు పూర్తిగా కాలిపోయాయి.\n\n' +
  'ఘటనా స్థలాన్ని మధ్యాహ్నం జిల్లా అగ్నిమాపక అధికారి డి. ప్రసాద్ వర్మ సందర్శించి, నష్టాన్ని అంచనా వేశారు. ‘విద్యుత్ తీగల్లో షార్ట్ సర్క్యూట్ వల్ల మంటలు చెలరేగాయి. రెండు గంటల్లో అదుపు చేశాం’ అని అధికారి తెలిపారు.\n\n' +
  'మార్కెట్ కాపలాదారు జి. ఎల్లయ్య (55) మంటలను మొదట గమనించారు. ఆ రాత్రి ఏం జరిగిందో ఆయన ఇలా చెప్పుకొచ్చారు.\n\n' +
  '‘పొగ వాసన వచ్చి లేచాను. బయటకు వచ్చేసరికి మూలన ఉన్న దుకాణం మండుతోంది. వెంటనే ఫోన్ చేశాను.’\n\n' +
  '‘ముప్పై ఏళ్లుగా ఇక్కడే కాపలా ఉంటున్నాను. ఇలాంటిది ఎప్పుడూ చూడలేదు’ అని ఎల్లయ్య తెలిపారు.\n\n' +
  'దుకాణం కోల్పోయిన వారిలో పండ్ల వ్యాపారి ఆర్. సుజాత (41) ఉన్నారు. కాలిపోయిన బండి పక్కన కూర్చున్న ఆమె కన్నీళ్లు పెట్టుకున్నారు. ‘అప్పు చేసి సరుకు తెచ్చాను. అంతా బూడిదైపోయింది’ అంటూ ఆమె బాధపడ్డారు.\n\n' +
  'మార్కెట్ సమీపంలోని ఓ టీ దుకాణం యజమాని తన పేరు రాయవద్దని కోరుతూ ఆ రాత్రి గురించి వివరించారు. ‘నీళ్ల బకెట్లతో పరుగెత్తాం. కానీ మంటలు చాలా ఎత్తుకు లేచాయి’ అని ఆయన అన్నారు.\n\n' +
  'మున్సిపల్ కమిషనర్ ఎన్. శారద మాట్లాడుతూ.. ‘బాధితులకు తాత్కాలిక దుకాణాలు కేటాయిస్తాం. వారం రోజుల్లో పరిహారం అందుతుంది’ అని తెలిపారు.\n\n' +
  'పట్టణ సీఐ టి. రవికుమార్ కేసు నమోదు చేశారు. ‘ఎవరైనా కావాలని నిప్పు పెట్టారా అనే కోణంలో కూడా విచారిస్తున్నాం’ అని సీఐ చెప్పారు.\n\n' +
  '‘మార్కెట్‌లో అగ్నిమాపక పరికరాలు తప్పనిసరిగా ఉండాలి’ అని ప్రసాద్ వర్మ పేర్కొన్నారు.\n\n' +
  '‘మాకు ప్రభుత్వం వెంటనే సాయం చేయాలి’ అని వ్యాపారులు డిమాండ్ చేశారు.';

const SCHOOL =
  'కొండాపురం: గ్రామంలోని ప్రభుత్వ పాఠశాలకు కొత్త భవనం మంజూరైంది.\n\n' +
  'పాఠశాల ప్రధానోపాధ్యాయుడు వేణుగోపాల్ ఈ విషయాన్ని సోమవారం ప్రకటించారు. ‘వచ్చే విద్యా సంవత్సరం నుంచి పిల్లలు కొత్త తరగతి గదుల్లో కూర్చుంటారు’ అని ప్రధానోపాధ్యాయుడు తెలిపారు.\n\n' +
  'పిల్లలను రోజూ బడికి తీసుకొచ్చే తల్లి కె. హేమలత (33) ఆనందం వ్యక్తం చేశారు. ‘వర్షం పడితే పాత గదుల్లో నీళ్లు కారేవి’ అని ఆమె గుర్తుచేశారు.\n\n' +
  'సర్పంచ్ మాట్లాడుతూ.. ‘భవనం పనులు మూడు నెలల్లో పూర్తవుతాయి’ అని చెప్పారు.\n\n' +
  '‘నిర్మాణానికి నిధులు విడుదల చేశాం’ అని విద్యాశాఖ ప్రకటించింది.\n\n' +
  'విజయవాడలోని ఓ కళాశాలలో చదువుతున్న శిరీష (19) సెలవుల్లో పిల్లలకు పాఠాలు చెబుతున్నారు. ‘ఇక్కడి పిల్లలు చాలా తెలివైనవాళ్లు’ అని ఆమె అన్నారు.\n\n' +
  'బడిలో పాఠాలు చెప్పే ఉపాధ్యాయురాలు ప్రసన్న తన అనుభవం పంచుకున్నారు. ‘ఒకే గదిలో మూడు తరగతులు నడిపాం’ అని ప్రసన్న చెప్పారు.';

const TELUGU_ROWS: KindCase[] = [
  ['te: `<office> డి. X Y …. ‘…’ అని అధికారి తెలిపారు.`: the office alone stands for the one the text gave it', FIRE, 'విద్యుత్ తీగల్లో', 'డి. ప్రసాద్ వర్మ', ANY],
  ['te: `<role> జి. X (55) …. … ఆయన ఇలా చెప్పుకొచ్చారు.` then a quote as its own paragraph is జి. X', FIRE, 'పొగ వాసన', 'జి. ఎల్లయ్య', ANY],
  ['te: `’ అని X తెలిపారు.`: the name in the full form given before', FIRE, 'ముప్పై ఏళ్లుగా', 'జి. ఎల్లయ్య', ANY],
  ['te: `<role> ఆర్. X (41) ఉన్నారు. … కూర్చున్న ఆమె …. ‘…’ అంటూ ఆమె …` is X, not the words after a participle', FIRE, 'అప్పు చేసి', 'ఆర్. సుజాత', ANY],
  ['te: `ఓ <noun> యజమాని తన పేరు రాయవద్దని … ‘…’ అని ఆయన అన్నారు.`: someone unnamed, not the last speaker', FIRE, 'నీళ్ల బకెట్లతో', DESCRIBED, ANY],
  ['te: `<office> ఎన్. X మాట్లాడుతూ.. ‘…’ అని తెలిపారు.`: "speaking" with two dots before the quote', FIRE, 'బాధితులకు', 'ఎన్. శారద', ANY],
  ['te: `<place> సీఐ టి. X …. ‘…’ అని సీఐ చెప్పారు.`: an office in English initials is one too', FIRE, 'ఎవరైనా కావాలని', 'టి. రవికుమార్', ANY],
  ['te: `’ అని X Y పేర్కొన్నారు.`: a name of two words with the initial given before', FIRE, 'మార్కెట్‌లో అగ్నిమాపక', 'డి. ప్రసాద్ వర్మ', ANY],
  ['te: `’ అని వ్యాపారులు డిమాండ్ చేశారు.`: a group in the plural is no one named', FIRE, 'మాకు ప్రభుత్వం', UNNAMED, ANY],
  ['te: `<role> X … ప్రకటించారు. ‘…’ అని <role> తెలిపారు.` is X, the role alone standing for him', SCHOOL, 'వచ్చే విద్యా', 'వేణుగోపాల్', ANY],
  ['te: `<participle> <noun> కె. X (33) …. ‘…’ అని ఆమె గుర్తుచేశారు.` is కె. X', SCHOOL, 'వర్షం పడితే', 'కె. హేమలత', ANY],
  ['te: `సర్పంచ్ మాట్లాడుతూ.. ‘…’`: an office never named is no one named', SCHOOL, 'భవనం పనులు', UNNAMED, ANY],
  ['te: `’ అని <department> ప్రకటించింది.`: a body is no person', SCHOOL, 'నిర్మాణానికి', UNNAMED, ANY],
  ['te: `<participle> <role> X …. ‘…’ అని X చెప్పారు.`: a name ending in -న్న after a consonant is a name, no participle', SCHOOL, 'ఒకే గదిలో', 'ప్రసన్న', ANY],
  ['te: `<place>లోని ఓ <noun>లో <participle> X (19) …. ‘…’ అని ఆమె అన్నారు.`: "a" before a place brings in no one unnamed', SCHOOL, 'ఇక్కడి పిల్లలు', 'శిరీష', ANY],
];

// (Initials split the sentence that introduces a person in lang/introduced.ts, and a two-word name is not found in full after
// its initials in lang/fuller-names.ts: both outside this reader, reported for the lead.)
kindTable('Telugu introductions, offices and groups (s44)', TELUGU_ROWS, [
  'te: `<office> డి. X Y …. ‘…’ అని అధికారి తెలిపారు.`: the office alone stands for the one the text gave it',
  'te: `<place> సీఐ టి. X …. ‘…’ అని సీఐ చెప్పారు.`: an office in English initials is one too',
  'te: `’ అని X Y పేర్కొన్నారు.`: a name of two words with the initial given before',
]);
