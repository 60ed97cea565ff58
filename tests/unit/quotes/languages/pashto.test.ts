// Pashto (lang/ps.ts), the verb last: `X وايي چې …` (says that) and `۴۸ کلن X Y، چې …،` (an age) bring in whom a later
// `هغه وویل` (he said) means, `<role> X Y د … په اړه وویل: «…»` with an adjunct between the name and the verb, `«…،» ښاغلي X
// وویل` with the form of address off the name, `X په وینا` (in the words of X); each in short paragraphs of my own about
// invented people, with counter-cases: a body, people spoken of as a group, a programme's name in the same marks.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const HONEY =
  'د خوست په ښار کې د شاتو بیه لوړه شوې ده.\n\n' +
  '۴۸ کلن حاجي عبدالولي ساپی، چې د تڼي ولسوالۍ اوسېدونکی دی، شل کاله کېږي مچۍ ساتي. هغه وویل: «سږ کال باران لږ و او ګلونه ژر وچ شول.»\n\n' +
  'د ښار د بازار دوکاندار نصرت الله کاکړ، چې د شاتو پلور کوي، وايي چې پېرودونکي کم شوي دي. «خلک اوس یوازې نیم کیلو اخلي،» کاکړ وویل.\n\n' +
  'یو شمېر بزګرانو وویل چې د اوبو کمښت لویه ستونزه ده. «زموږ ویالې له دوو میاشتو راهیسې وچې دي.»\n\n' +
  'د کرنې ریاست ویانده ډاکټر فریده احمدزۍ د مرستو په اړه وویل: «موږ به مچیو ساتونکو ته وړیا بکسونه ورکړو.»\n\n' +
  '«دا کار به تر مني پورې بشپړ شي،» هغې زیاته کړه.';

const ROAD =
  'د کندهار په لویدیځ کې د نوي سړک کار ورو روان دی.\n\n' +
  'ښاروال محمد یونس اڅکزی وايي چې سړک به تر ژمي مخکې جوړ شي. «کار به په راتلونکې اونۍ بیا پیل شي،» ښاغلي اڅکزی وویل.\n\n' +
  'ځینې دوکانداران، چې د سړک په غاړه دوکانونه لري، وايي چې کار ډېر ورو روان دی. «موږ دوه کاله انتظار وکړ.»\n\n' +
  'اڅکزی وايي چې د «پاک ښار» په نوم یو پروګرام هم پیل شوی دی.\n\n' +
  'د کندهار پوهنتون استاد پوهاند عزیزالله نیازی په وینا، «سړکونه باید د باران اوبو لپاره ویالې ولري.»\n\n' +
  'د کندهار ښاروالۍ په یوه خبرپاڼه کې وویل: «ټول قراردادونه به بیا وکتل شي.»';

const CLINIC =
  'د هلمند په روغتون کې د ناروغانو شمېر زیات شوی دی.\n\n' +
  'حاجي ګلاب الدین، چې له ګرمسیر څخه راغلی دی، خپل زوی روغتون ته راوړی. «شپه مو په لاره کې تېره کړه،» هغه وویل.\n\n' +
  'د روغتون مدیر ډاکټر شفیق الله همدرد خبریالانو ته وویل: «موږ درمل لرو خو بسترې کمې دي.»';

/** Pashto tags and the sentences that bring in a speaker; titles off the name; bodies, groups and a name in marks unnamed. */
const ROWS: KindCase[] = [
  ['ps: `هغه وویل:` after `۴۸ کلن حاجي X Y، چې …،` is X Y, the title off', HONEY, 'سږ کال باران', 'عبدالولي ساپی', null],
  ['ps: `«…،» X وویل` after `<role> X Y Z، چې …، وايي چې …` is the one named in full', HONEY, 'خلک اوس', 'نصرت الله کاکړ', ANY],
  ['ps: `یو شمېر بزګرانو وویل چې …۔ «…»`: farmers as a group are no name', HONEY, 'زموږ ویالې', UNNAMED, ANY],
  ['ps: `<role> ډاکټر X Y د … په اړه وویل:`: the adjunct and the title off, the role kept', HONEY, 'موږ به مچیو', 'فریده احمدزۍ', 'ویانده'],
  ['ps: `«…،» هغې زیاته کړه` is the woman quoted before', HONEY, 'دا کار به', 'فریده احمدزۍ', ANY],
  ['ps: `«…،» ښاغلي X وویل` after `<role> X Y Z وايي چې …` is X Y Z', ROAD, 'کار به په', 'محمد یونس اڅکزی', ANY],
  ['ps: `ځینې دوکانداران، چې …، وايي چې …۔ «…»`: "some shopkeepers" are no name', ROAD, 'موږ دوه کاله', UNNAMED, ANY],
  ['ps: `<role> پوهاند X Y په وینا، «…»`: the academic rank off the name', ROAD, 'سړکونه باید', 'عزیزالله نیازی', ANY],
  ['ps: `د کندهار ښاروالۍ … وویل:`: a municipality is no name', ROAD, 'ټول قراردادونه', UNNAMED, ANY],
  ['ps: `«…،» هغه وویل` after `حاجي X Y، چې …،` opening the sentence', CLINIC, 'شپه مو', 'ګلاب الدین', ANY],
  ['ps: `<role> ډاکټر X Y Z خبریالانو ته وویل:`: "to reporters" between the name and the verb', CLINIC, 'موږ درمل', 'شفیق الله همدرد', 'مدیر'],
];

// (A lone family name after a tag resolves to the last two words of the full name: no Arabic-script reading in
// lang/fuller-names.ts takes the given names back, as the Devanagari one does.)
kindTable('Pashto subjects, adjuncts and titles', ROWS, ['ps: `«…،» ښاغلي X وویل` after `<role> X Y Z وايي چې …` is X Y Z']);

describe('Pashto: a name in marks inside `X وايي چې …`', () => {
  it('is no quote of X', () => {
    const title = findQuotes(ROAD).find((quote) => quote.text.startsWith('پاک ښار'));
    expect(title?.speakerKind ?? null).not.toBe('name');
  });
});

describe('Pashto: `X وايي چې` read only on a whole sentence', () => {
  // (The reader gives a description; a reading outside lang/ps.ts names "کې بزګران" from the sentence, see the report.)
  it.fails('leaves `بزګران وايي چې` (farmers say) with no name', () => {
    const text = 'د لغمان په کلیو کې بزګران وايي چې سږ کال حاصل ښه و. «خو بیه یې ټیټه ده.»';
    expect(findQuotes(text).find((quote) => quote.text.startsWith('خو بیه'))?.speakerKind ?? null).not.toBe('name');
  });
});
