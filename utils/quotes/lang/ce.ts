/**
 * Chechen (Cyrillic script with the palochka Ӏ): the one who speaks is in the ergative case, the verb before them after a
 * quote: `», — элира X Y-с.` (said), `— дийцира X-с.` (told), `— тӀетуьйхира цо.` (added he or she), `— элира юртдас.` (a
 * noun for the person, the one the text named). Before one `<role> X Y-с журналисташна дийцира: «…»`, `Министерствон
 * векало тӀетуьйхира: «…»` (a noun for the person), `X-н дешнашца, «…»` ("by X's words"), and before a quote standing alone
 * a plain sentence opening with such a noun (`Инженеро … къастийра.`) or bringing in a full name. `цхьана зудчо`, "one
 * woman", is someone unnamed. The speaker comes out in the nominative: `Дадаевс` is Дадаев, `Эдиловас` Эдилова.
 * The palochka is written inside lower-case words too (`тӀай`), so a word's letters here are `[\p{Ll}Ӏӏ]`.
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { ownSentence } from './cyrillic-turkic-tags';

const PALOCHKA = /[Ӏӏ]/u;
/** Verbs of saying no other language read here writes (said, told, added, having said, by the words). */
const OWN_WORD = /(?:^|[^\p{L}])(?:элира|аьлла|дийцира|хаийтира|дешнашца|бахьанехь)(?![\p{L}Ӏӏ])/u;
/** What every match of OWN_WORD holds (one of its words whole): a frame without any cannot match it. */
const OWN_WORD_GATE = /элира|аьлла|дийцира|хаийтира|дешнашца|бахьанехь/;
const LOWER = '[\\p{Ll}Ӏӏ]';
const WORD = `\\p{Lu}${LOWER}+(?:-\\p{Lu}${LOWER}+)?`;
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;
/** Said, told, added, remembered, explained, answered, underlined (the past in -ира). */
const SAID = `(?:элира|дийцира|тӀетуьйхира|хаийтира|дагалецира|кхайкхийра|жоп\\s+делира|билгалдаьккхира|${LOWER}+ира)`;
/** He or she in the ergative (цо), they (цара), and in the nominative (иза, уьш) for a verb that takes it. */
const PRONOUN = '(?:цо|цара|иза|уьш)';
/** A family name in the nominative or the ergative (`Дадаев`, `Эдилова`, `Дадаевс`, `Эдиловас`). */
const FAMILY = /(?:ов|ев|ин|ова|ева|ина)с?$/u;
/** One, a (цхьа, цхьана): someone the text does not name. */
const SOMEONE = /(?:^|\s)[Цц]хьана?\s+(?:[\p{Ll}Ӏӏ]+\s+){0,2}?[\p{Ll}Ӏӏ]+/u;
/**
 * Nouns for a person in the nominative (village head, head, director, engineer, representative, teacher, doctor, minister,
 * worker, old man, woman, leader, journalist, chairman, spokesman), their ergative made by ending (see `ergative`).
 */
const PERSON_NOUNS = ('юртда хьаким директор инженер векал хьехархо лор министр белхало стаг зуда куьйгалхо журналист ' +
  'председатель урхалча баьчча декъашхо эксперт').split(' ');
/** A noun's ergative: `-чо` after `-о` (хьехархочо), `-с` after another vowel (юртдас), `-о` after a consonant (инженеро); стаг, зуда irregular. */
const ergative = (noun: string) => (noun === 'стаг' ? 'стага' : noun === 'зуда' ? 'зудчо' : /о$/u.test(noun) ? `${noun}чо` : /[аеиуяэ]$/u.test(noun) ? `${noun}с` : `${noun}о`);
const NOUN_BY_ERGATIVE = lazy(() => new Map(PERSON_NOUNS.map((noun) => [ergative(noun), noun])));

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+${PRONOUN}(?=[\\s.,!?—–]|$)`, 'u'),
  // (`— элира юртда Ваха Дадаевс.`: lower-case words before the name are its role.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:${LOWER}+\\s+){0,4})(${NAME})(?=[\\s.,!?—–]|$)`, 'u'),
  nounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:${LOWER}+\\s+){0,3}${LOWER}{3,})\\s*(?:[.!,—–]|$)`, 'u'),
  bareTag: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+([^.!?—–]{1,80})`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  name: new RegExp(NAME, 'gu'),
  colon: new RegExp(`^(.*?)(?:^|\\s+)${SAID}\\s*:\\s*$`, 'u'),
  // (`X Y-н дешнашца,` "by X Y's words": the family name in the genitive, `-н`, which comes off.)
  according: new RegExp(`(?:^|[\\s,])(${NAME}|${LOWER}+)\\s+(?:дешнашца|бахьанехь|аларехь|хьесапехь)\\s*,?\\s*$`, 'u'),
}));

