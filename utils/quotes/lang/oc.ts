/**
 * Occitan: after a quote `« … », çò ditz X` (`çò`, "so", before the verb), `ditz el` / `ditz ela` (says he / she),
 * `çò diguèt la cònsol` (an office for the one named before), `, çò diguèt.` (the subject left out); before one
 * `X expliquèt : « … »`, `Ditz : « … »` (the verb opening the sentence, its subject the person just brought in), and
 * `segon X` (according to X). Its past is the simple `diguèt`, `expliquèt` or the perfect `a dich`, `a explicat`.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, definiteDescriptor, described, lazy, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

/** Says, said, explains, explained, adds, added, declared, answered, stated, stressed, went on, specified, promised, assured, admitted. */
const SIMPLE = (
  'ditz dison diguèt diguèron diguet explica expliquèt apond apondèt ajusta ajustèt declara declarèt respond respondèt ' +
  'afirma afirmèt soslinha soslinhèt contunha contunhèt precisa precisèt prometèt assegura assegurèt reconeguèt remarca remarquèt ' +
  'conta contèt raconta racontèt demanda demandèt'
).split(' ');
// (Only Occitan's own participles: French `a dit` and Romanian `a explicat`, `a declarat` are theirs.)
const PERFECT = `a\\s+(?:${alternation('dich apondut ajustat respondut soslinhat precisat assegurat'.split(' '))})`;
/** `çò ditz`, `çò diguèt`: the particle `çò` (also written `ço`) may stand before the verb after a quote; an object clitic `nos` too. */
const VERBS = `(?:(?:çò|ço|Çò)\\s+)?(?:(?:nos|me|li|lor)\\s+)?(?:${alternation(SIMPLE)}|${PERFECT})`;

const cues = withAdjunctOnly(
  latinCues({
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { el: 'male', ela: 'female' },
    dropsSubject: true,
    according: '[Ss]egon',
    hasArticles: true,
    articles: "lo|la|l['’]|los|las|un|una|son|sa",
    stops: 'a|al|als|en|pendent|aprèp|abans|ièr|uèi|amb|per|pel|sens|dins|davant|entre|sus|sul',
    recipients: 'a|al|als|a\\s+la',
    ...definiteDescriptor({ female: ['la'], male: ['lo'], either: ["l'", 'l’'] }, 'comuna|mairia|conselh|departament|region|associacion|entrepresa|prefectura|govèrn|sindicat|escòla|cooperativa|polícia|gendarmariá'),
    outlet: /^(?:jornal|gazeta|ràdio|television|agéncia|revista|Jornalet|Setmana)$/iu,
  }),
  VERBS,
  'a|al|als|en|pendent|aprèp|abans|amb|per|pel|sens|dins|davant|entre|sus|sul',
);

/** `Ditz : « … »`, `Çò diguèt :`: the verb alone opening the sentence before the colon: its subject is the person the text is on. */
const VERB_ALONE = lazy(() => new RegExp(`(?:^|[.!?»]\\s+)(?:Ditz|Diguèt|Expliquèt|Apondèt|Ajustèt|Çò\\s+ditz|Çò\\s+diguèt)\\s*:\\s*$`, 'u'));

/** `Una pastora, que volguèt pas donar son nom, diguèt qu'… :`: an indefinite subject before the verb names nobody. */
const UNNAMED_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?]\\s+)((?:Un|Una)\\s+[^.!?:«»“”,]{2,60})(?:,[^.!?:«»“”]{0,120},)?\\s+(?:${VERBS})(?![\\p{L}])[^.!?«»“”]*:\\s*$`, 'u'));

function before(frame: string): SpeakerPhrase | null {
  if (VERB_ALONE().test(frame)) return pronoun('they');
  const unnamed = UNNAMED_SUBJECT().exec(frame)?.[1];
  const found = unnamed ? described(unnamed) : null;
  return found ? { ...found, unnamed: true } : cues.before(frame);
}

/** Words Occitan writes and its neighbours (French, Catalan, Spanish, Italian) do not: `çò`, `ditz`, `diguèt`, `aquò`, `èra`, `dempuèi`. */
const OWN_WORD = /(?<![\p{L}])(?:çò|Çò|ço|ditz|Ditz|diguèt|Diguèt|expliquèt|apondèt|aquò|èra|dempuèi|sèm|fasèm|podèm|a\s+dich|a\s+apondut)(?![\p{L}])/u;

export const occitan: LanguageCues = {
  ...cues,
  applies: (frame) => OWN_WORD.test(frame) && (cues.applies(frame) || VERB_ALONE().test(frame)),
  before,
};
