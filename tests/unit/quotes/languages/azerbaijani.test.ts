// Azerbaijani (lang/az.ts): the tag after a quote and a dash with the verb last (`”, – deyə X qeyd edib.`, `– deyə o əlavə
// edib.`), and before a quote `X bildirib ki, …` (X said that …), `X deyib:`, `X-in sözlərinə görə`, each in short paragraphs
// of my own about invented people, with counter-cases: a body that says something, someone unnamed, a one-word subject that
// is no family name, a name in the genitive that is no speaker.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const HOSPITAL =
  'Lənkəranda yeni xəstəxana tikilir.\n\n' +
  'Layihənin rəhbəri Elvin Məmmədov bildirib ki, tikinti payızda başa çatacaq. “Binanın üç mərtəbəsi artıq hazırdır”, – deyə Məmmədov qeyd edib.\n\n' +
  '“Avadanlıq isə gələn ay gətiriləcək”, – deyə o əlavə edib.\n\n' +
  'Rayon xəstəxanasının baş həkimi Aynur Qasımova isə bildirib ki, xəstələrin sayı artıb.\n\n' +
  '“Gündə yüz nəfəri qəbul edirik. Növbələr uzanır.”\n\n' +
  'Qasımova həmçinin bildirib ki, dərman çatışmır. “Anbarda cəmi bir həftəlik ehtiyat var.”';

const ROADS =
  'Şəhərdə yollar pisləşib.\n\n' +
  'Şəhər İcra Hakimiyyəti bildirib ki, yollar təmir olunacaq.\n\n' +
  '“Təmir üç ay çəkəcək, sakinlər səbirli olsun.”';

const MINISTRY = 'Kənddə su yoxdur.\n\nNazirlik bildirib ki, yeni quyu qazılacaq.\n\n“Quyu gələn ay hazır olacaq.”';

const HAIL =
  'Qəbələdə fındıq bağlarına dolu düşüb.\n\n' +
  'Fermer Kamran Bağırov deyib: “Məhsulun yarısı yerə töküldü.”\n\n' +
  'Kənd təsərrüfatı idarəsinin mütəxəssisi Leyla Həsənovanın sözlərinə görə, “ziyan hələ hesablanır”.\n\n' +
  'Adını açıqlamaq istəməyən bir fermer deyib: “Sığorta heç vaxt ödəmir.”\n\n' +
  'Yağış dayanıb.\n\n' +
  '“Biz hər il eyni şeyi görürük, – deyə Bağırov vurğulayıb. – Heç kim dolu toru almır.”';

const MARKET =
  'Bazarda qiymətlər qalxıb.\n\n' +
  'Satıcı Röya Nəsibova dünən bazarda idi. “Alıcı azdır”, – deyə satıcı bildirib.\n\n' +
  '“Pomidor bahalaşıb”, – deyə bir alıcı şikayətlənib.\n\n' +
  'Kənd sakini Tofiq Əsgərli deyib: “Mən artıq ət almıram, çox bahadır.”\n\n' +
  'Sabah bildirib ki, bazar bağlı olacaq.\n\n' +
  '“Bazarda heç kim olmayacaq, hamı evdə qalacaq.”';

const ROWS: KindCase[] = [
  ['az: `”, – deyə X qeyd edib.` after `<role> X Y bildirib ki` is X Y', HOSPITAL, 'Binanın üç mərtəbəsi', 'Elvin Məmmədov', ANY],
  ['az: `– deyə o əlavə edib` (o: he or she) is the person just quoted', HOSPITAL, 'Avadanlıq isə', 'Elvin Məmmədov', ANY],
  ['az: `<role> X Y isə bildirib ki, …` then a quote alone is X Y, the lower-case words her role', HOSPITAL, 'Gündə yüz nəfəri', 'Aynur Qasımova', 'baş həkimi'],
  ['az: a family name alone (`Qasımova … bildirib ki`) is the woman named in full', HOSPITAL, 'Anbarda cəmi', 'Aynur Qasımova', ANY],
  ['az counter: a body (`… İcra Hakimiyyəti bildirib ki`) speaks as itself, no person', ROADS, 'Təmir üç ay', UNNAMED, null],
  ['az counter: a body by its -lik (`Nazirlik bildirib ki`) is no person', MINISTRY, 'Quyu gələn ay', UNNAMED, null],
  ['az: `Fermer X Y deyib:` is X Y, the capitalised office her role', HAIL, 'Məhsulun yarısı', 'Kamran Bağırov', 'Fermer'],
  ['az: `X-in sözlərinə görə` (according to X) is X, the genitive ending off', HAIL, 'ziyan hələ', 'Leyla Həsənova', ANY],
  ['az counter: `… istəməyən bir fermer deyib:` (a farmer who wished no name) is described', HAIL, 'Sığorta heç vaxt', DESCRIBED, null],
  ['az: `“A, – deyə X vurğulayıb. – B”` is X for A', HAIL, 'Biz hər il', 'Kamran Bağırov', ANY],
  ['az: … and for B, after the tag inside the marks', HAIL, 'Heç kim dolu', 'Kamran Bağırov', ANY],
  ['az: `– deyə satıcı bildirib` (the seller) is the seller just named', MARKET, 'Alıcı azdır', 'Röya Nəsibova', ANY],
  ['az counter: `– deyə bir alıcı şikayətlənib` (a buyer) is someone unnamed', MARKET, 'Pomidor bahalaşıb', UNNAMED, null],
  ['az: `<place> sakini X Y deyib:` is X Y, the resident', MARKET, 'Mən artıq ət', 'Tofiq Əsgərli', 'sakini'],
  ['az counter: a capitalised word opening the sentence that is no family name (`Sabah`, tomorrow) is no one new', MARKET, 'Bazarda heç kim', 'Tofiq Əsgərli', ANY],
];

kindTable('Azerbaijani tags and subjects', ROWS);
