/**
 * Danish and Norwegian (Bokmål and Nynorsk): `»…,« siger borgmester X`, `– …, sier hun`, `– …, seier ho`, `ifølge X`, roles before the name
 * without a capital (`direktør Jesper Thomsen`, `ordfører X (Ap)`).
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, NAME_RUN } from '../names';
import { alternation, lazy, person, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { DANISH_NORWEGIAN_SAYING } from './da-no-verbs';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleNounReading } from './newlang-shared';
import { agedRoleAnaphor } from './aged-role-anaphor';
import { NORDIC_WEEKDAYS } from './nordic-stops';

const VERBS = alternation(DANISH_NORWEGIAN_SAYING);

const cues = latinCues({
  afterVerbs: VERBS,
  // (`På værftet forklarer X: »…«`: any verb of telling or explaining may stand before its subject and a colon.)
  subjectVerbs: 'siger|sagde|sier|sa|skriver|skrev|fortæller|forteller|fortalte|seier|fortel|fortalde|forklarer|forklarte|forklarede|forklarar|svarer|svarte|svarede|understreger|understreker',
  // (Nynorsk `ho`, she: `– …, seier ho.`)
  pronouns: { han: 'male', hun: 'female', ho: 'female' },
  dropsSubject: false,
  according: '[Ii]følgje|[Ii]følge',
  articles: 'en|et|ei|den|det|hans|hendes|hennes',
  hasArticles: false,
  stops: `til|i|på|ved|under|efter|etter|for|om|med|fra|også|dog|nu|nå|da|i\\s+går|i\\s+dag|${NORDIC_WEEKDAYS}`,
  recipients: 'til',
  outlet: /^(?:avis\p{L}*|\p{L}*[Aa]vis\p{L}*|Ritzau|NTB|DR|NRK|TV\s?2|Politiken|Berlingske|Aftenposten|VG|Dagbladet|radio\p{L}*)$/u,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: agedRoleAnaphor(),
});

const read = roleNounReading(cues, { dropsSubject: false, placeAfterRole: false, according: '[Ii]følgje|[Ii]følge' });

/**
 * `siger formand for kultur- og fritidsudvalget Henrik Bach (V)`, `sier leder i avdelingen Kari Holm`: a role noun and its
 * lower-case complement after `for`/`i` (where the reader stops), then the name.
 */
const ROLE_COMPLEMENT_NAME = lazy(() => new RegExp(`^[\\s–—-]*(?:${VERBS})\\s+((\\p{Ll}+)\\s+(?:for|i|ved|på|hos)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+(?:og\\s+|eller\\s+)?){1,3})(${NAME_RUN})`, 'u'));

/** The verb opening the frame as ROLE_COMPLEMENT_NAME reads it, with no \p class: most frames (other languages) lack it. */
const OPENING_VERB = new RegExp(`^[\\s–—-]*(?:${VERBS})\\s`, 'u');

function roleComplementName(frame: string): SpeakerPhrase | null {
  const match = OPENING_VERB.test(frame) ? ROLE_COMPLEMENT_NAME().exec(frame) : null;
  const name = match && isNewLanguageRoleNoun(match[2]!) ? cleanName(match[3]!) : '';
  return name && name.includes(' ') ? person(name, match![1]!.trim()) : null;
}

export const danishNorwegian: LanguageCues = { ...read, after: (frame) => roleComplementName(frame) ?? read.after(frame) };
