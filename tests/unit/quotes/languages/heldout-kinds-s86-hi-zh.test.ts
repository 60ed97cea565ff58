// Hindi, Urdu and Chinese kinds (the sixty-sixth held-out set showed an architect's occupation noun kept in the name, a
// pronoun's pluperfect of saying before the words, an organisation after a doer's participle read as a name, a false name
// read out of a word for "the project" after a verb with its aspect particle, and a person named as an object then
// taken up by 他 before an untagged quote), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const HI = '“पुराने मंदिरों की मरम्मत में धैर्य चाहिए, जल्दबाज़ी में पत्थर टूट जाते हैं।”';
const UR = '“پرانی عمارتوں کی مرمت میں صبر چاہیے، جلد بازی میں پتھر ٹوٹ جاتے ہیں۔”';

/** `मूर्तिकार X Y ने कहा`: a noun made with an agent suffix (-कार, -कर्ता, -विद्; Urdu -کار) is the role, not the name's first word. */
kindTable('An occupation noun with an agent suffix before a Hindi or Urdu name is its role', [
  ['-कार: `मूर्तिकार X Y ने कहा`', `मूर्तिकार सुरेश वल्लभ ने कहा, ${HI}`, 'पुराने मंदिरों', 'सुरेश वल्लभ', '=मूर्तिकार'],
  ['qualified: `संरक्षण शिल्पकार X Y ने बताया`', `मंदिर में काम कर रहे संरक्षण शिल्पकार दीपक भारद्वाज ने बताया, ${HI}`, 'पुराने मंदिरों', 'दीपक भारद्वाज', 'शिल्पकार'],
  ['-कर्ता: `शोधकर्ता X Y ने कहा`', `शोधकर्ता अनुराधा पंत ने कहा, ${HI}`, 'पुराने मंदिरों', 'अनुराधा पंत', 'शोधकर्ता'],
  ['-विद्: `भाषाविद् X Y ने कहा`', `भाषाविद् कमलेश ओझा ने कहा, ${HI}`, 'पुराने मंदिरों', 'कमलेश ओझा', 'भाषाविद्'],
  ['Urdu -کار: `کاشتکار X Y نے کہا`', `کاشتکار نوید اختر نے کہا، ${UR}`, 'پرانی عمارتوں', 'نوید اختر', 'کاشتکار'],
  ['counter-case: the family name Sarkar stays in the name', `${HI.replace(/”$/u, ',”')} अमित सरकार ने कहा।`, 'पुराने मंदिरों', 'अमित सरकार', null],
]);

/** `उन्होंने … लिखा था, “…”`: the verb of saying with its perfect's auxiliary before the words, the person named before. */
kindTable('A Hindi or Urdu pronoun agent with a perfect of saying (`लिखा था`, `कहा है`) before the words', [
  ['`उन्होंने … लिखा था,`', `अनीता दुबे ने मंगलवार को पंचायत की बैठक बुलाई। बैठक से पहले उन्होंने अपने ब्लॉग पर लिखा था, ${HI}`, 'पुराने मंदिरों', 'अनीता दुबे', ANY],
  ['`उन्होंने कहा है कि`', `अनीता दुबे ने मंगलवार को पंचायत की बैठक बुलाई। उन्होंने कहा है कि ${HI}`, 'पुराने मंदिरों', 'अनीता दुबे', ANY],
  ['Urdu `انہوں نے کہا تھا،`', `نوید اختر نے منگل کو پنچایت کا اجلاس بلایا۔ اجلاس سے پہلے انہوں نے کہا تھا، ${UR}`, 'پرانی عمارتوں', 'نوید اختر', ANY],
]);

/** `… काम करने वाली संस्था X की संयोजक Y Z`: the organisation after a doer's participle is no name; the office holder is. */
kindTable('An organisation noun after a Hindi doer participle is a body, the person is further on', [
  ['`… वाली संस्था X की अध्यक्ष Y Z … उन्होंने कहा`', `नदियों पर काम करने वाली संस्था हरित पथ की अध्यक्ष सुमन जोशी कई साल से घाटों की सफ़ाई की माँग करती रही हैं। उन्होंने कहा, ${HI}`, 'पुराने मंदिरों', 'सुमन जोशी', 'अध्यक्ष'],
  ['`… वाले संगठन X के सचिव`', `किसानों के लिए लड़ने वाले संगठन धरती मंच के सचिव हरीश नेगी दो दिन से धरने पर हैं। उन्होंने कहा, ${HI}`, 'पुराने मंदिरों', 'हरीश नेगी', 'सचिव'],
  ['counter-case: a doer participle before a person still names them', `नाव चलाने वाले रघु निषाद रोज़ सुबह घाट पर आते हैं। उन्होंने कहा, ${HI}`, 'पुराने मंदिरों', 'रघु निषाद', ANY],
]);

const ZH = '“今年的鱼比往年少了一半，柴油却贵了不少。”';

/** `沿着长江流域…`: a verb with its aspect particle before a family-name character makes a clause, no office before a name. */
kindTable('A Chinese verb with 着 or 了 before a family-name character opens no role phrase', [
  ['`沿着长江流域` is no person; 他 is the one named', `上个月，考察队沿着长江流域走访了十几个渔村。在码头上，记者见到了渔业合作社社长万春林。${ZH}他说。`, '今年的鱼', '万春林', ANY],
  ['counter-case: 著名 (famous) before an office keeps it', `著名作家沈一帆說：${ZH.replace('“', '「').replace('”', '」')}`, '今年的鱼', '沈一帆', '作家'],
]);

/** `记者见到了<office>X，他正在…。“…”`: the one person named as the object, taken up by 他/她, speaks the untagged words after. */
kindTable('A Chinese person named as an object then taken up by 他/她 speaks the untagged quote after', [
  ['`记者遇到了社长X，他刚从海上回来。“…”`', `在码头上，记者遇到了渔业合作社社长万春林，他刚从海上回来。${ZH}`, '今年的鱼', '万春林', ANY],
  ['`她`: `记者找到了乡村医生X，她正…。“…”`', `傍晚，记者在卫生室找到了乡村医生蒋秀英，她正在给老人量血压。${ZH}`, '今年的鱼', '蒋秀英', ANY],
  ['counter-case: someone unnamed between the name and 她 leaves it open', `记者见到了村支书吕国平和他的邻居，她正在整理账本。${ZH}`, '今年的鱼', UNNAMED, ANY],
]);

/** `省队总教练X`: the chief's prefix 总 belongs to the office, as 副 does. */
kindTable('The Chinese chief prefix 总 belongs to the office before a name', [
  ['`总教练X`', `在训练馆里，记者见到了省队总教练鲁文博，他正在看队员练习。${ZH}`, '今年的鱼', '鲁文博', '=总教练'],
  ['counter-case: a deputy keeps its own prefix', `在训练馆里，记者见到了省队副教练鲁文博，他正在看队员练习。${ZH}`, '今年的鱼', '鲁文博', '=副教练'],
]);
