/**
 * Tajik (Cyrillic script): after a quote `», – мегӯяд X Y.` (says), `– гуфт X.` (said), `– илова мекунад X.` (adds), `– изҳор
 * дошт X.` (stated), `– иқрор шуд ӯ.` (he or she admitted), `– таъкид кард сардори шуъба.` (a noun for the person, with its
 * ezafe: the one the text gave it), `– гуфт як муаллим.` (як, "one": someone unnamed); before one `<role> X Y гуфт: «…»`,
 * `Ӯ … гуфт: «…»`, `Ба гуфтаи X, «…»` ("according to X") and `Пирамарде, ки …, гуфт: «…»` (a noun in the indefinite -е with a
 * relative clause: someone unnamed). Its letters ӣ, ӯ and ҷ are its own among the Cyrillic languages read here.
 */

import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

const TAJIK_LETTER = /[ӣӯҷӢӮҶ]/u;
/** Says, said, had said, they said, and the verbs of telling made of a noun and кардан, намудан, доштан, шудан, додан. */
const SAID =
  '(?:мегӯяд|мегӯянд|гуфт|гуфтанд|гуфта\\s+буд|(?:илова|изҳор|иброз|таъкид|қайд|иқрор|нақл|шикоят|хотиррасон|эълон|баён|тасдиқ|эътироф|арз)\\s+(?:кард|мекунад|намуд|дошт|медорад|шуд)|шарҳ\\s+(?:дод|медиҳад)|ҷавоб\\s+(?:дод|медиҳад)|хабар\\s+дод|пурсид|мепурсад|афзуд)';
/** He or she (ӯ, вай), they. */
const PRONOUN = '(?:ӯ|вай|онҳо|эшон)';
/** A name with the object's -ро (`Назаровро`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}ро$/u;
/** Lower-case words that say how, when or where, not who (then, with a smile, today, there): an adjunct, no office. */
const ADJUNCT = /^(?:баъд|сипас|пас|боз|имрӯз|дирӯз|ҳоло|он(?:ҷо)?|ин(?:ҷо)?|бо\s+\p{Ll}+|хандида)$/u;
/** A family name in the nominative (`-ов`, `-ова`, `-зода`, `-ӣ`, `-ев`): the mark of a person in a plain sentence. */
const FAMILY_NOMINATIVE = /(?:ов|ова|ев|ева|зода|ӣ|ён|иён|пур|ин|ина)$/u;
/** Prepositions before a name that make it whom or of whom (to, from, with, about, for). */
const PREPOSITION_BEFORE = /(?:^|\s)(?:ба|аз|бо|барои|дар\s+бораи|назди|ҳамроҳи)\s*$/u;

const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+${PRONOUN}(?=[\\s.,!?–—-]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?–—-]|$)`, 'u'),
  // (`– гуфт як муаллим.`: як, "one", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(як(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{3,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:чунин\\s+|ин\\s+тавр\\s+)?${SAID}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Ӯ|Вай|Онҳо|Аммо\\s+ӯ|Вале\\s+ӯ)\\s+(?:\\p{L}+\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  introduced: new RegExp(`(?:^|\\s)(${WORD}\\s+${WORD})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  // (`Ба гуфтаи X Y,` "by the words of X Y", `Ба қавли X,`: the name in the nominative after the ezafe.)
  according: new RegExp(`(?:^|[\\s,])[Бб]а\\s+(?:гуфтаи|қавли|иттилои|андешаи)\\s+(${NAME}|ӯ|вай|онҳо)\\s*,`, 'u'),
}));

/** A name with the object's -ро is no subject. */
const isOblique = (run: string) => OBLIQUE.test(run.split(/\s+/u).at(-1)!);

/**
 * `Пирамарде, ки …` (a noun with the indefinite -е and a relative clause), `Як …` (one …): someone unnamed. A name
 * after a preposition is whom it was said to, and is read as no subject.
 */
const SOMEONE = /(?:^|\s)(?:[Яя]к\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|\p{Lu}?\p{Ll}+е(?=,\s+ки\s))/u;
const withoutObjects = (clause: string) => clause.replace(new RegExp(`(?:^|\\s)(?:ба|аз|бо|барои|назди|ҳамроҳи)\\s+${NAME}`, 'gu'), (found) => found.toLowerCase());
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(withoutObjects(clause), patterns().name, isOblique, SOMEONE);
const introducedSubject = (sentence: string) =>
  introducedSubjectIn(sentence, patterns().introduced, (run) => FAMILY_NOMINATIVE.test(run) && !PREPOSITION_BEFORE.test(sentence.slice(0, sentence.indexOf(run))));

export const tajik: LanguageCues = {
  applies: (frame) => TAJIK_LETTER.test(frame),
  after: (frame) => tagAfter(frame, patterns(), isOblique, ADJUNCT),
  before(frame) {
    const sentence = ownSentence(frame);
    // (The unnamed one with a relative clause first: `Пирамарде, ки …, гуфт:` names no one.)
    const unnamed = /^\s*(\p{Lu}\p{Ll}+е),\s+ки\s/u.exec(sentence);
    if (unnamed && patterns().colon.test(sentence)) return described(unnamed[1]!);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) return /^(?:ӯ|вай|онҳо)$/u.test(source) ? pronoun('they') : person(source);
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    return /[.!]\s*$/u.test(sentence) ? introducedSubject(sentence) : null;
  },
};
