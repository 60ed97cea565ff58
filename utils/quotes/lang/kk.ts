/**
 * Kazakh: after a quote `», – деді X.`, `», – дейді ол.` (he or she), `», – деп атап өтті X.` (the quotative деп, up to three
 * words of a verb, then the subject), `», – деді инженер.` (an office: the one the text gave it); before one `X-тың
 * айтуынша, «…»` ("according to X", the name in the genitive). Its Cyrillic has letters Russian lacks (ә ғ қ ң ө ұ ү һ і).
 */

import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';

const KAZAKH = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
/** "said", "says", and the quotative деп with the verb after it (`деп атап өтті`, `деп түсіндірді`, `деп еске алады`). */
const SAID = '(?:деді|дейді|деген|деп(?:\\s+\\p{Ll}+){1,3}?)';
/** Verbs closing a sentence before a colon and the quote (said, expressed, told, explained, added, announced). */
const BEFORE_COLON = '(?:деді|білдірді|айтты|түсіндірді|қосты|мәлімдеді|хабарлады)';
/** The name's genitive ending (`Оспановтың`, `Ахметованың`), which comes off before `айтуынша`. */
const GENITIVE = /(?:тың|тің|ның|нің|дың|дің)$/u;

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+ол(?=[\\s.,!?]|$)`, 'u'),
  // (`– деді Медеу ауданы әкімінің кеңесшісі X Y кеше.`: a place and role words may come before the name.)
  nameAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+){1,4})?(${NAME_RUN})(?=[\\s.,!?]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${SAID}\\s+(\\p{Ll}{4,})\\s*[.!](?:\\s|$)`, 'u'),
  // (`Бас инженер жұртқа былай деді: «…»`: an office opening the sentence before the colon, its last word the noun.)
  officeBefore: new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+\\s+(\\p{Ll}{4,})|(\\p{Lu}\\p{Ll}{3,}))\\s+(?:\\p{Ll}+\\s+){0,5}?${BEFORE_COLON}\\s*:\\s*$`, 'u'),
  according: new RegExp(`(?:^|[\\s,])(${NAME_RUN})\\s+(?:айтуынша|пікірінше|сөзінше|мәліметінше)\\s*,?\\s*$`, 'u'),
}));

export const kazakh: LanguageCues = {
  applies: (frame) => KAZAKH.test(frame) || /(?:^|\s)(?:деді|дейді|деп|айтуынша)(?=[\s.,]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    // (One capitalised word after role words is a place opening the role, not yet the name: `… Медеу ауданы …`.)
    if (named) return person(named[2]!, named[1]?.trim() || null);
    // (`– деді инженер.`: a noun for the person, the holder of the office the text gave before.)
    const office = patterns().officeAfter.exec(line)?.[1];
    return office ? officeDescriptor(office) : null;
  },
  before(frame) {
    const source = patterns().according.exec(frame)?.[1];
    const opening = source ? null : patterns().officeBefore.exec(frame.split(/(?<=[.!?])\s+/u).at(-1)!);
    // (The noun must be a role noun: `Әкімдік тұрғындарға хабарлады:` is the district office telling residents.)
    const office = (opening?.[1] ?? opening?.[2])?.toLowerCase();
    if (office && (isNewLanguageRoleNoun(office) || isForeignRoleNoun(office))) return officeDescriptor(office);
    if (!source) return null;
    const words = source.split(/\s+/u);
    return person([...words.slice(0, -1), words.at(-1)!.replace(GENITIVE, '')].join(' '));
  },
};
