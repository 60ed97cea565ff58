/**
 * Indonesian: `"…," kata X`, `ujar X`, `tutur X`, `jelasnya` (the verb with -nya: the one just quoted),
 * `Menurut X`, roles before the name (`Kepala Dinas Perdagangan Kota Makassar, Rudi Hartono`).
 */

import { alternation, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

const STEMS = 'kata ujar ucap tutur jelas ungkap terang tegas sebut imbuh tambah lanjut papar beber akui pungkas soal tanya';
const VERBS = alternation([...STEMS.split(' '), ...STEMS.split(' ').map((stem) => `${stem}nya`)]);

/**
 * The active verb of a stem, written before the quote (`Rina menambahkan, "…"`): the prefix meN- as the stem's first sound
 * makes it (t, k, p, s drop: tambah → menambahkan, kata → mengatakan, papar → memaparkan, sebut → menyebutkan) and -kan after
 * it (a stem ending in i takes none: akui → mengakui).
 */
function activeVerb(stem: string): string {
  const first = stem[0]!;
  const prefixed = /[aeiou]/.test(first) ? `meng${stem}` : first === 't' ? `men${stem.slice(1)}` : first === 'k' ? `meng${stem.slice(1)}` : first === 'p' ? `mem${stem.slice(1)}` : first === 's' ? `meny${stem.slice(1)}` : first === 'b' ? `mem${stem}` : /[jdc]/.test(first) ? `men${stem}` : `me${stem}`;
  return stem.endsWith('i') ? prefixed : `${prefixed}kan`;
}
const ACTIVE_VERBS = alternation(['mengatakan', 'menyatakan', 'menjelaskan', 'mengungkapkan', 'menegaskan', 'menuturkan', 'berkata', ...STEMS.split(' ').map(activeVerb)]);

const cues = latinCues({
  afterVerbs: VERBS,
  subjectVerbs: ACTIVE_VERBS,
  // Dia has no gender: `-nya` and `dia` are read as the subject left out.
  pronouns: {},
  dropsSubject: true,
  according: '[Mm]enurut',
  articles: 'sang|si|para|seorang',
  hasArticles: false,
  // (`katanya singkat sambil …`: a manner adverb after the verb, "briefly", "softly", is no subject.)
  stops: 'saat|ketika|di|pada|kepada|dalam|usai|seusai|sambil|sembari|seraya|kemarin|hari|dengan|setelah|sebelum|singkat|lirih|pelan|lagi|pula|juga',
  recipients: 'kepada',
  outlet: /^(?:Antara|Kompas\p{L}*|Tempo|wartawan|media|detikcom|Warta|koran)$/iu,
  capitalRole: { test: isNewLanguageRoleNoun },
  anaphor: roleAnaphor(),
});

const reading = roleNounReading(cues, { dropsSubject: true, placeAfterRole: false, according: '[Mm]enurut' });

/** `Beliau menambah:`: the respectful "he/she" opening the colon's sentence is the person the text just brought in, no name. */
const RESPECTFUL_PRONOUN_COLON = /(?:^|[.!?]\s+)Beliau\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:$/u;

/** `katanya ketika ditemui X di sini`: a verb with -nya holds its subject, so a name after it is whom the speaker met (an outlet, a reporter). */
const NYA_VERB_THEN_CLAUSE = new RegExp(`^\\s*((?:${STEMS.split(' ').map((stem) => `${stem}nya`).join('|')})(?![\\p{L}]))\\s+(?:saat|ketika|usai|seusai|sambil|sembari|seraya|setelah|sebelum)\\s`, 'u');

export const indonesian: LanguageCues = {
  ...reading,
  after: (frame) => {
    const held = NYA_VERB_THEN_CLAUSE.exec(frame);
    return reading.after(held ? `${held[1]}.` : frame);
  },
  before: (frame) => (RESPECTFUL_PRONOUN_COLON.test(frame.trimEnd()) ? pronoun('they') : reading.before(frame)),
};
