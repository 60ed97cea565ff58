// Hindi kinds (the fifty-eighth held-out set showed them): a priest's title before a name (`पंडित X Y`), a doer's
// participle introducing a person (`नाव चलाने वाले X Y का …`) whose given name alone speaks later, a title and a family
// name opening the sentence before `“…,” उन्होंने कहा`, and `यह कहना है X का` naming an untagged quote over a speaker
// carried on from the quote before. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

kindTable('Hindi: a priest title is none of the name', [
  ['`पंडित X Y कहते हैं, “…”`', 'मंदिर में बीस वर्षों से पूजा करा रहे पंडित हरिशंकर दुबे कहते हैं, “पानी हर साल बढ़ता है और कोई नहीं सुनता।”', 'पानी हर साल', 'हरिशंकर दुबे', ANY],
  ['counter-case: `के महंत X Y ने कहा`, already read right, stays', 'मठ के महंत गिरिजानंद शुक्ल ने कहा, “सड़क बनने से श्रद्धालुओं को राहत मिलेगी।”', 'सड़क बनने', 'गिरिजानंद शुक्ल', ANY],
  ['counter-case: `श्री X Y` stays as before', 'श्री अनिल बाजपेयी ने कहा, “बजट अगले महीने आएगा।”', 'बजट अगले', 'अनिल बाजपेयी', ANY],
]);

const CARRIED = 'तालाब के किनारे मछली बेचने वाले मोहन केवट का घर पास में है।\n\n“जाल ही हमारा सहारा है,” मोहन ने कहा, “बरसात के यही दिन काम के होते हैं।”';

kindTable('Hindi: a doer participle introduces the person a given name later points back at', [
  ['`X बेचने वाले A B …` then `A ने कहा`', CARRIED, 'जाल ही', 'मोहन केवट', null],
  ['the second part of the same tag', CARRIED, 'बरसात के', 'मोहन केवट', null],
  ['`गांव में रहने वाली A B …` then `A ने बताया`', 'गांव में रहने वाली सुनीता यादव की दुकान पुल के पास है।\n\n“पुल टूटने से ग्राहक कम हो गए हैं,” सुनीता ने बताया।', 'पुल टूटने', 'सुनीता यादव', null],
  ['counter-case: `यह कहना है X का` after a carried-on speaker names the untagged quote', `${CARRIED}\n\n“सब्जी बेचकर ही घर चलता है। बाजार में लोग नहीं आएंगे तो हमारा क्या होगा।”\n\nयह कहना है सुनीता देवी का, जो बीस साल से यहां सब्जी बेचती हैं।`, 'सब्जी बेचकर', 'सुनीता देवी', null],
]);

kindTable('Hindi: a title and a family name opening the sentence before `उन्होंने कहा`', [
  ['`पंडित Y इसे … मानते हैं। “…,” उन्होंने कहा`', 'मंदिर के पंडित हरिशंकर दुबे ने कहा, “पानी बढ़ रहा है।”\n\nनगर पालिका के एक कर्मचारी ने नाम न बताने की शर्त पर कहा, “पैसा अभी तक नहीं आया है।”\n\nपंडित दुबे इसे प्रशासन की लापरवाही मानते हैं। “हर बार टालमटोल होती है,” उन्होंने कहा।', 'हर बार', 'हरिशंकर दुबे', ANY],
  ['counter-case: the unnamed official keeps his words', 'मंदिर के पंडित हरिशंकर दुबे ने कहा, “पानी बढ़ रहा है।”\n\nनगर पालिका के एक कर्मचारी ने नाम न बताने की शर्त पर कहा, “पैसा अभी तक नहीं आया है।”', 'पैसा अभी', 'एक कर्मचारी', null],
]);
