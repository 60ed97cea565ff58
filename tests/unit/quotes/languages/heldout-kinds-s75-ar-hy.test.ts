// Arabic `الريس` (a boatman's or foreman's form of address) before a name, a name of four parts with a construct part
// (`عبد X … أبو Y`) and its short form later, and an Armenian sentence opening with a noun in -ության before the subject
// (the fifty-fifth held-out set showed the title read as the speaker, the name cut and `…ության` read as a name),
// in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const AR = '«البحر لم يعد يعطينا ما كان يعطيه قبل عشر سنوات».';
const AR2 = '«الوقود وحده يأكل نصف ما نبيعه في السوق كل يوم».';

kindTable('Arabic: a form of address and a name whose parts are constructs', [
  ['`وقال الريس X`: the form of address is no speaker', `وقال الريس عبد الكريم سالم أبو حمدة، رئيس رابطة الصيادين بالغردقة، للصحيفة: ${AR}`, 'البحر', 'عبد الكريم سالم أبو حمدة', 'رئيس رابطة الصيادين'],
  ['the short form later is the full name', `وقال الريس عبد الكريم سالم أبو حمدة، رئيس رابطة الصيادين بالغردقة، للصحيفة: ${AR}\n\nوأضاف أبو حمدة أن الأسعار ارتفعت، موضحاً: ${AR2}`, 'الوقود', 'عبد الكريم سالم أبو حمدة', 'رئيس رابطة الصيادين'],
  ['counter-case: a three-part name keeps its words', `وقال الحاج سالم يوسف القرشي، رئيس رابطة الصيادين بالغردقة، للصحيفة: ${AR}`, 'البحر', 'سالم يوسف القرشي', ANY],
  ['counter-case: a short form after a plain three-part name', `وقال سالم يوسف أبو حمدة، رئيس رابطة الصيادين بالغردقة، للصحيفة: ${AR}\n\nوأضاف أبو حمدة أن الأسعار ارتفعت، موضحاً: ${AR2}`, 'الوقود', 'سالم يوسف أبو حمدة', ANY],
]);

const HY = '«Կամուրջը տասը տարի է՝ փակ է, և ոչ ոք չի պատասխանում մեր նամակներին»։';

kindTable('Armenian: a noun in -ության opening the sentence is no name', [
  ['`Հանդիպմանը … X Yը, ով նշեց.`', `Բանակցությանը ներկա էր Վանաձորի փոխքաղաքապետ Գագիկ Ավետիսյանը, ով նշեց. ${HY}`, 'Կամուրջը', 'Գագիկ Ավետիսյան', ANY],
  ['counter-case: the name opening the sentence speaks', `Գագիկ Ավետիսյանը, ով ներկա էր բանակցությանը, նշեց. ${HY}`, 'Կամուրջը', 'Գագիկ Ավետիսյան', ANY],
]);
