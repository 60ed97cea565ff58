/**
 * Esperanto: verbs of saying end in -is (past) or -as (present), the subject after or before them. After a quote
 * `„…“, diris X.`, `„…“, aldonis s-ino X.`, `„…“, ŝi diris kapjesante.` (pronoun first, an adverbial participle after),
 * `„…“, X diris al la gazeto.` (the name first); before one `X diris: „…“`, `Ŝi atentigis: „…“`, `Laŭ X, „…“`.
 * Forms of address come off the name (`s-ro` Mr, `s-ino` Mrs, `d-ro`, `d-ino` Dr, `f-ino` Miss, `prof.`). A noun in
 * the accusative (-n, `la urbestron`) is whom it was said to, never the speaker; `el X` after a name is where they come from.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { cleanName, NAME_RUN } from '../names';

/** Said, added, explained, told, admitted, warned, pointed out, stressed, answered, asked, declared, claimed… (-is past, -as present). */
const STEMS = 'dir aldon klarig rakont konfes avert atentig emfaz substrek respond demand deklar aser komentari koment not rimark insist skrib raport memorig konfirm plend ekkri flustr precizig argument opini citi kontraŭdir proklam anonc sciig akcent admon murmur resum'.split(' ');
const VERB_FORMS = STEMS.flatMap((stem) => [`${stem}is`, `${stem}as`]);
const VERBS = alternation(VERB_FORMS);
const PRONOUNS = 'li|ŝi|ili|Li|Ŝi|Ili';

/** Forms of address before a name, no part of it nor a role: Mr, Mrs, Dr (m./f.), Miss, Prof. */
const ADDRESS = /(?<![\p{L}])(?:[Ss]-r[oi]n?|[Ss]-inon?|[Dd]-r[oi]n?|[Dd]-inon?|[Ff]-inon?|[Pp]rof\.|[Dd]r\.)\s+(?=\p{Lu})/gu;
const withoutAddress = (frame: string) => frame.replace(ADDRESS, '');

/** `kapjesante`, `ĝeminte` (nodding, having sighed): an adverbial participle says how, not who. */
const ADVERBIAL_PARTICIPLE = '\\p{Ll}+(?:ante|inte|onte)';

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: VERBS,
  pronouns: { li: 'male', ŝi: 'female' },
  dropsSubject: false,
  according: '[Ll]aŭ',
  // (`unu loĝanto` one resident, `iu` someone: an indefinite description; `la` the only article.)
  articles: 'la|unu|iu|sia|lia|ŝia|ilia|nia',
  hasArticles: false,
  // `el` (from) a place, `al` (to) whom, `en` (in), `dum` (during), `post` (after), `kaj` (and), `hieraŭ` (yesterday)…
  stops: `al|el|en|dum|post|antaŭ|ĉe|per|pri|kun|por|kaj|sed|hieraŭ|hodiaŭ|ankaŭ|tiam|poste|${ADVERBIAL_PARTICIPLE}`,
  recipients: 'al',
  outlet: /^(?:gazeto|ĵurnalo|revuo|radio|televido|retejo|agentejo|\p{L}*gazeto|\p{L}*ĵurnalo)$/u,
});

const patterns = lazy(() => ({
  /** `, ŝi diris …`, `, li aldonis.`: a pronoun, then the verb. */
  pronounTag: new RegExp(`^[\\s,–—-]*(${PRONOUNS})\\s+(?:${VERBS})(?![\\p{L}])`, 'u'),
  /** `, Verdan diris al …`: a name, then the verb, closing the quote's tag. */
  nameTag: new RegExp(`^[\\s,–—-]*(${NAME_RUN})\\s+(?:${VERBS})(?![\\p{L}])`, 'u'),
  indefiniteSubject: new RegExp(INDEFINITE_SUBJECT.source.replace('VERBS', VERBS), 'u'),
  /** `la urbestron`, `lin`, `ŝin`: an accusative noun or pronoun (a lower-case word ending in -n after -o/-a/-j or a pronoun). */
  accusative: /^(?:la\s+)?(?:\p{Ll}+(?:on|ojn|an|ajn)|lin|ŝin|ilin|min|nin)$/u,
}));

