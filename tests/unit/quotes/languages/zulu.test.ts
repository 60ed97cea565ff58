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

// Elders addressed as grandmother and grandfather, a mayor by her office, and `wase ethi:` (and then said) with the subject left out.
const ELDERS =
  'Abantu baseMbalenhle bathi umgwaqo uyingozi.\n\n' +
  'UNkk Zanele Mkhize, ugogo oneminyaka engu-70, uthe izingane ziwela emigodini. “Sikhathele ukulinda,” kusho uGogo Mkhize.\n\n' +
  'UMnu Bheki Zulu, oneminyaka engu-80, uthe naye uyakhathazeka. “Ngihamba ngodondolo kulo mgwaqo,” kusho uMkhulu Zulu.\n\n' +
  'UNkk Lindiwe Shezi, iMeya kamasipala, ufike sekwephuzile. Uxolise kubantu, wase ethi: “Ngiyaxolisa kakhulu.”\n\n' +
  '“Ngizobuya ngeviki elizayo,” kusho iMeya.\n\n' +
  '“Sizobona ukuthi bazobuya yini,” kusho ugogo owayehlezi ngemuva.';

const NEIGHBOURS =
  'UMnu Sipho Ndlovu ufike, wase ethi: “Sikhathele yizithembiso.”\n\n' +
  'Umakhelwane wakhe ufike sekwephuzile, wase ethi: “Asikholwa lutho kulokhu, siyabona nje.”';

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
  ['zu: `kusho uGogo X` (grandmother X) is the woman named X before, Gogo no part of the name', ELDERS, 'Sikhathele ukulinda', 'Zanele Mkhize', ANY],
  ['zu: `kusho uMkhulu X` (grandfather X) is the man named X before, Mkhulu no part of the name', ELDERS, 'Ngihamba ngodondolo', 'Bheki Zulu', ANY],
  ['zu: `Uxolise kubantu, wase ethi:` (she apologised, and then said) is the woman the sentence before brings in', ELDERS, 'Ngiyaxolisa kakhulu', 'Lindiwe Shezi', ANY],
  ['zu: `kusho iMeya` (said the Mayor, capitalised after its prefix) is the mayor named before', ELDERS, 'Ngizobuya ngeviki', 'Lindiwe Shezi', ANY],
  ['zu: `kusho ugogo owayehlezi ngemuva` (a grandmother sitting at the back, lower case) is someone described, no name', ELDERS, 'Sizobona ukuthi', DESCRIBED, null],
  ['zu: counter-case: a named subject before `wase ethi:` (`UMnu X Y ufike`) is X Y, no verb read as its subject', NEIGHBOURS, 'Sikhathele yizithembiso', 'Sipho Ndlovu', ANY],
  ['zu: `Umakhelwane wakhe …, wase ethi:` (his neighbour) opens with a noun, not a verb: not the man before', NEIGHBOURS, 'Asikholwa lutho', UNNAMED, null],
];

kindTable('isiZulu tags, class prefixes on names, and unnamed speakers', ROWS);
