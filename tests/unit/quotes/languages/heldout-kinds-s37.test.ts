// Kinds the twenty-ninth session read (an eighteenth private set of invented articles, ten of them American political
// copy, twenty in languages from Lithuanian to Thai), each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../utils/quotes/person-mentions';
import { kindTable, ANY, DESCRIBED, type KindCase } from './kind-table';

const KAUNAS =
  'Bendrovės generalinis direktorius Darius Petrauskas sako, kad kainos kils.\n\n' +
  'D. Petrauskas pabrėžė: „Mes iš to neuždirbame nė cento.“\n\n' +
  'Universiteto ekspertas Laurynas Stankevičius mano kitaip.\n\n' +
  'Pasak L. Stankevičiaus, „kuro kaina lemia beveik viską“.';

/**
 * A given name's initial and the family name (`D. Petrauskas`, `Pasak L. Stankevičiaus` in the genitive) are the one
 * person whose given name opens with that letter (initials-label.ts); `Pasak`, "according to", is no role (names.ts,
 * lang/adjacent.ts); an initial left over is no role (role-shape.ts).
 */
const INITIALS: KindCase[] = [
  ['lt: `D. Petrauskas pabrėžė:` after `direktorius Darius Petrauskas`', KAUNAS, 'Mes iš to', 'Darius Petrauskas', ANY],
  ['lt: `Pasak L. Stankevičiaus, „…“` in the genitive is Laurynas Stankevičius, with no role "Pasak"', KAUNAS, 'kuro kaina', 'Laurynas Stankevičius', null],
  ['en: `R. Vaughn said` after `Robert Vaughn`', 'The utility’s chief, Robert Vaughn, spoke to reporters.\n\n“We earn nothing extra,” R. Vaughn said.', 'We earn nothing', 'Robert Vaughn', ANY],
  ['counter-case: `D. Petrauskas` after Darius and Dovydas Petrauskas stays as written', 'Darius Petrauskas ir Dovydas Petrauskas vadovauja įmonei.\n\n„Tai sunkūs metai“, – sakė D. Petrauskas.', 'Tai sunkūs', 'D. Petrauskas', ANY],
];

/**
 * American offices and parties before a name (roles.ts, names.ts): `County Recorder X`, `Libertarian X`. Indonesian: an
 * administrative unit and its place after a bracketed acronym open the run (name-bounds.ts); `Bagi X,` "for X" is no name
 * word (names.ts).
 */
const OFFICES: KindCase[] = [
  ['en: `County Recorder Lucia X told the board`, then the family name', 'County Recorder Marisol Quintero told the board the complaints had been reviewed.\n\n“Nothing here is new,” Quintero said.', 'Nothing here', 'Marisol Quintero', 'recorder'],
  ['en: `with Libertarian X Y taking the rest`, then the family name', 'The runoff drew two names; in November, Libertarian Wade Pruitt took the rest.\n\n“I will not endorse anyone,” Pruitt said.', 'I will not', 'Wade Pruitt', ANY],
  ['id: `Kepala Dinas … (Dishub) Kota Malang Agus Wibowo menjelaskan`, then `kata Agus`', 'Kepala Dinas Perhubungan (Dishub) Kota Malang Agus Wibowo menjelaskan, jalur itu akan ditutup.\n\n"Penutupan hanya dua minggu," kata Agus.', 'Penutupan hanya', 'Agus Wibowo', ANY],
  ['id: `Bagi Rina, …` then `kata Rina`', '"Kami sudah lama menunggu," kata Rina Lestari (41), penjual kue di pasar itu.\n\nBagi Rina, relokasi berarti kehilangan pelanggan. "Pembeli tidak tahu tempat baru," kata Rina.', 'Pembeli tidak', 'Rina Lestari', ANY],
  ['counter-case en: `Republican X` still reads as before', 'Republican Dana Whitfield won the seat.\n\n“We earned it,” Whitfield said.', 'We earned', 'Dana Whitfield', ANY],
];

/**
 * Dutch: a definite tag (`zegt de zelfstandige bakker uit Mortsel`) on a quote opening its paragraph is the one person the
 * paragraph before names (lang/definite-sole.ts); `Maar volgens haar …` before an untagged quote reports the woman just
 * named (lang/according-pronoun.ts); `schepen voor Cultuur X Y`, a portfolio after "for" (person-mentions.ts); `Huisarts X Y`,
 * a compound in -arts, a doctor (lang/newlang-roles.ts).
 */
