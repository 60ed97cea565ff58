/**
 * Sardinian (logudorese and campidanese spellings): after a quote `«…», at naradu X` (has said X), `at contadu X, 52 annos,
 * …`, `at naradu s'ingegnere` (an office for the one named before), `«…», at annantu.` (added, the subject left out),
 * `narat X` / `nat X` (says X); before one `X at naradu: «…»`, `Issa at naradu chi …` and `segundu X` (according to X).
 * Its articles are `su`, `sa`, `sos`, `sas`, elided `s'`; `unu` / `una` open someone unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { withAdjunctOnly } from './dropped';

/** Said, told, added, declared, explained, answered, asked, stressed, stated, repeated, confirmed: the perfect's participles. */
const PARTICIPLES = alternation(
  ('naradu nadu nau contadu annantu agiuntu declaradu ispiegadu spiegau rispostu preguntadu pregontadu sublinnadu afirmadu ' +
    'repitidu cunfirmadu acrarau craridu crarificadu iscritu denuntziadu').split(' '),
);
/** `at naradu` (has said), plural `ant naradu`; the present `narat`, `nat`, `contat`, `ispiegat` (says, tells, explains). */
const VERBS = `(?:at|ant|had|hat)\\s+(?:${PARTICIPLES})|${alternation('narat nat narant contat ispiegat agiunghet annangit'.split(' '))}`;

/** Offices and trades: engineer, mayor (m/f), commander, doctor, president, councillor, teacher, owner, priest, chief. */
const OFFICE_ALONE = /^(?:su|sa|s['’])\s*(?:ingegnere|sìndigu|sìndiga|sindigu|sindiga|cumandante|dotore|dotora|dutore|presidente|presidenta|assessore|assessora|maistru|maista|mere|meri|preide|capu|diretore|diretora|avocadu|avocada)$/u;

const cues = withAdjunctOnly(
  latinCues({
    afterVerbs: VERBS,
    subjectVerbs: VERBS,
    pronouns: { issu: 'male', issa: 'female', Issu: 'male', Issa: 'female' },
    dropsSubject: true,
    according: '[Ss]egundu',
    hasArticles: true,
    articles: "su|sa|sos|sas|s['’]|unu|una|un['’]",
    stops: 'a|in|cun|pro|dae|de|a\\s+pustis|subra|chene|oe|eris|deretu|puru|galu',
    recipients: 'a|a\\s+su|a\\s+sa|a\\s+sos|a\\s+sas',
    // `at naradu s'ingegnere`, `at annantu sa sìndiga`: an office alone after its article is the one the text named with it;
    // any other noun (`su giòvanu`, the young man) describes someone.
    anaphor: { test: (words: string) => OFFICE_ALONE.test(words.trim()) },
    anaphorGender: (words) => (/^sa\s/u.test(words.trim()) ? 'female' : /^su\s/u.test(words.trim()) ? 'male' : null),
    outlet: /^(?:giornale|diàriu|ràdiu|televisione|agentzia|Unione|Nova)$/iu,
  }),
  VERBS,
  'a|in|cun|pro|dae|subra|chene',
);

/** `Unu pastore de sa bidda, chi at pedidu …, at naradu chi …:` an indefinite subject before the verb names nobody. */
const UNNAMED_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?]\\s+)((?:Unu|Una|Un['’])\\s*[^.!?:«»“”,]{2,60})(?:,[^.!?:«»“”]{0,120},)?\\s+(?:${VERBS})(?![\\p{L}])[^.!?«»“”]*:\\s*$`, 'u'));

function before(frame: string): SpeakerPhrase | null {
  const unnamed = UNNAMED_SUBJECT().exec(frame)?.[1];
  const found = unnamed ? described(unnamed) : null;
  return found ? { ...found, unnamed: true } : cues.before(frame);
}

/** Words Sardinian writes and Italian does not: its participles in -adu/-idu, `at`, `sos`, `sas`, `est`, `chi`, `custu`, `cun`. */
const OWN_WORD = /(?<![\p{L}])(?:at|ant|narat|nat|sos|sas|custu|custa|fiat|semper|segundu|\p{Ll}+adu)(?![\p{L}])/u;

export const sardinian: LanguageCues = {
  ...cues,
  applies: (frame) => OWN_WORD.test(frame) && cues.applies(frame),
  before,
};
