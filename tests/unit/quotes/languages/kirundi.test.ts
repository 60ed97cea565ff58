// Kirundi (lang/rn.ts): `X yavuze` / `X avuga` / `X yongeyeko` / `X yashoje` after a quote, `ni ko yavuze` (so he said)
// for the person just quoted, `uwo muyobozi yongeyeko` (that official added) for the office named before, `X yagize ati:`
// before one; each in short paragraphs of my own about invented people, with counter-cases: a body, someone unnamed,
// and a Swahili tag the reader leaves alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Ku isoko rya Muramba, abacuruzi b’ibitoke barinubira igiciro.\n\n' +
  'Aline Ndikumana, w’imyaka 38, acuruza ibitoke kuri iryo soko. «Abaguzi ni bake cane. Ibitoke biraborera mu maboko yacu,» ni ko yavuze.\n\n' +
  '«Mu kwezi guheze,» Ndikumana avuga, «nagurishije imitumba mikeya gusa.»\n\n' +
  '«Turasaba ko amakori yogabanuka,» Ndikumana yashoje.\n\n' +
  '«Isoko rizosanurwa umwaka uza,» Komine Muramba yavuze.';

const SCHOOL =
  'Amashure yo mu ntara ya Rugari abuze abigisha.\n\n' +
  'Umuyobozi w’ishure rya Gisoro, Pacifique Ndayishimiye, yemeje ko abana barenga 90 bicara mu cumba kimwe. «Ntidushobora kwigisha neza abana benshi gutyo,» Ndayishimiye yavuze.\n\n' +
  '«Twasavye abigisha bashasha kuva mu mwaka uheze,» uwo muyobozi yongeyeko.\n\n' +
  'Dr Odette Nshimirimana, umuganga w’abana, yagize ati: «Abana bafise inzara ntibashobora kwiga.»\n\n' +
  'Umuvyeyi umwe, atashatse ko izina ryiwe ritangazwa, yagize ati: «Turiha amafaranga, ariko abana ntibiga.»';

const FARM =
  'Abarimyi b’umuceri bo mu kibaya ca Rusizi barataka.\n\n' +
  'Padiri Didace Ntirampeba, uhagarariye koperative y’abarimyi, yavuze ati: «Amazi yaratwaye imirima yacu yose.»\n\n' +
  '«Tuzosubira gutera igihe imvura izohagarara,» Ntirampeba yongeyeko.\n\n' +
  '«Dufise imbuto zihagije ku barimyi bose,» Ministeri y’uburimyi yavuze.';

/** A Swahili paragraph: its `alisema` is Swahili's, not Kirundi's `yavuze`. */
const SWAHILI =
  'Wakulima wa Kigoma walikutana jana.\n\n' +
  '«Mvua imechelewa mwaka huu,» alisema Juma Said Mrisho.';

const ROWS: KindCase[] = [
  ['rn: `ni ko yavuze.` (so she said) after a quote is the woman the paragraph names', MARKET, 'Abaguzi ni bake', 'Aline Ndikumana', ANY],
  ['rn: a split quote `«…,» X avuga, «…»` (X says) is hers', MARKET, 'Mu kwezi guheze', 'Aline Ndikumana', ANY],
  ['rn: the second part of a split quote is hers too', MARKET, 'nagurishije imitumba', 'Aline Ndikumana', ANY],
  ['rn: `X yashoje.` (X concluded) is the woman named in full before', MARKET, 'Turasaba ko amakori', 'Aline Ndikumana', ANY],
  ['rn: counter-case: `Komine X yavuze.` (the commune said) is a body, no person', MARKET, 'Isoko rizosanurwa', UNNAMED, null],
  ['rn: `X yavuze.` after an office and name set off by commas is that man', SCHOOL, 'Ntidushobora kwigisha', 'Pacifique Ndayishimiye', ANY],
  ['rn: `uwo muyobozi yongeyeko.` (that head added) is the head named before', SCHOOL, 'Twasavye abigisha', 'Pacifique Ndayishimiye', ANY],
  ['rn: `Dr X Y, <role>, yagize ati: «…»` is X Y, Dr off the name', SCHOOL, 'Abana bafise inzara', 'Odette Nshimirimana', ANY],
  ['rn: counter-case: `Umuvyeyi umwe, atashatse ko izina ryiwe ritangazwa, yagize ati:` (a parent unnamed) is no name', SCHOOL, 'Turiha amafaranga', UNNAMED, null],
  ['rn: `Padiri X Y, <role>, yavuze ati: «…»` is X Y, the address off', FARM, 'Amazi yaratwaye', 'Didace Ntirampeba', ANY],
  ['rn: `X yongeyeko.` (X added) is the man named in full before', FARM, 'Tuzosubira gutera', 'Didace Ntirampeba', ANY],
  ['rn: counter-case: `Ministeri y’uburimyi yavuze.` (the ministry said) is a body', FARM, 'Dufise imbuto', UNNAMED, null],
  ['rn: counter-case: a Swahili tag `alisema X` is left to the Swahili reader', SWAHILI, 'Mvua imechelewa', 'Juma Said Mrisho', ANY],
];

const MORE =
  'Abavyeyi b’i Kibago bahuriye ku biro vya komine.\n\n' +
  '«Amazi meza ni ayo dukeneye mbere ya vyose,» Clarisse Bukuru avuga.\n\n' +
  '«Tuzohamagara abajejwe amazi,» Bukuru yasiguye.\n\n' +
  '«Twese turashaka amahoro,» abavyeyi bavuze.';

const MORE_ROWS: KindCase[] = [
  ['rn: `X Y avuga.` (X Y says) is X Y', MORE, 'Amazi meza ni ayo', 'Clarisse Bukuru', ANY],
  ['rn: `X yasiguye.` (X explained) is the woman named in full before', MORE, 'Tuzohamagara abajejwe', 'Clarisse Bukuru', ANY],
  ['rn: counter-case: `abavyeyi bavuze` (the parents said) is a group, no one named', MORE, 'Twese turashaka', UNNAMED, null],
];

kindTable('Kirundi speakers', [...ROWS, ...MORE_ROWS]);
