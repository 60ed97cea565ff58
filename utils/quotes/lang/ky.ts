/**
 * Kyrgyz (Cyrillic script): after a quote `», – деди X.`, `– дейт X.`, `– деди ал.` (he or she), `», – деп кошумчалады X.`
 * (the quotative деп, a verb, then the subject), `– деп эскертти эксперт.` (an office: the one the text gave it); before one
 * `X мындай деди: «…»`, `Xдын айтымында, «…»` ("according to X", the genitive glued to the name) and `X айткандай, «…»`
 * ("as X said"). Role words stand before the name in the genitive chain (`кеңештин төрагасы X Y`).
 * Its letters ң, ө, ү are Kazakh's too, but Kyrgyz lacks Kazakh's ә, ғ, қ, ұ, һ and і; Mongolian has ө and ү and no ң.
 */

import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';
import { passiveStatement } from './statement-passive';

const KAZAKH_ONLY = /[әғқұһіӘҒҚҰҺІ]/u;
/** Words of saying Kazakh writes otherwise (деді, дейді, айтуынша) and that no other Cyrillic language read here has. */
const OWN_WORD = /(?:^|[^\p{L}])(?:деди|дейт|дешти|дешет|айтымында|пикиринде|сөзүнө\s+караганда|айткандай|мындай\s+деди|деп\s+(?:айтты|кошумчалады|билдирди|эскертти|белгиледи|түшүндүрдү))(?![\p{L}])/u;
/** What every match of OWN_WORD and of `деп` holds (`дед`/`дей`/`деш`/`деп` of its verbs, or a whole word): a frame without any matches neither. */
const OWN_WORD_GATE = /де[дйшп]|айтымында|пикиринде|сөзүнө|айткандай/;
/** "said", "says", "(they) said", and the quotative деп with one or two words of a verb after it (`деп кошумчалады`, `деп айтып берди`). */
const SAID = '(?:деди|дейт|дешти|деген|деп(?:\\s+\\p{Ll}+){1,2}?)';
/** Verbs closing a sentence before a colon (said, told, explained, added, noted, announced, warned). */
const BEFORE_COLON = '(?:деди|дейт|айтты|билдирди|түшүндүрдү|кошумчалады|белгиледи|маалымдады|эскертти|деп\\s+\\p{Ll}+)';
/** The genitive glued to a name or noun (`Жумабековдун`, `Нурланын`, `Сейтказиеванын`, `Талантын`), which comes off. */
const GENITIVE = /(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$/u;
/** Nouns for a person after the verb (`– деди эксперт.`, `– деп кошумчалады дарыгер.`), besides the shared role lists. */
const PERSON_NOUNS = new Set('эксперт адис дарыгер мугалим төрага башчы өкүл тургун карыя айдоочу сатуучу соодагер ишкер малчы окуучу студент пенсионер жетекчи кызматкер депутат директор мэр министр аким дыйкан'.split(' '));
const isPersonNoun = (word: string) => PERSON_NOUNS.has(word) || isNewLanguageRoleNoun(word) || isForeignRoleNoun(word);
/** A name in the dative or genitive (`Жумабековага`, `Сейтказиевдин`) is whom or whose, not who. */
const OBLIQUE = /\p{Ll}{3}(?:га|ге|го|гө|ка|ке|ко|кө|нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ды|ди|ду|дү|ны|ни|ну|нү)$/u;

/** A family name's ending: `-ов`, `-ева`, `-ин`, `-уулу`, `-кызы`. */
const FAMILY_NAME = /(?:ов|ев|ова|ева|ин|ина|уулу|кызы)$/u;

const patterns = lazy(() => ({
  // (`– деди ал.`, `– деди ал үшкүрүнүп.`: ал is he or she; an adverb may follow it.)
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+ал(?=[\\s.,!?]|$)`, 'u'),
  // (A capitalised place may open the role words: `– деди Ош шаардык кеңешинин депутаты X Y.`)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){1,5})?(${NAME_RUN})(?=[\\s.,!?]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  // (`– деди.`, `– деп кошумчалады.`: the subject left out, the one speaking already.)
  bareAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s*(?:[.!?]|$)`, 'u'),
  colon: new RegExp(`^(.*?)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:мындай\\s+|минтип\\s+)?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`^\\s*(?:Ал|Бирок\\s+ал|Ошондой\\s+эле\\s+ал)\\s+(?:\\p{Ll}+\\s+){0,4}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  nameRun: new RegExp(NAME_RUN, 'gu'),
  label: new RegExp(`^(.*?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\s*:\\s*$`, 'u'),
  according: /(?:^|[\s,])(\p{L}[\p{L}-]*(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:айтымында|пикиринде|сөзүнө\s+караганда|билдирүүсүндө)\s*,?\s*$/u,
  asSaid: new RegExp(`(?:^|[\\s,])(${NAME_RUN})\\s+(?:айткандай|белгилегендей|билдиргендей)\\s*,?\\s*$`, 'u'),
}));

/** The sentence's last stretch before the quote. */
const ownSentence = (frame: string) => frame.split(/(?<=[.!?])\s+(?=\p{Lu}|[«"“])/u).at(-1) ?? frame;

/** The speaker opening a sentence that ends `… мындай деди:`: the last name in it, the words before it its role; else an office noun. */
function subjectBeforeColon(clause: string): ReturnType<LanguageCues['before']> {
  const runs = [...clause.matchAll(patterns().nameRun)].filter((run) => !OBLIQUE.test(run[0].split(/\s+/u).at(-1)!));
  // (A sentence's first word is capitalised whatever it is: a run of one word there is no name unless a role follows it.)
  const named = runs.filter((run) => run.index! > 0 || run[0].includes(' ')).at(-1);
  if (named) {
    const words = named[0].split(/\s+/u);
    // (`Соодагер Жаңыл Сапарова:`: a role noun opening the sentence, capitalised there, is the role, not the name.)
    const lead = words.length === 3 && isPersonNoun(words[0]!.toLowerCase()) ? words.shift()! : '';
    return person(words.join(' '), `${clause.slice(0, named.index).trim()} ${lead}`.trim() || null);
  }
  const last = clause.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return isPersonNoun(last) ? officeDescriptor(last) : null;
}

export const kyrgyz: LanguageCues = {
  applies: (frame) => !KAZAKH_ONLY.test(frame) && (/[ңҢ]/u.test(frame) || (OWN_WORD_GATE.test(frame) && (OWN_WORD.test(frame) || /(?:^|\s)деп(?=\s)/u.test(frame)))),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (`– деп айтылат билдирүүдө.`: a document's words, no one named, statement-passive.ts.)
    const statement = passiveStatement(line);
    if (statement) return statement;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    if (named && !OBLIQUE.test(named[2]!.split(/\s+/u).at(-1)!)) return person(named[2]!, named[1]?.trim() || null);
    // (`– деди эксперт.`: a noun for the person, the holder of the office the text gave before; `– деди ачуулана.` is an adverb.)
    const office = patterns().officeAfter.exec(line)?.[1];
    if (office && isPersonNoun(office)) return officeDescriptor(office);
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      // (`Анын айтымында,` "in his/her words": the one speaking already.)
      if (/^[Аа]нын$/u.test(source)) return pronoun('they');
      const stem = source.replace(GENITIVE, '');
      if (isPersonNoun(stem.toLowerCase())) return officeDescriptor(stem.toLowerCase());
      // (A family name's shape, or a given and a family name: `Мэриянын айтымында,` is a body's word, no person's.)
      return /^\p{Lu}/u.test(stem) && stem !== source && (stem.includes(' ') || FAMILY_NAME.test(stem)) ? person(stem) : null;
    }
    const said = patterns().asSaid.exec(sentence)?.[1];
    if (said) return person(said);
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    // (The label form, a name and a colon with no verb: `Соодагер Жаңыл Сапарова: «…» – деди.`; the name must end the sentence.)
    const label = patterns().label.exec(sentence);
    return label ? subjectBeforeColon(label[1]!) : null;
  },
};
