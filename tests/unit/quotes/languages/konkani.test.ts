// Konkani in Devanagari (lang/gom.ts, read as Hindi is with its own agent words and the ergative on the word): short
// articles of my own about a coconut market and a village school bus, with invented people; counter-cases are bodies (the
// government, a transport department), someone unnamed taken up by a pronoun, pronoun tags after a named speaker, and a
// Marathi tag still read as Marathi.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const COCONUTS =
  'मडगांवच्या बाजारांत ह्या म्हयन्यांत नाल्लांचें मोल वाडलां.\n\n' +
  'कुडचडेचो व्यापारी सुरेश नायक (52) हाणें सांगलें, “नाल्ल आतां तीस रुपयांक विकतात. गिरायक कमी जाल्यात.”\n\n' +
  '“माल येना,” नायक हाणें सांगलें, “पूण भाडें वाडलां.”\n\n' +
  '“आमी दर सप्तकाक मोल तपासतात,” अशें कृषी संचालक प्रकाश गावस हांणी सांगलें.\n\n' +
  '“पावस उसरां पडलो, तांकां लागून पीक उणें जालें,” गावसान सांगलें.\n\n' +
  '“मोल थिरावपाक वेळ लागतलो,” सरकारान सांगलें.\n\n' +
  'बाजारांत आशिल्लो एक गिरायक, जो सकाळीं पांच वाजतां आयिल्लो, ताणें आरोप केलो: “दलाल मोल वाडयतात.”';

const BUS =
  'सांगें तालुक्यांतल्या ल्हान गांवांनी शाळेची बस सुरू जाल्या.\n\n' +
  'शिक्षिका मीना फळदेसाय म्हणटा: “भुरगीं आतां वेळार पावतात.”\n\n' +
  '“पयलीं तीन किलोमीटर चलून येताले,” अशें तिणें सांगलें.\n\n' +
  'पालक संघटनेचे अध्यक्ष विनायक शेट हांणी मागणी केली. “बस दोन फावटीं येवंक जाय,” तांणी सांगलें.\n\n' +
  'वाहतूक खात्यान सांगलें, “फुडल्या म्हयन्यांत दुसरी बस दितले.”\n\n' +
  'गांवांतली विद्यार्थीनी रुपा गांवस हिणें विचारलें, “सुटयेंत बस येतली काय?”\n\n' +
  'बसीचो चालक दामू नाईक हांच्या म्हणण्याप्रमाण, “रस्तो अजून खराब आसा.”\n\n' +
  'गांवच्या पालकांनी सांगलें, “आमकां खूब बरें दिसलें.”\n\n' +
  '“बस वेळार येत नाही,” असे पालक संघाचे सचिव अमोल देसाई यांनी सांगितले.';

const ROWS: KindCase[] = [
  ['gom: `<genitive> व्यापारी X Y (52) हाणें सांगलें, “…”` is X, a trader', COCONUTS, 'नाल्ल आतां', 'सुरेश नायक', 'व्यापारी'],
  ['gom: a split quote with `X हाणें सांगलें` between: the first part is the man named in full', COCONUTS, 'माल येना', 'सुरेश नायक', ANY],
  ['gom: the split quote\'s second part is his too', COCONUTS, 'पूण भाडें', 'सुरेश नायक', ANY],
  ['gom: `“…,” अशें <field> संचालक X Y हांणी सांगलें.` (thus X told) is X', COCONUTS, 'आमी दर सप्तकाक', 'प्रकाश गावस', ANY],
  ['gom: `“…,” Xान सांगलें.`: the ergative on the name is set off, the name in the nominative', COCONUTS, 'पावस उसरां', 'प्रकाश गावस', ANY],
  ['gom: `“…,” सरकारान सांगलें.` (the government told) is a body, no person', COCONUTS, 'मोल थिरावपाक', UNNAMED, null],
  ['gom: `एक गिरायक, जो …, ताणें आरोप केलो:` (one customer, who …, he alleged) is someone described', COCONUTS, 'दलाल मोल', DESCRIBED, null],
  ['gom: `शिक्षिका X Y म्हणटा: “…”` (X says) before the words', BUS, 'भुरगीं आतां', 'मीना फळदेसाय', 'शिक्षिका'],
  ['gom: `“…,” अशें तिणें सांगलें.` (thus she told) is the woman just quoted', BUS, 'पयलीं तीन', 'मीना फळदेसाय', ANY],
  ['gom: `“…,” तांणी सांगलें.` (he told, respectful) is the man the sentence before brings in', BUS, 'बस दोन फावटीं', 'विनायक शेट', ANY],
  ['gom: `वाहतूक खात्यान सांगलें, “…”` (the transport department told) is a body, no person', BUS, 'फुडल्या म्हयन्यांत', UNNAMED, null],
  ['gom: `<place>तली विद्यार्थीनी X Y हिणें विचारलें` (she asked): the place word is none of the name', BUS, 'सुटयेंत बस', 'रुपा गांवस', ANY],
  ['gom: `<role> X Y हांच्या म्हणण्याप्रमाण` (as X puts it) is X', BUS, 'रस्तो अजून', 'दामू नाईक', 'चालक'],
  ['gom: `पालकांनी सांगलें` (the parents told, the plural ergative) is a group, no person', BUS, 'आमकां खूब', UNNAMED, null],
  ['gom: a Marathi tag `असे … सचिव X Y यांनी सांगितले` in a Konkani story still reads as Marathi', BUS, 'बस वेळार', 'अमोल देसाई', 'सचिव'],
];

kindTable('Konkani quote tags (lang/gom.ts)', ROWS);
