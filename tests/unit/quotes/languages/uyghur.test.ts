// Uyghur in Arabic script (lang/ug.ts): a tag after a quote opens on its verb, `«…،» دېدى X` (said X), `دېدى ئۇ` (he or
// she said), `دېدى مۇدىر` (the office alone), `«…» دەپ تەكىتلىدى X` (saying …, stressed X); before one `ئۇ مۇنداق دېدى:`,
// `Xنىڭ ئېيتىشىچە، …` (according to X), a sentence saying what X stated (`… بىلدۈردى.`), or one opening on a role or age
// and a name. Short paragraphs of my own about invented people, with counter-cases: a body, someone unnamed (`بىر
// سودىگەر`), a name the text calls someone by (`… دەپ ئاتايدۇ`), a sentence opening on a possessed noun.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BREAD =
  'يېڭىشەھەر بازىرىدا نان باھاسى ئۆستى.\n\n' +
  'بازاردىكى 47 ياشلىق نانۋاي ئەخمەتجان تۇردى يىگىرمە يىلدىن بېرى نان ياقىدۇ. «ئۇن باھاسى ئىككى ھەسسە ئۆستى، بىز نېمە قىلالايمىز؟» دېدى تۇردى.\n\n' +
  '«خېرىدارلار ئازايدى،» دېدى ئۇ، «ئەمما دۇكاننى تاقىمايمەن.»\n\n' +
  'بازار ئىدارىسىنىڭ مۇدىرى پاتىگۈل سابىر بولسا بۇ گەپنى رەت قىلدى. ئۇ مۇنداق دېدى: «ئۇن تەمىناتى كېلەر ئايدا نورماللىشىدۇ.»\n\n' +
  '«ھەر بىر نانۋايغا ياردەم پۇلى بېرىلىدۇ،» دېدى مۇدىر.\n\n' +
  'ئىسمىنى ئېيتىشنى خالىمىغان بىر سودىگەر مۇنداق دېدى: «باھا يەنە ئۆسىدۇ، خەق نان ئالالمايدۇ.»';

const SCHOOL =
  'قۇمبېشى يېزىسىدىكى مەكتەپتە قىشلىق ئىسسىتىش باشلاندى.\n\n' +
  'مەكتەپنىڭ مۇدىرى مەھمۇت ئىمىن ئوقۇغۇچىلارنىڭ سانىنىڭ كۆپەيگەنلىكىنى بىلدۈردى. «بۇ يىل ئۈچ يۈز بالا ئوقۇيدۇ.»\n\n' +
  'ئىمىننىڭ ئېيتىشىچە، كۆمۈر ۋاقتىدا كەلگەن. «سىنىپلارنىڭ ھەممىسى ئىللىق.»\n\n' +
  'يېزىلىق ھۆكۈمەت مۇنداق دېدى: «يېڭى قازان ئورنىتىلىدۇ.»\n\n' +
  '«بالىلار ئەمدى سوغۇق قالمايدۇ،» دېدى رەيھانگۈل قادىر مۇخبىرىمىزغا.\n\n' +
  'كەچ كىرگەندە ئالىم نىياز مەكتەپ ھويلىسىدا ئوتۇن يېرىۋاتاتتى. «قىش ئۇزۇن بولىدۇ،» دېدى ئۇ.';

const ROAD =
  'تاغ يولىنى ياساش ئىشى يەنە كېچىكتى.\n\n' +
  'ناھىيىلىك قاتناش ئىدارىسىنىڭ مۇئاۋىن باشلىقى ھاشىم روزى يولنىڭ يازدا پۈتىدىغانلىقىنى ئېيتتى. «كۆۋرۈك ئىشى تۈگىدى،» دېدى مۇئاۋىن باشلىق.\n\n' +
  '«ياغىن كۆپ بولدى» دەپ تەكىتلىدى روزى.\n\n' +
  'نۇرىيە سالى خانىم شوپۇرلارنىڭ قىينىلىۋاتقانلىقىنى تەكىتلىدى. «ھەر كۈنى ئىككى سائەت كۈتىمىز.»\n\n' +
  'يېزىلىق دوختۇرخانىنىڭ دوختۇرى قادىر ئىسمائىل مۇنداق دېدى: «يول ئېچىلسا، كېسەللەر ۋاقتىدا كېلەلەيدۇ.»\n\n' +
  'يېزىلىق ھۆكۈمەتنىڭ باياناتىدا مۇنداق دېيىلدى: «پۇل ئاجرىتىلدى.»';

