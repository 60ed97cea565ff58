// Kinds the sixty-ninth (and sixty-eighth) held-out sets showed in Latvian, Afrikaans, Albanian and Galician copy, each in
// fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const TRADE_OPENING_LOWER_LATER =
  'Jaunie noteikumi stāsies spēkā maijā.\n\n' +
  'Zvejniece Anna Kalniņa (64) no Salacgrīvas katru rītu iziet jūrā. „Ar tādām kvotām nevar izdzīvot, mēs strādājam zaudējumos,” viņa saka.\n\n' +
  '„Jūra ir vienīgais, ko es protu,” piebilst zvejniece.';
const GIVEN_NAME_OPENING =
  'Jaunie noteikumi stāsies spēkā maijā.\n\n' +
  'Violetta Anna Kalniņa (64) no Salacgrīvas katru rītu iziet jūrā. „Ar tādām kvotām nevar izdzīvot, mēs strādājam zaudējumos,” viņa saka.\n\n' +
  '„Jūra ir vienīgais, ko es protu,” piebilst viņa.';

/** `Zvejniece X Y (64) …` and later `piebilst zvejniece`: a trade the text also writes in lower case is no first name (common-noun-opening.ts). */
/** A given name that is also a common noun, written in lower case only outside any quote's tag. */
const VIRTUE_NAME_OPENING = 'Charity Wanjiru Kamau runs the school kitchen for a local charity. "We will keep feeding the children," she said.';

kindTable('A capitalised trade opening the sentence before a full name, written in lower case elsewhere', [
  ['counter-case en: `Charity Wanjiru Kamau` beside `a local charity` keeps her given name', VIRTUE_NAME_OPENING, 'We will keep feeding', 'Charity Wanjiru Kamau', ANY],
  ['lv: `Zvejniece X Y` with `zvejniece` later is X Y', TRADE_OPENING_LOWER_LATER, 'Ar tādām kvotām', 'Anna Kalniņa', ANY],
  ['lv: the later `piebilst zvejniece` is X Y too', TRADE_OPENING_LOWER_LATER, 'Jūra ir vienīgais', 'Anna Kalniņa', ANY],
  ['counter-case lv: a given name the text never writes in lower case stays', GIVEN_NAME_OPENING, 'Ar tādām kvotām', 'Violetta Anna Kalniņa', ANY],
]);

const OUTLET_IN_MARKS_BEFORE_VERB =
  'Skola tiks slēgta jūnijā.\n\n' +
  'Kā uzsver izglītības eksperte Ieva Liepa: „Mazās skolas ir ciemata sirds.” Viņa iesaka apvienot klases.\n\n' +
  '„Ja skolu slēgs, man būs jābrauc uz pilsētu katru dienu,” „Kurzemes Vārdam” pastāstīja 15 gadus vecais Roberts Kalns no Dzirnavu ciema.';
const BODY_IN_MARKS_INSIDE_ROLE =
  'Skola tiks slēgta jūnijā.\n\n' +
  'Kā uzsver izglītības eksperte Ieva Liepa: „Mazās skolas ir ciemata sirds.” Viņa iesaka apvienot klases.\n\n' +
  '„Cenas pieaugs par desmit procentiem,” sacīja „Dzirnavu Ūdens” valdes loceklis Jānis Krūmiņš.';

/** `„…,” „Avīzei” pastāstīja X`: the outlet spoken to, in marks of its own, opens the tag before its verb (lang/adjacent.ts). */
kindTable('An outlet in quotation marks between the quote and its verb', [
  ['lv: `„…,” „Paper” pastāstīja 15 gadus vecais X Y` is X Y, not the expert quoted before', OUTLET_IN_MARKS_BEFORE_VERB, 'Ja skolu slēgs', 'Roberts Kalns', ANY],
  ['counter-case lv: a body in marks inside the role after the verb is still read as before', BODY_IN_MARKS_INSIDE_ROLE, 'Cenas pieaugs', 'Jānis Krūmiņš', ANY],
]);

const TOLD_HOW_CLAUSE =
  'Die hofsaak duur voort.\n\n' +
  'Die eerste getuie, Maria Botha (52), ’n voormalige boekhouer by die firma, het vertel hoe sy in 2019 gedreig is.\n\n' +
  '“Hulle het gesê ek sal my werk verloor. Ek was bang.';