const DUTCH: KindCase[] = [
  ['nl: `zegt de zelfstandige bakker uit Mortsel` after a paragraph naming one person', 'Het is zes uur ’s ochtends en Jonas Verlinden (41) staat al drie uur in zijn bakkerij.\n\n‘De meelprijs is in een jaar verdubbeld’, zegt de zelfstandige bakker uit Mortsel.', 'De meelprijs', 'Jonas Verlinden', ANY],
  ['nl: `zegt schepen voor Cultuur Hilde Van der Veken` is Hilde Van der Veken', '‘We hebben alles op tijd gemeld’, zegt schepen voor Cultuur Hilde Van der Veken.\n\nVan der Veken: ‘Niemand is verrast.’', 'Niemand is', 'Hilde Van der Veken', ANY],
  ['nl: `Maar volgens haar …` then an untagged quote', '‘We hebben alles op tijd gemeld’, zegt schepen voor Cultuur Hilde Vermeulen.\n\nDe kritiek raakt haar. Maar volgens haar heeft niemand het gemist. ‘Elke bewoner kreeg een brief.’', 'Elke bewoner', 'Hilde Vermeulen', ANY],
  ['counter-case de: an unnamed resident brought in before the quote keeps `fragte die Frau` a description', '„Wir hätten lieber Busse gehabt“, sagte Ratsmitglied Jana Horn.\n\nIn der Fragestunde meldete sich eine Anwohnerin zu Wort. „Wer zahlt die Risse?“, fragte die Frau, die seit Jahren dort wohnt.', 'Wer zahlt', DESCRIBED, ANY],
];

const ISFAHAN =
  'به گزارش خبرنگار اقتصادی خبرگزاری محلی از اصفهان، مهدی کاظمی، رئیس انجمن تولیدکنندگان کاشی استان، روز دوشنبه در نشست خبری گفت: «فروش خارجی ما نصف شده است.»\n\n' +
  '«مشکل فقط تحریم نیست»، کاظمی ادامه داد، «حمل بار هم گران شده است.»\n\n' +
  'در همین حال، رضا توکلی، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان، از بسته حمایتی خبر داد و گفت: «وام ارزان در راه است.»\n\n' +
  'به گفته مدیرکل میراث استان، «بازار عراق هنوز باز است».\n\n' +
  '«صنعت کاشی به نیروی جوان نیاز دارد»، لیلا احمدی، استاد دانشگاه اصفهان، گفت.\n\n' +
  'این کارشناس صنعتی افزود: «بدون آموزش، این صنعت از دست می‌رود.»';

/**
 * Persian (lang/fa.ts): a news agency's lead (`به گزارش خبرنگار …،`) and `در همین حال،` open no name; an office of several
 * fields listed with commas and و; a tag between the parts of a split quote closing on a comma; `به گفته` an office, and
 * `این کارشناس …` ("this expert"), the person the text introduced with it.
 */
const PERSIAN: KindCase[] = [
  ['fa: `به گزارش خبرنگار …، X، role، … گفت:`', ISFAHAN, 'فروش خارجی', 'مهدی کاظمی', 'رئیس انجمن'],
  ['fa: `«…»، X ادامه داد، «…»`: a split quote', ISFAHAN, 'مشکل فقط', 'مهدی کاظمی', ANY],
  ['fa: `در همین حال، X، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان، … گفت:`', ISFAHAN, 'وام ارزان', 'رضا توکلی', 'مدیرکل'],
  ['fa: `به گفته مدیرکل میراث استان، «…»` is the director general named before', ISFAHAN, 'بازار عراق', 'رضا توکلی', ANY],
  ['fa: `این کارشناس صنعتی افزود:` is the expert just named', ISFAHAN, 'بدون آموزش', 'لیلا احمدی', ANY],
];

const FERRY =
  'Lise Haugen (48) har tatt ferja til byen i tjue år.\n\n' +
  '– Det blir for dyrt, sier Haugen når Vestlandets Tidende møter henne på kaia.\n\n' +
  '– Jeg betaler allerede mye for å komme meg på jobb, sier hun.\n\n' +
  'Fylkesråd for samferdsel, Arne Bakke (Sp), forsvarer økningen.\n\n' +
  'Ifølge fylkesrådet er prisene «lavere enn i nabofylkene».';

