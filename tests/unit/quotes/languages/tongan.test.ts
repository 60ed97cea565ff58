// Tongan (lang/to.ts): tags after a quote (`ko e lau ia ʻa X`, `ko e lau ia ʻa e <office>`, `ko ʻene lau ia`, `naʻe pehē ʻe X`)
// and before one (`Naʻe pehē ʻe X:`, `Naʻá ne pehē:`, `Ko ha <noun> …, naʻá ne pehē:`, `Naʻe fakamālō ʻa X …`), in short
// paragraphs of my own about invented people, with the ʻokina inside names, and counter-cases: a body, someone unnamed.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WHARF =
  'Naʻe fakaava ʻi he uike kuo ʻosi ʻa e uafu foʻou ʻi Haʻakili.\n\n' +
  '“Ko e ʻaho fiefia eni ki he kakai kotoa ʻo e motu,” ko e lau ia ʻa e Sea ʻo e Komiti Uafu, Pita Lolohea.\n\n' +
  'Naʻe pehē ʻe Lolohea: “Te mau lava he taimí ni ʻo ʻave ʻemau ika ki he maketi.”\n\n' +
  '“Naʻe fuoloa ʻemau tatali,” naʻe pehē ʻe Lolohea, “ka kuo aʻu mai.”\n\n' +
  '“ʻOku mau fakamālō ki he kāinga ʻi muli,” ko e lau ia ʻa Salote Vaiʻola.';

const SCHOOL =
  'Naʻe fakamatala ʻe Dr. Lose Manu, ko e pule ʻo e ʻapiako, ʻa e palani foʻou.\n\n' +
  '“Te mau langa ha loki ako ʻe tolu,” ko e lau ia ʻa e pule.\n\n' +
  '“ʻOku ʻikai ha paʻanga ke fakaleleiʻi ai ʻa e hala,” ko e lau ia ʻa e Puleʻanga.\n\n' +
  'Naʻe pehē ʻe Siaosi Haviliʻahau: “Kuo mau fiefia ʻi he ngāue ʻa e kakai.”';

const MARKET =
  'Ko ha fefine fakatau ʻi he maketi naʻe ʻikai ke loto ke fakahā hono hingoa, naʻá ne pehē naʻe mamafa ʻa e totongi.\n\n' +
  '“Kuo ʻikai ke u lava ʻo totongi ʻa e feituʻu,” ko ʻene lau ia.\n\n' +
  'Ko ha tangata faʻu vaka naʻá ne pehē: “ʻOku lelei ʻa e ʻakau he taʻu ni.”\n\n' +
  'Naʻe fakamālō ʻa Sēmisi ʻAhoʻia ki he kau ngāue naʻa nau tokoni mai. “Ko e ngāue fakataha eni ʻa e kolo,” ko ʻene lau ia.\n\n' +
  '“ʻE lava ke tau toe langa,” ko e lau ia ʻa Hon. Semisi Fakatava, ko e Minisitā Ngāue.';

const PREACHER =
  'Naʻe malanga ʻi he Sāpate ʻa Faifekau Uili Moala. Naʻá ne pehē: “Ko e ʻofa ko e kamataʻanga ia ʻo e meʻa kotoa.”\n\n' +
  '“Tau tokoni ki he masiva,” ko e lau ia ʻa Moala.\n\n' +
  'Naʻe pehē ʻe he kōmiti: “ʻE kamata ʻa e ngāue ʻi Sānuali.”';

const ROWS: KindCase[] = [
  ['to: `ko e lau ia ʻa e <role>, X.` is X, the groups before the name her role', WHARF, 'Ko e ʻaho fiefia', 'Pita Lolohea', 'Sea'],
  ['to: `Naʻe pehē ʻe X:` (said X) before a quote is X', WHARF, 'Te mau lava', 'Pita Lolohea', ANY],
  ['to: `naʻe pehē ʻe X,` splitting a quote is X in the first part', WHARF, 'Naʻe fuoloa', 'Pita Lolohea', ANY],
  ['to: `naʻe pehē ʻe X,` splitting a quote is X in the second part', WHARF, 'ka kuo aʻu mai', 'Pita Lolohea', ANY],
  ['to: `ko e lau ia ʻa X` keeps the ʻokina inside the name', WHARF, 'ʻOku mau fakamālō', 'Salote Vaiʻola', null],
  ['to: `ko e lau ia ʻa e <office>` is the one the text gave that office', SCHOOL, 'Te mau langa', 'Lose Manu', ANY],
  ['to: counter-case: `ko e lau ia ʻa e Puleʻanga` is the government, no person', SCHOOL, 'ʻOku ʻikai ha paʻanga', UNNAMED, null],
  ['to: `Naʻe pehē ʻe X:` with the ʻokina inside the family name is X', SCHOOL, 'Kuo mau fiefia', 'Siaosi Haviliʻahau', null],
  ['to: counter-case: `ko ʻene lau ia` after someone who gave no name stays unnamed', MARKET, 'Kuo ʻikai ke u lava', UNNAMED, null],
  ['to: `Ko ha <noun> … naʻá ne pehē:` is someone unnamed, described', MARKET, 'ʻOku lelei ʻa e ʻakau', DESCRIBED, null],
  ['to: `Naʻe fakamālō ʻa X …` (X thanked) then `ko ʻene lau ia` is X', MARKET, 'Ko e ngāue fakataha', 'Sēmisi ʻAhoʻia', null],
  ['to: `ko e lau ia ʻa Hon. X, ko e <role>` is X, the title and the group after `ko e` her role', MARKET, 'ʻE lava ke tau', 'Semisi Fakatava', 'Minisitā'],
  ['to: `Naʻá ne pehē:` (he said) is the person the sentence before brought in', PREACHER, 'Ko e ʻofa', 'Uili Moala', ANY],
  ['to: `ko e lau ia ʻa X` after a title’s mention is X', PREACHER, 'Tau tokoni', 'Uili Moala', ANY],
  ['to: counter-case: `Naʻe pehē ʻe he kōmiti:` is a committee, no person', PREACHER, 'ʻE kamata', UNNAMED, null],
];

// (A title before a name, `Faifekau X`, is kept in the name the text resolves to until names.ts's TITLES knows it.)
kindTable('Tongan tags, the ʻokina in names, and unnamed speakers', ROWS);
