/**
 * Tatar (Cyrillic script): after a quote `», — диде X Y.`, `— ди ул.` (says he or she), `— диде ул …` (said he or she),
 * `— дип өстәде X.` (the quotative дип, a verb, then the subject), `— дип белдерде район башлыгы.` (an office: the one the
 * text gave it), `— ди Гөлсем апа.` (a given name and a word of respect, апа "aunt", абый "uncle", ханым, әфәнде: the
 * person, the word no part of the name); before one `X болай диде: «…»` and `Xның сүзләренчә, «…»` ("according to X").
 * Role words stand before the name (`район башлыгы X Y`). Its letters ә, ө, ү, ң, һ are Kazakh's too; җ is its own.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Words of saying no other Cyrillic language read here writes so (диде, дип, сүзләренчә), or Tatar's own letter җ. */
const OWN_WORD = /[җҖ]|(?:^|[^\p{L}])(?:диде|диделәр|дип|дигән|сүзләренчә|фикеренчә|әйтүенчә|болай\s+диде)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (җ, `дид`/`дип`/`диг` of its verb forms, or a whole word): a frame without any cannot match it. */
const OWN_WORD_GATE = /[җҖ]|ди[дпг]|сүзләренчә|фикеренчә|әйтүенчә/;
/** Said, says, and the quotative дип with one or two words of a verb after it (`дип өстәде`, `дип белдерде`, `дип сөйләде`). */
const SAID = '(?:диде|ди|диделәр|дип(?:\\s+\\p{Ll}+){1,2}?)';
/** Verbs closing a sentence before a colon (said, told, noted, added, stated, explained). */
const BEFORE_COLON = '(?:диде|ди|әйтте|сөйләде|белдерде|өстәде|билгеләп\\s+үтте|аңлатты|дип\\s+\\p{Ll}+)';
/** Words of respect after a given name (aunt, uncle, madam, sir): the person, no part of the name. */
const RESPECT = '(?:апа|апай|абый|абзый|ханым|әфәнде|туташ)';
/** The genitive glued to a name (`Сабировның`, `Гөлнараның`), which comes off before `сүзләренчә`. */
const GENITIVE = /(?:ның|нең)$/u;
/** A name in the dative, accusative, ablative or genitive (`Шәриповка`, `Сабировны`) is whom, not who. */
const OBLIQUE = /\p{Ll}{2}(?:га|гә|ка|кә|ны|не|нан|нән|дан|дән|тан|тән|ның|нең)$/u;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+ул(?=[\\s.,!?]|$)`, 'u'),
  respectAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(\\p{Lu}\\p{Ll}+)\\s+${RESPECT}(?=[\\s.,!?]|$)`, 'u'),
  // (`— диде сәламәтлек саклау министры урынбасары X Y журналистлар белән …`: role words before the name, words after it.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){0,5})(${NAME_RUN})(?=[\\s.,!?]|$)`, 'u'),
  // (`— диде бер табиб.`: бер, "a", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(бер(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  // (`— дип белдерде район башлыгы.`: up to three lower-case words ending the tag, an office the text gave someone.)
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:болай\\s+|шулай\\s+)?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Ул|Ә\\s+ул|Әмма\\s+ул)\\s+(?:\\p{Ll}+\\s+){0,4}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  nameRun: new RegExp(NAME_RUN, 'gu'),
  according: new RegExp(`(?:^|[\\s,])(${NAME_RUN})\\s+(?:сүзләренчә|фикеренчә|әйтүенчә)\\s*,?\\s*$`, 'u'),
}));

/** The sentence's last stretch before the quote. */
const ownSentence = (frame: string) => frame.split(/(?<=[.!?])\s+(?=\p{Lu}|[«"“])/u).at(-1) ?? frame;

/** Lower-case words that say how or where, not who (with, in, to, at the meeting): an adjunct, no office. */
const ADJUNCT = /(?:белән|өчен|турында|буенча|вакытта|көнне|дә|да|гә|га|кә|ка|дан|дән|нан|нән|да|дә|та|тә)$/u;

/** The speaker opening a sentence that ends `… болай диде:`: the last name in it, the words before it its role. */
function subjectBeforeColon(clause: string): ReturnType<LanguageCues['before']> {
  if (/^\s*(?:\p{Ll}+\s+)*[Бб]ер\s/u.test(clause)) return described(clause.replace(/,.*$/u, ''));
  const runs = [...clause.matchAll(patterns().nameRun)].filter((run) => !OBLIQUE.test(run[0].split(/\s+/u).at(-1)!));
  // (A sentence's first word is capitalised whatever it is: a run of one word there is no name.)
  const named = runs.filter((run) => run.index! > 0 || run[0].includes(' ')).at(-1);
  return named ? person(named[0], clause.slice(0, named.index).trim() || null) : null;
}

export const tatar: LanguageCues = {
  applies: (frame) => OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const respected = patterns().respectAfter.exec(line)?.[1];
    if (respected) return person(respected);
    const someone = patterns().someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const named = patterns().nameAfter.exec(line);
    if (named && !OBLIQUE.test(named[2]!.split(/\s+/u).at(-1)!)) return person(named[2]!, named[1]?.trim() || null);
    const office = patterns().officeAfter.exec(line)?.[1];
    if (office && !ADJUNCT.test(office)) return officeDescriptor(office);
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      const words = source.split(/\s+/u);
      const last = words.at(-1)!;
      // (`Аның сүзләренчә,`: "in his or her words", the one speaking already.)
      if (/^(?:Аның|Аларның)$/u.test(last)) return pronoun('they');
      return GENITIVE.test(last) ? person([...words.slice(0, -1), last.replace(GENITIVE, '')].join(' ')) : null;
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    return colon ? subjectBeforeColon(colon[1]!) : null;
  },
};
