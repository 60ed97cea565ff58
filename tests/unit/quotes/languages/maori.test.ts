// Te reo Māori (lang/mi.ts): tags after a quote (`tā X`, `tā te <title> X`, `tāna`, `hei tāna`, `ka kī a X`, `ka kī ia`) and
// before one (`I kī te <role>, a X:`, `Hei tā X, <role>, “…”`, `E ai ki a X, “…”`, `Ko X, <role>, i kī:`), each in short
// paragraphs of my own about invented people, with counter-cases: a body after `tā te`, someone unnamed (`tētahi …`), a
// statement of a council, a sign's words that no one says.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LAKE =
  'I hui te kaunihera ā-rohe ki Waiharakeke i te Rātapu mō te wai o te roto.\n\n' +
  '“Kāore e taea te kaukau i te roto,” tā Wiremu Kātene, “kua paru rawa.”\n\n' +
  'I kī te heamana o te kaunihera, a Aroha Te Rangikaha: “Ka tukuna e mātou he moni hei whakapai i te wai.”\n\n' +
  '“Ka tīmata te mahi ā te marama e haere ake nei,” hei tāna.\n\n' +
  '“Kei te mōhio ahau ki te taumaha o te take nei,” tā Te Rangikaha.\n\n' +
  '“Ka hoki mai anō ahau ā tērā tau,” ka kī a Kātene.';

const HEARING =
  'Ko tētahi koroua nō te kāinga, kāore ia i hiahia kia tāngia tōna ingoa, i kōrero mai: “Kua roa mātou e tatari ana.”\n\n' +
  '“He kōrero noa iho ēnei,” tā tētahi kaiako.\n\n' +
  '“Ka tautoko mātou i te kaupapa,” tā te Kaunihera o Waiharakeke.\n\n' +
  'I whakaputa te kaunihera i tētahi pānui e kī ana: “Ka whakatikaia te wai.”\n\n' +
  'I tuhia ki tētahi tohu: “Tiakina te roto”.';

const SOURCES =
  'Hei tā Mere Tūhoro, he kaitiaki nō te roto, “kua mate ngā tuna katoa.”\n\n' +
  'E ai ki a Hōne Mātenga, “he rā pōuri tēnei mō te hapū.”\n\n' +
  '“Kāore he take o te tatari,” ka kī ia.\n\n' +
  '“Me haere tātou ki te kōti,” tā rātou.';

const SCHOOL =
  'I tae mai te tumuaki, a Rāhera Pōtae, ki te hui. Ko Rāhera Pōtae, te tumuaki o te kura, i kī: “Kua māuiui ā mātou tamariki.”\n\n' +
  '“Kāore e kore ka ora anō te roto,” ka mea a Pōtae, “mēnā ka mahi tahi tātou.”\n\n' +
  '“Ka tū he hui anō ā te wiki e tū mai nei,” tā te tumuaki.\n\n' +
  'Ka whakautu a Tame Herewini, he kaihī ika: “Kua ngaro ā mātou kai.”';

const ROWS: KindCase[] = [
  ['mi: `“…,” tā X, “…”` (X’s words) is X', LAKE, 'Kāore e taea', 'Wiremu Kātene', null],
  ['mi: a split quote `“…,” tā X, “…”` is his both parts', LAKE, 'kua paru rawa', 'Wiremu Kātene', null],
  ['mi: `I kī te heamana …, a X:` is X, the chair’s office her role and `a` no part of the name', LAKE, 'Ka tukuna e mātou', 'Aroha Te Rangikaha', 'heamana'],
  ['mi: `hei tāna` (his or her words) is the person just quoted', LAKE, 'Ka tīmata te mahi', 'Aroha Te Rangikaha', ANY],
  ['mi: `tā Te Rangikaha` keeps `Te` inside the family name', LAKE, 'Kei te mōhio ahau', 'Aroha Te Rangikaha', ANY],
  ['mi: `ka kī a X` (said X) after another speaker is X, not her', LAKE, 'Ka hoki mai anō', 'Wiremu Kātene', ANY],
  ['mi: `Ko tētahi koroua …, kāore ia i hiahia kia tāngia tōna ingoa, i kōrero mai:` is an elder left unnamed', HEARING, 'Kua roa mātou', DESCRIBED, null],
  ['mi: `tā tētahi kaiako` (a certain teacher) is someone unnamed', HEARING, 'He kōrero noa', DESCRIBED, null],
  ['mi: counter-case: `tā te Kaunihera o X` is a council, no person', HEARING, 'Ka tautoko mātou', UNNAMED, null],
  ['mi: counter-case: a council’s statement (`te kaunihera … e kī ana:`) names no one', HEARING, 'Ka whakatikaia', UNNAMED, null],
  ['mi: `Hei tā X, <role>, “…”` (according to X) is X with the role', SOURCES, 'kua mate ngā tuna', 'Mere Tūhoro', 'kaitiaki'],
  ['mi: `E ai ki a X, “…”` (according to X) is X', SOURCES, 'he rā pōuri', 'Hōne Mātenga', null],
  ['mi: `ka kī ia` (he or she said) is the person just quoted', SOURCES, 'Kāore he take', 'Hōne Mātenga', ANY],
  ['mi: counter-case: `tā rātou` (their words) is a group, no one person', SOURCES, 'Me haere tātou', UNNAMED, null],
  ['mi: `Ko X, te tumuaki …, i kī:` (a fronted subject) is X, the principal', SCHOOL, 'Kua māuiui', 'Rāhera Pōtae', ANY],
  ['mi: `ka mea a X` (said X) splitting a quote is X', SCHOOL, 'Kāore e kore', 'Rāhera Pōtae', ANY],
  ['mi: `tā te tumuaki` (the principal’s words) is the principal named before', SCHOOL, 'Ka tū he hui', 'Rāhera Pōtae', ANY],
  ['mi: `Ka whakautu a X, <role>:` (X answered) is X with the role', SCHOOL, 'Kua ngaro', 'Tame Herewini', 'kaihī ika'],
];

kindTable('Te reo Māori tags, the personal article, and unnamed speakers', ROWS);
