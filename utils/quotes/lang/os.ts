/**
 * Ossetian, Iron (Cyrillic script with æ): after a quote `», – загъта X Y.` (said), `– зæгъы уый.` (says he or she),
 * `– бафтыдта X.` (added), `– загъта скъолайы директор.` (a noun for the person: the one the text gave it); before one `<role> X Y
 * журналистæн загъта: «…»`, `Уый … загъта: «…»` and `X-ы загъдмæ гæсгæ, «…»` ("according to X's words"). A name is written
 * family name first, in the genitive plural (`-ты`, `-ти`), then the given name; the family name alone stands for the person.
 * Before a quote standing alone, the full name a plain sentence brings in (`… 52-аздзыд X Y … кусы.`) is the speaker.
 */

import { lazy, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

/** Ossetian's æ, written with Cyrillic letters, and its verbs of saying (said, says, they said, added, noted, told). */
const OSSETIAN_LETTER = /[æÆ]/u;
const OWN_WORD = /(?:^|[^\p{L}])(?:загъта|загътой|зæгъы|зæгъынц|бафтыдта|бафиппайдта|радзырдта|фехъусын\s+кодта)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (`гъ` of `загъта`, `зæгъы`, or a whole word): a frame without any cannot match it. */
const OWN_WORD_GATE = /гъ|бафтыдта|бафиппайдта|радзырдта|фехъусын/;
const SAID = '(?:загъта|загътой|зæгъы|зæгъынц|бафтыдта|бафиппайдта|радзырдта|фæдзæхста|бамбарын\\s+кодта|фехъусын\\s+кодта)';
/** He or she (`уый`, "that one"), they. */
const PRONOUN = '(?:уый|уыдон)';
/** The family name's genitive plural: `Гæздæнты`, `Бесаты`, `Тедеты`. */
const FAMILY = /(?:ты|ти)$/u;
/** A given name in the genitive, dative, allative, ablative or comitative (`Сосланы`, `Зæлинæйæн`, `Азæмæтмæ`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}(?:йы|ы|æн|йæн|мæ|æй|йæ|ыл|йыл|имæ|йимæ)$/u;
/** Lower-case words that say how, when or where, not who (at the meeting, after, to us, by telephone): an adjunct, no office. */
const ADJUNCT = /(?:æй|мæ|ыл|имæ|фæстæ|размæ|нын|мын|ам)$/u;

const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+${PRONOUN}(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?]|$)`, 'u'),
  // (`– загъта иу ахуыргæнæг.`: иу, "one, a", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(иу(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:афтæ\\s+)?(?:${SAID}|дзуапп\\s+радта)\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Уый|Фæлæ\\s+уый|Уый\\s+та)\\s+(?:\\p{L}+\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  // (`… 52-аздзыд X Y дæс азы ам кусы.`, `X Y загъта, æмæ …`: a full name, family name first, as the sentence's subject.)
  introduced: new RegExp(`(?:^|\\s)(${WORD}\\s+${WORD})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  // (`X Y-ы загъдмæ гæсгæ,` "according to X Y's words": the given name in the genitive, which comes off.)
  according: new RegExp(`(?:^|[\\s,])(${NAME})\\s+(?:загъдмæ|ныхасмæ)\\s+гæсгæ\\s*,?\\s*$`, 'u'),
}));


/** Whether a name's last word is in a case other than the nominative; a family name alone keeps its genitive plural. */
const isOblique = (run: string) => {
  const last = run.split(/\s+/u).at(-1)!;
  return OBLIQUE.test(last) && !(FAMILY.test(last) && !run.includes(' '));
};

/** A person's name: a family name in `-ты`, `-ти` with a given name after it, or that family name alone. */
const isPersonName = (run: string) => FAMILY.test(run.split(/\s+/u)[0]!) && run.split(/\s+/u).length <= 2;

/** `… загъта:` … and `иу …`, `ахæм …` (someone unnamed): cyrillic-turkic-tags.ts. */
const SOMEONE = /(?:^|\s)(?:[Ии]у|[Аа]хæм)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, isOblique, SOMEONE, isPersonName);
const introducedSubject = (sentence: string) => introducedSubjectIn(sentence, patterns().introduced, (run) => isPersonName(run) && !isOblique(run));

export const ossetian: LanguageCues = {
  applies: (frame) => OSSETIAN_LETTER.test(frame) || (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)),
  after: (frame) => tagAfter(frame, patterns(), isOblique, ADJUNCT),
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      // (`Йæ загъдмæ гæсгæ,`: "by his or her words", the one speaking already; a body's word, `Министрады`, names no one.)
      if (/^(?:Йæ|Сæ)$/u.test(source)) return pronoun('they');
      const words = source.split(/\s+/u);
      const name = words.length > 1 ? [...words.slice(0, -1), words.at(-1)!.replace(/(?<=\p{Ll}{2})й?ы$/u, '')].join(' ') : source;
      return isPersonName(name) ? person(name) : null;
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    return /[.!]\s*$/u.test(sentence) ? introducedSubject(sentence) : null;
  },
};
