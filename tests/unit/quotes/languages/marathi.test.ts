// Marathi in Devanagari (lang/mr.ts, read as Hindi is with its own words): short articles of my own about a village
// library, a women's group and grape prices, with invented people; counter-cases are bodies (a district council, a town's
// market committee), someone unnamed, pronoun tags after a named speaker, a split quote, and a Hindi tag still read as Hindi.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'सातारा जिल्ह्यातील एका गावात नवे वाचनालय सुरू झाले आहे.\n\n' +
  '“गावातील मुलांना आता शहरात जावे लागणार नाही,” असे ग्रामपंचायतीच्या सरपंच सुरेखा मधुकर पाटील यांनी सांगितले.\n\n' +
  '“पुस्तके वाढवायची आहेत,” असे त्या म्हणाल्या.\n\n' +
  'शिक्षक विनायक देशमुख म्हणाले, “मुले रोज संध्याकाळी येतात.”\n\n' +
  'देशमुख यांच्या मते, “वाचनाची सवय लहानपणीच लागते.”\n\n' +
  '“आम्ही दर महिन्याला नवी पुस्तके आणू,” असे जिल्हा परिषदेने स्पष्ट केले.\n\n' +
  'एका ज्येष्ठ ग्रामस्थाने सांगितले, “आमच्या काळात एकही पुस्तक नव्हते.”';

const GROUP =
  'गावातील महिला बचत गटाच्या प्रमुख सुनीताताई जाधव यांनी यंदा नवा उपक्रम सुरू केला.\n\n' +
  '“इमारत जुनी आहे, पण खोल्या मोठ्या आहेत,” सुनीताताई म्हणाल्या, “आम्ही तिथे शिवणवर्ग घेणार आहोत.”\n\n' +
  '“पैसे कुठून आणणार?” असे विचारले असता जाधव म्हणाल्या, “गटातील प्रत्येकीने थोडे दिले आहेत.”\n\n' +
  'शेतकरी गणेश कोळी यांचे मात्र वेगळे म्हणणे आहे. “आम्हाला गटासाठी बँकेचे कर्ज हवे आहे.”';

const GRAPES =
  'नाशिक शहरात यंदा द्राक्षांचे भाव घसरले आहेत.\n\n' +
  'डॉ. अनिल वसंत गोखले यांनी सांगितले की “निर्यात कमी झाल्याने भाव पडले आहेत.”\n\n' +
  'द्राक्ष बागायतदार मोहन भोसले यांच्या मते, “बाजार समितीने लक्ष घालायला हवे.”\n\n' +
  '“आम्ही सर्व व्यापाऱ्यांची बैठक घेऊ,” असे नाशिक बाजार समितीने स्पष्ट केले.\n\n' +
  '४५ वर्षीय शेतकरी दत्तात्रय गोविंद पवार म्हणाले, “या वर्षी खर्चही निघणार नाही.”\n\n' +
  '“मुलांच्या शाळेची फी कशी भरायची?” ते विचारतात.\n\n' +
  '“बाजारात माल पडून आहे,” जिलाधिकारी रमेश कुमार ने कहा।';

const ROWS: KindCase[] = [
  ['mr: `“…,” असे <genitive> सरपंच X यांनी सांगितले.` is X with the role', LIBRARY, 'गावातील मुलांना', 'सुरेखा मधुकर पाटील', 'सरपंच'],
  ['mr: `“…,” असे त्या म्हणाल्या.` (thus she said) is the woman just quoted', LIBRARY, 'पुस्तके वाढवायची', 'सुरेखा मधुकर पाटील', ANY],
  ['mr: `शिक्षक X म्हणाले, “…”` (X said, no agent marker) before the words', LIBRARY, 'मुले रोज', 'विनायक देशमुख', 'शिक्षक'],
  ['mr: `X यांच्या मते, “…”` (in X\'s view) is the man named in full before', LIBRARY, 'वाचनाची सवय', 'विनायक देशमुख', ANY],
  ['mr: `असे जिल्हा परिषदेने स्पष्ट केले` is a district council, no person', LIBRARY, 'आम्ही दर महिन्याला', DESCRIBED, null],
  ['mr: `एका ज्येष्ठ ग्रामस्थाने सांगितले` (an elderly villager) is someone described', LIBRARY, 'आमच्या काळात', DESCRIBED, null],
  ['mr: a split quote with `सुनीताताई म्हणाल्या`: the form of address stays, as the text introduced her', GROUP, 'इमारत जुनी', 'सुनीताताई जाधव', ANY],
  ['mr: the split quote\'s second part is hers too', GROUP, 'आम्ही तिथे', 'सुनीताताई जाधव', ANY],
  ['mr: `असे विचारले असता X म्हणाल्या` (when asked): the question words are no part of the name', GROUP, 'गटातील प्रत्येकीने', 'सुनीताताई जाधव', ANY],
  ['mr: `X यांचे मात्र वेगळे म्हणणे आहे. “…”` (X\'s view is different) introduces the words after it', GROUP, 'आम्हाला गटासाठी', 'गणेश कोळी', 'शेतकरी'],
  ['mr: `डॉ. X यांनी सांगितले की “…”` drops the title', GRAPES, 'निर्यात कमी', 'अनिल वसंत गोखले', null],
  ['mr: `<crop> बागायतदार X यांच्या मते` is X, a grower', GRAPES, 'बाजार समितीने', 'मोहन भोसले', 'बागायतदार'],
  ['mr: `असे <town> बाजार समितीने स्पष्ट केले` is a market committee, no person', GRAPES, 'आम्ही सर्व', UNNAMED, null],
  ['mr: `४५ वर्षीय शेतकरी X म्हणाले` (a 45-year-old farmer) is X, a farmer', GRAPES, 'या वर्षी', 'दत्तात्रय गोविंद पवार', 'शेतकरी'],
  ['mr: `“…?” ते विचारतात.` (he asks) is the man just quoted', GRAPES, 'मुलांच्या शाळेची', 'दत्तात्रय गोविंद पवार', ANY],
  ['mr: a Hindi tag `जिलाधिकारी X ने कहा` in a Marathi story still reads as Hindi', GRAPES, 'बाजारात माल', 'रमेश कुमार', 'जिलाधिकारी'],
];
kindTable('Marathi tags, views, bodies and unnamed speakers', ROWS);
