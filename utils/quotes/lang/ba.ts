/**
 * Bashkir (Cyrillic script): after a quote `», — тине X Y.` (said), `— ти X.` (says), `— тине ул.` (he or she), `— тип
 * һораны X.` (the quotative тип, a verb, then the subject), `— тине ветеран.` (a noun for the person: the one the text gave
 * it); before one `<role> X Y былай тине: «…»`, `X ҡулын күтәреп: «…»` (a converb before the colon), `Xның һүҙҙәренсә, «…»`
 * and `X әйтеүенсә, «…»` ("according to X"); before a quote standing alone, the full name a plain sentence brings in
 * (`Китапханасы X Y … эшләй.`). A patronymic stays in the name: `X Y улы Z`, `X Y ҡыҙы Z`.
 * Its letters ҙ and ҡ are its own among the Turkic languages read here (Kazakh's қ is another letter); Chuvash writes its ҫ too,
 * beside its ӑ, ӗ, ӳ.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

const CHUVASH_LETTER = /[ӑӗӳӐӖӲ]/u;
/** Words of saying no other Cyrillic language read here writes so (тине, тип, әйтеүенсә, һүҙҙәренсә). */
const OWN_WORD = /(?:^|[^\p{L}])(?:тине|тинеләр|тип|тигән|әйтеүенсә|һүҙҙәренсә|фекеренсә|былай\s+тине)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (`тин`/`тип`/`тиг` of its verb forms, or a whole word): a frame without any cannot match it. */
const OWN_WORD_GATE = /ти[нпг]|әйтеүенсә|һүҙҙәренсә|фекеренсә/;
/** The short `ти` (says) right after a quote's dash, with one of the letters Bashkir shares with Kazakh and Tatar nearby. */
const SHORT_SAYS = /(?:^|[\s,»”"])[–—-]\s*ти\s/u;
const TURKIC_LETTER = /[ҡғһәөүҠҒҺӘӨҮ]/u;

/** Said, says, they said, and the quotative тип with one or two words of a verb after it (`тип һораны`, `тип өҫтәне`). */
const SAID = '(?:тине|тинеләр|ти|тип(?:\\s+\\p{Ll}+){1,2}?)';
/** Verbs closing a sentence before a colon (said, told, asked, added, noted, explained, announced). */
const BEFORE_COLON = '(?:тине|ти|әйтте|әйтә|һөйләне|һораны|өҫтәне|билдәләне|аңлатты|белдерҙе|иғлан\\s+итте|тип\\s+\\p{Ll}+)';
/** A converb closing the words before a colon (`ҡулын күтәреп:`): the subject stands in them, the verb of saying after the quote. */
const CONVERB = '\\p{Ll}{2,}(?:ып|еп|оп|өп|п)';
/** A name word, capitalised; a run of them, a patronymic (`Марат ҡыҙы`, `Ильяс улы`) kept inside. */
const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}\\s+(?:улы|ҡыҙы))?(?:\\s+${WORD}){0,2}`;
/** The genitive glued to a name (`Сәйфуллиндың`, `Лилиәнең`), which comes off before `һүҙҙәренсә`. */
const GENITIVE = /(?:ның|нең|тың|тең|дың|дең|ҙың|ҙең)$/u;
/** A name in the dative, accusative, ablative or genitive (`Сәйфуллинға`, `Сәйфуллинды`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}(?:ға|гә|ҡа|кә|ны|не|ты|те|ды|де|ҙы|ҙе|нан|нән|тан|тән|дан|дән|ҙан|ҙән|ның|нең|тың|тең|дың|дең|ҙың|ҙең)$/u;
/** Lower-case words that say how or where, not who (with, for, about, at the meeting, in the village): an adjunct, no office. */
/** A family name in the nominative (`-ов`, `-ева`, `-ин`, `-ина`): the mark of a person, no body or place, in a plain sentence. */
const FAMILY_NOMINATIVE = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская)$/u;
const ADJUNCT = /(?:менән|өсөн|тураһында|буйынса|һуң|ҙа|ҙә|ла|лә|да|дә|та|тә|ға|гә|ҡа|кә|нан|нән|дан|дән|тан|тән)$/u;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+ул(?=[\\s.,!?]|$)`, 'u'),
  // (`— тине район башлығы X Y.`: role words before the name.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?]|$)`, 'u'),
  // (`— тине бер һатыусы.`: бер, "a", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(бер(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:былай\\s+|шулай\\s+|шуны\\s+)?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  converbColon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,2}?${CONVERB}\\s*:\\s*$`, 'u'),
  // (`Китапханасы X Y утыҙ йыл … эшләй.`: a full name in the nominative, words going on after it, as the sentence's subject.)
  introduced: new RegExp(`(?:^|\\s)(${NAME})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  pronounColon: new RegExp(`^\\s*(?:Ул|Ә\\s+ул|Әммә\\s+ул)\\s+(?:\\p{Ll}+\\s+){0,4}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  according: new RegExp(`(?:^|[\\s,])(${NAME})\\s+(?:һүҙҙәренсә|фекеренсә|әйтеүенсә)\\s*,?\\s*$`, 'u'),
}));


/** `… былай тине:` … and `бер …` (someone unnamed): cyrillic-turkic-tags.ts. */
const SOMEONE = /(?:^|\s)[Бб]ер\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, (run) => OBLIQUE.test(run.split(/\s+/u).at(-1)!), SOMEONE);
const introducedSubject = (sentence: string) => introducedSubjectIn(sentence, patterns().introduced, (run) => run.includes(' ') && FAMILY_NOMINATIVE.test(run));

export const bashkir: LanguageCues = {
  applies: (frame) =>
    /[ҙҘҡҠ]/u.test(frame) || (/[ҫҪ]/u.test(frame) && !CHUVASH_LETTER.test(frame)) || (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)) || (SHORT_SAYS.test(frame) && TURKIC_LETTER.test(frame)),
  after: (frame) => tagAfter(frame, patterns(), (run) => OBLIQUE.test(run.split(/\s+/u).at(-1)!), ADJUNCT),
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      const words = source.split(/\s+/u);
      // (`Уның һүҙҙәренсә,`: "in his or her words", the one speaking already.)
      if (/^(?:Уның|Уларҙың)$/u.test(words.at(-1)!)) return pronoun('they');
      return person([...words.slice(0, -1), words.at(-1)!.replace(GENITIVE, '')].join(' '));
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence) ?? patterns().converbColon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    // (`Ул … һөйләй, әммә …`, he or she and no name: the paragraph's earlier sentences say who, lang/introduced.ts.)
    return /[.!]\s*$/u.test(sentence) ? introducedSubject(sentence) : null;
  },
};