const VILLAGE =
  'كۆكيار كەنتىدە بۇ يىل ئۈزۈم ھوسۇلى ياخشى بولدى.\n\n' +
  'كەنتلىكلەر ئۇنى ھۆرمەت يۈزىسىدىن «باغۋەن ئاكا» دەپ ئاتايدۇ.\n\n' +
  'بازار باھاسى بۇ ھەپتە تۆۋەنلىدى. «ئۈزۈمنى ساقلايدىغان ئامبار يوق.»';

/** Uyghur tags and the sentences that bring in a speaker; offices alone, bodies and someone unnamed stay unnamed. */
const ROWS: KindCase[] = [
  ['ug: `«…،» دېدى X.` after `<age> ياشلىق <role> X Y …`: the family name alone is the one named in full', BREAD, 'ئۇن باھاسى', 'ئەخمەتجان تۇردى', ANY],
  ['ug: `«…،» دېدى ئۇ، «…»`: he, the one quoted just before', BREAD, 'خېرىدارلار', 'ئەخمەتجان تۇردى', ANY],
  ['ug: `ئۇ مۇنداق دېدى:` after `<body>نىڭ <role>ى X Y بولسا …`: she, the director brought in', BREAD, 'ئۇن تەمىناتى', 'پاتىگۈل سابىر', ANY],
  ['ug: `«…،» دېدى مۇدىر.`: the office alone, the one the text gave it', BREAD, 'ھەر بىر نانۋايغا', 'پاتىگۈل سابىر', ANY],
  ['ug: `… بىر سودىگەر مۇنداق دېدى:`: one trader is no name', BREAD, 'باھا يەنە', UNNAMED, ANY],
  ['ug: `<role>ى X Y … بىلدۈردى.` then a bare quote: the one who stated it, the role kept', SCHOOL, 'بۇ يىل ئۈچ', 'مەھمۇت ئىمىن', 'مۇدىرى'],
  ['ug: `Xنىڭ ئېيتىشىچە، ….` then a bare quote: according to X, the genitive off the name', SCHOOL, 'سىنىپلارنىڭ', 'مەھمۇت ئىمىن', ANY],
  ['ug: `يېزىلىق ھۆكۈمەت مۇنداق دېدى:`: a government is no name', SCHOOL, 'يېڭى قازان', UNNAMED, ANY],
  ['ug: `«…،» دېدى X Y مۇخبىرىمىزغا.`: the dative after the name is no part of it', SCHOOL, 'بالىلار ئەمدى', 'رەيھانگۈل قادىر', null],
  ['ug: `«…،» دېدى ئۇ.` after `كەچ كىرگەندە X Y …`: a clause of time before the subject', SCHOOL, 'قىش ئۇزۇن', 'ئالىم نىياز', ANY],
  ['ug: `«…،» دېدى مۇئاۋىن باشلىق.`: deputy head, the office after `… باشلىقى X Y … ئېيتتى.`', ROAD, 'كۆۋرۈك ئىشى', 'ھاشىم روزى', ANY],
  ['ug: `«…» دەپ تەكىتلىدى X.`: saying, then a verb of saying and its subject', ROAD, 'ياغىن كۆپ', 'ھاشىم روزى', ANY],
  ['ug: `X Y خانىم … تەكىتلىدى.` then a bare quote: the form of address after the name comes off', ROAD, 'ھەر كۈنى ئىككى', 'نۇرىيە سالى', ANY],
  ['ug: `<body>نىڭ <role>ى X Y مۇنداق دېدى:`: the name after the role, the role kept', ROAD, 'يول ئېچىلسا', 'قادىر ئىسمائىل', 'دوختۇرى'],
  ['ug: `… ھۆكۈمەتنىڭ باياناتىدا مۇنداق دېيىلدى:`: a statement of a body is no name', ROAD, 'پۇل ئاجرىتىلدى', UNNAMED, ANY],
  ['ug: a bare quote after `بازار باھاسى …` (the market price): a possessed noun opening the sentence is no name', VILLAGE, 'ئۈزۈمنى', UNNAMED, ANY],
];

kindTable('Uyghur tags, subjects and sentences before a quote', ROWS);

describe('Uyghur: a name the villagers call someone by, `«…» دەپ ئاتايدۇ`', () => {
  it('is no quote of anyone named', () => {
    const title = findQuotes(VILLAGE).find((quote) => quote.text.startsWith('باغۋەن'));
    expect(title?.speakerKind ?? null).not.toBe('name');
  });
});
