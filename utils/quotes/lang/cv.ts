/**
 * Chuvash (Cyrillic script): after a quote `», — терӗ X Y.` (said), `— тет X.` (says), `— пӗлтерчӗ вӑл.` (he or she
 * informed), `— тесе хушса хучӗ X.` (the quotative тесе, a verb, then the subject), `— терӗ ял пуҫлӑхӗ.` (an office, its
 * head possessed: the one the text gave it); before one `<role> X Y ҫапла каларӗ: «…»`, `Вӑл … каласа пачӗ: «…»` and `X
 * шучӗпе, «…»`, `X каланӑ тӑрӑх, «…»` ("according to X"); before a quote standing alone, the full name a plain sentence brings
 * in (`…, 58 ҫулти X Y … пырать.`). Its letters ӑ, ӗ, ӳ are its own among the Cyrillic languages read here.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

const CHUVASH_LETTER = /[ӑӗӳӐӖӲ]/u;
/** Said, says, they said, and verbs of telling that close a tag after a quote (informed, explained, noted, asked, added). */
const SAID =
  '(?:терӗ|тет|тенӗ|терӗҫ|теҫҫӗ|каларӗ|пӗлтерчӗ|ӑнлантарчӗ|палӑртрӗ|ыйтрӗ|хушса\\s+хучӗ|каласа\\s+пачӗ|тесе(?:\\s+\\p{Ll}+){1,2}?)';
/** Verbs closing a sentence before a colon (said, told, informed, explained, noted, asked, added). */
const BEFORE_COLON = '(?:терӗ|тет|каларӗ|калать|каласа\\s+пачӗ|пӗлтерчӗ|ӑнлантарчӗ|палӑртрӗ|ыйтрӗ|хушса\\s+хучӗ|тесе\\s+\\p{Ll}+)';
/** He or she, they. */
const PRONOUN = '(?:вӑл|вӗсем)';
/** A name in the dative-accusative, genitive, ablative or instrumental (`Угаслова`, `Угасловӑн`, `Угасловран`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}(?:ӑн|ӗн|ин|ын|а|е|ӑ|ӗ|на|не|ран|рен|тан|тен|пе|па|шӑн|шӗн)$/u;
/** A feminine family name's ending (`-ова`, `-ева`, `-ина`), its nominative though it ends like a case. */
const FAMILY = /(?:ова|ева|ина|ына|ая|яя)$/u;
/** A family name in the nominative (`-ов`, `-ева`, `-ин`): the mark of a person, no body or place, in a plain sentence. */
const FAMILY_NOMINATIVE = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская)$/u;
/** Lower-case words that say how or where, not who (with, for, about, at, in): an adjunct, no office. */
const ADJUNCT = /(?:пе|па|шӑн|шӗн|ҫинчен|валли|ра|ре|та|те|рен|ран)$/u;

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){0,2}';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+${PRONOUN}(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?]|$)`, 'u'),
  // (`— терӗ пӗр сутуҫӑ.`: пӗр, "a", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(пӗр(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:ҫапла\\s+|ҫакна\\s+)?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  // (`Культура ҫуртӗн ертӳҫи, 58 ҫулти X Y хора ертсе пырать.`: a full name in the nominative, words going on after it.)
  introduced: new RegExp(`(?:^|\\s)(${NAME})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  pronounColon: new RegExp(`^\\s*(?:Вӑл|Анчах\\s+вӑл|Вӗсем)\\s+(?:\\p{L}+\\s+){0,6}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  // (`Угаслов шучӗпе,` "in X's view", `Угаслов каланӑ тӑрӑх,` "by what X said": the name in the nominative.)
  according: new RegExp(`(?:^|[\\s,])(${NAME})\\s+(?:шучӗпе|каланӑ\\s+тӑрӑх|сӑмахӗсемпе|пӗлтернӗ\\s+тӑрӑх)\\s*,?\\s*$`, 'u'),
}));


/** Whether a name's last word is in a case other than the nominative (a family name's -ова, -ина is its nominative). */
const isOblique = (run: string) => {
  const last = run.split(/\s+/u).at(-1)!;
  return OBLIQUE.test(last) && !FAMILY.test(last);
};

/** `… ҫапла каларӗ:` … and `пӗр …` (someone unnamed): cyrillic-turkic-tags.ts. */
const SOMEONE = /(?:^|\s)[Пп]ӗр\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, isOblique, SOMEONE);
const introducedSubject = (sentence: string) => introducedSubjectIn(sentence, patterns().introduced, (run) => run.includes(' ') && FAMILY_NOMINATIVE.test(run));

export const chuvash: LanguageCues = {
  applies: (frame) => CHUVASH_LETTER.test(frame),
  after: (frame) => tagAfter(frame, patterns(), isOblique, ADJUNCT),
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    // (`Унӑн шучӗпе,`: "in his or her view", the one speaking already.)
    if (source) return /^(?:Унӑн|Вӗсен)$/u.test(source) ? pronoun('they') : person(source);
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    return /[.!]\s*$/u.test(sentence) ? introducedSubject(sentence) : null;
  },
};
