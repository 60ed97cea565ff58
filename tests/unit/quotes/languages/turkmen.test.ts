// Turkmen (Latin script, lang/tk.ts): invented articles of my own about a village library and a cotton harvest, read whole
// by the quotes stage, with counter-cases (a ministry, someone unnamed before and after the quote).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Gökdere obasynda täze kitaphana açyldy. Açylyşa etrap medeniýet bölüminiň müdiri Jeren Atajanowa we mugallymlar gatnaşdy.\n\n' +
  '“Kitaphana her gün irden dokuzda açylar” — diýip, Jeren Atajanowa belledi.\n\n' +
  '“Çagalar üçin aýratyn otag hem bar” — diýip, ol aýtdy.\n\n' +
  '“Okyjylaryň sany ýylda iki esse artar diýip garaşýarys” — diýip, müdir sözüni jemledi.\n\n' +
  'Obanyň mekdebiniň direktory Meret Hojaýew şeýle diýdi: “Biz bu güne köp garaşdyk.”\n\n' +
  '“Kitaplary mekdebe hem bereris” — diýdi Meret Hojaýew.\n\n' +
  'Hojaýewiň pikiriçe, “okuwçylar sapakdan soň şu ýere geler”.\n\n' +
  '“Täze kompýuterler hem getiriler” — diýip, direktor gürrüň berdi.\n\n' +
  'Ministrlik şeýle diýdi: “Beýleki obalarda hem kitaphanalar açylar.”\n\n' +
  '“Men her hepde bärik gelerin” — diýip, bir okuwçy aýtdy.\n\n';

const HARVEST =
  'Daşoguz welaýatynda pagta ýygymy başlandy. Daýhan birleşiginiň başlygy Döwlet Gurbanow meýdanda işçiler bilen duşuşdy.\n\n' +
  '“Hasyl geçen ýyldakydan gowy” — diýdi başlyk.\n\n' +
  '“Suw ýeterlik boldy. Howa hem kömek etdi” — diýip, Gurbanow nygtady.\n\n' +
  'Kärendeçi Aýgül Berdiýewa: “Biz ir säherden meýdanda” — diýdi.\n\n' +
  'Berdiýewanyň sözlerine görä, “ýygym aýyň ahyryna çenli dowam eder”.\n\n' +
  '“Maşynlar az, el bilen ýygýarys” — diýip, ol goşdy.';

const FESTIVAL =
  'Obada güýz baýramy geçirildi. Baýramy etrap häkimi Serdar Nurýagdyýew açdy.\n\n' +
  '“Bu ýyl hasyl bol” — diýdi Serdar Nurýagdyýew.\n\n' +
  'Bir mugallym şeýle diýdi: “Çagalar begendi.”';

/** After the quote diýip, the subject, the verb (or diýdi and the subject); before it `X şeýle diýdi:`, `Xnyň pikiriçe`. */
const TURKMEN_ROWS: KindCase[] = [
  ['tk: `” — diýip, X Y belledi.` is X Y', LIBRARY, 'Kitaphana her gün', 'Jeren Atajanowa', ANY],
  ['tk: `” — diýip, ol aýtdy.` is the one speaking already', LIBRARY, 'Çagalar üçin', 'Jeren Atajanowa', ANY],
  ['tk: `” — diýip, müdir sözüni jemledi.` is the one the text made müdiri', LIBRARY, 'Okyjylaryň sany', 'Jeren Atajanowa', ANY],
  ['tk: `<role> X Y şeýle diýdi: “…”` is X Y with the role', LIBRARY, 'Biz bu güne', 'Meret Hojaýew', 'direktory'],
  ['tk: `” — diýdi X Y.` is X Y', LIBRARY, 'Kitaplary mekdebe', 'Meret Hojaýew', ANY],
  ['tk: `Xiň pikiriçe, “…”` is X, the genitive off', LIBRARY, 'okuwçylar sapakdan', 'Meret Hojaýew', ANY],
  ['tk: `” — diýip, direktor gürrüň berdi.` is the one the text made direktory', LIBRARY, 'Täze kompýuterler', 'Meret Hojaýew', ANY],
  ['tk: `” — diýdi başlyk.` is the one the text made başlygy (k voiced to g)', HARVEST, 'Hasyl geçen', 'Döwlet Gurbanow', ANY],
  ['tk: `” — diýip, X nygtady.` is the full name given before', HARVEST, 'Suw ýeterlik', 'Döwlet Gurbanow', ANY],
  ['tk: `<role> X Y: “…” — diýdi.` is X Y', HARVEST, 'Biz ir säherden', 'Aýgül Berdiýewa', ANY],
  ['tk: `Xnyň sözlerine görä, “…”` is X, the genitive off', HARVEST, 'ýygym aýyň', 'Aýgül Berdiýewa', ANY],
  ['tk: `” — diýip, ol goşdy.` after a named woman is her', HARVEST, 'Maşynlar az', 'Aýgül Berdiýewa', ANY],
];

/** Counter-cases: a ministry and a pupil are no one named; an adverb after diýip is no office. */
const COUNTER_ROWS: KindCase[] = [
  ['tk: `Ministrlik şeýle diýdi:` is a body, no person', LIBRARY, 'Beýleki obalarda', UNNAMED, ANY],
  ['tk: `” — diýip, bir okuwçy aýtdy.` is someone unnamed', LIBRARY, 'Men her hepde', UNNAMED, ANY],
  ['tk: `Bir mugallym şeýle diýdi: “…”` is someone unnamed, no name before the colon', FESTIVAL, 'Çagalar begendi', UNNAMED, ANY],
];

kindTable('Turkmen tags after and before the quote', TURKMEN_ROWS);
kindTable('Turkmen counter-cases', COUNTER_ROWS);
