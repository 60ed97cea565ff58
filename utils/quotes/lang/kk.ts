/**
 * Kazakh: after a quote `», – деді X.`, `», – дейді ол.` (he or she), `», – деп атап өтті X.` (the quotative деп, up to three
 * words of a verb, then the subject), `», – деді инженер.` (an office: the one the text gave it); before one `X-тың
 * айтуынша, «…»` ("according to X", the name in the genitive). Its Cyrillic has letters Russian lacks (ә ғ қ ң ө ұ ү һ і).
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';
import { passiveStatement } from './statement-passive';

const KAZAKH = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
/** "said", "says", and the quotative деп with the verb after it (`деп атап өтті`, `деп түсіндірді`, `деп еске алады`). */
const SAID = '(?:деді|дейді|деген|деп(?:\\s+\\p{Ll}+){1,3}?)';
/** Verbs closing a sentence before a colon and the quote (said, expressed, told, explained, added, announced). */
const BEFORE_COLON = '(?:деді|білдірді|айтты|түсіндірді|қосты|мәлімдеді|хабарлады)';
/**
 * Verbs closing a sentence that reports its subject's view, before a quote standing alone (says, said, announced, conveyed,
 * explained, noted, thinks, believes): `деп` or a nominalised clause (`… екенін`) before them carries what was said.
 */
const SAYS_OR_THINKS = '(?:айтады|айтты|мәлімдеді|мәлімдейді|жеткізді|түсіндірді|атап\\s+өтті|есептейді|санайды|ойлайды|сендірді)';
/**
 * The head of a compound office, possessed by the body's noun before it (head, director, chair, akim, manager, chief, deputy,
 * secretary, coach, doctor, rector): `бөлім басшысы`, `мектеп директоры`. A resident, `ауыл тұрғыны`, is no office.
 */
const OFFICE_HEAD = '(?:басшысы|директоры|төрағасы|төрайымы|әкімі|меңгерушісі|бастығы|орынбасары|хатшысы|бапкері|дәрігері|ректоры|прокуроры)';
/** A name with a case ending on its last word is no subject: of, to, the object's, from, with (`Омарованың`, `Омароваға`). */
const OBLIQUE_NAME = /(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|мен|бен|пен)$/u;

/** Words linking a sentence to the one before (and, but, however, also, he/she): capitalised only by their place. */
const SENTENCE_LINK = /^(?:Ал|Бірақ|Алайда|Дегенмен|Сонымен|Сондай-ақ|Ол|Олар|Мұнда|Кейін)\s/u;

/** The name's genitive ending (`Оспановтың`, `Ахметованың`), which comes off before `айтуынша`. */
const GENITIVE = /(?:тың|тің|ның|нің|дың|дің)$/u;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+ол(?=[\\s.,!?]|$)`, 'u'),
  // (`– деді Медеу ауданы әкімінің кеңесшісі X Y кеше.`: a place and role words may come before the name.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){1,4})?(${NAME_RUN})(?=[\\s.,!?]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  // (`– деді бөлім басшысы.`, `– деді мектеп директоры.`: a compound office, its head possessed (-сы, -сі, -ы, -і) by the
  // body's noun before it; `бір` before it is "a", someone unnamed, not the holder.)
  compoundOfficeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(?!бір\\s)(?:\\p{Ll}+\\s+){1,2}(${OFFICE_HEAD})\\s*[.!](?:\\s|$)`, 'u'),
  // (`– деді бір тұрғын.`, `– деді бір сатушы әйел.`: `бір` ("a, one") brings in someone new, whom the text does not name.)
  // (`– деді ауыл тұрғыны.`, `– деді жергілікті тұрғын.`: a resident of a place, anyone living there, is no one the text named.)
  indefiniteAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(бір(?:\\s+\\p{Ll}+){1,3}?|(?:\\p{Ll}+\\s+){0,2}тұрғын(?:ы|дары)?)\\s*(?:[.!,]|$)`, 'u'),
  // (`Аудан әкімі X Y былай деді: «…»`: a full name, role words perhaps before it, as the subject of the verb before the colon.)
  nameBefore: new RegExp(`(?:^|[.!?]\\s+)((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){0,4})?(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+){0,5}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  // (`… 54 жастағы X Y … деп есептейді.`: a sentence whose subject is a full name, closed by a verb of saying or thinking.)
  subjectSays: new RegExp(`(?:^|[\\s,])(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)(?=\\s+\\p{Ll})[^.!?«»:]*?\\s(?:деп\\s+)?${SAYS_OR_THINKS}\\s*[.!]\\s*$`, 'u'),
  // (`Бас инженер жұртқа былай деді: «…»`: an office opening the sentence before the colon, its last word the noun.)
  officeBefore: new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+\\s+(\\p{Ll}{4,})|(\\p{Lu}\\p{Ll}{3,}))\\s+(?:\\p{Ll}+\\s+){0,5}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  according: new RegExp(`(?:^|[\\s,])(${NAME_RUN})\\s+(?:айтуынша|пікірінше|сөзінше|мәліметінше)\\s*,?\\s*$`, 'u'),
}));

