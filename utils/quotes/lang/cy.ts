/**
 * Welsh puts the verb first: after a quote `,” meddai hi.` (said she), `,” ychwanegodd Mr X.` (added X), `,” meddai.` (the
 * subject left out); before one `Dywedodd X: “…”` (said X) and `Yn ôl X, “…”` (according to X). A sentence opening
 * `Mae X …` ("X is …") has X as its subject; `Mae` is no part of the name (names.ts).
 */

import { cleanName } from '../names';
import { alternation, described, person, pronoun, type LanguageCues } from './shared';
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

/** Nouns heading a body's name (council, government, university, society, enterprise, school, police, board, union, party …): no person. */
const BODY = /^(?:Cyngor|Llywodraeth|Prifysgol|Cymdeithas|Menter|Ysgol|Heddlu|Bwrdd|Undeb|Plaid|Senedd|Cwmni|Ymddiriedolaeth|Canolfan|Clwb|Gwasanaeth|Adran|Awdurdod|Comisiwn|Mudiad|Cyfeillion)(?![\p{L}])/u;

/**
 * The speaker among a subject's comma-set groups: the group that is a full name (`Dr X Y, darlithydd hanes` or `aelod
 * cabinet, y Cynghorydd X Y`), the others its role; a body's name (`Cyngor Sir …`) is described, no person.
 */
function subjectIn(subject: string) {
  if (BODY.test(subject)) return described(subject.split(/,\s+/u)[0]!);
  const groups = subject.split(/,\s+/u);
  const at = groups.findIndex((group) => /^(?:(?:y|yr)\s+)?\p{Lu}/u.test(group) && !BODY.test(group) && cleanName(group.replace(/^(?:y|yr)\s+/u, '')).includes(' '));
  if (at < 0) return null;
  const role = groups.filter((_group, index) => index !== at).join(', ');
  return person(cleanName(groups[at]!.replace(/^(?:y|yr)\s+/u, '')), role || null);
}

const verbFirst = (frame: string) => {
  const subject = VERB_FIRST.exec(frame)?.[1];
  return subject ? subjectIn(subject) : null;
};

/** A tag after a quote: the verb, then its words (`meddai llefarydd ar ran y cyngor`, `meddai'r Cynghorydd X`). */
const TAG = new RegExp(`^[\\s,–—-]*(?:${VERBS})\\s+([^.!?“”‘’\\n]{2,120})`, 'u');
/** Words after the verb that are no subject: a pronoun, a preposition or a time (`meddai hi`, `meddai wrth …`, `meddai heddiw`). */
const NOT_SUBJECT = /^(?:hi|e|fe|o|ef|nhw|yn|wrth|ar|i|am|gyda|ddydd|heddiw|ddoe|dan|gan|wedyn|eto)(?![\p{L}])/u;
/** `meddai'r Cynghorydd X`: the article glued to the verb, read as `meddai yr …`. */
const GLUED_ARTICLE = new RegExp(`^([\\s,–—-]*(?:${VERBS}))['’]r\\s`, 'u');

/** The article, an office or form of address capitalised after it (councillor, reverend, professor, lord, judge, head teacher), a name. */
const TITLED = /^(?:y|yr)\s+(Cynghorydd|Parchedig|Athro|Arglwydd|Barnwr|Prifathro|Prifathrawes|Dr|Doctor)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(?=[\s,]|$)/u;

function after(written: string) {
  const frame = written.replace(GLUED_ARTICLE, '$1 yr ');
  const words = TAG.exec(frame)?.[1]?.trim();
  // (`meddai Cyngor Sir X`: a body; `meddai llefarydd ar ran y cyngor`, a spokesperson for the council: someone described.)
  if (words && BODY.test(words)) return described(words.split(/,\s+/u)[0]!);
  // (`meddai'r Cynghorydd X Y`, `meddai y Parchedig X Y`: the article before a capitalised office, the name after it.)
  const titled = words ? TITLED.exec(words) : null;
  if (titled) return person(cleanName(titled[2]!), titled[1]!);
  if (words && /^\p{Ll}/u.test(words) && !NOT_SUBJECT.test(words)) return described(words.split(/,\s+/u)[0]!);
  return cues.after(frame);
}

/** `Ond rhybuddiodd fod …:` (but he warned that …): a conjunction, then the verb, its subject left out; `Ond` is no name. */
const LINKED_VERB = new RegExp(`(?:^|[.!?]\\s+)(?:Ond|Ac?|Yna|Wedyn|Hefyd|Felly)\\s+(?:${VERBS}|croesawodd|cytunodd)(?![\\p{L}])[^.!?“”‘’]*:\\s*$`, 'iu');

/**
 * `Roedd un o'r cwsmeriaid, dyn …, yn llai brwd: ‘…’` (one of the customers was less keen): `Roedd`, `Mae`, `Bu` (was, is) open
 * the sentence, its subject runs to the first comma or `yn`/`wedi`, and the colon closes it. A name there is the speaker; a
 * lower-case noun (`un o'r …`, one of the …; `y ffermwr`, the farmer) is someone described; `hi'n`, `e'n` a pronoun.
 */
const BEING_SUBJECT = /(?:^|[.!?]\s+)(?:Roedd|Mae|Bu|Oedd|Bydd)\s+(.{2,120}?)(?:,|\s+(?:yn|wedi)\s|['’]n\s)[^.!?“”‘’]*:\s*$/u;

function beingSubject(frame: string) {
  const subject = BEING_SUBJECT.exec(frame)?.[1]?.trim();
  if (!subject) return null;
  if (/^(?:hi|e|fe|o|ef)$/u.test(subject)) return pronoun('they');
  if (/^\p{Lu}/u.test(subject)) {
    const name = cleanName(subject);
    return name ? person(name) : null;
  }
  return /^(?:un|y|yr|dyn|menyw|gwraig|merch|bachgen|ffermwr|\p{Ll}+wr|\p{Ll}+wraig)(?![\p{L}])/u.test(subject) ? described(subject) : null;
}

/** The cue joined into index.ts's gate, `Roedd` and `Oedd` added for `beingSubject`: the words between its brackets, one more. */
const CUE_END = '(?![\\p{L}])';
const cue = `${cues.cue!.slice(0, -CUE_END.length - 1)}|Roedd|Oedd)${CUE_END}`;

export const welsh: LanguageCues = {
  ...cues,
  cue,
  after,
  applies: (frame) => cues.applies(frame) || BEING_SUBJECT.test(frame),
  before: (frame) => (LINKED_VERB.test(frame) ? pronoun('they') : null) ?? verbFirst(frame) ?? beingSubject(frame) ?? cues.before(frame),
};