/**
 * A paper's name (`Vestlandets Tidende`, by its last word) is no person a pronoun may stand for (outlets.ts,
 * person-mentions.ts); `Ifølge fylkesrådet er …`, an office as the source, is whom the text introduced with it
 * (lang/newlang-shared.ts). Japanese: an occupation glued before the name (`会社員X`), and `と不満を漏らす` as a tag (lang/ja.ts).
 */
const PAPERS_AND_OFFICES: KindCase[] = [
  ['nb: `sier hun` after `når Vestlandets Tidende møter henne`', FERRY, 'Jeg betaler', 'Lise Haugen', ANY],
  ['nb: `Ifølge fylkesrådet er …` is the county councillor named before', FERRY, 'lavere enn', 'Arne Bakke', ANY],
  ['ja: `会社員高橋真理子さん（38）は` then `と高橋真理子さんは不満を漏らす`', '北区に住む会社員高橋真理子さん（38）は、朝の渋滞に悩む。「毎朝30分も遅れる」と話す。\n\n「市に電話しても何も変わらない」と高橋真理子さんは不満を漏らす。', '市に電話しても', '高橋真理子', ANY],
  ['counter-case nb: `sier Lise Haugen til Vestlandets Tidende` keeps the person before the paper', 'Prisene stiger fra januar.\n\n– Dette rammer oss hardest, sier Lise Haugen til Vestlandets Tidende.', 'Dette rammer', 'Lise Haugen', ANY],
];

const HOI_AN =
  'Bà Lê Thị Thu, 52 tuổi, bán rau ở chợ này đã hơn 20 năm.\n\n' +
  'Trả lời báo chí, ông Đỗ Minh Khang, Tổng giám đốc Tập đoàn Sông Hàn, đơn vị xây chợ mới, quả quyết: “Chúng tôi đã có đủ giấy phép xây dựng.”\n\n' +
  'Theo ông Khang, “khi hoàn thành, chợ mới sẽ có chỗ cho khoảng 300 tiểu thương”. Dự án dự kiến xong năm 2027.\n\n' +
  'Chiều 2/12, ông Võ Thành Nam, Giám đốc Sở Công Thương, đã đến chợ. “Sở sẽ kiểm tra lại toàn bộ hồ sơ”, ông Nam cho biết.\n\n' +
  'Vị giám đốc này nói thêm: “Việc hỏi ý kiến tiểu thương còn chậm.”\n\n' +
  'Nghe vậy, bà Thu vẫn lo. “Hứa thì dễ, làm mới khó”, bà nói, mắt vẫn nhìn ra cổng chợ.';

/**
 * Vietnamese (cues.ts, lang/adjacent.ts): a lead clause before ông and a name; `Theo ông X, “…”` keeps a partial quote;
 * `Vị giám đốc này …:`, the official just named; `bà nói,` and what she did meanwhile.
 */
const VIETNAMESE: KindCase[] = [
  ['vi: `Trả lời báo chí, ông X, role, …, khẳng định:`', HOI_AN, 'Chúng tôi đã có', 'Đỗ Minh Khang', ANY],
  ['vi: `Theo ông Khang, “…”` keeps the partial quote as his', HOI_AN, 'khi hoàn thành', 'Đỗ Minh Khang', ANY],
  ['vi: `Vị giám đốc này nói thêm:` is the director just named', HOI_AN, 'Việc hỏi ý kiến', 'Võ Thành Nam', ANY],
  ['vi: `”, bà nói, mắt vẫn …` is the woman just named', HOI_AN, 'Hứa thì dễ', 'Lê Thị Thu', ANY],
];

/**
 * Romanian and Slovene: a council is a body (non-person-words.ts); `liderul de sindicat` is an office's anaphor
 * (lang/newlang-shared.ts); `a explicat pentru Ziarul X:`, a paper the words were said to (lang/newlang-shared.ts);
 * `… je dejal:`, a South Slavic past with its subject left out, the person the paragraph introduced (lang/personal-pronouns.ts,
 * lang/newlang-introduced.ts); `Družba X`, a company (non-person-words.ts).
 */