const TOLD_THAT_CLAUSE =
  'Die hofsaak duur voort.\n\n' +
  'Die eerste getuie, Maria Botha (52), ’n voormalige boekhouer by die firma, het vertel dat sy in 2019 gedreig is.\n\n' +
  '“Hulle het gesê ek sal my werk verloor. Ek was bang.';
const TOLD_HOW_UNNAMED =
  'Die hofsaak duur voort.\n\n' +
  '’n Getuie wat nie genoem wil word nie, het vertel hoe sy in 2019 gedreig is.\n\n' +
  '“Hulle het gesê ek sal my werk verloor. Ek was bang.';
const TOLD_HOW_OWN_TAG =
  'Die hofsaak duur voort.\n\n' +
  'Die eerste getuie, Maria Botha (52), het vertel hoe sy in 2019 gedreig is. “Hulle het gesê ek sal my werk verloor,” sê die boer Koos Nel later.';

/** `X het vertel hoe sy …` before a quote: the clause word after the verb opens what is told, not who tells it (lang/af.ts). */
kindTable('Afrikaans "het vertel hoe/dat …" introducing the next quote', [
  ['af: `X, …, het vertel hoe sy …` then a quote is X', TOLD_HOW_CLAUSE, 'Hulle het gesê', 'Maria Botha', ANY],
  ['af: `het vertel dat sy …` the same', TOLD_THAT_CLAUSE, 'Hulle het gesê', 'Maria Botha', ANY],
  ['counter-case af: someone unnamed who told it leaves the quote unnamed, never `hoe sy`', TOLD_HOW_UNNAMED, 'Hulle het gesê', UNNAMED, ANY],
  ['counter-case af: the quote’s own tag still wins', TOLD_HOW_OWN_TAG, 'Hulle het gesê', 'Koos Nel', ANY],
]);

const GALICIAN_TO_OUTLET =
  'O concello pechou a escola.\n\n' +
  'A directora do centro, María Xosé Bouzas, limitouse a dicir que acatará «o que diga a lei». «Nós queriamos manter a escola aberta, pero non depende de nós», declarou Bouzas a Radio Miño.';
const GALICIAN_ARTICLE_BEFORE_ROLE =
  'O concello pechou a escola.\n\n' +
  '«Nós queriamos manter a escola aberta, pero non depende de nós», declarou a conselleira Uxía Pereiro a Radio Miño.';

/** `», declarou X a Radio Y.`: Galician `a` ("to") between the name and a capitalised listener ends the name (lang/pt.ts). */
kindTable('Galician "a" (to) before the outlet spoken to, after the name', [
  ['gl: `declarou X a Radio Y` is X, after a fragment quoted in the sentence before', GALICIAN_TO_OUTLET, 'Nós queriamos', 'María Xosé Bouzas', ANY],
  ['counter-case gl: `a` as the article before a role stays the article', GALICIAN_ARTICLE_BEFORE_ROLE, 'Nós queriamos', 'Uxía Pereiro', 'conselleira'],
]);

const ALBANIAN_DEFINITE_TRADE =
  'Rruga u mbyll për tre ditë.\n\n' +
  'Në fshatrat përreth situata është më e rëndë. Mira Leka, 71 vjeçe, jeton vetëm në një shtëpi të vjetër. Ajo i tha gazetës: „Nuk kam dalë nga shtëpia prej një jave.“\n\n' +
  '„Me këtë rrugë të mbyllur, as ilaçet nuk më vijnë“, thotë pensionistja.';
const ALBANIAN_DEFINITE_OFFICE_OF_ANOTHER =
  'Rruga u mbyll për tre ditë.\n\n' +
  'Besnik Hoxha, kryetari i bashkisë, tha: „Punimet do të mbarojnë shpejt.“\n\n' +
  'Mira Leka, 71 vjeçe, jeton vetëm. Ajo i tha gazetës: „Nuk kam dalë nga shtëpia prej një jave.“\n\n' +
  '„Punimet do të mbarojnë brenda muajit“, shtoi kryetari.';

/** `», thotë pensionistja.`: an Albanian role noun with its suffixed article stands for the person last named (lang/sq.ts). */
kindTable('Albanian: a definite trade noun after the verb points back', [
  ['sq: `thotë pensionistja` after X was quoted is X', ALBANIAN_DEFINITE_TRADE, 'Me këtë rrugë', 'Mira Leka', ANY],
  ['counter-case sq: `shtoi kryetari` is the one given that office, not the one quoted last', ALBANIAN_DEFINITE_OFFICE_OF_ANOTHER, 'Punimet do të mbarojnë brenda', 'Besnik Hoxha', ANY],
]);
