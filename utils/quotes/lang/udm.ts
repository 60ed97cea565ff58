/**
 * Udmurt (Cyrillic script): after a quote `», — вера X Y.` (says), `— шуэ X.` (says), `— шуиз X.` (said), `— ватсаз X.` (added),
 * `— вера школалэн директорез X Y Z.` (a role, its head possessed, then the name), `— вера со.` (he or she), `— вера одӥг
 * анай.` (одӥг, "one": someone unnamed); before one `<role> X Y вера: «…»`, `Со вера: «…»` and `X-лэн вераменыз, «…»`
 * ("by X's words"). A name is given name, patronymic and family name in the Russian way; a word in a case (`Ӵагыръялын`, "in
 * Chagyryal") after it is no part of it. Its letters ӝ, ӟ, ӥ, ӧ, ӵ are its own among the Cyrillic languages read here.
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { ownSentence, subjectBeforeColon as subjectBeforeColonIn, tagAfter } from './cyrillic-turkic-tags';

const UDMURT_LETTER = /[ӝӟӥӧӵӜӞӤӦӴ]/u;
/**
 * Without those letters: its own verbs of saying and pronouns (`шуэ`, `ватсаз`, `Со вера:`, `солэн`), a tag opening on `вера`
 * (says; in Russian a noun, never after a dash), or a genitive or ablative in -лэн, -лэсь, which Russian never writes.
 */
const OWN_WORD = /(?:^|[^\p{L}])(?:шуэ|шуиз|ватсаз|вераз|вераменыз|соос|[Сс]олэн)(?![\p{L}])|^[\s,]*[—–]\s*вера\s|\p{Ll}лэ(?:н|сь)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (one of its words, `вера`, or `лэн`/`лэсь`): a frame without any cannot match it. */
const OWN_WORD_GATE = /шуэ|шуиз|ватсаз|вера|соос|лэн|лэсь/;
/** Says, said, they say, added, told, explained, asked, and `пумаз шуиз` (said in the end). */
const SAID = '(?:вера|вераз|верамы|вераллям|верало|вераллязы|шуэ|шуиз|шуо|шуизы|ватсаз|ватса|юаз|валэктӥз|возьматӥз|ивортӥз|гожтӥз)';
/** He or she, they. */
const PRONOUN = '(?:со|соос)';
/**
 * A word in the inessive, elative, genitive, dative, ablative, illative, instrumental or accusative (`Ӵагыръялын`, `Ившинлэн`,
 * `Зоринаен`, `Москвае`) is where or whom, not who.
 */
const OBLIQUE = /\p{Ll}{2}(?:ын|ысь|ысен|лэн|лы|лэсь|лэ|ен|эн|ез|эз|ты|ъя|ае|яе|ое|ке|ын)$/u;
/** Lower-case words that say how, when or where, not who (then, in the end, today, there): an adjunct, no office. */
const ADJUNCT = /(?:ын|ысь|ысен|лы|ъя|бере|азь|ини|пумаз|туннэ|татын|отын|собере)$/u;

const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(?:\\p{Ll}+\\s+)?${SAID}\\s+${PRONOUN}(?=[\\s.,!?–—-]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(?:пумаз\\s+|нош\\s+|ик\\s+)?${SAID}\\s+((?:\\p{Ll}+\\s+){0,5})(${NAME})(?=[\\s.,!?–—-]|$)`, 'u'),
  // (`— вера одӥг анай.`: одӥг, "one", brings in someone the text does not name.)
  someoneAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(одӥг(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*(?:\\p{Ll}+\\s+)?${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:озьы\\s+)?${SAID}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Со|Соос|Нош\\s+со)\\s+(?:\\p{L}+\\s+){0,6}?${SAID}\\s*:\\s*$`, 'u'),
  name: new RegExp(NAME, 'gu'),
  // (`X Y-лэн вераменыз,` "by X Y's words": the name in the genitive, whose ending comes off.)
  according: new RegExp(`(?:^|[\\s,])(${NAME}|Солэн|Соослэн)\\s+(?:вераменыз|малпаменыз|вераммез|ивортэменыз)\\s*,`, 'u'),
  // (`Управлениелэн кивалтӥсез ватсаз:`: an office, its head possessed, and no name.)
  officeColon: new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+\\s+)?(\\p{Ll}+(?:ез|эз|ыз|из))\\s+${SAID}\\s*:\\s*$`, 'u'),
}));

/** The name run with a word in a case after it cut off (`X Y Ӵагыръялын` is X Y); none left, null. */
function nominativeRun(run: string): string | null {
  const words = run.split(/\s+/u);
  while (words.length > 0 && OBLIQUE.test(words.at(-1)!)) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

const isOblique = (run: string) => nominativeRun(run) !== run;

/** `Одӥг …` (one …): someone unnamed. */
const SOMEONE = /(?:^|\s)[Оо]дӥг\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, isOblique, SOMEONE);

/** A Russian family name in the nominative, or a patronymic before it: the mark of a person, no place, in a plain sentence. */
const FAMILY_NOMINATIVE = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская|ич|вна|чна)$/u;

/**
 * A plain sentence bringing in a full name (`Куинь нылпилэн анаез X Y (34 арес) … люказ.`, `X Y Z Ӵагыръялын вордӥськем.`): its
 * first run of two or three words once a case word after it is cut off, the words before it (no comma, four at most) its role.
 */
function introducedSubject(sentence: string): ReturnType<typeof person> {
  for (const found of sentence.matchAll(patterns().name)) {
    const run = nominativeRun(found[0]);
    if (!run?.includes(' ') || !FAMILY_NOMINATIVE.test(run)) continue;
    const lead = sentence.slice(0, found.index).trim();
    return person(run, lead && !lead.includes(',') && lead.split(/\s+/u).length <= 4 ? lead : null);
  }
  return null;
}

export const udmurt: LanguageCues = {
  applies: (frame) => UDMURT_LETTER.test(frame) || (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)),
  after(frame) {
    const found = tagAfter(frame, patterns(), isOblique, ADJUNCT);
    if (found || !patterns().nameAfter.test(frame.split('\n')[0]!)) return found;
    // (`— вера Семён Аркадьевич Ӵагыръялын`: a case word after the name is cut off, not the name refused.)
    const named = patterns().nameAfter.exec(frame.split('\n')[0]!)!;
    const run = nominativeRun(named[2]!);
    return run ? person(run, named[1]?.trim() || null) : null;
  },
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      if (/^(?:Солэн|Соослэн)$/u.test(source)) return pronoun('they');
      const name = source.replace(/(?<=\p{Ll}{2})лэн$/u, '');
      return name.includes(' ') || name !== source ? person(name) : null;
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const office = patterns().officeColon.exec(sentence)?.[1];
    if (office) return officeDescriptor(office);
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    if (!/[.!]\s*$/u.test(sentence)) return null;
    // (`Одӥг анай, кудӥз …, … ӧз кур.`: a plain sentence whose subject is someone unnamed, whom `Со вера:` then points back to.)
    const someone = /^\s*[Оо]дӥг\s+\p{Ll}+/u.exec(sentence);
    return someone ? described(someone[0]) : introducedSubject(sentence);
  },
};
