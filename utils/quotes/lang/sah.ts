/**
 * Sakha or Yakut (Cyrillic script): after a quote `», — диэтэ X Y.` (said), `— диир X.` (says), `— диэтэ кини.` (he or she),
 * `— диэн эттэ X.` (the quotative диэн, a verb, then the subject), `— диир учуутал.` (a noun for the person: the one the text
 * gave it); before one `<role> X Y маннык диэтэ: «…»`, `Кини … кэпсээтэ: «…»` and `X этэринэн, «…»` ("according to X"); before
 * a quote standing alone, the full name a plain sentence brings in (`… 47 саастаах X Y … үлэлиир.`).
 * Its letters ҕ and ҥ are its own among the Cyrillic languages read here (Kazakh and Tatar write ң, another letter), and so is
 * its һ beside the diphthongs уо, иэ, ыа, үө.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

const SAKHA_LETTER = /[ҕҔҥҤ]/u;
/** Its һ beside one of its diphthongs (`уо`, `иэ`, `ыа`, `үө`), which Kazakh, Tatar and Bashkir, writing һ too, lack. */
const SAKHA_SPELLING = /[һҺ][^]*?(?:уо|иэ|ыа|үө)|(?:уо|иэ|ыа|үө)[^]*?[һҺ]/u;
/** Words of saying no other Cyrillic language read here writes so (диэтэ, диир, диэн, этэринэн). */
const OWN_WORD = /(?:^|[^\p{L}])(?:диэтэ|диир|диэн|диэбитэ|диэбит|этэринэн|эппитинэн|кэпсээтэ)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (`диэ` of its verb forms, or a whole word): a frame without any cannot match it. */
const OWN_WORD_GATE = /диэ|диир|этэринэн|эппитинэн|кэпсээтэ/;
/** Said, says, they said, and the quotative диэн with one or two words of a verb after it (`диэн эттэ`, `диэн бэлиэтээтэ`). */
const SAID = '(?:диэтэ|диир|диэбитэ|диэбит|дииллэр|диэтилэр|диэн(?:\\s+\\p{Ll}+){1,2}?)';
/** Verbs closing a sentence before a colon (said, told, noted, announced, explained, asked, wrote). */
const BEFORE_COLON =
  '(?:диэтэ|диир|эттэ|этэр|эппитэ|кэпсээтэ|кэпсиир|кэпсээбитэ|бэлиэтээтэ|биллэрдэ|быһаарда|ыйытта|суруйда|диэн\\s+\\p{Ll}+)';
/** He or she, they. */
const PRONOUN = '(?:кини|кинилэр)';
/** A name in the dative, accusative, ablative, instrumental or comitative (`Жирковка`, `Жирковы`, `Жирковтан`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}(?:ҕа|ҕэ|ҕо|ҕө|га|гэ|ка|кэ|ко|кө|овы|евы|ины|ну|нү|ттан|ттэн|тан|тэн|нан|нэн|лыын|лиин|лиин|луун)$/u;
/** A family name in the nominative (`-ов`, `-ева`, `-ин`): the mark of a person, no body or place, in a plain sentence. */
const FAMILY_NOMINATIVE = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская)$/u;
/** Lower-case words that say how, when or where, not who (with, for, about, in the evening): an adjunct, no office. */
const ADJUNCT = /(?:кытта|иһин|туһунан|нан|нэн|ҕа|ҕэ|га|гэ|ка|кэ|ттан|ттэн)$/u;

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){0,2}';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+${PRONOUN}(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?]|$)`, 'u'),
  // (`— диэтэ биир атыыһыт.`: биир, "one, a", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(биир(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:маннык\\s+|итинник\\s+)?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Кини|Онтон\\s+кини|Ол\\s+эрээри\\s+кини)\\s+(?:\\p{L}+\\s+){0,6}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  // (`Оскуола директора, 47 саастаах X Y … үлэлиир.`: a full name in the nominative, words going on after it, as the subject.)
  introduced: new RegExp(`(?:^|\\s)(${NAME})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  // (`X этэринэн,` "by what X says", `X санаатынан,` "in X's view": the name in the nominative.)
  according: new RegExp(`(?:^|[\\s,])(${NAME})\\s+(?:этэринэн|эппитинэн|санаатынан|кэпсээбитинэн)\\s*,?\\s*$`, 'u'),
}));


const isOblique = (run: string) => OBLIQUE.test(run.split(/\s+/u).at(-1)!);

/** `… кэпсээтэ:` … and `биир …` (someone unnamed): cyrillic-turkic-tags.ts. */
const SOMEONE = /(?:^|\s)[Бб]иир\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, isOblique, SOMEONE);
const introducedSubject = (sentence: string) => introducedSubjectIn(sentence, patterns().introduced, (run) => run.includes(' ') && FAMILY_NOMINATIVE.test(run));

export const sakha: LanguageCues = {
  applies: (frame) => SAKHA_LETTER.test(frame) || (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)) || (/[һҺ]/.test(frame) && SAKHA_SPELLING.test(frame)),
  after: (frame) => tagAfter(frame, patterns(), isOblique, ADJUNCT),
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    // (`Кини этэринэн,`: "by what he or she says", the one speaking already.)
    if (source) return /^(?:Кини|Кинилэр)$/u.test(source) ? pronoun('they') : source.includes(' ') || FAMILY_NOMINATIVE.test(source) ? person(source) : null;
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    return /[.!]\s*$/u.test(sentence) ? introducedSubject(sentence) : null;
  },
};
