// isiZulu (lang/zu.ts): `kusho uX` after a quote with the class prefix glued to the name, `X uthe:` and `Ngokusho kukaX`
// before one, `kusho yena` / `esho …` for the person just quoted, each in short paragraphs of my own about invented
// people, with counter-cases: a body written with a person's prefix, someone left unnamed, a noun for someone described.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FARMS =
  'Abalimi basePhongolo bathi imvula ayikani kulo nyaka.\n\n' +
  'Themba Khumalo, ongumlimi womoba, uthe izitshalo zakhe ziyoma. “Izitshalo zethu ziyoma ngenxa yokushisa,” kusho uKhumalo.\n\n' +
  '“Asinalo usizo oluvela kuhulumeni,” kusho yena.\n\n' +
  'Lindiwe Dube, onguthishanhloko wesikole sendawo, uthe: “Izingane azikwazi ukufunda zilambile.”\n\n' +
  '“Kufanele kwenziwe okuthile manje,” kusho uDube, “ngaphambi kokuthi kube sekwephuzile.”\n\n' +
  'Uqhube wathi: “Sizobhala incwadi kungqongqoshe.”';

const DROUGHT =
  'Isomiso sesithinte izindawo eziningi zesifundazwe.\n\n' +
  'Ngokusho kukaDkt Mandla Zungu, ongusosayensi wezulu, “isomiso sizoqhubeka kuze kube sekupheleni konyaka.”\n\n' +
  '“Asikaze sibone okunje eminyakeni engamashumi amathathu,” kusho umakhelwane wakhe owenqabe ukudalulwa.\n\n' +
  '“Sizothumela amathangi amanzi ezindaweni ezintathu,” kusho uMasipala waseZululand.\n\n' +
  'Usomabhizinisi wendawo uthe: “Ngilahlekelwe yimali eningi kule nyanga.”\n\n' +
  '“Abantu abasenayo imali yokuthenga,” esho ekhala.';

const WARD =
  'Ikhansela lewadi, uSibusiso Ngema, uthe bayazi ngenkinga yemigwaqo. “Sikhuluma nomasipala nsuku zonke,” kusho lo khansela.\n\n' +
  '“Ngicela abantu babekezele,” kwengeza uNgema.\n\n' +
  'Nomvula Cele, ongumhlengikazi, uthe: “Iziguli zifika ngezinyawo ngoba amatekisi awafiki.”\n\n' +
  '“Asinamali yokuthenga uphethiloli,” kusho umshayeli wetekisi.';

const TITLED =
  'Abazali bakhathazekile ngesimo sesikole.\n\n' +
  '“Amakamelo okufundela aneminyaka engama-60,” kusho uMnu Vusi Mahlangu, usihlalo webhodi lesikole.\n\n' +
  'UNkk Zodwa Mthethwa uthe: “Siyethemba ukuthi uhulumeni uzosilalela.”';

const ROWS: KindCase[] = [
  ['zu: `X, <role>, uthe … . “…,” kusho uX` is X, the prefix off the family name', FARMS, 'Izitshalo zethu', 'Themba Khumalo', ANY],
  ['zu: `kusho yena` after a named speaker is that person', FARMS, 'Asinalo usizo', 'Themba Khumalo', ANY],
  ['zu: `X, ongu-<role>, uthe: “…”` is X with the role, `ongu-` (who is) off it', FARMS, 'Izingane azikwazi', 'Lindiwe Dube', 'uthishanhloko'],
  ['zu: `kusho uDube` after two people is the woman named Dube, not the man quoted before', FARMS, 'Kufanele kwenziwe', 'Lindiwe Dube', ANY],
  ['zu: a split quote `“…,” kusho uX, “…”` is hers both parts', FARMS, 'ngaphambi kokuthi', 'Lindiwe Dube', ANY],
  ['zu: `Uqhube wathi:` (she went on) is the person just quoted', FARMS, 'Sizobhala incwadi', 'Lindiwe Dube', ANY],
  ['zu: `Ngokusho kukaDkt X Y, <role>, “…”` (according to) is X Y, title and prefix off', DROUGHT, 'isomiso sizoqhubeka', 'Mandla Zungu', 'sosayensi'],
  ['zu: `kusho umakhelwane wakhe owenqabe ukudalulwa` is a neighbour left unnamed', DROUGHT, 'Asikaze sibone', UNNAMED, null],
  ['zu: `kusho uMasipala waseX` is a municipality, no person', DROUGHT, 'Sizothumela amathangi', UNNAMED, null],
  ['zu: `Usomabhizinisi wendawo uthe:` (a local businessman) is someone described, `Uso-` no name', DROUGHT, 'Ngilahlekelwe yimali', DESCRIBED, null],
  ['zu: `esho ekhala` (saying, crying) is the person just quoted, described as before', DROUGHT, 'Abantu abasenayo', UNNAMED, null],
  ['zu: `Ikhansela lewadi, uX Y, uthe …` then `kusho lo khansela` is the councillor', WARD, 'Sikhuluma nomasipala', 'Sibusiso Ngema', ANY],
  ['zu: `kwengeza uX` (added X) is X', WARD, 'Ngicela abantu', 'Sibusiso Ngema', ANY],
  ['zu: `X, ongumhlengikazi, uthe: “…”` is X, a nurse', WARD, 'Iziguli zifika', 'Nomvula Cele', 'umhlengikazi'],
  ['zu: `kusho umshayeli wetekisi` (a taxi driver) after a named nurse is someone described, not her', WARD, 'Asinamali yokuthenga', DESCRIBED, null],
  ['zu: `kusho uMnu X Y, <role>` is X Y, Mr no part of the name', TITLED, 'Amakamelo okufundela', 'Vusi Mahlangu', ANY],
  ['zu: `UNkk X Y uthe: “…”` is X Y, Mrs and its capitalised prefix off', TITLED, 'Siyethemba ukuthi', 'Zodwa Mthethwa', ANY],
];

kindTable('isiZulu tags, class prefixes on names, and unnamed speakers', ROWS);
