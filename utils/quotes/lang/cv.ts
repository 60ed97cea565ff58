/**
 * Chuvash (Cyrillic script): after a quote `», — терӗ X Y.` (said), `— тет X.` (says), `— пӗлтерчӗ вӑл.` (he or she
 * informed), `— тесе хушса хучӗ X.` (the quotative тесе, a verb, then the subject), `— терӗ ял пуҫлӑхӗ.` (an office, its
 * head possessed: the one the text gave it); before one `<role> X Y ҫапла каларӗ: «…»`, `Вӑл … каласа пачӗ: «…»` and `X
 * шучӗпе, «…»`, `X каланӑ тӑрӑх, «…»` ("according to X"); before a quote standing alone, the full name a plain sentence brings
 * in (`…, 58 ҫулти X Y … пырать.`). Its letters ӑ, ӗ, ӳ are its own among the Cyrillic languages read here.
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

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

/** The sentence's last stretch before the quote. */
const ownSentence = (frame: string) => frame.split(/(?<=[.!?])\s+(?=\p{Lu}|[«"“])/u).at(-1) ?? frame;

/** Whether a name's last word is in a case other than the nominative (a family name's -ова, -ина is its nominative). */
const isOblique = (run: string) => {
  const last = run.split(/\s+/u).at(-1)!;
  return OBLIQUE.test(last) && !FAMILY.test(last);
};

/** The speaker in the words before `… ҫапла каларӗ:`: the last name in them, the words before it its role; `пӗр …` is someone unnamed. */
function subjectBeforeColon(clause: string): ReturnType<LanguageCues['before']> {
  const runs = [...clause.matchAll(patterns().name)].filter((run) => !isOblique(run[0]));
  // (A sentence's first word is capitalised whatever it is: a run of one word there is no name.)
  const named = runs.filter((run) => run.index! > 0 || run[0].includes(' ')).at(-1);
  if (named) return person(named[0], clause.slice(0, named.index).trim() || null);
  const someone = /(?:^|\s)[Пп]ӗр\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u.exec(clause);
  return someone ? described(someone[0].trim()) : null;
}

/** A plain sentence before a quote standing alone: the first full name in it in the nominative, with a family name's ending. */
function introducedSubject(sentence: string): ReturnType<LanguageCues['before']> {
  const run = [...sentence.matchAll(patterns().introduced)].find((found) => found[1]!.includes(' ') && FAMILY_NOMINATIVE.test(found[1]!));
  if (!run) return null;
  const lead = sentence.slice(0, run.index).trim();
  return person(run[1]!, lead && !lead.includes(',') && lead.split(/\s+/u).length <= 4 ? lead : null);
}

export const chuvash: LanguageCues = {
  applies: (frame) => CHUVASH_LETTER.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const someone = patterns().someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const named = patterns().nameAfter.exec(line);
    if (named && !isOblique(named[2]!)) return person(named[2]!, named[1]?.trim() || null);
    const office = patterns().officeAfter.exec(line)?.[1];
    if (office && !ADJUNCT.test(office)) return officeDescriptor(office);
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
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
