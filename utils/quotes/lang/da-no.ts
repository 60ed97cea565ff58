/**
 * Danish and Norwegian: `»…,« siger borgmester X`, `– …, sier hun`, `ifølge X`, roles before the name
 * without a capital (`direktør Jesper Thomsen`, `ordfører X (Ap)`).
 */

import { alternation } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

const VERBS = alternation(
  ('siger sagde sier sa fortæller fortalte forteller skriver skrev forklarer forklarte forklarede mener synes svarer ' +
    'svarte svarede understreger understreket understregede tilføjer tilføjede legger lægger erkender innrømmer').split(' '),
);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: 'siger|sagde|sier|sa|skriver|skrev|fortæller|forteller|fortalte',
  pronouns: { han: 'male', hun: 'female' },
  dropsSubject: false,
  according: '[Ii]følge',
  articles: 'en|et|ei|den|det|hans|hendes|hennes',
  hasArticles: false,
  stops: 'til|i|på|ved|under|efter|etter|for|om|med|fra|også|dog|nu|nå|da|i\\s+går|i\\s+dag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag',
  recipients: 'til',
  outlet: /^(?:avis\p{L}*|\p{L}*[Aa]vis\p{L}*|Ritzau|NTB|DR|NRK|TV\s?2|Politiken|Berlingske|Aftenposten|VG|Dagbladet|radio\p{L}*)$/u,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

export const danishNorwegian = roleNounReading(cues, { dropsSubject: false, placeAfterRole: true, according: '[Ii]følge' });