export const kazakh: LanguageCues = {
  applies: (frame) => KAZAKH.test(frame) || /(?:^|\s)(?:деді|дейді|деп|айтуынша)(?=[\s.,]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (`– деп айтылат билдирүүдө.`: a document's words, no one named, statement-passive.ts.)
    const statement = passiveStatement(line);
    if (statement) return statement;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const someone = patterns().indefiniteAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const named = patterns().nameAfter.exec(line);
    // (One capitalised word after role words is a place opening the role, not yet the name: `… Медеу ауданы …`.)
    if (named) return person(named[2]!, roleAfterVerb(named[1]));
    // (`– деді инженер.`: a noun for the person, the holder of the office the text gave before.)
    const office = patterns().officeAfter.exec(line)?.[1] ?? patterns().compoundOfficeAfter.exec(line)?.[1];
    return office ? officeDescriptor(office) : null;
  },
  before(frame) {
    const source = patterns().according.exec(frame)?.[1];
    const opening = source ? null : patterns().officeBefore.exec(frame.split(/(?<=[.!?])\s+/u).at(-1)!);
    // (The noun must be a role noun: `Әкімдік тұрғындарға хабарлады:` is the district office telling residents.)
    const office = (opening?.[1] ?? opening?.[2])?.toLowerCase();
    if (office && (isNewLanguageRoleNoun(office) || isForeignRoleNoun(office))) return officeDescriptor(office);
    if (!source) {
      const sentence = frame.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1)!;
      const named = patterns().nameBefore.exec(sentence);
      if (named && !OBLIQUE_NAME.test(named[2]!) && !SENTENCE_LINK.test(named[2]!)) return person(named[2]!, named[1]?.trim() || null);
      return subjectSaying(sentence);
    }
    const words = source.split(/\s+/u);
    return person([...words.slice(0, -1), words.at(-1)!.replace(GENITIVE, '')].join(' '));
  },
};

/**
 * The words between the verb and the name without the verb's own last words: `деп атап өтті X`, `деп қосып қойды X` (the
 * quotative's verb, an auxiliary after it), whose finite past -ды/-ді/-ты/-ті closes the verb, never an office.
 */
function roleAfterVerb(words: string | undefined): string | null {
  const tokens = words?.trim().split(/\s+/u).filter(Boolean) ?? [];
  const verbEnd = tokens.findLastIndex((word) => /\p{Ll}(?:ды|ді|ты|ті)$/u.test(word));
  return tokens.slice(verbEnd + 1).join(' ') || null;
}

/** The full name heading a sentence that reports what it says or thinks (`X Y … деп есептейді.`), the last such name before the verb. */
function subjectSaying(sentence: string): ReturnType<LanguageCues['before']> {
  const name = patterns().subjectSays.exec(sentence)?.[1];
  // (`Ал Сәуле апай …`: a conjunction opening the sentence is no given name.)
  if (!name || OBLIQUE_NAME.test(name) || SENTENCE_LINK.test(name)) return null;
  return person(name);
}
