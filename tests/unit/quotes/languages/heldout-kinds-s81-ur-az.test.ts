// Hindustani and Turkic shapes of introduction (the sixty-first held-out set showed an Urdu role written before an age
// and a name, `<body> کے <role> 72 سالہ X Y`, the role of a person introduced in one paragraph and quoted in the next,
// `جب X سے پوچھا گیا تو انہوں نے …` as X's, an Azerbaijani `sahibi, 64 yaşlı usta X Y`, a name after its age opening
// a sentence, and `… istəməyən <noun>lərdən biri bildirib ki`), in fresh sentences of my own, with counter-cases.
import { kindTable, UNNAMED } from './kind-table';

const UR = '“ہم نے تین دن میں سڑک کھول دی ہے۔ بارش نے کام روک رکھا تھا۔”';
const HI = '“हमने तीन दिन में सड़क खोल दी है। बारिश ने काम रोक रखा था।”';

/** An Urdu or Hindi role before a name, read for later quotes too, and an age between them (hi.ts, lang/introduced-role.ts). */
kindTable('Urdu and Hindi: the role written before a name, an age between them or not, is the speaker’s', [
  ['Urdu: role after a genitive, quoted in the next paragraph', `ریلوے کے سینئر انجینئر فہیم اختر نے بتایا کہ پل کی مرمت شروع ہو گئی ہے۔\n\nان کا کہنا تھا: ${UR}`, 'ہم نے تین', 'فہیم اختر', 'انجینئر'],
  ['Urdu: the head of a body, quoted with `یہ کہنا تھا X کا`', `تنظیم “صاف گلی” کی سربراہ نادیہ سلیم ہر جمعہ گلیوں میں جاتی ہیں۔\n\n${UR} یہ کہنا تھا نادیہ سلیم کا۔`, 'ہم نے تین', 'نادیہ سلیم', 'سربراہ'],
  ['Urdu: an age between the role and the name, a later paragraph', `شاد باغ کے رہائشی 68 سالہ ملک بشیر احمد نے بتایا کہ وہ بیس برس سے یہ دیکھ رہے ہیں۔\n\n${UR}`, 'ہم نے تین', 'ملک بشیر احمد', 'رہائشی'],
  ['Urdu: an age between the role and the name, in the quote’s own tag', `${UR} شاد باغ کے رہائشی 68 سالہ ملک بشیر احمد نے کہا۔`, 'ہم نے تین', 'ملک بشیر احمد', 'رہائشی'],
  ['Hindi: an age between the role and the name', `${HI} कंकड़बाग के निवासी 68 वर्षीय रमेश प्रसाद ने कहा।`, 'हमने तीन', 'रमेश प्रसाद', 'निवासी'],
  ['Hindi: the same, quoted in the next paragraph', `कंकड़बाग के निवासी 68 वर्षीय रमेश प्रसाद ने बताया कि वे बीस साल से यह देख रहे हैं।\n\n${HI}`, 'हमने तीन', 'रमेश प्रसाद', 'निवासी'],
  ['counter-case: an age with no role before it gives none', `${UR} شاد باغ میں 68 سالہ ملک بشیر احمد نے کہا۔`, 'ہم نے تین', 'ملک بشیر احمد', null],
]);

const OFFICIAL = 'بلدیہ کے ایک اہلکار نے بتایا کہ نالے صاف نہیں ہوئے۔ “یہ بات سب کو پتا ہے،” انہوں نے کہا۔\n\n';
const HINDI_OFFICIAL = 'नगर निगम के एक कर्मचारी ने बताया कि नाले साफ नहीं हुए। “यह बात सबको पता है,” उन्होंने कहा।\n\n';

