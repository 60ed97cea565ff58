/**
 * West Frisian, read as Dutch's neighbour with its own words: after a quote `“…,” sei X.`, `seit se`, `sei de wethâlder`,
 * `foege er oan ta` (added), `sa X` (thus X); before one `X seit: “…”`, `X sei tiisdei by de radio: “…”` and
 * `Neffens X …` (according to). Offices stand before the name, capitalised where they open the sentence (`Wethâlder X Y`,
 * `Direkteur X Y fan Z seit:`); a family name may open with its particle (`sei De Boer`, `sei Van der Meer`).
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, lazy, person, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';

/** Said, says, told, stated, explained, answered, wrote, warned, stressed, admitted, thinks, found, added (`foege … ta`), laid out. */
const SAYING = (
  'sei seit seine sizze fertelde fertelt stelde stelt ferklearre ferklearret antwurde antwurdet skreau skriuwt warskôge warskôget ' +
  'beklamme beklammet erkende erkent fynt fûn foege foeget lei leit reagearre reagearret konkludearre befêstige befêstiget sucht suchte laket lake'
).split(' ');
const VERBS = alternation(SAYING);

/**
 * Offices and trades a Frisian story writes before a name or alone after `de`: alderman, deputy (provincial executive),
 * mayor, director, chair, spokesperson, skipper, farmer, teacher, nurse, doctor, minister, councillor, owner, resident.
 */
const ROLE = /^(?:wethâlder|deputearre|boargemaster|direkteur|direktrise|foarsitter|wurdfierder|wurdfierster|skipper|boer|boerinne|master|juf|learaar|ferpleechkundige|dokter|húsdokter|minister|riedslid|eigner|eigneresse|bewenner|bewenster|ûndernimmer|sekretaris|trainer|plysje|plysjeman|advokaat|rjochter|kommissaris|dominy|pastoar|ûndersiker|heechlearaar|keaper|winkelman|kaptein|bestjoerder)$/iu;
const isRole = (word: string) => ROLE.test(word) || isNewLanguageRoleNoun(word.toLowerCase());

const cues = latinCues({
  afterVerbs: `${VERBS}|sa(?=\\s+\\p{Lu})`,
  subjectVerbs: VERBS,
  // (hy, er: he; se, sy: she; `neffens him`, according to him, takes the object form.)
  pronouns: { hy: 'male', er: 'male', se: 'female', sy: 'female', Hy: 'male', Se: 'female', Sy: 'female', him: 'male' },
  dropsSubject: false,
  according: '[Nn]effens',
  articles: 'de|it|in|dy|dizze|syn|har|harren',
  hasArticles: false,
  // `foege se der oan ta`, `lei er út`: the separable verb's particle and `der` end the speaker phrase.
  stops: 'tsjin|by|op|yn|nei|foar|oer|mei|fan|út|ta|der|oan|dêr|juster|hjoed|earder|letter|ek|noch|al|moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein',
  recipients: 'tsjin',
  outlet: /^(?:krante|kranne|omrop|\p{L}*[Kk]rante|\p{L}*[Nn]ijs|Omrop|LC|NOS)$/u,
  capitalRole: { test: isRole },
  anaphor: { test: (words: string) => /^de\s+\p{Ll}+$/u.test(words.trim()) && isRole(words.trim().split(/\s+/u)[1]!) },
});

/** `sei De Boer`, `seit Van der Meer`: a family name alone opens with its capitalised particle, which is then no article. */
const PARTICLE_NAME = lazy(() => new RegExp(`^[\\s,–—-]*(?:${VERBS})\\s+((?:De|Van|Ter|Ten|Den)(?:\\s+(?:de|der|den))?\\s+\\p{Lu}[\\p{L}'’-]+)(?=[\\s,.;!?]|$)`, 'u'));

/**
 * `Direkteur X Y fan Z seit:`, `Wethâlder X Y fan Z is lulk …`: `fan` and a body or place after the name belong to the role
 * (the director of Z); the name alone is the subject.
 */
const OF_BODY = /(\p{Lu}\p{Ll}+(?:\s+(?:de|van|der|den|ter)?\s*\p{Lu}[\p{L}'’-]+)+)\s+fan\s+((?:de\s+|it\s+)?(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?=\s+\p{Ll})/gu;

/** A capitalised office opening the sentence, then a full name: `Deputearre X Y`. */
const ROLE_THEN_NAME = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:\s+(?:de|van|der|den|ter)?\s*\p{Lu}[\p{L}'’-]+)+)$/u;

function withRoleSplit(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  const split = ROLE_THEN_NAME.exec(found.phrase);
  return split && isRole(split[1]!) ? person(split[2]!, [split[1], found.role].filter(Boolean).join(' ')) : found;
}

const asRead = (frame: string) => frame.replace(OF_BODY, '$1');

/**
 * Words Frisian alone writes (`neffens`, `hawwe`, `dizze`, `wurdt`, `dy’t`, `foege`): `sei`, `seit`, `hy`, `yn`, `wie` are
 * Italian, German, Afrikaans, Welsh and Dutch words too.
 */
const OWN_WORD = /(?<![\p{L}])(?:[Nn]effens|hawwe|dizze|harren|wurdt|dy[’']t|foege|fertelde|hjoed|juster|ôf|ús|út|moandei|tiisdei|woansdei|tongersdei|sneon)(?![\p{L}])/u;
/**
 * A tag after a quote holding no other Frisian word: `sei` or `seit` and a pronoun, `de` or a name; `sa` and a family name
 * closing it (`sa Bosma.`; Sardinian's article `sa` opens a noun phrase that goes on).
 */
/**
 * `X Y sei …:` before a quote: a capitalised name right before the verb and no comma to the colon (German's subjunctive
 * `Die Lage sei ernst, betont X:` opens with an article and goes on past a comma; its `seit`, "since", follows a verb).
 */
const NAME_THEN_VERB = /(?<![\p{L}])(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es)\s)\p{Lu}\p{Ll}+\s+(?:sei|seit)(?:\s+[^.!?:,“”„"]*)?:\s*$/u;
const BARE_TAG = /^[\s,–—-]*(?:(?:sei|seit)\s+(?:hy|se|sy|er|de|it|in|(?:De|Van|Ter)\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s+(?:de\s+|van\s+)?\p{Lu}\p{Ll}+)*\s*(?:[.,;!?]|$))|sa\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*[.;!?]?\s*$)/u;

function after(frame: string): SpeakerPhrase | null {
  const particle = PARTICLE_NAME().exec(frame)?.[1];
  return particle ? person(particle) : withRoleSplit(cues.after(frame));
}

export const frisian: LanguageCues = {
  ...cues,
  // (The verbs, tested first with no \p class: most frames, in other languages, hold none where the patterns need them.)
  applies: (frame) => (OWN_WORD.test(frame) || (/^[\s,–—-]*(?:sei|seit|sa)\s/u.test(frame) && BARE_TAG.test(frame)) || (/\s(?:sei|seit)[\s:]/u.test(frame) && NAME_THEN_VERB.test(frame))) && cues.applies(frame),
  after,
  before: (frame) => withRoleSplit(cues.before(asRead(frame))),
};
