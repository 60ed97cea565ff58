/**
 * Albanian: after a quote `”, tha X.` (said X), `”, shtoi ai.` (added he), `”, deklaroi kryetari.`; before one `X tha: “…”`,
 * `Ajo theksoi: “…”`, `Sipas X, “…”` (according to X). Nouns carry their article and case as an ending (`kryetari` the
 * chairman, `Institutin` the institute as an object, `Komunës` the commune's), so a capitalised run opening with a word
 * so ended is a body or a place, no person; an office goes before the name with its genitive chain, linked by `i`, `e`,
 * `të`, `së` (`Drejtori i Spitalit të Qytetit, X Y`, `Mjekja e fshatit X Y`): all of it the role, the name after it.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isRole } from './sq-roles';

/** Past and present of saying: said, added, declared, stated, stressed, explained, told, warned, asked, underlined, recalled, went on. */
const PAST = 'tha shtoi deklaroi pohoi theksoi shpjegoi tregoi paralajmëroi pyeti nënvizoi kujtoi vazhdoi përfundoi sqaroi argumentoi siguroi'.split(' ');
const PRESENT = 'thotë shton deklaron pohon thekson shpjegon tregon paralajmëron pyet nënvizon kujton vazhdon sqaron'.split(' ');
const VERBS = alternation([...PAST, ...PRESENT]);

/** One lower-case word with the suffixed definite article: `pensionistja`, `mjeku`, `kryetari`. */
const DEFINITE_ROLE = /^\p{Ll}{3,}(?:i|u|ja|a)$/u;

const cues = latinCues({
  afterVerbs: VERBS,
  // (Capitalised where the verb opens the sentence: `Tha kryetari:`.)
  subjectVerbs: `${VERBS}|Tha|Shtoi`,
  // (ai: he; ajo: she.)
  pronouns: { ai: 'male', Ai: 'male', ajo: 'female', Ajo: 'female' },
  dropsSubject: true,
  according: '[Ss]ipas',
  articles: 'një',
  hasArticles: false,
  // (For, in, with, after, during, before, today, yesterday, while, that, by, without, on, when, also.)
  stops: 'për|në|me|pas|gjatë|para|sot|dje|ndërsa|se|duke|pa|mbi|teksa|kur|edhe|gjithashtu',
  recipients: 'për',
  outlet: /^(?:gazet\p{L}*|televizion\p{L}*|portal\p{L}*|agjenci\p{L}*|radio\p{L}*|media\p{L}*)$/u,
  capitalRole: { test: isRole },
  // `», thotë pensionistja.`: a role noun with the suffixed article alone after the verb stands for the person last named
  // (`-i`, `-u` his, `-ja`, `-a` hers), as Romanian's `spune pensionara`; a bare one, `thotë një mjek`, is someone new.
  anaphor: { test: (words) => DEFINITE_ROLE.test(words.trim()) && isRole(words.trim()) },
  anaphorGender: (words) => (/(?:ja|a)$/u.test(words.trim()) ? 'female' : 'male'),
});

/**
 * Case and article endings a noun takes and a name in the nominative does not: `Institutin`, `Qytetit`, `Komunës`, `Bashkisë`,
 * `Shqipërisë`, `Studentëve`. (-in only on a long word: `Martin` is a name.)
 */
const OBLIQUE = /^\p{Lu}\p{Ll}+(?:ës|së|ve|ët|ën|it|ut|ës)$|^\p{Lu}\p{Ll}{5,}in$/u;
/** The linking articles of a genitive chain: `Kryetari i Komunës së Qytetit`. */
const LINK = /^(?:i|e|të|së)$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Whether a reading names a body or a place: a capitalised word in a case opens it, or it is only linking words and such nouns. */
const isBodyRun = (phrase: string) => phrase.split(/\s+/u).some((word, at) => OBLIQUE.test(word) && (at === 0 || LINK.test(phrase.split(/\s+/u)[at - 1]!)));

/**
 * A role with its genitive chain, then the name: `Drejtori i Spitalit Rajonal, Arben Kola` or `Mjekja e fshatit Drita Kola`.
 * Read at a clause's start (the sentence's, or the words after the verb).
 */
const ROLE_THEN_NAME = /^(\p{L}+(?:\s+(?:i|e|të|së)\s+\p{L}+(?:\s+\p{Lu}\p{Ll}+)*)*)\s*,?\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=\s*[,.;:!?]|\s+\p{Ll}|\s*$)/u;

