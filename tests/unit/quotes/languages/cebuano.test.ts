// Cebuano (lang/ceb.ts): tags after a quote (`matud ni X`, `sumala ni X`, `miingon si X`, `matud niya`, `siya miingon`,
// `pahayag sa <office>`) and before one (`Si X midugang:`, `Si X, <role>, miingon:`, `Sumala ni X, <role>, “…”`, `Miingon si
// X:`, `Siya miingon:`), each in short paragraphs of my own about invented people, with counter-cases: a body after `sa`,
// someone unnamed (`usa ka …`), a tag naming someone else than the person quoted before.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const PORT =
  'Nagsugod na usab ang biyahe sa mga pumpboat sa pantalan sa Dapdap human sa bagyo.\n\n' +
  '“Tulo ka adlaw mi nga walay kita,” matud ni Rodrigo Alcantara, usa ka operator sa pumpboat.\n\n' +
  '“Karon, okay na ang dagat,” matud niya.\n\n' +
  '“Dili gyud mi makabiyahe kung kusog ang balod,” miingon si Merlinda Sabalo, “delikado kaayo.”\n\n' +
  'Si Alcantara midugang: “Nagpaabot mi og tabang gikan sa lungsod.”\n\n' +
  '“Luwas ang tanang pasahero karon,” matud sa kapulisan.';

const MARKET =
  'Misaka na usab ang presyo sa isda sa merkado sa Dapdap.\n\n' +
  'Si Josefina Dumlao, tindera sa isda, miingon: “Kinahanglan mi mopataas kay mahal ang krudo.”\n\n' +
  'Si Gng. Lourdes Pepito, tindera sa utanon, miingon: “Mibaba ang presyo sa kamatis.”\n\n' +
  'Sumala ni Dr. Arnel Tabanao, ang hepe sa health office, “luwas kaonon ang isda sa merkado.”\n\n' +
  '“Kapila na namo gireklamo kini,” matud sa usa ka mamalitay nga dili gustong magpaila.\n\n' +
  'Miingon si Mayor Nestor Baguio: “Among tan-awon ang presyo matag semana.”\n\n' +
  '“Dili kita motugot nga magutman ang katawhan,” pahayag sa mayor.';

const SCHOOL =
  'Gipasabot ni Dr. Celia Omandam, ang prinsipal sa eskwelahan, nga mobalik na ang klase sa Lunes.\n\n' +
  '“Andam na ang mga klasrom,” siya miingon.\n\n' +
  'Siya miingon: “Salamat sa mga ginikanan nga mitabang.”\n\n' +
  '“Dili mi mohunong sa pagtabang,” dugang ni Pedro Lagura, usa ka ginikanan.';

const ROWS: KindCase[] = [
  ['ceb: `“…,” matud ni X, <role>.` is X with the role after the name', PORT, 'Tulo ka adlaw', 'Rodrigo Alcantara', 'operator'],
  ['ceb: `matud niya` (his words) is the person just quoted', PORT, 'Karon, okay na', 'Rodrigo Alcantara', ANY],
  ['ceb: `miingon si X` (said X) after another speaker is X, not him', PORT, 'Dili gyud mi makabiyahe', 'Merlinda Sabalo', null],
  ['ceb: a split quote `“…,” miingon si X, “…”` is hers both parts', PORT, 'delikado kaayo', 'Merlinda Sabalo', null],
  ['ceb: `Si X midugang:` (X added) is X, `Si` no part of the name', PORT, 'Nagpaabot mi', 'Rodrigo Alcantara', ANY],
  ['ceb: counter-case: `matud sa kapulisan` (the police) names no person', PORT, 'Luwas ang tanang', UNNAMED, null],
  ['ceb: `Si X, <role>, miingon:` is X, a fish vendor', MARKET, 'Kinahanglan mi mopataas', 'Josefina Dumlao', 'tindera'],
  ['ceb: `Si Gng. X, <role>, miingon:` is X, Mrs no part of the name', MARKET, 'Mibaba ang presyo', 'Lourdes Pepito', 'tindera'],
  ['ceb: `Sumala ni Dr. X, ang <role>, “…”` (according to X) is X, the role’s article off', MARKET, 'luwas kaonon', 'Arnel Tabanao', 'hepe'],
  ['ceb: `matud sa usa ka mamalitay …` (a buyer) is someone unnamed', MARKET, 'Kapila na namo', DESCRIBED, null],
  ['ceb: `Miingon si Mayor X:` is X, the office his role', MARKET, 'Among tan-awon', 'Nestor Baguio', 'Mayor'],
  ['ceb: `pahayag sa mayor` (the mayor’s statement) is the mayor named before', MARKET, 'Dili kita motugot', 'Nestor Baguio', ANY],
  ['ceb: `siya miingon` after `Gipasabot ni X nga …` is X', SCHOOL, 'Andam na ang mga', 'Celia Omandam', ANY],
  ['ceb: `Siya miingon:` (she said) is the person just quoted', SCHOOL, 'Salamat sa mga', 'Celia Omandam', ANY],
  ['ceb: `dugang ni X, <role>` (X added) is X, not the principal quoted before', SCHOOL, 'Dili mi mohunong', 'Pedro Lagura', 'ginikanan'],
];

kindTable('Cebuano tags, the markers of a person, and unnamed speakers', ROWS);
