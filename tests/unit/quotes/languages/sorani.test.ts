// Central Kurdish / Sorani (lang/ckb.ts), the subject first and the verb last: after a quote `«…»، X، <role>، بە
// ڕۆژنامەنووسانی وت.`, `«…»، X وتی.`, `«…»، ئەو زیادی کرد.` (he or she added), `«…»، د. X Y، <role>، وتی.` (the title off);
// before one `X، <role>، وەڵامی دایەوە: «…»`, `بە وتەی X، «…»` (in the words of X); a sentence `X، <role>، ڕایگەیاند کە …`
// or one opening `لە …، X Y، <who>، …` brings in whom a bare quote means. Short paragraphs of my own about invented people,
// with counter-cases: a body, someone unnamed (`ژنێکی …`), a demonstrative `ئەو <noun>ە` that is no pronoun.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'لە شارۆچکەی زێڕینە کێشەی ئاو گەورەتر بووە.\n\n' +
  '«سێ هەفتەیە ئاومان نییە»، سیروان قادر، بەڕێوەبەری ئاوی شارۆچکەکە، بە ڕۆژنامەنووسانی وت.\n\n' +
  '«پرۆژەی نوێ لە بەهار دەست پێدەکات»، قادر وتی، «بەڵام پارەکەی هێشتا نەهاتووە».\n\n' +
  '«کەس گوێمان لێ ناگرێت»، ئەو زیادی کرد.\n\n' +
  'ژیلا حەسەن، مامۆستای قوتابخانەی گوندەکە، بەم شێوەیە وەڵامی دایەوە: «منداڵەکان ئاوی پاک ناخۆنەوە».\n\n' +
  'ژنێکی بەتەمەن کە نەیویست ناوی بنووسرێت، بە ئێمەی وت: «ئاو بە تانکەر دەکڕین».\n\n' +
  'بە وتەی شارەوانی، «تانکەرەکان ڕۆژانە دێن».';

const CLINIC =
  'نەخۆشخانەی گوندی سەرچاوە دوای دوو ساڵ کرایەوە.\n\n' +
  '«ئەمە ڕۆژێکی گەورەیە بۆ خەڵکی ناوچەکە»، د. بەختیار سەعید، پزیشکی نەخۆشخانەکە، وتی.\n\n' +
  'بە وتەی ئاراس مەجید، «دەرمانەکان بەس نین».\n\n' +
  'نەسرین عومەر، ئەندامی ئەنجومەنی گوندەکە، ڕایگەیاند کە بودجەی پرۆژەکە ئامادەیە. «چاوەڕێی وەزارەتین».\n\n' +
  'وەزارەتی تەندروستی ڕایگەیاند کە دوو پزیشکی تر دەنێرێت. «پزیشکەکان هەفتەی داهاتوو دەگەن».\n\n' +
  '«هیوادارم ئەم جارە بەردەوام بێت»، حاجی کەمال ڕەزا گوتی.';

const MARKET =
  'لە بازاڕی کۆنی شارەکە نرخی هەنگوین بەرز بووەتەوە.\n\n' +
  'لە بەردەم دوکانەکەی، فەرهاد ئەنوەر، هەنگوینفرۆشێکی شەست ساڵە، سەیری کڕیاران دەکرد. «پێشتر ڕۆژانە بیست کیلۆم دەفرۆشت».\n\n' +
  'سۆران مەحموود دەڵێت: «باران کەم بوو، گوڵەکان زوو وشک بوون».\n\n' +
  '«ئێمە یارمەتی هەنگەوانەکان دەدەین»، بەڕێوەبەرایەتی کشتوکاڵ لە ڕاگەیەندراوێکدا وتی.';

const BRIDGE =
  'پردی سەر ڕووبارەکە هێشتا تەواو نەبووە.\n\n' +
  '«کارەکە لە هاوین دەست پێدەکاتەوە»، ئاسۆ عەزیز، ئەندازیاری پرۆژەکە، وتی.\n\n' +
  'خەڵکی گوندەکە پێیان وایە کارەکە زۆر هێواشە.\n\n' +
  'ئەو پرۆژەیە دوو ساڵ دواکەوتووە. «هەموو ڕۆژێک بە بەلەم دەپەڕینەوە و منداڵەکانمان دەترسن».';

/** Sorani tags and the sentences that bring in a speaker; bodies, someone unnamed and a demonstrative stay unnamed. */
const ROWS: KindCase[] = [
  ['ckb: `«…»، X Y، <role>، بە ڕۆژنامەنووسانی وت.`: the name, its role, the adjunct off', WATER, 'سێ هەفتەیە', 'سیروان قادر', 'بەڕێوەبەری'],
  ['ckb: `«…»، X وتی، «…»`: the family name alone is the one named in full', WATER, 'پرۆژەی نوێ', 'سیروان قادر', ANY],
  ['ckb: `«…»، ئەو زیادی کرد.`: he, the one quoted just before', WATER, 'کەس گوێمان', 'سیروان قادر', ANY],
  ['ckb: `X Y، <role>، بەم شێوەیە وەڵامی دایەوە:`: the manner adverb no role', WATER, 'منداڵەکان', 'ژیلا حەسەن', 'مامۆستای'],
  ['ckb: `ژنێکی … کە …، بە ئێمەی وت:`: an indefinite noun is someone unnamed', WATER, 'ئاو بە تانکەر', UNNAMED, ANY],
  ['ckb: `بە وتەی شارەوانی، «…»`: in the words of a municipality, no name', WATER, 'تانکەرەکان', UNNAMED, ANY],
  ['ckb: `«…»، د. X Y، <role>، وتی.`: the title and its full stop off the name', CLINIC, 'ئەمە ڕۆژێکی', 'بەختیار سەعید', ANY],
  ['ckb: `بە وتەی X Y، «…»`: in the words of a person', CLINIC, 'دەرمانەکان', 'ئاراس مەجید', ANY],
  ['ckb: `X Y، <role>، ڕایگەیاند کە ….` then a bare quote: the one who announced it', CLINIC, 'چاوەڕێی', 'نەسرین عومەر', ANY],
  ['ckb: `وەزارەتی … ڕایگەیاند کە ….` then a bare quote: a ministry is no name', CLINIC, 'پزیشکەکان', UNNAMED, ANY],
  ['ckb: `«…»، حاجی X Y گوتی.`: the form of address off the name', CLINIC, 'هیوادارم', 'کەمال ڕەزا', ANY],
  ['ckb: `لە …، X Y، <who>، ….` then a bare quote: the name set off by commas after an opening adjunct', MARKET, 'پێشتر ڕۆژانە', 'فەرهاد ئەنوەر', ANY],
  ['ckb: `X Y دەڵێت:`: says, in the present', MARKET, 'باران کەم', 'سۆران مەحموود', null],
  ['ckb: `«…»، بەڕێوەبەرایەتی … وتی.`: a directorate is no name', MARKET, 'ئێمە یارمەتی', UNNAMED, ANY],
  ['ckb: a bare quote after `ئەو پرۆژەیە …` (that project): a demonstrative, no pronoun', BRIDGE, 'هەموو ڕۆژێک', UNNAMED, ANY],
];

kindTable('Sorani tags, subjects and sentences before a quote', ROWS);
