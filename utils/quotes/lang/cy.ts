/**
 * Welsh puts the verb first: after a quote `,” meddai hi.` (said she), `,” ychwanegodd Mr X.` (added X), `,” meddai.` (the
 * subject left out); before one `Dywedodd X: “…”` (said X) and `Yn ôl X, “…”` (according to X). A sentence opening
 * `Mae X …` ("X is …") has X as its subject; `Mae` is no part of the name (names.ts).
 */

import { cleanName } from '../names';
import { alternation, person, type LanguageCues } from './shared';
import { latinCues } from './latin';

const VERBS = alternation('meddai dywedodd ychwanegodd esboniodd eglurodd atebodd gofynnodd rhybuddiodd pwysleisiodd cyfaddefodd mynnodd'.split(' '));

const cues = latinCues({
  afterVerbs: VERBS,
  // (Capitalised where the verb opens the sentence: `Dywedodd X:`.)
  subjectVerbs: `${VERBS}|Dywedodd|Ychwanegodd|Esboniodd|Eglurodd|Meddai`,
  // (hi: she; e, fe, o, ef: he.)
  pronouns: { hi: 'female', e: 'male', fe: 'male', o: 'male', ef: 'male' },
  dropsSubject: true,
  according: '[Yy]n\\s+ôl',
  articles: 'y|yr|un',
  hasArticles: true,
  stops: 'yn|wrth|ar|i|am|gyda|ddydd|heddiw|ddoe',
  recipients: 'wrth',
  outlet: /^(?:BBC|Golwg|Cymru\s+Fyw|S4C|Newyddion)$/u,
});

/** `Dywedodd aelod cabinet …, y Cynghorydd X Y:`: the verb opens the sentence, the subject (a role, a comma, the name) runs to the colon. */
const VERB_FIRST = /(?:^|[.!?]\s+)(?:Dywedodd|Ychwanegodd|Esboniodd|Eglurodd|Meddai)\s+([^:.!?“”]{3,160}?)\s*:\s*$/u;

function verbFirst(frame: string) {
  const subject = VERB_FIRST.exec(frame)?.[1];
  if (!subject) return null;
  const groups = subject.split(/,\s+/u);
  const name = cleanName(groups.at(-1)!.replace(/^(?:y|yr)\s+/u, ''));
  return name.includes(' ') ? person(name, groups.length > 1 ? groups.slice(0, -1).join(', ') : null) : null;
}

export const welsh: LanguageCues = { ...cues, before: (frame) => verbFirst(frame) ?? cues.before(frame) };