/** A name read from a run, a place after `el` and a trailing word cut off. */
function nameOf(run: string): SpeakerPhrase | null {
  const name = cleanName(run.replace(/\s+el\s+\p{Lu}.*$/u, ''));
  return name ? person(name) : null;
}

/** `, kaj la publiko ridis`: a clause joined by "and", "but", "while", "because" after the name says what else happened, no role. */
const JOINED_CLAUSE = /,\s+(?:kaj|sed|dum|kiam|ĉar|kvankam|tamen)\s[^]*$/u;

/** `Unu loĝanto el X, kiu …, diris:` (one resident), `Iu gepatro diris:` (some parent): someone unnamed, a place after `el` no name. */
const INDEFINITE_SUBJECT = /(?:^|[.!?]\s+)((?:Unu|Iu|Kelkaj|Multaj|Alia|Alies)\s+\p{Ll}[^,:]*?)(?:,[^:]*)?\s+(?:\p{Ll}+\s+){0,2}?(?:VERBS)(?![\p{L}])/u;

function after(frame: string): SpeakerPhrase | null {
  const written = withoutAddress(frame.split('\n')[0]!).replace(JOINED_CLAUSE, '').replace(/^[\s,]+/u, '');
  const { pronounTag, nameTag, accusative } = patterns();
  const spoken = pronounTag.exec(written)?.[1]?.toLowerCase();
  if (spoken) return spoken === 'ili' ? null : pronoun(spoken === 'ŝi' ? 'she' : 'he', spoken === 'ŝi' ? 'female' : 'male');
  const named = nameTag.exec(written);
  if (named) return nameOf(named[1]!);
  const found = cues.after(written);
  // (`, demandis la urbestron …`: a noun in the accusative is whom it was asked, no subject.)
  if (found && !found.pronoun && accusative.test(found.phrase)) return null;
  // (`, demandis la urbestron Petro.`: the object comes first, the name after it is the subject, the accusative no role of theirs.)
  if (found?.role && accusative.test(found.role)) return nameOf(found.phrase);
  return withoutPlace(found);
}

/** A name read with its place after `el` cut off, its role kept. */
function withoutPlace(found: SpeakerPhrase | null): SpeakerPhrase | null {
  const name = found?.kind === 'name' && !found.pronoun ? nameOf(found.phrase) : null;
  return name ? { ...found!, phrase: name.phrase } : found;
}

function before(frame: string): SpeakerPhrase | null {
  const indefinite = patterns().indefiniteSubject.exec(frame);
  if (indefinite) return described(indefinite[1]!);
  const found = cues.before(withoutAddress(frame));
  // (An accusative read as the subject is the verb's object: `… demandis la urbestron:` names no speaker by it.)
  if (found && !found.pronoun && patterns().accusative.test(found.phrase)) return null;
  return withoutPlace(found);
}

/**
 * Letters only Esperanto writes (ĉ ĝ ĥ ĵ ŝ ŭ), its small words (`kaj` and, `estas` is, `ke` that) or its verbs' past in -is,
 * with one of its verbs: any other Latin frame fails the first test at once.
 */
// (The past forms too, but `avertis` and `notis`, which French and Spanish write: `, demandis la urbestron Petro.` has no other sign.)
const OWN_WORD = lazy(() => new RegExp(`[ĉĝĥĵŝŭĈĜĤĴŜŬ]|(?<![\\p{L}])(?:kaj|estas|estis|ke|${alternation(STEMS.filter((stem) => !/^(?:avert|not)$/u.test(stem)).map((stem) => `${stem}is`))})(?![\\p{L}])`, 'u'));

export const esperanto: LanguageCues = {
  applies: (frame) => OWN_WORD().test(frame) && cues.applies(frame),
  after,
  before,
};
