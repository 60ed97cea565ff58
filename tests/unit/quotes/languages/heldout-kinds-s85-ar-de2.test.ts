// A form of address before a name opening an Arabic paragraph (the sixty-fifth held-out set showed `الحاج <name>، <office>،
// قضى … . وقال: «…»`): the pilgrim's or courtesy title is no occupation; the office in the comma group after the name is
// the role. Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

/** `الحاج X Y، office، verb …`: the title is dropped, the apposed office kept (lang/semitic-opening.ts). */
kindTable('An Arabic form of address before an opening name is no role', [
  ['Arabic: `الحاج X Y، رئيس …، قضى …`', 'الحاج عمر بنسالم، رئيس جمعية التجار بالحي، قضى ثلاثين سنة في السوق. وقال: «نحن نريد ممرات أوسع».', 'نحن نريد', 'عمر بنسالم', '=رئيس جمعية التجار بالحي'],
  ['counter-case: an occupation with its article before the name stays the role', 'الخباز عمر بنسالم، وهو أب لثلاثة، يقف كل صباح هنا. وقال: «نحن نريد ممرات أوسع».', 'نحن نريد', 'عمر بنسالم', '=الخباز'],
  ['counter-case: a form of address after a verb of saying stays no role', 'وقال الحاج عمر بنسالم: «نحن نريد ممرات أوسع».', 'نحن نريد', 'عمر بنسالم', null],
]);

// An Arabic official or source with no article and no name (the sixty-fifth held-out set showed `أكد مسؤول بـ<body>، فضل
// عدم الكشف عن هويته، أن … . وقال: «…»`) is someone unnamed: the verb without subject after it is theirs, not the person
// quoted before. Fresh sentences of my own, with counter-cases.
const NAMED_FIRST = 'الحاج عمر بنسالم، رئيس جمعية التجار، قضى ثلاثين سنة في السوق. وقال: «نحن نريد ممرات أوسع».';

/** `أكد مسؤول بـ…`, `أوضح مصدر بـ…`: an indefinite official or source is a description (lang/arabic-described.ts). */
kindTable('An Arabic indefinite official or source is someone unnamed', [
  ['Arabic: `أكد مسؤول بـ…، فضل عدم الكشف عن هويته، … وقال:`', `${NAMED_FIRST}\n\nفي المقابل، أكد مسؤول بالمندوبية الإقليمية للتجارة، فضل عدم الكشف عن هويته، أن الأشغال ستنتهي قريبا. وقال: «تم إصلاح نصف الممرات».`, 'تم إصلاح', DESCRIBED, ANY],
  ['Arabic: `أكد مسؤول بـ… أن … وقال:` with no anonymity clause', `${NAMED_FIRST}\n\nفي المقابل، أكد مسؤول بالمندوبية الإقليمية للتجارة أن الأشغال ستنتهي قريبا. وقال: «تم إصلاح نصف الممرات».`, 'تم إصلاح', DESCRIBED, ANY],
  ['Arabic, a woman: `أكدت مسؤولة بـ…، طلبت عدم ذكر اسمها،`', `${NAMED_FIRST}\n\nمن جهتها، أكدت مسؤولة بالمجلس البلدي، طلبت عدم ذكر اسمها، أن المشروع مبرمج. وقالت: «الميزانية جاهزة منذ شهرين».`, 'الميزانية جاهزة', DESCRIBED, ANY],
  ['Arabic: `أوضح مصدر بـ… . وأضاف:`', `${NAMED_FIRST}\n\nوأوضح مصدر بالعمالة أن الأشغال تتقدم. وأضاف: «تم إصلاح نصف الممرات».`, 'تم إصلاح', DESCRIBED, ANY],
  ['counter-case: the named person again stays named', `${NAMED_FIRST}\n\nوأوضح بنسالم أن الأشغال تتقدم. وأضاف: «تم إصلاح نصف الممرات».`, 'تم إصلاح', 'عمر بنسالم', ANY],
  ['counter-case: `مسؤول` in apposition after a name is that person\'s office', 'وقال سمير الفاسي، مسؤول التواصل بالنادي: «سنعلن التشكيلة غدا».', 'سنعلن', 'سمير الفاسي', '=مسؤول التواصل بالنادي'],
]);
