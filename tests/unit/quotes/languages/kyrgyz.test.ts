// Kyrgyz (Cyrillic script, lang/ky.ts): invented articles of my own about a mountain road's repair and a market's rent,
// read whole by the quotes stage, with counter-cases (a ministry speaking, someone unnamed, a pronoun after a name, a split
// quote, and Kazakh and Mongolian tags beside the Kyrgyz reader).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const ROAD =
  'Нарын облусунда тоо жолун оңдоо иштери кечигип жатат. Жол башкармалыгынын башчысы Тилек Абдыкеримов иш күзгө чейин бүтөт деп убада кылган.\n\n' +
  '«Асфальт төшөө үчүн дагы эки ай керек. Жамгыр көп жаады», – деди Тилек Абдыкеримов.\n\n' +
  '«Техника жетишпейт, – деди ал. – Бирок биз токтобойбуз».\n\n' +
  'Айыл өкмөтүнүн башчысы Чолпон Турдубаева мындай деди: «Элдин чыдамы түгөнүп баратат».\n\n' +
  'Турдубаеванын айтымында, «балдар мектепке жөө барып жүрүшөт».\n\n' +
  '«Күзгө чейин жол ачылат деп ишенебиз», – деп кошумчалады ал.\n\n' +
  'Айылдагы бир айдоочу, атын атабоону суранган, мындай деди: «Машинем эки жолу бузулду».\n\n' +
  '«Жолду жаңыдан салуу керек», – дейт жергиликтүү адис Айбек Нурматов.\n\n' +
  'Нурматов айткандай, «эски жолдун асты бош».\n\n' +
  'Жол министрлиги билдирди: «Каражат бөлүнгөн, иш улантылат».';

const MARKET =
  'Ош шаарындагы базарда соодагерлер жаңы ижара акысына нааразы. Базардын директору Марат Сейитов баа көтөрүлгөнүн түшүндүрдү.\n\n' +
  '«Ижара акысы жыл сайын кайра каралат. Биз эч кимди алдаган жокпуз», – деди мэриянын өкүлү Гүлзат Арыкова.\n\n' +
  '«Соодагерлер бизге келип сүйлөшө алышат», – дейт Сейитов.\n\n' +
  'Базардагы соодагер Жаңыл Сапарова: «Мындай баа менен биз жабылып калабыз», – деди.\n\n' +
  '«Эртең дагы чогулуп, мэрияга кат жазабыз», – деп айтты ал.\n\n' +
  'Сейитовдун сөзүнө караганда, «жаңы баа бардык базарларга бирдей».';

/**
 * After the quote деди / дейт / деп and a verb, then the subject (role words before the name, or ал, "he/she"); before it
 * the subject and `мындай деди:`, a name and a colon, the genitive before `айтымында` / `сөзүнө караганда`, `X айткандай`.
 */
const KYRGYZ_ROWS: KindCase[] = [
  ['ky: `», – деди X Y.` is X Y', ROAD, 'Асфальт төшөө', 'Тилек Абдыкеримов', ANY],
  ['ky: a split quote, `– деди ал. –`, goes on the one named before', ROAD, 'Техника жетишпейт', 'Тилек Абдыкеримов', ANY],
  ['ky: `<role> X Y мындай деди: «…»` is X Y with the role', ROAD, 'Элдин чыдамы', 'Чолпон Турдубаева', 'башчысы'],
  ['ky: `Xнын айтымында, «…»` is X, the genitive off', ROAD, 'балдар мектепке', 'Чолпон Турдубаева', ANY],
  ['ky: `– деп кошумчалады ал.` is the one speaking already', ROAD, 'Күзгө чейин', 'Чолпон Турдубаева', ANY],
  ['ky: `– дейт <role> X Y.` is X Y with the role', ROAD, 'Жолду жаңыдан', 'Айбек Нурматов', 'адис'],
  ['ky: `X айткандай, «…»` is the full name given before', ROAD, 'эски жолдун', 'Айбек Нурматов', ANY],
  ['ky: `– деди мэриянын өкүлү X Y.` is X Y, the body in the role', MARKET, 'Ижара акысы', 'Гүлзат Арыкова', 'өкүлү'],
  ['ky: `– дейт Сейитов.` is the full name given before', MARKET, 'Соодагерлер бизге', 'Марат Сейитов', ANY],
  ['ky: `<role> X Y: «…» – деди.` is X Y, the role no part of the name', MARKET, 'Мындай баа', 'Жаңыл Сапарова', ANY],
  ['ky: `– деп айтты ал.` after a named woman is her', MARKET, 'Эртең дагы', 'Жаңыл Сапарова', ANY],
  ['ky: `Xдун сөзүнө караганда, «…»` is X, the genitive off', MARKET, 'жаңы баа', 'Марат Сейитов', ANY],
];

/** Counter-cases: a ministry and an unnamed driver are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['ky: `<ministry> билдирди: «…»` is a body, no person', ROAD, 'Каражат бөлүнгөн', UNNAMED, ANY],
  ['ky: `бир айдоочу, атын атабоону суранган, мындай деди:` is no one named', ROAD, 'Машинем эки', UNNAMED, ANY],
];

/** Kazakh and Mongolian tags read as before, though Kyrgyz shares their ө, ү (and Kazakh's ң). */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['kk: `», – деді <role> X Y.` is still X Y', '«Көпір күзге дейін салынады, жұмыс тоқтамайды», – деді аудан әкімі Серік Бекболатов.', 'Көпір күзге', 'Серік Бекболатов', ANY],
  ['mn: `” гэж <role> Д.X хэлэв.` is still Д.X', '“Гүүр намар гэхэд баригдана” гэж аймгийн Засаг дарга Д.Ганбаатар хэлэв.', 'Гүүр намар', 'Д.Ганбаатар', ANY],
];

kindTable('Kyrgyz tags after and before the quote', KYRGYZ_ROWS);
kindTable('Kyrgyz counter-cases', COUNTER_ROWS);
kindTable('Kazakh and Mongolian beside the Kyrgyz reader', NEIGHBOUR_ROWS);
