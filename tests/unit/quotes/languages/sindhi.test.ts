// Sindhi (lang/sd.ts, Arabic script): the subject before the verb with no agent marker (`X چيو:`, `X ٻڌايو`), a relative clause
// between commas after the name, a time and an adjunct around it, `،” هن چيو.` and `،” چيائين.` for the person just named,
// `X جي چوڻ مطابق` and `X جو چوڻ آهي ته`, a family name's oblique `-يي` read back to `-يو`, titles off the name; in short
// paragraphs of my own about invented people, with counter-cases: a body, a group, someone unnamed, a passive, a title.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FISHERS =
  'ڍنڍ جي ڪناري تي آباد مهاڻن جي ڳوٺ ۾ مڇي جو شڪار گهٽجي ويو آهي.\n\n' +
  'رشيده سولنگي، جيڪا چئن ڌيئرن جي ماءُ آهي، چيو: “اسان جون ٻيڙيون ڪناري تي بيٺيون آهن ۽ ڄارون سڪي رهيون آهن.”\n\n' +
  '“پاڻي ۾ زهريلو ڪچرو ملي ٿو،” هن وڌيڪ چيو، “۽ مڇي مري وڃي ٿي.”\n\n' +
  '“اسان ٻارن کي اسڪول موڪلي نٿا سگهون،” هن چيو.\n\n' +
  '“ڍنڍ جو پاڻي ٽيسٽ ڪرايو پيو وڃي ۽ رپورٽ ايندڙ هفتي ايندي،” ماحولياتي کاتي جي ڊائريڪٽر ڊاڪٽر عائشه ابڙو ٻڌايو.\n\n' +
  'ڳوٺاڻن چيو: “اسان کي ڪنهن به پڇيو ناهي.”\n\n' +
  'ضلعي انتظاميا چيو: “متاثر خاندانن کي راشن ڏنو ويندو.”';

const SCHOOL =
  'شهر جي پراڻي پرائمري اسڪول جي عمارت ڪري پوڻ جو خطرو آهي.\n\n' +
  'نور محمد لاکيو، جيڪو اسڪول جو هيڊ ماستر آهي، ڏهن سالن کان هتي پڙهائي رهيو آهي. “ڇت مان مينهن ۾ پاڻي ٽمي ٿو ۽ ٻار ڊڄن ٿا،” لاکيي چيو.\n\n' +
  'شام جو غلام رسول چانڊيو پنهنجي دڪان ٻاهران ويهي ڳالهائيندي چيو: “مون پنهنجي ٻن پٽن کي ٻئي اسڪول ۾ داخل ڪرايو آهي.”\n\n' +
  'والدين جي ڪميٽي جي هڪ ميمبر، جنهن پنهنجو نالو نه ٻڌايو ۽ ڳالهايو، ٻڌايو: “اسان ٽي ڀيرا درخواست ڏني آهي.”\n\n' +
  'تعليم کاتي جي رپورٽ ۾ چيو ويو آهي ته “عمارت جي مرمت لاءِ فنڊ منظور ٿي چڪا آهن.”\n\n' +
  'تعليم کاتي جي اعلاميي موجب، “نئين عمارت جو ڪم ايندڙ سال شروع ٿيندو.”';

const CLINIC =
  'ڳوٺ جي بنيادي صحت مرڪز ۾ ڏهن ڏينهن کان دوائون ناهن.\n\n' +
  'صحت مرڪز جي انچارج پروفيسر سڪندر علي شيخ جي چوڻ مطابق، “گودام مان دوائن جي کيپ اڃا نه پهتي آهي.”\n\n' +
  'مقامي اڳواڻ شبانه ڀٽي جو چوڻ آهي ته “مريض ويهن ڪلوميٽرن جو سفر ڪري شهر وڃن ٿا.”\n\n' +
  '“اسان ضلعي آفيس کي خط لکيو آهي،” چيائين.\n\n' +
  'هڪ نرس پڇيو: “بنا دوا جي اسين ڇا ڪريون؟”\n\n' +
  'مريض سليمان کوسو چوي ٿو: “مون کي ٻن ڏينهن کان بخار آهي.”';

const ROWS: KindCase[] = [
  ['sd: `X Y، جيڪا …، چيو:` (a relative clause between commas) is X Y', FISHERS, 'اسان جون ٻيڙيون', 'رشيده سولنگي', null],
  ['sd: a split quote `“…،” هن وڌيڪ چيو، “…”` (he/she further said) is the one just named', FISHERS, 'پاڻي ۾ زهريلو', 'رشيده سولنگي', ANY],
  ['sd: `،” هن چيو.` (he/she said) after a quote is the one just named', FISHERS, 'اسان ٻارن کي', 'رشيده سولنگي', ANY],
  ['sd: `،” <office> ڊاڪٽر X Y ٻڌايو.` (told) is X Y, the title off and the office her role', FISHERS, 'ڍنڍ جو پاڻي', 'عائشه ابڙو', 'ڊائريڪٽر'],
  ['counter-case sd: `ڳوٺاڻن چيو:` (villagers said) is a group, no one named', FISHERS, 'اسان کي ڪنهن', UNNAMED, null],
  ['counter-case sd: `ضلعي انتظاميا چيو:` (the district administration) is a body, no person', FISHERS, 'متاثر خاندانن', UNNAMED, null],
  ['sd: `،” لاکيي چيو.`: the oblique `-يي` of a name in `-يو` is the person named in full before', SCHOOL, 'ڇت مان مينهن', 'نور محمد لاکيو', ANY],
  ['sd: `شام جو X Y پنهنجي … ڳالهائيندي چيو:` (a time, the name, an adjunct) is X Y', SCHOOL, 'مون پنهنجي ٻن', 'غلام رسول چانڊيو', null],
  ['counter-case sd: `… جي هڪ ميمبر، جنهن نالو ظاهر نه ڪرڻ …، ٻڌايو:` (a member, unnamed) is no name', SCHOOL, 'اسان ٽي ڀيرا', UNNAMED, null],
  ['counter-case sd: `رپورٽ ۾ چيو ويو آهي ته` (it was said, a passive) is no person', SCHOOL, 'عمارت جي مرمت', UNNAMED, null],
  ['counter-case sd: `<a department>\'s statement موجب، “…”` (according to a document) is no person', SCHOOL, 'نئين عمارت', UNNAMED, null],
  ['sd: `<office> پروفيسر X Y Z جي چوڻ مطابق، “…”` (according to) is X Y Z', CLINIC, 'گودام مان', 'سڪندر علي شيخ', 'انچارج'],
  ['sd: `<role> X Y جو چوڻ آهي ته “…”` (X Y\'s saying is that) is X Y', CLINIC, 'مريض ويهن', 'شبانه ڀٽي', 'اڳواڻ'],
  ['sd: `،” چيائين.` (said-he, the subject in the verb) is the one just named', CLINIC, 'اسان ضلعي آفيس', 'شبانه ڀٽي', ANY],
  ['counter-case sd: `هڪ نرس پڇيو:` (a nurse asked) is someone unnamed', CLINIC, 'بنا دوا جي', DESCRIBED, null],
  ['sd: `<role> X Y چوي ٿو:` (says, the present) is X Y', CLINIC, 'مون کي ٻن', 'سليمان کوسو', ANY],
];
kindTable('Sindhi subjects before the verb, oblique names, bodies and unnamed speakers', ROWS);
