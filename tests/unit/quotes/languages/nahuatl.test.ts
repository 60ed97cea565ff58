// Nahuatl (Latin script, lang/nah.ts): invented articles of my own about a village water tank and a market of woven
// goods, read whole by the quotes stage, with counter-cases (the town government, someone unnamed)
// and Spanish tags beside the Nahuatl reader.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WATER_TANK =
  'Ipan altepetl Xochikuauitl, masewalmej kichijkej se ueyi atlalilistli.\n\n' +
  'Pedro Tepetla Martínez, se tlakatl tlen tekiti ipan mili, kiijto: “Axkan tikpiyaj atl nochi tonalmej.”\n\n' +
  '“Tikchiuakej ni tekitl ika ome metstli”, kiijto Tepetla.\n\n' +
  '“Nochi kaltlakamej kipaleuijkej”, kiijto yejua, “uan amo akaj kitlaxtlauijkej.”\n\n' +
  'Yejua kiijto: “Ni atl kuali para pilmej.”\n\n' +
  'Altepetl kiijto: “Tikinmakaskej tomin para sekinok atlalilistli.”\n\n' +
  'Se siuatl tlen amo kinek ma kiteneuakaj itoka kiijto: “Achtoui tiyayaj uejka tikuikaj atl.”\n\n' +
  'Se pilokichtli kiijto ika ya amo tlatsikaui. “Axkan niyas nochipa tlamachtiloyan”, kiijto.';

const MARKET =
  'Ipan tiankis tlen Ayotlan, siuamej kinnamakaj inintlachiual.\n\n' +
  '“Nochi tlen tikchiuaj, tikchiuaj ika tomaj”, okiijto Lucía Xochitl Hernández.\n\n' +
  '“Amo kuali tlen kitlaxtlauaj coyomej”, quihtoa Juana Tepoz Ramírez.\n\n' +
  'Juana Tepoz Ramírez, temachtiani, kinpaleuia siuamej ika tlajkuilolistli.\n\n' +
  '“Tla amo onkaj kali, tiknamakaskej ipan ojtli”, kiijto temachtiani.\n\n' +
  '“Tiknekij se kali kampa tiktlaliskej tlachiualli”, kiijto Xochitl.\n\n' +
  '“Nojkia tiknamakaj ipan internet”, kiijto se telpochtli.\n\n' +
  'Ipan se amatl kijkuilojkej tlen kinekij.';

/** `kiijto X`, `X kiijto:`, `okiijto` (the past), `quihtoa` (the older spelling), `kiijto yejua`, an office after the verb. */
const NAHUATL_ROWS: KindCase[] = [
  ['nah: `X, <who he is>, kiijto: “…”` is X', WATER_TANK, 'Axkan tikpiyaj', 'Pedro Tepetla Martínez', ANY],
  ['nah: `”, kiijto X.` is the full name given before', WATER_TANK, 'Tikchiuakej ni', 'Pedro Tepetla Martínez', ANY],
  ['nah: `”, kiijto yejua, “…”` (he or she) is the person just quoted', WATER_TANK, 'Nochi kaltlakamej', 'Pedro Tepetla Martínez', ANY],
  ['nah: the quote going on after `kiijto yejua,` is the same person', WATER_TANK, 'uan amo akaj', 'Pedro Tepetla Martínez', ANY],
  ['nah: `Yejua kiijto: “…”` is the person just named', WATER_TANK, 'Ni atl kuali', 'Pedro Tepetla Martínez', ANY],
  ['nah: `”, okiijto X Y.` (the past) is X Y', MARKET, 'Nochi tlen tikchiuaj', 'Lucía Xochitl Hernández', ANY],
  ['nah: `”, quihtoa X Y.` (the older spelling) is X Y', MARKET, 'Amo kuali tlen', 'Juana Tepoz Ramírez', ANY],
  ['nah: `”, kiijto X.` is the full name given before, not the one just named', MARKET, 'Tiknekij se kali', 'Lucía Xochitl Hernández', ANY],
  ['nah: `”, kiijto temachtiani.` (the teacher) is the one the text gave that office, just quoted', MARKET, 'Tla amo onkaj kali', 'Juana Tepoz Ramírez', ANY],
];

/** Counter-cases: the town government, a woman, a boy and a young man left unnamed: no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['nah: `Altepetl kiijto: “…”` (the town) is a body, no person', WATER_TANK, 'Tikinmakaskej tomin', UNNAMED, ANY],
  ['nah: `Se siuatl … kiijto: “…”` (a woman) is someone described', WATER_TANK, 'Achtoui tiyayaj', DESCRIBED, ANY],
  ['nah: `Se pilokichtli kiijto …. “…”, kiijto.` (a boy) is no one named', WATER_TANK, 'Axkan niyas', UNNAMED, ANY],
  ['nah: `”, kiijto se telpochtli.` (a young man) is someone unnamed', MARKET, 'Nojkia tiknamakaj', UNNAMED, ANY],
];

/** Spanish tags read as before beside the Nahuatl reader. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['es: `», dijo X Y.` is still X Y', '«El agua llegó por fin», dijo Marta Tepoz, vecina de Tlapa.', 'El agua llegó', 'Marta Tepoz', ANY],
  ['es: `X explicó: «…»` is still X', 'Andrés Tepale Cruz explicó: «Trabajamos dos meses.»', 'Trabajamos dos', 'Andrés Tepale Cruz', ANY],
];

kindTable('Nahuatl tags after and before the quote', NAHUATL_ROWS);
kindTable('Nahuatl counter-cases', COUNTER_ROWS);
kindTable('Spanish beside the Nahuatl reader', NEIGHBOUR_ROWS);