/** `when X was asked/contacted, he …`: the one asked answers (lang/hindustani-subjects.ts). */
kindTable('Urdu and Hindi: `جب X سے پوچھا گیا تو انہوں نے …` is X speaking', [
  ['Urdu: contacted, passive', `${OFFICIAL}اس بارے میں جب ارشد محمود سے رابطہ کیا گیا تو انہوں نے بتایا کہ کام دیر سے ہوا۔ “ہم نے کئی خط لکھے ہیں،” انہوں نے کہا۔`, 'ہم نے کئی', 'ارشد محمود', null],
  ['Urdu: asked', `${OFFICIAL}جب ثمینہ ارشاد سے پوچھا گیا تو انہوں نے مانا کہ کام دیر سے ہوا۔ “ہم نے کئی خط لکھے ہیں،” انہوں نے کہا۔`, 'ہم نے کئی', 'ثمینہ ارشاد', null],
  ['Hindi: asked', `${HINDI_OFFICIAL}जब इस बारे में रमेश प्रसाद से पूछा गया तो उन्होंने माना कि काम देर से हुआ। “हमने कई पत्र लिखे हैं,” उन्होंने कहा।`, 'हमने कई', 'रमेश प्रसाद', null],
  ['counter-case: a pronoun asked names no one new', `${OFFICIAL}جب ان سے دوبارہ پوچھا گیا تو انہوں نے کہا کہ کام دیر سے ہوا۔ “ہم نے کئی خط لکھے ہیں،” انہوں نے کہا۔`, 'ہم نے کئی', UNNAMED, null],
]);

const AZ = '«Bu dəmiri babam döyürdü. İndi mən döyürəm»';

/** Azerbaijani trades before a name (lang/newlang-roles.ts), after an apposition and an age. */
kindTable('Azerbaijani: a trade or specialist before the name is the role of later quotes', [
  ['an apposition and an age before `usta X Y`', `Dəmirçixananın sahibi, 58 yaşlı usta Rüstəm Əliyev deyir ki, iş çoxalıb.\n\n${AZ}, - deyə Rüstəm Əliyev bildirib.`, 'Bu dəmiri', 'Rüstəm Əliyev', 'usta'],
  ['`üzrə mütəxəssisi X Y`, then `deyə mütəxəssis`', `Rayon İcra Hakimiyyətinin aqrar məsələlər üzrə mütəxəssisi Kamran Nəsibov isə vəziyyətin düzəldiyini bildirir. Onun sözlərinə görə, çox ağac əkilib.\n\n«Ağaclar beş ilə məhsul verir», - deyə mütəxəssis vurğulayıb.`, 'Ağaclar', 'Kamran Nəsibov', 'mütəxəssis'],
  ['Turkish: `sahibi, 58 yaşındaki usta X Y`', `Atölyenin sahibi, 58 yaşındaki usta Ali Demir işlerin arttığını söylüyor.\n\n«Bu demiri dedem döverdi», dedi Ali Demir.`, 'Bu demiri', 'Ali Demir', 'usta'],
  ['counter-case: the owner alone is no listed trade', `Dəmirçixananın sahibi Rüstəm Əliyev deyir ki, iş çoxalıb.\n\n${AZ}, - deyə Rüstəm Əliyev bildirib.`, 'Bu dəmiri', 'Rüstəm Əliyev', null],
]);

const EARLIER = '«Bu dəmiri babam döyürdü», - deyə usta Rüstəm Əliyev bildirib.\n\n';

/** A name after its age, the sentence's subject (turkic-subject.ts); `one of the Ns` saying (unnamed-introduction.ts). */
kindTable('Azerbaijani: who the next bare `o deyir` stands for', [
  ['a name after its age opening the sentence', `${EARLIER}21 yaşlı Nərmin Həsənova onlardan biridir. Universitetdə oxusa da, bu sənəti sevib.\n\n«Dəmir adamı səbirli edir», - o deyir.`, 'Dəmir adamı', 'Nərmin Həsənova', null],
  ['one of the guides, unnamed, said that …', `${EARLIER}Adının çəkilməsini istəməyən yerli bələdçilərdən biri bildirib ki, qonaqlar çoxalıb. «Maşın keçmir, turist piyada gedir», - o deyib.`, 'Maşın keçmir', UNNAMED, null],
  ['counter-case: one of them, named, is that person', `${EARLIER}Sakinlərdən biri olan Nərmin Həsənova bildirib ki, qonaqlar çoxalıb. «Maşın keçmir, turist piyada gedir», - o deyib.`, 'Maşın keçmir', 'Nərmin Həsənova', null],
  ['counter-case: one of the problems is no one', `${EARLIER}Problemlərdən biri yoldur. «Maşın keçmir, turist piyada gedir», - o deyib.`, 'Maşın keçmir', 'Rüstəm Əliyev', 'usta'],
]);