function roleThenName(words: string): SpeakerPhrase | null {
  const found = ROLE_THEN_NAME.exec(words.trim());
  if (!found || !isRole(found[1]!.split(/\s+/u)[0]!)) return null;
  const name = found[2]!.split(/\s+/u);
  return name.every((word) => NAME_WORD.test(word) && !OBLIQUE.test(word)) ? person(name.join(' '), found[1]) : null;
}

/** `Sipas Kolës, …`: after "according to" a family name is in the genitive; its nominative is the name the text gives. */
const ACCORDING_GENITIVE = /(?:^|[.!?]\s+)[Ss]ipas\s+(\p{Lu}\p{Ll}+?)(ës|it|ut)(?=[\s,])[^.!?]*$/u;
const NOMINATIVE: Record<string, string> = { ës: 'a', it: 'i', ut: 'u' };

function accordingGenitive(frame: string): SpeakerPhrase | null {
  const found = ACCORDING_GENITIVE.exec(frame.trimEnd().replace(/[.!?]$/u, ''));
  return found ? person(found[1]! + NOMINATIVE[found[2]!]) : null;
}

/** The sentence's opening words: `Ekspertja e mjedisit X Y, <apposition>, paralajmëron …` has its subject there. */
function openingSubject(frame: string): SpeakerPhrase | null {
  const words = frame.trimEnd().replace(/[.!?:]$/u, '');
  const sentence = words.slice(Math.max(0, words.search(/[^.!?]*$/u))).trim();
  // (`Një grua që …, tha se …`: "a woman", someone brought in unnamed.)
  const unnamed = /^Një\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+(?:që|nga|prej|në|me)\s|,)/u.exec(sentence);
  return roleThenName(sentence) ?? (unnamed ? described(unnamed[0].replace(/^Një/u, 'një')) : null);
}

/** Nouns for a body with their article (`Bashkia` the municipality, `Policia`, `Ministria`, `Spitali`): a run opened by one is no person. */
const BODY = /^(?:bashki|polici|ministri|qeveri|komun|agjenci|prefektur|gjykat|prokurori|shoqat|kompani|universitet|spital|institut|drejtori|bank|parti|federat|komision|kuvend|parlament|zyr|autoritet|inspektorat|sindikat)(?:a|ja|i|ia)$/u;

/** A reading kept when it names a person: a body's run is dropped, a description opening with a preposition is no subject. */
function checked(found: SpeakerPhrase | null | undefined): SpeakerPhrase | null {
  if (!found) return null;
  if (found.kind === 'name' && !found.pronoun && BODY.test(found.phrase.split(/\s+/u)[0]!.toLowerCase())) return described(found.phrase);
  if (found.kind === 'description' && /^(?:për|në|me|pas|gjatë|para|se|duke|pa|mbi|nga|kur|sepse)\s/u.test(found.phrase)) return null;
  if (found.kind === 'name' && !found.pronoun && isBodyRun(found.phrase)) return null;
  return found;
}

/**
 * Object clitics standing right before the verb (`Ajo i tha:` she told him/her, `Ai na tha:` he told us, `„…“, i tha ai.`):
 * whom the words were said to, no part of the subject; read with them taken out.
 */
const CLITIC_BEFORE_VERB = lazy(() => new RegExp(`(^|[\\s,—–-])(?:i|e|u|ia|ua|na|ju|më|të)\\s+(?=(?:${VERBS})(?![\\p{L}]))`, 'gu'));
const withoutClitic = (frame: string) => frame.replace(CLITIC_BEFORE_VERB(), '$1');

const VERB_OPENING = lazy(() => new RegExp(`^[\\s,—–-]*(?:${VERBS})\\s+`, 'iu'));

export const albanian: LanguageCues = {
  ...cues,
  after: (raw) => {
    const frame = withoutClitic(raw);
    // (`tha Kryetari i Komunës së Qytetit, X Y`: the role's chain, then the name.)
    const verb = VERB_OPENING().exec(frame);
    return (verb ? roleThenName(frame.slice(verb[0].length)) : null) ?? checked(cues.after(frame));
  },
  before: (raw) => {
    const frame = withoutClitic(raw);
    return accordingGenitive(frame) ?? checked(cues.before(frame)) ?? openingSubject(frame);
  },
};
