// Guarani (Latin script, lang/gn.ts): invented articles of my own about a health post opening in a small town and a
// football club's new pitch, read whole by the quotes stage, with counter-cases (a ministry, someone unnamed, he or she
// after someone unnamed) and Spanish tags beside the Guarani reader.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const HEALTH_POST =
  'Tava Yvyrapytãme oñembojuruja peteĩ puesto de salud pyahu. Tapichakuéra oha\'arõ kóva heta ary.\n\n' +
  'Dra. Rosalía Giménez Ayala oñe\'ẽ ñandéve pohanoha rehe. Giménez he\'i: “Ko\'ág̃a ñande rapicha ndoguatamo\'ãi mombyry.”\n\n' +
  '“Roguereko pohã heta ko jasýpe”, he\'i Giménez.\n\n' +
  '“Ñaikotevẽ ambulancia pyahu”, he\'i Aníbal Vera Ayala, táva ruvicha.\n\n' +
  'Ha\'e he\'i: “Ko puesto opavavépe guarã.”\n\n' +
  'Ministerio de Salud he\'i: “Ñamondóta pohã jasy oúvape.”\n\n' +
  'Peteĩ kuña oha\'arõva pohano he\'i: “Ko\'ág̃a ndahasyvéima.”\n\n' +
  'Peteĩ mbo\'ehára, ndoipotáiva ojekuaa héra, oguahẽ pyharevete guive. “Che aha\'arõ ko ára ary heta”, he\'i ñandéve.';

const PITCH =
  'Club Sportivo Arroyo Porã oinaugura kokue pyahu arapokõindy ohasa va\'ekuépe.\n\n' +
  '“Ko kokue ha\'e mitãnguéra mba\'e”, heʼi Nilda Ramírez Ojeda, club presidenta.\n\n' +
  '“Roñembosako\'i ary pukukue”, he’i Ramírez, “ha ko\'ág̃a ñande mitãnguéra oñembosarái kokue porãme ha ndohói mombyry.”\n\n' +
  'Ramírez ohechauka avei peteĩ kuatia. Ha\'e omombe\'u: “Ore rorekóta torneo jasy oúvape.”\n\n' +
  '“Ñande ñemuha ha\'e ñande rekove”, ombohovái Julio Zárate Giménez, tesorero.\n\n' +
  '“Jajeroviáta ñande rapichakuérare”, he\'i Ramírez.\n\n' +
  '“Ndaipóri pirapire”, he\'i pe tesorero.\n\n' +
  '“Ko club ha\'e ñane mba\'e”, he\'i peteĩ karia\'y.\n\n' +
  'Oñemoherakuã ñe\'ẽmondo “Ñane kokue, ñane rekove” táva rapére.';

/** `he'i X`, `X he'i:`, `he'i` in each spelling of its glottal stop, `ombohovái X`, `Ha'e … :` before a quote. */
const GUARANI_ROWS: KindCase[] = [
  ['gn: `X he\'i: “…”` is the full name given before', HEALTH_POST, 'Ko\'ág̃a ñande rapicha', 'Rosalía Giménez Ayala', ANY],
  ['gn: `”, he\'i X.` is the full name given before', HEALTH_POST, 'Roguereko pohã', 'Rosalía Giménez Ayala', ANY],
  ['gn: `”, he\'i X Y, <who he is>.` is X Y', HEALTH_POST, 'Ñaikotevẽ ambulancia', 'Aníbal Vera Ayala', ANY],
  ['gn: `Ha\'e he\'i: “…”` is the person just named', HEALTH_POST, 'Ko puesto opavavépe', 'Aníbal Vera Ayala', ANY],
  ['gn: `”, heʼi X Y,` with the modifier-letter apostrophe is X Y', PITCH, 'Ko kokue ha\'e', 'Nilda Ramírez Ojeda', ANY],
  ['gn: `”, he’i X, “…”` with the curly apostrophe, the quote going on after the tag', PITCH, 'Roñembosako\'i ary', 'Nilda Ramírez Ojeda', ANY],
  ['gn: `Ha\'e omombe\'u: “…”` (he or she, another verb) is the person just named', PITCH, 'Ore rorekóta torneo', 'Nilda Ramírez Ojeda', ANY],
  ['gn: `”, ombohovái X Y, <who he is>.` (answered) is X Y', PITCH, 'Ñande ñemuha', 'Julio Zárate Giménez', ANY],
  ['gn: `”, he\'i pe tesorero.` (the treasurer) is the one the text gave that office', PITCH, 'Ndaipóri pirapire', 'Julio Zárate Giménez', ANY],
];

/** Counter-cases: a ministry, a woman and a teacher left unnamed, a young man, a banner's words: no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['gn: `Ministerio … he\'i: “…”` is a body, no person', HEALTH_POST, 'Ñamondóta pohã', UNNAMED, ANY],
  ['gn: `Peteĩ kuña … he\'i: “…”` is someone described', HEALTH_POST, 'Ko\'ág̃a ndahasyvéima', DESCRIBED, ANY],
  ['gn: `”, he\'i ñandéve.` after an unnamed teacher is no one named', HEALTH_POST, 'Che aha\'arõ', UNNAMED, ANY],
  ['gn: `”, he\'i peteĩ karia\'y.` (a young man) is someone unnamed', PITCH, 'Ko club', UNNAMED, ANY],
];

/** Spanish tags read as before beside the Guarani reader, whose frames mix in Spanish words. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['es: `», dijo X Y.` is still X Y', '«No hay agua en el pueblo», dijo Carmen Duarte, vecina de Itá.', 'No hay agua', 'Carmen Duarte', ANY],
  ['es: `X afirmó: «…»` is still X', 'Raúl Duarte Soto afirmó: «La cosecha será buena.»', 'La cosecha será', 'Raúl Duarte Soto', ANY],
];

kindTable('Guarani tags after and before the quote', GUARANI_ROWS);
kindTable('Guarani counter-cases', COUNTER_ROWS);
kindTable('Spanish beside the Guarani reader', NEIGHBOUR_ROWS);
