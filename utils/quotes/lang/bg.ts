/**
 * Bulgarian, which no module read until batch 7 (q-other): `„…“, заяви кметът на Видин X`, `„…“, подчерта тя`,
 * `каза пенсионерката X`, `според X`. Its aorist has no gender and no -л (`заяви`, `каза`), so the Russian reader
 * never matches it; the pronoun (той, тя) or a role noun with its suffixed article (`кметът`, `пенсионерката`, in
 * newlang-roles.ts) tells.
 */

import { alternation } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

/** Exported for Cyrillic dialogue lines (ru-uk.ts), whose tag Bulgarian papers set after a bare dash. */
export const BULGARIAN_VERBS = alternation('заяви каза казва подчерта добави обясни посочи коментира сподели допълни отбеляза уточни призна припомни предупреди'.split(' '));

const cues = latinCues(
  {
    afterVerbs: BULGARIAN_VERBS,
    subjectVerbs: BULGARIAN_VERBS,
    pronouns: { той: 'male', тя: 'female' },
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

export const bulgarian = roleNounReading(cues, { dropsSubject: true, placeAfterRole: true, according: '[Сс]поред' });
