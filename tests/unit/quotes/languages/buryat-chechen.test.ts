// Buryat (lang/bxr.ts) and Chechen (lang/ce.ts), Cyrillic script: invented articles of my own about a village library and a
// new well, read whole by the quotes stage, with counter-cases (a ministry, someone unnamed, a name in an oblique case).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Хурамхаанай һууринда шэнэ номой сан нээгдэбэ.\n\n' +
  'Номой санай хүтэлбэрилэгшэ Дарима Баторовна Эрдынеева хорин жэл ажаллаа. Тэрэ иигэжэ хэлэнэ: «Үхибүүд ном уншаха дуратай.»\n\n' +
  '«Шэнэ номуудые абаабди», — гэжэ Эрдынеева хэлэбэ.\n\n' +
  '«Үдэшэ бүри уншагшад ерэдэг, — гэжэ Эрдынеева энеэбхилээд хэлэнэ, — харин зунай сагта олон.»\n\n' +
  'Багша Солбон Гомбоев ном дахуулжа ерэбэ. «Энэ номой сан һууринай зүрхэн болоо», — гэжэ тэрэ хэлэбэ.\n\n' +
  'Солбон Гомбоев нэмэжэ хэлэнэ: «Бидэ олон ном бэшэхэ ёһотойбди.»\n\n' +
  '«Газетэнүүд хэрэгтэй», — гэжэ хүтэлбэрилэгшэ хэлэнэ.\n\n' +
  'Яаман иигэжэ мэдүүлбэ: «Ерэхэ жэлдэ мүнгэ үгтэхэ.»\n\n' +
  'Нэгэ үбгэн иигэжэ хэлэнэ: «Би зургаан жэл хүлеэгээб.»\n\n' +
  '«Хаалга үглөө эртэ нээгдэдэг», — гэжэ нэгэ һурагша хэлэбэ.\n\n' +
  'Гомбоевой тухай Дарима Эрдынеева һайнаар хэлэдэг. «Тэрэ бүхы номуудые уншаа.»';

const WELL =
  'Бенойн юьртахь керла хьун тӀехь болх доладелла.\n\n' +
  'Юртда Ахьмад Исмаиловс журналисташна дийцира: «Хи юьртан коьрта хьашт ду.»\n\n' +
  '«Тхо дукха хьоьжуш дара», — элира Исмаиловс.\n\n' +
  'Школан хьехархо Марьям Хасиева а кхузахь яра. «Бераша хи молуш ду», — элира Хасиевас.\n\n' +
  '«Школехь а хи хир ду», — тӀетуьйхира цо.\n\n' +
  'Ахьмад Исмаиловн дешнашца, «болх гуьйре кхаччалц чекхбер бу».\n\n' +
  '«Ахча кийча ду», — элира юртдас.\n\n' +
  'Министерствон векало тӀетуьйхира: «Кхин а шиъ хьун хир ду.»\n\n' +
  'Министерствос хаийтира: «Программа кхин а шераш йоьдур ю.»\n\n' +
  'Цхьана стага дийцира: «Со шовзткъа шо хьоьжуш ву.»\n\n' +
  '«Хи дика ду», — элира Исмаиловна цхьана зудчо.';

/** After the quote гэжэ, the subject and the verb; before it `X … хэлэнэ:`, `Тэрэ иигэжэ хэлэнэ:`. */
const BURYAT_ROWS: KindCase[] = [
  ['bxr: `Тэрэ иигэжэ хэлэнэ: «…»` after a full name with a patronymic is that person', LIBRARY, 'Үхибүүд ном', 'Дарима Баторовна Эрдынеева', ANY],
  ['bxr: `», — гэжэ X хэлэбэ.` is the full name given before', LIBRARY, 'Шэнэ номуудые', 'Дарима Баторовна Эрдынеева', ANY],
  ['bxr: `— гэжэ X энеэбхилээд хэлэнэ, —` (a converb between) is X', LIBRARY, 'Үдэшэ бүри', 'Дарима Баторовна Эрдынеева', ANY],
  ['bxr: `», — гэжэ тэрэ хэлэбэ.` is the one the sentence before brings in', LIBRARY, 'Энэ номой', 'Солбон Гомбоев', ANY],
  ['bxr: `X Y нэмэжэ хэлэнэ: «…»` is X Y', LIBRARY, 'Бидэ олон', 'Солбон Гомбоев', ANY],
];

/** After the quote the verb, then the speaker in the ergative; before it `X Y-с … дийцира:`, `X-н дешнашца,`. */
const CHECHEN_ROWS: KindCase[] = [
  ['ce: `<role> X Y-с … дийцира: «…»` is X Y in the nominative, the role apart', WELL, 'Хи юьртан', 'Ахьмад Исмаилов', 'юртда'],
  ['ce: `», — элира X-ас.` (a woman\'s family name in the ergative) is X', WELL, 'Бераша хи', 'Марьям Хасиева', ANY],
  ['ce: `», — тӀетуьйхира цо.` is the one speaking already', WELL, 'Школехь а', 'Марьям Хасиева', ANY],
  ['ce: `X Y-н дешнашца, «…»` (by X Y\'s words) is X Y', WELL, 'болх гуьйре', 'Ахьмад Исмаилов', ANY],
];

/** Counter-cases: a ministry, someone unnamed (`нэгэ`, `цхьана`), a name in the genitive are no speaker named. */
const COUNTER_ROWS: KindCase[] = [
  ['bxr: `Яаман иигэжэ мэдүүлбэ: «…»` is a body, no person', LIBRARY, 'Ерэхэ жэлдэ', UNNAMED, ANY],
  ['bxr: `Нэгэ үбгэн иигэжэ хэлэнэ:` is someone unnamed', LIBRARY, 'Би зургаан', UNNAMED, ANY],
  ['bxr: `», — гэжэ нэгэ һурагша хэлэбэ.` is someone unnamed', LIBRARY, 'Хаалга үглөө', UNNAMED, ANY],
  ['ce: `Министерствос хаийтира: «…»` is a body, no person', WELL, 'Программа кхин', UNNAMED, ANY],
  ['ce: `Цхьана стага дийцира:` is someone unnamed', WELL, 'Со шовзткъа', UNNAMED, ANY],
  ['ce: `— элира X-на цхьана зудчо.` (said to X, one woman) is someone unnamed', WELL, 'Хи дика', UNNAMED, ANY],
];

/** Still read wrong in shared code: a name introduced in the ergative stays so (person-mentions.ts); an office's holder with a
 * Buryat name in -а is taken for a genitive and loses it (name-resolution.ts). */
const FAILING = [
  'ce: `», — элира юртдас.` is the village head the text named',
  'ce: `», — элира X-с.` after an introduction in the ergative is the full name, in the nominative',
  'bxr: `», — гэжэ хүтэлбэрилэгшэ хэлэнэ.` is the head the text named, her name unchanged',
];
const FAILING_ROWS: KindCase[] = [
  [FAILING[0]!, WELL, 'Ахча кийча', 'Ахьмад Исмаилов', ANY],
  [FAILING[1]!, WELL, 'Тхо дукха', 'Ахьмад Исмаилов', ANY],
  [FAILING[2]!, LIBRARY, 'Газетэнүүд хэрэгтэй', 'Дарима Баторовна Эрдынеева', ANY],
];

kindTable('Buryat tags after and before the quote', BURYAT_ROWS);
kindTable('Chechen tags after and before the quote', CHECHEN_ROWS);
kindTable('Buryat and Chechen counter-cases', COUNTER_ROWS);
kindTable('Buryat and Chechen names the shared code still changes', FAILING_ROWS, FAILING);