/** A name in the nominative: the ergative's `-с` off a family name or a given name ending in a vowel (`Дадаевс`, `Вахас`). */
const nominative = (run: string) => run.replace(/(?<=(?:ов|ев|ин|ова|ева|ина|[аеиуя]))с$/u, '');

/** A name run as a person: given name and family name, a family name alone; a role noun opening the sentence is the role. */
function personOf(run: string, role: string | null, atStart: boolean): ReturnType<LanguageCues['after']> {
  const words = run.split(/\s+/u);
  if (!FAMILY.test(words.at(-1)!)) return null;
  // (`Юртда Ваха Дадаевс …`: the first word has its capital from the sentence; a name is a given and a family name.)
  const lead = atStart && words.length > 2 ? words.slice(0, -2) : [];
  const name = nominative(words.slice(lead.length).join(' '));
  if (atStart && words.length === 1) return null;
  return person(name, [role, lead.join(' ').toLowerCase()].filter(Boolean).join(' ') || null);
}

/** A noun for a person in the ergative, as a speaker: the holder of that office; with `цхьана` before it, someone unnamed. */
function nounSpeaker(words: string): ReturnType<LanguageCues['after']> {
  if (SOMEONE.test(words)) return described(words);
  const last = words.trim().split(/\s+/u).at(-1)!.toLowerCase();
  const noun = NOUN_BY_ERGATIVE().get(last);
  return noun ? officeDescriptor(noun) : null;
}

export const chechen: LanguageCues = {
  applies: (frame) => PALOCHKA.test(frame) || (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    if (named) {
      const found = personOf(named[2]!, named[1]!.trim() || null, false);
      if (found) return found;
    }
    const noun = patterns().nounAfter.exec(line)?.[1];
    if (noun) return nounSpeaker(noun);
    // (`— элира X-на цхьана зудчо.`: a name in another case is whom it was said to; the one speaking is unnamed.)
    const tag = patterns().bareTag.exec(line)?.[1];
    const unnamed = tag ? SOMEONE.exec(tag) : null;
    if (unnamed) return described(unnamed[0].trim());
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const sentence = ownSentence(frame).trim();
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      // (`Цуьнан дешнашца,`: "by his or her words", the one speaking already.)
      if (/^[Цц]уьнан$/u.test(source)) return pronoun('they');
      const name = source.replace(/(?<=(?:ов|ев|ин|ова|ева|ина))н$/u, '');
      return /^\p{Lu}/u.test(name) && FAMILY.test(name) ? person(name) : null;
    }
    const colon = patterns().colon.exec(sentence);
    const clause = colon ? colon[1]! : /[.!]$/u.test(sentence) ? sentence : null;
    if (clause === null) return null;
    if (colon && new RegExp(`^${PRONOUN}$`, 'iu').test(clause)) return pronoun('they');
    const runs = [...clause.matchAll(patterns().name)].map((run) => personOf(run[0], run.index ? clause.slice(0, run.index).trim() || null : null, run.index === 0));
    const named = runs.filter(Boolean).at(-1);
    if (named) return named;
    // (`Инженеро … къастийра.`: a sentence opening with a noun for a person in the ergative; `Цхьана зудчо дийцира:`.)
    const opening = /^(\p{Lu}?[\p{Ll}Ӏӏ]+(?:\s+[\p{Ll}Ӏӏ]+)?)/u.exec(clause)?.[1];
    const unnamed = SOMEONE.exec(clause);
    if (unnamed && colon) return described(unnamed[0].trim());
    return opening ? nounSpeaker(opening.split(/\s+/u).slice(-1)[0]!) ?? (opening.includes(' ') ? nounSpeaker(opening.split(/\s+/u)[0]!) : null) : null;
  },
};
