// Hindi (lang/hi.ts): who `उन्होंने कहा` is when the sentence before names someone with no agent marker (a name before an
// age in brackets, before the reflexive `अपने`), an office with its field (`उपसंचालक कृषि X`), `के मुताबिक़` with the nukta,
// `उन्होंने शिकायत की`; in short paragraphs of my own about invented people, with counter-cases: a department, a possessive
// pronoun after a role, a year in brackets, one word before the reflexive.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const FLOOD =
  'नर्मदापुरम ज़िले में तीन दिन की बारिश के बाद कई गाँवों में पानी भर गया है।\n\n' +
  'टिकरी गाँव के मछुआरे दीनदयाल केवट (47) ने कहा, “नाव के बिना हम घर से निकल ही नहीं सकते।”\n\n' +
  'पास की बस्ती की कमला बाई (41) के घर की दीवार रात में गिर गई। उन्होंने कहा, “बच्चों को लेकर हम स्कूल में सो रहे हैं।”\n\n' +
  'कमला बाई का कहना है कि अब तक कोई पटवारी उनके घर तक नहीं आया। “सब लोग सड़क से फोटो खींचकर चले जाते हैं,” उन्होंने शिकायत की।\n\n' +
  'राजस्व विभाग के मुताबिक़ “सभी प्रभावित गाँवों का सर्वे अगले हफ़्ते पूरा होगा।”\n\n' +
  'उपसंचालक उद्यानिकी विनोद पटेल के मुताबिक़ सब्ज़ियों की आधी फ़सल गल चुकी है। पटेल ने कहा, “किसान नुक़सान की सूचना 72 घंटे में दें।”\n\n' +
  'शाम को घाट पर दीनदयाल केवट अपने बेटे के साथ जाल सुखा रहे थे। “पानी उतरेगा तो फिर काम शुरू होगा,” उन्होंने कहा।';

const MARKET =
  'इंदौर की अनाज मंडी में सोमवार को नीलामी देर तक चली।\n\n' +
  'मंडी समिति के सचिव अरविंद प्रताप सिंह ने कहा, “हर ट्रॉली की तौल कैमरे के सामने होगी।”\n\n' +
  'पिछली बाढ़ (2019) के बाद से मंडी का शेड टूटा पड़ा है। “बारिश में अनाज भीगता है तो दाम गिर जाते हैं,” उन्होंने कहा।\n\n' +
  'गेट पर किसान अपने ट्रैक्टर के पास खड़े थे। “हमें सुबह से टोकन नहीं मिला,” उन्होंने कहा।';

const ROWS: KindCase[] = [
  ['hi: `<role> X Y (47) ने कहा, “…”`: the age in brackets is no part of the name', FLOOD, 'नाव के बिना', 'दीनदयाल केवट', ANY],
  ['hi: `की X Y (41) के घर …। उन्होंने कहा, “…”`: a name before an age in brackets is the sentence’s person', FLOOD, 'बच्चों को लेकर', 'कमला बाई', ANY],
  ['hi: `“…,” उन्होंने शिकायत की।` (complained) is the person the sentence before names', FLOOD, 'सब लोग सड़क', 'कमला बाई', ANY],
  ['counter-case hi: `राजस्व विभाग के मुताबिक़ “…”`: a department with the nukta’d मुताबिक़ is no name', FLOOD, 'सभी प्रभावित', UNNAMED, ANY],
  ['hi: `उपसंचालक उद्यानिकी X Y के मुताबिक़ …। Y ने कहा`: the field after the office is the office’s, not a given name', FLOOD, 'किसान नुक़सान', 'विनोद पटेल', 'उपसंचालक उद्यानिकी'],
  ['hi: `… पर X Y अपने बेटे के साथ …। “…,” उन्होंने कहा।`: the two words before the reflexive are the subject', FLOOD, 'पानी उतरेगा', 'दीनदयाल केवट', ANY],
  ['hi: `<role> X Y Z ने कहा, “…”`, a three-word name after an office', MARKET, 'हर ट्रॉली', 'अरविंद प्रताप सिंह', 'सचिव'],
  ['counter-case hi: `पिछली बाढ़ (2019) के बाद …`: a year in brackets is no age; `उन्होंने` stays the secretary', MARKET, 'बारिश में अनाज', 'अरविंद प्रताप सिंह', ANY],
  ['counter-case hi: `किसान अपने ट्रैक्टर …`: one role word before the reflexive names no one new', MARKET, 'हमें सुबह से', 'अरविंद प्रताप सिंह', ANY],
];

kindTable('Hindi subjects before `उन्होंने`, offices with a field', ROWS);
