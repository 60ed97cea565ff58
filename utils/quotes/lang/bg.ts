/**
 * Bulgarian, which no module read until batch 7 (q-other): `„…“, заяви кметът на Видин X`, `„…“, подчерта тя`,
 * `каза пенсионерката X`, `според X`. Its aorist has no gender and no -л (`заяви`, `каза`), so the Russian reader
 * never matches it; the pronoun (той, тя) or a role noun with its suffixed article (`кметът`, `пенсионерката`, in
 * newlang-roles.ts) tells. Macedonian is read here too (its verbs and pronouns тој, таа below).
 */

import { alternation, described, officeDescriptor, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';
import { isUnnamedOnPurpose } from './anonymous';
import { withoutOpeningAdjunct } from './bg-opening-adjunct';
import { readThroughQuotedFirm } from './bg-quoted-body';
import { passiveStatement } from './statement-passive';

/** Exported for Cyrillic dialogue lines (ru-uk.ts), whose tag Bulgarian papers set after a bare dash. */
export const BULGARIAN_VERBS = alternation('заяви каза казва написа подчерта добави обясни посочи коментира сподели допълни отбеляза уточни призна припомни предупреди'.split(' '));
/**
 * Macedonian, read with Bulgarian (the same aorist with no -л, the same suffixed article: `градоначалникот`): `„…“, додаде.`,
 * `„…“, изјави X`, `X истакна: „…“`. Macedonian's own forms only; the shared ones (`посочи`, `коментира`) are above.
 */
const MACEDONIAN_VERBS = alternation('изјави додаде рече истакна нагласи појасни потенцира соопшти најави праша одговори заклучи ветува'.split(' '));
const VERBS = `${BULGARIAN_VERBS}|${MACEDONIAN_VERBS}`;

const cues = latinCues(
  {
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { той: 'male', тя: 'female', тој: 'male', таа: 'female' },
    dropsSubject: true,
    according: '[Сс]поред',
    articles: 'неговия|нейния',
    hasArticles: false,
    stops: 'в|във|пред|за|след|днес|вчера|също|ще|е|са|се|бе|беше|бяха|не',
    recipients: 'пред|за',
    outlet: /^(?:вестник\p{L}*|БТА|БНТ|БНР|радио\p{L}*|телевизия\p{L}*|агенция\p{L}*|сайт\p{L}*)$/iu,
    capitalRole: { test: isNewLanguageRoleNoun },
    anaphor: roleAnaphor(),
  },
  /\p{Script=Cyrillic}/u,
);

const read = roleNounReading(cues, { dropsSubject: true, placeAfterRole: true, according: '[Сс]поред' });

/**
 * A person's noun with the Macedonian definite ending, capitalised as it opens the sentence (`Градоначалникот ветува …:`,
 * `Директорката најави …`, `Советничката`): the office of someone the text named, no name. An agent's stem (-ник, -тел,
 * -ор, -ар, -ец, -ист, …) then -от, or a feminine in -ка/-ца then -та; `Општината`, `Советот` (bodies) are neither.
 */
const DEFINITE_PERSON_NOUN = /^\p{Lu}\p{Ll}{2,}(?:(?:ник|тел|ор|ар|ец|ист|ент|лог|ер|ач|ол)от|(?:к|ц)ата)$/u;

/** Any other noun with the definite ending, alone (`Општината соопшти:`, `Владата`, `Министерството`, `Советот`): a body, described. */
const DEFINITE_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ата|ото|ите|от|ът)$/u;

function asOffice(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind !== 'name' || found.pronoun || /\s/u.test(found.phrase)) return found;
  if (DEFINITE_PERSON_NOUN.test(found.phrase)) return officeDescriptor(found.phrase.toLowerCase());
  return DEFINITE_NOUN.test(found.phrase) && found.phrase.length >= 7 ? described(found.phrase) : found;
}

/** `, рече еден родител.`, `, каза една жена`: the verb, then "one" and a noun, someone unnamed (described as written). */
const INDEFINITE_AFTER = new RegExp(`^[\\s,]*[—–-]?\\s*(?:${VERBS})\\s+((?:еден|една|едно|един)\\s+\\p{Ll}{3,}(?:\\s+\\p{Ll}{3,})?)\\s*(?:[.,!?]|$)`, 'u');

/** `, изјави директорот на школото X Y.`: the lower-case words between the verb and the name are the role (a noun and its complement). */
const WORDS_AFTER_VERB = new RegExp(`^[\\s,]*[—–-]?\\s*(?:${VERBS})\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){1,5})(\\p{Lu})`, 'u');

function withRoleAfterVerb(frame: string, found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind !== 'name' || found.pronoun || found.role) return found;
  const words = WORDS_AFTER_VERB.exec(frame);
  const role = words && frame.startsWith(found.phrase, words.index + words[0].length - 1) ? words[1]!.trim() : '';
  return role && DEFINITE_ROLE_WORD.test(role.split(/\s+/u)[0]!) ? { ...found, role } : found;
}

/** A lower-case noun with the definite ending opening a role (`директорот`, `портпаролката`, `кметът`). */
const DEFINITE_ROLE_WORD = /^\p{Ll}{3,}(?:от|та|ът|ят)$/u;

/**
 * `, каза баща на ученичка, който пожела да не бъде назоваван.`: after the verb a noun with no article (someone, not the one
 * the text spoke of) and a relative clause keeping the name out: someone unnamed, described as written. `каза кметът на
 * селото, който …` (an article: the office of someone named) is left to the role readers.
 */
const WITHHELD_AFTER = new RegExp(`^[\\s,]*[—–-]?\\s*(?:${VERBS})\\s+((?:\\p{Ll}{2,}\\s+){0,3}\\p{Ll}{3,}),\\s+(?:който|която|които|кој|која|кои)\\s`, 'u');

function withheldAfter(frame: string): SpeakerPhrase | null {
  const words = WITHHELD_AFTER.exec(frame)?.[1];
  if (!words || !isUnnamedOnPurpose(frame) || words.split(/\s+/u).some((word) => DEFINITE_ROLE_WORD.test(word) || /^(?:той|тя|тој|таа|те|тие)$/u.test(word))) return null;
  return described(words);
}

const readAfter = (frame: string) => withRoleAfterVerb(frame, asOffice(read.after(frame)));
const readBefore = (frame: string) => asOffice(read.before(frame) ?? adjunctLeftOut(frame));

export const bulgarian: LanguageCues = {
  ...read,
  // (`, се наведува во соопштението.`: no verb of the list, a document's words, statement-passive.ts.)
  applies: (frame) => read.applies(frame) || passiveStatement(frame) !== null,
  after: (frame) => {
    const statement = passiveStatement(frame);
    if (statement) return statement;
    const unnamed = INDEFINITE_AFTER.exec(frame)?.[1];
    if (unnamed) return described(unnamed);
    // (`, каза управителят на ЕООД „…“ X.`: a firm in marks inside the role, bg-quoted-body.ts.)
    return withheldAfter(frame) ?? readThroughQuotedFirm(frame, readAfter) ?? readAfter(frame);
  },
  before: (frame) => readThroughQuotedFirm(frame, readBefore) ?? readBefore(frame),
};

/** `Рано сутринта X заяви:`: the subject after an opening adjunct (bg-opening-adjunct.ts), a name only. */
function adjunctLeftOut(frame: string): SpeakerPhrase | null {
  const plain = withoutOpeningAdjunct(frame);
  const found = plain === null ? null : read.before(plain);
  return found?.kind === 'name' && !found.pronoun ? found : null;
}
