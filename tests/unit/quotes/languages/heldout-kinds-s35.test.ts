// Kinds the twenty-seventh session read (a sixteenth private set of invented articles, ten of them American political
// copy, and kinds left open on the fifteenth), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, type KindCase } from './kind-table';

const FISHING_PORTRAIT =
  'في سوق السمك بدمياط يبدأ البيع قبل الفجر.\n\nيجلس محمود عبد الرازق، 61 عامًا، صياد في بحيرة المنزلة منذ صباه، على حافة قاربه، ثم يقول: "السمك قل كثيرًا هذا العام".\n\n' +
  '"كنا نرجع بالشبكة مليانة"، يقول عبد الرازق، "النهارده نرجع بنص".\n\nوعند الغروب ربط عم محمود قاربه.\n\n"البحيرة دي بيتنا"، قالها عم محمود وهو يلملم الشباك.\n\n' +
  'ووفقًا للدكتورة سلوى المنشاوي، أستاذة علوم البحار بجامعة الإسكندرية، فإن "التلوث يقتل الزريعة قبل أن تكبر، والصيادون يدفعون الثمن".';

/**
 * Arabic portraits: a present verb of posture opening the sentence is no part of the name after it (lang/fuller-names.ts),
 * and that name given its age in years is whom `ثم يقول:` stands for (lang/semitic-adverbs.ts); `قالها` ("said it") is a
 * verb of saying (lang/ar.ts); `وفقًا للدكتورة X` is "according to" with the article contracted (lang/semitic-adverbs.ts).
 */
const ARABIC_PORTRAITS: KindCase[] = [
  ['ar: `يجلس X، 61 عامًا، …، ثم يقول:` is X', FISHING_PORTRAIT, 'السمك قل', 'محمود عبد الرازق', ANY],
  ['ar: `يقول عبد الرازق` is the man introduced after `يجلس`, without the verb', FISHING_PORTRAIT, 'كنا نرجع', 'محمود عبد الرازق', ANY],
  ['ar: `قالها عم محمود` is a tag', FISHING_PORTRAIT, 'البحيرة دي', 'محمود عبد الرازق', ANY],
  ['ar: `ووفقًا للدكتورة X، …، فإن "…"` is her quote', FISHING_PORTRAIT, 'التلوث يقتل', 'سلوى المنشاوي', ANY],
  ['counter-case ar: a given name opening the sentence stays the name’s', 'يوسف عبد الرازق، 40 عامًا، يبيع الخضار في سوق العتبة منذ عشرين عامًا.\n\n"الأسعار نار"، يقول عبد الرازق.', 'الأسعار نار', 'يوسف عبد الرازق', ANY],
];

/**
 * Japanese: `X・Y町長` is a name, then the place and office it holds (a role before ・ stays a role: `主将・X選手`); a split
 * quote whose subject comes between its parts (`「…」と木村さんは…、「…」と続けた`); the one asked answers
 * (`Xさんに…を聞くと、首を振った。「…」`) (lang/ja.ts).
 */
const JAPANESE_TAGS: KindCase[] = [
  ['ja: `佐々木健・北見市長は` is 佐々木健, mayor of 北見', '市議会では反対が続いた。佐々木健・北見市長は15日の記者会見で、こう述べた。「駅は町の顔だ。守り抜く」', '駅は町の顔', '佐々木健', '北見市長'],
  ['counter-case ja: `主将・大野拓海選手は` is 大野拓海', '試合後、主将・大野拓海選手は「みんなで勝ち取った」と話した。', 'みんなで', '大野拓海', ANY],
  ['ja: `「…」と木村さんは窓の外を見つめ、「…」と続けた`', '漁港で働く木村浩二さん（58）は30年前に船を買った。\n\n「もう一度だけ」と木村さんは窓の外を見つめ、「大漁を見たい」と続けた。', 'もう一度だけ', '木村浩二', ANY],
  ['ja: `山田花子さんに売り上げを聞くと、首を振った。「…」`', '商店街の人通りは減った。店主の山田花子さんに売り上げを聞くと、首を振った。「ぜんぜんです」', 'ぜんぜんです', '山田花子', ANY],
];

kindTable('Arabic portraits', ARABIC_PORTRAITS);
kindTable('Japanese tags', JAPANESE_TAGS);
