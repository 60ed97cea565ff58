// Samoan (lang/sm.ts): tags after a quote (`o le saunoa lea a X`, `o le tala lea a le <role>, <Title> X`, `o lana tala lea`)
// and before one (`Na saunoa X:`, `Sa faapea mai X:`, `Na tali mai le <office>:`, `Na ia faapea mai:`, `Se <noun> …, fai
// mai:`, `Na faamatala e X, le <role>, …`), in short paragraphs of my own about invented people, with counter-cases: a
// body, someone unnamed, a pronoun after someone who gave no name.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const CLINIC =
  'Na tatalaina i le Aso Gafua le falemai fou i le nuu o Falealupo-uta.\n\n' +
  '“O se aso matagofie lenei mo le nuu atoa,” o le saunoa lea a le taitai o le komiti o le falemai, Pita Tauiliili.\n\n' +
  'Na saunoa foi Tauiliili: “Ua leva ona matou faatalitali mo lenei aso.”\n\n' +
  '“E tatau ona tatou tausia lelei le fale,” o le tala lea a Tauiliili, “ina ia umi lona ola.”\n\n' +
  '“Ua matou fiafia tele i le fesoasoani a aiga i fafo,” o le saunoa lea a Malia Sefo.';

const SCHOOL =
  'Na faamatala e Mele Aukuso, le puleaoga o le aoga a le nuu, le fuafuaga o potu aoga fou. “E tolu potu aoga e fausia i lenei tausaga.”\n\n' +
  'Ina ua fesiligia e uiga i le tupe, na tali mai le puleaoga: “Ua maua le tupe mai le Malo.”\n\n' +
  '“E le mafai ona matou totogia uma mea,” o le tala lea a le Matagaluega o Aoga.\n\n' +
  'Sa faapea mai Sione Leota: “O le aoga o le ala lea i le lumanai o a tatou fanau.”';

const MARKET =
  'Se tasi o tagata faatau i le maketi, na talosaga ia aua nei faailoa lona igoa, fai mai ua taugata tele le faleoloa. “Ou te le iloa pe faapefea ona ou totogia,” na ia fai mai ai.\n\n' +
  'Se tamaitai faifaatoaga mai Savaii, fai mai: “Ua le lava le timu i lenei tausaga.”\n\n' +
  'Na malaga mai Losa Fuimaono mai Apia mo le fonotaga. Na ia faapea mai: “Ua tatou manaomia se maketi fou.”\n\n' +
  '“O le mea moni lea,” o lana tala lea.';

const CHURCH =
  'Na faamanatu e le aulotu le aso fanau o le falesa i le Aso Sa.\n\n' +
  '“Ua faamanuia le Atua i lo tatou nuu,” o le saunoa lea a le Afioga Tuimavave Iosefa Pale.\n\n' +
  '“Ia tatou galulue faatasi,” o le tala lea a le Ekalesia.';

const ROWS: KindCase[] = [
  ['sm: `o le saunoa lea a le <role>, X.` (so spoke X) is X, the group before the name his role', CLINIC, 'O se aso matagofie', 'Pita Tauiliili', 'taitai'],
  ['sm: `Na saunoa foi X:` (X also spoke) before a quote is X', CLINIC, 'Ua leva ona', 'Pita Tauiliili', ANY],
  ['sm: `o le tala lea a X,` splitting a quote is X in the first part', CLINIC, 'E tatau ona', 'Pita Tauiliili', ANY],
  ['sm: `o le tala lea a X,` splitting a quote is X in the second part', CLINIC, 'ina ia umi', 'Pita Tauiliili', ANY],
  ['sm: `o le saunoa lea a X` after another speaker is X', CLINIC, 'Ua matou fiafia', 'Malia Sefo', null],
  ['sm: `Na faamatala e X, le <role>, …` (X explained) then a quote alone is X with the role', SCHOOL, 'E tolu potu', 'Mele Aukuso', 'puleaoga'],
  ['sm: `na tali mai le <office>:` is the one the text gave that office', SCHOOL, 'Ua maua le tupe', 'Mele Aukuso', ANY],
  ['sm: counter-case: `o le tala lea a le Matagaluega …` is a ministry, no person', SCHOOL, 'E le mafai ona', UNNAMED, null],
  ['sm: `Sa faapea mai X:` (X said thus) is X', SCHOOL, 'O le aoga o le ala', 'Sione Leota', null],
  ['sm: counter-case: `na ia fai mai ai` after someone who asked not to be named stays unnamed', MARKET, 'Ou te le iloa', UNNAMED, null],
  ['sm: `Se <noun> …, fai mai:` (a certain …, said) is someone unnamed, described', MARKET, 'Ua le lava le timu', DESCRIBED, null],
  ['sm: `o lana tala lea` (his or her words) is the person the paragraph is about', MARKET, 'O le mea moni', 'Losa Fuimaono', ANY],
  ['sm: `Na ia faapea mai:` (she said thus) is the person the sentence before brought in', MARKET, 'Ua tatou manaomia', 'Losa Fuimaono', ANY],
  ['sm: `o le saunoa lea a le Afioga X` is X, the honorific his role', CHURCH, 'Ua faamanuia', 'Tuimavave Iosefa Pale', 'Afioga'],
  ['sm: counter-case: `o le tala lea a le Ekalesia` is a church body, no person', CHURCH, 'Ia tatou galulue', UNNAMED, null],
];

// (An honorific before a name, `Afioga X`, is kept in the name the text resolves to until names.ts's TITLES knows it.)
kindTable('Samoan tags, honorifics, and unnamed speakers', ROWS);