const ROMANIAN_SLOVENE: KindCase[] = [
  ['ro: `a spus consilierul` after `Consilierul local X … la Consiliu Local`', 'Consilierul local Mihai Dobre a depus marți la Consiliu Local o interpelare despre termene.\n\n„Cine răspunde dacă pierdem banii?”, a spus consilierul.', 'Cine răspunde', 'Mihai Dobre', ANY],
  ['ro: `a adăugat liderul de sindicat` after `Liderul sindicatului, X,`', 'Liderul sindicatului din regie, Sorin Toma, spune că flota e veche. „Două autobuze s-au stricat ieri în intersecție”, a adăugat liderul de sindicat.', 'Două autobuze', 'Sorin Toma', ANY],
  ['ro: `X, director de vânzări, a declarat pentru Ziua de Arad:`', 'Firma a contestat. Reprezentantul firmei, Dan Stoica, director de vânzări, a declarat pentru Ziua de Arad: „Caietul de sarcini favorizează un singur model.”', 'Caietul de sarcini', 'Dan Stoica', ANY],
  ['sl: `… je dejal:` after `… župan X.` and a sentence on the town', 'Odprtja je prišel tudi župan Marko Zupan. Mestna občina je lani prevzela del dolgov. Ob ogledu nove žičnice je dejal: »Žičnica je za mesto tisto, kar je srce za telo.«', 'Žičnica je za', 'Marko Zupan', ANY],
  ['counter-case sl: `Horvat je pojasnil:` keeps the name before the verb', 'Direktor Tomaž Horvat je govoril o sezoni. Horvat je pojasnil: »Vložili smo dva milijona evrov.«', 'Vložili smo', 'Tomaž Horvat', ANY],
];

const LAMPANG =
  'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง แถลงเมื่อเช้านี้ว่า “ขอให้ทุกคนงดจุดไฟในไร่ช่วงหน้าแล้ง”\n\n' +
  'ผู้ว่าฯ ระบุว่า “อำเภอจะส่งรถน้ำไปทุกตำบล”\n\n' +
  'ผู้ว่าราชการจังหวัดลำปางย้ำว่า “งบฉุกเฉินพร้อมใช้แล้ว”';

/** Thai: an office written alone, or shortened with ฯ, is the person the text named right before it (lang/th.ts). */
const THAI: KindCase[] = [
  ['th: `ผู้ว่าฯ ระบุว่า` after `นายX Y ผู้ว่าราชการจังหวัด…`', LAMPANG, 'อำเภอจะส่ง', 'สมชาย ใจดี', ANY],
  ['th: `ผู้ว่าราชการจังหวัดลำปางย้ำว่า` is the governor named before', LAMPANG, 'งบฉุกเฉิน', 'สมชาย ใจดี', ANY],
  ['counter-case th: an office no one was named with stays a description', 'ฝนตกหนักทั้งคืน\n\nผู้ว่าราชการจังหวัดน่าน กล่าวว่า “เราจะส่งเรือไปช่วยทุกหมู่บ้าน”', 'เราจะส่งเรือ', DESCRIBED, ANY],
];

kindTable('Initials and a family name stand for the one person they fit', INITIALS);
kindTable('Offices, parties and places opening a run are no name words', OFFICES);
kindTable('Dutch definite tags, "according to her" and portfolios', DUTCH);
kindTable('Persian leads, offices and split quotes', PERSIAN);
kindTable('Papers, offices as sources and Japanese occupations', PAPERS_AND_OFFICES);
kindTable('Vietnamese leads, classifiers and trailing clauses', VIETNAMESE);
kindTable('Romanian offices and recipients, Slovene dropped subjects', ROMANIAN_SLOVENE);
kindTable('Thai offices standing for the person named with them', THAI);

describe('A Dutch compound in -arts opening a run is the doctor, no first name', () => {
  const names = (text: string) => findPersonMentions(text).map((mention) => mention.name);
  it('reads `Longarts Ruben Claes van …` as Ruben Claes', () => {
    expect(names('Longarts Ruben Claes van GZA Berchem ziet dagelijks wat de lucht met mensen doet.')).toEqual(['Ruben Claes']);
  });
  it('counter-case: a short family name in -arts stays a name (`Kees Swarts`)', () => {
    expect(names('Gisteren sprak Kees Swarts de raad toe.')).toEqual(['Kees Swarts']);
  });
});
