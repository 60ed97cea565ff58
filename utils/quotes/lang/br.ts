/**
 * Breton: after a quote `« … », eme X.` (said X), `eme ar vaerez` (said the mayor), `emezañ` / `emezi` (said he / she, the
 * person in the verb), `a lavaras X` (the particle `a` and the verb, mutated: `a zisklêr`, `a respontas`); before one
 * `X a lavar : « … »`, `X he deus lavaret : « … »` (she has said), `Hervez X, …` (according to X). Its articles are
 * `an`, `ar`, `al` and `un`, `ur`, `ul`; an indefinite subject (`un annezad`, a resident) names nobody.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';

/** Says, said, was saying, declares, explains, answers, adds, asks, admits, announces, stresses: after the particle `a`, mutated. */
const PARTICLED = alternation(
  ('lavar lavaras lavare lâr lâras lâre zisklêr zisklêrias zispleg zisplegas respont respontas ouzhpenn ouzhpennas ' +
    'c’houlenn c’houlennas anzav anzavas embann embannas bouez bouezas kendalc’h kendalc’has').split(' '),
);
/** The perfect, `en deus lavaret` (he has said), `he deus displeget` (she has explained), `o deus` (they have). */
const PERFECT = `(?:en|he|o)\\s+deus\\s+(?:${alternation('lavaret lâret displeget disklêriet respontet ouzhpennet komzet embannet anzavet'.split(' '))})`;
const VERBS = `eme|a\\s+(?:${PARTICLED})|${PERFECT}`;

/** Offices and trades a Breton story gives alone after its article: mayor, deputy mayor, councillor, teacher, doctor, president, priest. */
const OFFICE = 'maer|maerez|eil-maer|eil-maerez|kuzulier|kuzulierez|kelenner|kelennerez|medisin|prezidant|prezidantez|person|rener|renerez|sekretour|sekretourez|kannad|kannadez|ministr|pesketaer|labourer|stalier|stalierez|baraer|baraerez|sonerez|soner';

/** `, eme ar vaerez`, `, a lavaras ur c’hoari`: the office words after the verb, their soft mutation (`vaerez` for `maerez`) undone. */
const MUTATED = /(?<=(?:^|\s)(?:ar|an|al|ur|un|ul)\s+)v(?=aer|aerez)/gu;

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: VERBS,
  // (eñ: he; hi: she.)
  pronouns: { eñ: 'male', hi: 'female' },
  dropsSubject: false,
  according: '[Hh]ervez',
  articles: 'an|ar|al|un|ur|ul|e|he|ma|hon',
  hasArticles: true,
  stops: 'o|en|e|er|el|gant|evit|da|d’|war|dirak|goude|a-raok|dec’h|hiziv|c’hoazh|ivez|neuze|ouzh|d’ar',
  recipients: 'da|d’|ouzh',
  outlet: /^(?:kazetenn|skingomz|pellgomz|France|Ouest-France|Breman|Ya)$/u,
  // (`ar vaerez`: an office after the article takes its soft mutation, m to v, as the text writes it beside the name.)
  anaphor: { test: (words: string) => new RegExp(`^(?:an|ar|al)\\s+(?:${OFFICE})(?:\\s+nevez)?$`, 'u').test(words.trim().replace(MUTATED, 'm')) },
  anaphorGender: (words) => (/(?:ez|ez\s+nevez)$/u.test(words.trim()) ? 'female' : null),
});

/** `emezañ`, `emezi`, `emezo`: "said he", "said she", "said they": the person is in the verb. */
const PERSONAL_EME = /^[\s,–—-]*eme(zañ|zi|zo|z\s+eñ|z\s+hi)(?![\p{L}])/u;

/** `ur beajour, hag en deus goulennet chom dizanv, a lavare :` an indefinite subject before the verb: someone unnamed. */
const UNNAMED_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?,]\\s+)((?:[Uu]n|[Uu]r|[Uu]l)\\s+[^.!?:«»“”]{2,120}?)\\s+(?:${VERBS})(?:\\s+\\p{Ll}+){0,3}\\s*:\\s*$`, 'u'));

function after(frame: string): SpeakerPhrase | null {
  const personal = PERSONAL_EME.exec(frame)?.[1];
  if (personal) return /zañ|eñ/u.test(personal) ? pronoun('he', 'male') : /zi|hi/u.test(personal) ? pronoun('she', 'female') : pronoun('they');
  return cues.after(frame);
}

function before(frame: string): SpeakerPhrase | null {
  const unnamed = UNNAMED_SUBJECT().exec(frame)?.[1];
  if (unnamed) {
    const found = described(unnamed);
    return found ? { ...found, unnamed: true } : null;
  }
  return cues.before(frame);
}

/** Words Breton alone writes: `eme`, `emezañ`, `emezi`, `hervez`, `ha`, `eo`, `ez`, `ket`, the article `ar`, `c’h`. */
const OWN_WORD = /(?<![\p{L}])(?:eme|emezañ|emezi|emezo|[Hh]ervez|eo|ket|ar|zo|deus|c[’']h\p{L}*)(?![\p{L}])/u;

const PARTICLED_VERB = lazy(() => new RegExp(`(?<![\\p{L}])a\\s+(?:${PARTICLED})(?![\\p{L}])`, 'u'));

export const breton: LanguageCues = {
  ...cues,
  // (`a lavaras X` alone holds no other Breton word: its particled verbs are Breton's own too.)
  applies: (frame) => (OWN_WORD.test(frame) || PARTICLED_VERB().test(frame)) && (cues.applies(frame) || PERSONAL_EME.test(frame)),
  after,
  before,
};
