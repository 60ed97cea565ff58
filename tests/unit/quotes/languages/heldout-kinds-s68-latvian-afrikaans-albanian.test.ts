// Kinds the sixty-eighth and sixty-ninth held-out sets showed in Albanian and Latvian copy, each in fresh sentences of my
// own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const CLITIC_BEFORE_COLON =
  'Arta Hoxha jeton në qytet prej tridhjetë vjetësh. Ajo i tha: „Uji vjen vetëm dy orë në ditë, dhe kjo nuk mjafton.“';
const CLITIC_BEFORE_VERB_AFTER =
  'Besnik Lika punon në port prej vitesh. „Anijet vijnë gjithmonë me vonesë dhe askush nuk na paguan“, na tha ai.';
const GENITIVE_LINK_NOT_CLITIC =
  'Shkolla u mbyll për tri ditë. Drejtori i shkollës, Arben Mema, tha: „Nuk kemi ngrohje dhe fëmijët nuk mund të rrinë në klasë.“';

/** `Ajo i tha: „…“`: an Albanian object clitic before the verb is whom the words were said to (lang/sq.ts). */
kindTable('Albanian: an object clitic before the reporting verb', [
  ['sq: `Ajo i tha:` is the woman the sentence before introduces', CLITIC_BEFORE_COLON, 'Uji vjen', 'Arta Hoxha', ANY],
  ['sq: `„…“, na tha ai.` is the man the sentence before introduces', CLITIC_BEFORE_VERB_AFTER, 'Anijet vijnë', 'Besnik Lika', ANY],
  ['counter-case sq: `Drejtori i shkollës, X,` keeps its genitive link `i` in the role', GENITIVE_LINK_NOT_CLITIC, 'Nuk kemi ngrohje', 'Arben Mema', 'drejtori i shkollës'],
]);

const AS_VERB_ROLE_NAME =
  'Pilsētā trūkst ārstu. Kā norāda veselības ekonomists Raimonds Kļaviņš: „Bez jauniem ārstiem slimnīca nevarēs strādāt visu diennakti.”';
const AS_VERB_NAME =
  'Pilsētā trūkst ārstu. Kā uzsver Ilga Krūmiņa: „Bez jauniem ārstiem slimnīca nevarēs strādāt visu diennakti.”';
const AS_VERB_NO_NAME =
  'Pilsētā trūkst ārstu. Kā norāda pašvaldības dati: „Bez jauniem ārstiem slimnīca nevarēs strādāt visu diennakti.”';

/** `Kā norāda eksperts X Y: „…”`: "as" and the verb before the person (lang/as-verb-name-colon.ts). */
kindTable('Latvian: "as X points out:" before a quote', [
  ['lv: `Kā norāda ekonomists X Y:` is X Y, the economist', AS_VERB_ROLE_NAME, 'Bez jauniem', 'Raimonds Kļaviņš', 'ekonomists'],
  ['lv: `Kā uzsver X Y:` is X Y', AS_VERB_NAME, 'Bez jauniem', 'Ilga Krūmiņa', ANY],
  ['counter-case lv: `Kā norāda pašvaldības dati:` names no one', AS_VERB_NO_NAME, 'Bez jauniem', UNNAMED, ANY],
]);

const QUOTED_LISTENER_SQ =
  'Në fshat ka shumë pleq. Mira Gashi, 70 vjeçe, jeton pranë lumit. Ajo i tha „Gazetës së Jugut“: „Rruga na mbyllet çdo dimër dhe nuk kemi asnjë ndihmë nga bashkia.“';
const QUOTED_LISTENER_LV =
  'Jānis Ozols dzīvo netālu no stacijas. Viņš teica „Kurzemes Balsij”: „Mēs cīnīsimies par katru maršrutu, jo citas izejas nav.”';
const QUOTED_WRITER_LV =
  'Jānis Ozols dzīvo netālu no stacijas. Tā raksta „Kurzemes Balss”: „Mēs cīnīsimies par katru maršrutu, jo citas izejas nav.”';

/** `Ajo i tha „Outlet“: „…“`, `Viņš teica „Outlet”: „…”`: the outlet spoken to, in marks, before the colon (named-before-colon.ts, lang/adjacent.ts). */
kindTable('A quoted outlet spoken to between the verb and the colon', [
  ['sq: `Ajo i tha „Gazetës…“:` is the woman introduced before', QUOTED_LISTENER_SQ, 'Rruga na mbyllet', 'Mira Gashi', ANY],
  ['lv: `Viņš teica „Kurzemes Balsij”:` is the man introduced before', QUOTED_LISTENER_LV, 'Mēs cīnīsimies', 'Jānis Ozols', ANY],
  ['counter-case lv: `Tā raksta „Avīze”:` (thus writes the paper) names no one', QUOTED_WRITER_LV, 'Mēs cīnīsimies', UNNAMED, ANY],
]);

const AGED_ANAPHOR_AF =
  'Die tweede getuie, Johan Pieterse (52), ’n voormalige bestuurder by die hawe, het in die hof getuig.\n\n' +
  'Onder kruisondervraging het Pieterse erken dat hy die dokumente nie gelees het nie. “Ek het net geteken waar hulle gewys het,” het die 52-jarige geantwoord.';
const AGED_NOBODY_AF =
  'Die boer Koos Nel (60) het ook gepraat. Sy buurman, Piet Nel, het iets gesê. “Ons het niks gesien nie,” het die 35-jarige gesê.';

/** `,” het die 52-jarige geantwoord.`: the age points to the person the text gave it (lang/af.ts). */
kindTable('Afrikaans: "die N-jarige" after a quote is the person given that age', [
  ['af: `het die 52-jarige geantwoord` is X (52)', AGED_ANAPHOR_AF, 'Ek het net geteken', 'Johan Pieterse', ANY],
  ['counter-case af: an age nobody was given stays as written', AGED_NOBODY_AF, 'Ons het niks', DESCRIBED, ANY],
]);

describe('A quoted outlet before a colon and a quotation', () => {
  it('sq: the outlet in marks before the colon is no quote of its own', () => {
    expect(findQuotes(QUOTED_LISTENER_SQ).map((quote) => quote.text)).not.toContain('Gazetës së Jugut');
  });
});
