/**
 * Indonesian and Malay: `"…," kata X`, `ujar X`, `tutur X`, `jelasnya` (the verb with -nya: the one just quoted),
 * `Menurut X`, roles before the name (`Kepala Dinas Perdagangan Kota Makassar, Rudi Hartono`). Malay forms too: titles
 * before the name (`Datuk`, `Tuan`, `Puan`, `Encik`, `Cik`, `Haji`) are none of it, `binti` (daughter of) runs inside it as
 * `bin` does, `X, 58, berkata …` (the age set off by commas), and a body (`Jabatan …`, `Angkatan …`) is described.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, person, pronoun, type LanguageCues } from './shared';
import { latinCues } from './latin';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { roleAnaphor, roleNounReading } from './newlang-shared';

// (`tulis`, wrote: a post, a letter or a status quoted as the person's words, `tulis X di akun Instagram-nya`.)
const STEMS = 'kata ujar ucap tutur jelas ungkap terang tegas sebut imbuh tambah lanjut papar beber akui pungkas soal tanya tulis';
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
// (Malay writes some without -kan: `menambah`, `memberitahu`; and `mendakwa` (claimed), `menjawab` (answered), `menyambung` (went on).)
const MALAY_ACTIVE = ['menambah', 'memberitahu', 'mendakwa', 'menjawab', 'menyambung', 'mengulas'];
// (`menyampaikan`, conveyed: from `sampai`, which the rule above would give no -kan.)
const ACTIVE_VERBS = alternation(['mengatakan', 'menyatakan', 'menyampaikan', 'menjelaskan', 'mengungkapkan', 'menegaskan', 'menuturkan', 'berkata', ...MALAY_ACTIVE, ...STEMS.split(' ').map(activeVerb)]);

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

/**
 * `Beliau menambah:`, `Dalam sidang media semalam, beliau berkata:`: the respectful "he/she" opening the colon's clause, perhaps
 * after a fronted adjunct and its comma, is the person the text just brought in, no name.
 */
const RESPECTFUL_PRONOUN_COLON = /(?:^|[.!?]\s+)(?:[^.!?“”"]{1,100},\s+)?[Bb]eliau\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*:$/u;
/**
 * `Dia menambah, "…"`, `Ia menegaskan:`: "he/she" (no gender) and a verb of saying before the quote, never a name. Before a
 * colon the verb may take a longer object (`Ia menjelaskan proses yang memakan waktu dua tahun:`), and a fronted adjunct may
 * come first, the pronoun then in lower case (`Kepada harian itu ia mengatakan:`, "to that daily he said": whom it was told).
 */
const PRONOUN_SAYS_BEFORE = new RegExp(`(?:^|[.!?]\\s+)(?:[^.!?“”"\\n]{1,100}?[,\\s])?(?:[Dd]ia|[Ii]a|[Bb]eliau)\\s+(?:(?:turut|juga|kemudian|lalu|pun)\\s+)?(?:${ACTIVE_VERBS})(?:(?:\\s+\\p{Ll}+){0,2}\\s*[,:]|(?:\\s+[\\p{Ll}\\d-]+){3,12}\\s*:)\\s*$`, 'u');

/** `katanya ketika ditemui X di sini`: a verb with -nya holds its subject, so a name after it is whom the speaker met (an outlet, a reporter). */
const NYA_VERB_THEN_CLAUSE = new RegExp(`^\\s*((?:${STEMS.split(' ').map((stem) => `${stem}nya`).join('|')})(?![\\p{L}]))\\s+(?:saat|ketika|usai|seusai|sambil|sembari|seraya|setelah|sebelum)\\s`, 'u');

/** `Menurut ketua kampung itu:` (according to that village head): a role pointed back at with `itu` is the person just brought in. */
const POINTED_BACK_SOURCE = /(?:^|[.!?]\s+)[Mm]enurut\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:itu|tersebut)\s*[:,]?\s*$/u;

/**
 * `ujar legislator asal Kendari itu`, `kata perempuan dari Bogor tersebut`, `ujar warga Cibinong itu`: a noun pointed back at with `itu` or `tersebut`
 * after the verb, where the person comes from between them, is the person just quoted or brought in, no one new.
 */
const POINTED_BACK_AFTER = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(?!(?:seorang|sejumlah|salah)\\s)\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}(?:\\s+(?:asal|dari))?\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?\\s+(?:itu|tersebut)\\s*[.,!]?\\s*$`, 'u');

/**
 * `tutur wali kota yang baru setahun menjabat itu`, `kata dokter yang bertugas malam tersebut`: a noun with a relative clause
 * (`yang …`), closed by `itu` or `tersebut`, points back at someone the text has, just as the noun from a place above does.
 */
const POINTED_BACK_RELATIVE_AFTER = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(?!(?:seorang|sejumlah|salah|para|beberapa)\\s)\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s+yang(?:\\s+[\\p{L}\\d-]+){1,6}?\\s+(?:itu|tersebut)\\s*[.,!]?\\s*$`, 'u');

/**
 * `ujar seorang pedagang asal Bogor`, `kata salah seorang ibu dari Depok`: "a" (one of) a noun from a place is someone the
 * text leaves unnamed; the place is no name.
 */
const SOMEONE_FROM_AFTER = new RegExp(`^[\\s,]*(?:${VERBS})\\s+((?:salah\\s+)?seorang\\s+\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s+(?:asal|dari)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?)\\s*[.,!]?\\s*$`, 'u');

/** Malay forms of address and honours written before a name: none of the name (`Tuan` only before `Haji`: it opens names too). */
const MALAY_TITLES = /^(?:(?:Tan|Puan)\s+Sri|Datuk\s+Seri|Dato['’]?\s+Sri|Datuk|Dato['’]?|Datin|Tun|Tuan(?=\s+Haji)|Puan|Encik|Cik|Haji|Hajah|Ustaz|Ustazah)\s+(?=\p{Lu})/u;
/** Nouns opening the name of a Malay body: department, force, plan, board, council, office, station, firm, university, school. */
const MALAY_BODY = /^(?:Jabatan|Angkatan|Rancangan|Lembaga|Majlis|Pejabat|Balai|Ibu\s+Pejabat|Syarikat|Perbadanan|Suruhanjaya|Kementerian|Kerajaan|Universiti|Sekolah|Hospital|Pasukan|Persatuan|Kesatuan|Pertubuhan|Yayasan|Agensi|Pusat|Dewan|Bahagian|Unit|Cawangan|Jawatankuasa)(?![\p{L}])/u;
/** The verb of saying opening a frame after a quote, as the patterns above read it. */
const OPENING_VERB = new RegExp(`^[\\s,]*(?:${VERBS})\\s`, 'u');
/** `binti` between two capitalised words of a name; read through as a capitalised word, written back after. */
const BINTI = /(?<=\p{Lu}\p{Ll}+\s)binti(?=\s\p{Lu})/gu;

/** A name read: its Malay title taken off, a body's name described. */
function malayForms(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  const phrase = found.phrase.replace(/\sBinti\s/gu, ' binti ');
  if (MALAY_BODY.test(phrase)) return described(phrase);
  let name = phrase;
  while (MALAY_TITLES.test(name)) name = name.replace(MALAY_TITLES, '');
  return { ...found, phrase: name };
}

/** Reads a frame with `binti` inside a name as a capitalised word, so the name runs through it. */
const throughBinti = (read: (frame: string) => SpeakerPhrase | null) => (frame: string) => malayForms(read(frame.includes('binti') ? frame.replace(BINTI, 'Binti') : frame));

/**
 * `Peniaga kuih, X Y, 58, berkata …`: the age set off by commas after a name, before the verb (read as the name alone),
 * and the sentence ending in a full stop, the words reported in it, when a quote follows on its own.
 */
const AGED_SUBJECT_SAID = /(?:^|[.!?]\s+)(?:([^.!?“”"]{2,80}?),\s+)?((?:\p{Lu}[\p{Ll}'’-]+\s+)*\p{Lu}[\p{Ll}'’-]+(?:\s+bin\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}[\p{Ll}'’-]+)*),\s+\d{1,3},\s+berkata(?:\s*[:,]\s*$|\s+\p{Ll}[^.!?“”"]*\.\s*$)/u;

function agedSubject(frame: string): SpeakerPhrase | null {
  const found = AGED_SUBJECT_SAID.exec(frame);
  if (!found) return null;
  const role = found[1] && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(found[1]) ? found[1].trim() : null;
  return malayForms(person(found[2]!, role));
}

/**
 * `”, menurut Pengarah Jabatan Hutan negeri, Azman Hamid, dalam …`: "according to" after the quote, an office (perhaps over a body
 * or its acronym) and the person in a comma group after it; the body is no name.
 */
const ACCORDING_OFFICE_THEN_NAME = /^[\s,]*menurut\s+(\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,5}?),\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:bin|binti|\p{Lu}[\p{Ll}'’-]+)){1,4})\s*(?:,|[.!?]?\s*$)/u;

export function accordingOfficeThenName(frame: string): SpeakerPhrase | null {
  const found = frame.includes('menurut') ? ACCORDING_OFFICE_THEN_NAME.exec(frame) : null;
  if (!found || !isNewLanguageRoleNoun(found[1]!.split(/\s+/u)[0]!)) return null;
  return malayForms(person(found[2]!, found[1]!));
}

/** `”, Hafiz Rahman memberitahu pemberita …`, `” Siti Noor menambah.`: the name, then its active verb of saying, right after the quote. */
// (Two capitalised words at least: one alone may be a pronoun or a body, `Dia memberitahu`, `Polis menambah`.)
const NAME_THEN_ACTIVE_VERB = new RegExp(`^[\\s,]*(?!(?:Dia|Ia|Beliau|Mereka|Kami|Saya)\\s)(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:bin|binti|\\p{Lu}[\\p{Ll}'’-]+)){1,3})\\s+(?:${ACTIVE_VERBS})(?![\\p{L}])`, 'u');

/**
 * `kata Pengerusi Jawatankuasa Kerja Raya dan Pembangunan Negeri, Datuk X Y`: an office over a body whose name joins two
 * fields with `dan` ("and"), then the person in a comma group; the role reading stops at the lower-case `dan`.
 */
const OFFICE_JOINED_BODY_THEN_NAME = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}-]*)+(?:\\s+dan(?:\\s+\\p{Lu}[\\p{L}-]*)+)+),\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:bin|binti|\\p{Lu}[\\p{Ll}'’-]+)){1,5})(?=\\s*[,.!?]?\\s*$|\\s+\\p{Ll})`, 'u');

function officeOverJoinedBody(frame: string): SpeakerPhrase | null {
  const found = frame.includes(' dan ') ? OFFICE_JOINED_BODY_THEN_NAME.exec(frame) : null;
  if (!found || !isNewLanguageRoleNoun(found[1]!.split(/\s+/u)[0]!)) return null;
  const named = malayForms(person(found[2]!, found[1]!));
  return named?.kind === 'name' ? named : null;
}

/**
 * `”, menurut kenyataan itu.`, `”, menurut laporan tersebut.`: "according to that statement" after the quote, a written
 * text and a demonstrative, no person; the words are the document's (a description), never the last one named.
 */
const ACCORDING_TO_DOCUMENT = /^[\s,]*menurut\s+((?:satu\s+)?(?:kenyataan|pernyataan|laporan|notis|surat|memo|dokumen|siaran\s+media|siaran\s+pers)\s+(?:itu|tersebut|berkenaan|ini))\s*[.!]?\s*$/u;

/**
 * `Dalam unggahannya, Senin pagi, X menulis, “…”`: a name (after the sentence's start or a fronted adjunct's comma) right
 * before "wrote" and a comma or colon ending the frame is the writer of the quoted post. Only there: `X, yang …, menulis di
 * laman …:` or `X menulis buku …` leave `menulis` to the usual readers. Read after them (lang/index.ts readBefore), not as
 * their cue: a cue word there would stop the fallbacks for every frame holding `menulis`.
 */
const NAME_WROTE_BEFORE = /(?:^|[.!?]\s+|,\s+)(?!(?:Dia|Ia|Beliau|Mereka|Kami|Saya|Kita)\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:bin|binti|\p{Lu}[\p{Ll}'’-]+)){0,3})\s+(?:menulis|menuliskan|mencuit)\s*[,:]\s*$/u;

export function nameWroteBefore(frame: string): SpeakerPhrase | null {
  const found = /men(?:ulis|cuit)/u.test(frame) ? NAME_WROTE_BEFORE.exec(frame) : null;
  if (!found || isNewLanguageRoleNoun(found[1]!.split(/\s+/u)[0]!)) return null;
  return malayForms(person(found[1]!));
}

export const indonesian: LanguageCues = {
  ...reading,
  after: throughBinti((frame) => {
    // (The four patterns open with a verb of saying, tested first with no \p class: most frames are in other languages.)
    const document = frame.includes('menurut') ? ACCORDING_TO_DOCUMENT.exec(frame) : null;
    if (document) return described(document[1]!);
    const named = NAME_THEN_ACTIVE_VERB.exec(frame);
    if (named) return malayForms(person(named[1]!));
    const verbFirst = OPENING_VERB.test(frame);
    const office = verbFirst ? officeOverJoinedBody(frame) : null;
    if (office) return office;
    if (verbFirst && (POINTED_BACK_AFTER.test(frame) || POINTED_BACK_RELATIVE_AFTER.test(frame))) return pronoun('they');
    const someone = verbFirst ? SOMEONE_FROM_AFTER.exec(frame) : null;
    if (someone) return described(someone[1]!);
    const held = verbFirst ? NYA_VERB_THEN_CLAUSE.exec(frame) : null;
    return reading.after(held ? `${held[1]}.` : frame);
  }),
  before: throughBinti((frame) => (RESPECTFUL_PRONOUN_COLON.test(frame.trimEnd()) || PRONOUN_SAYS_BEFORE.test(frame) || POINTED_BACK_SOURCE.test(frame) ? pronoun('they') : (reading.before(frame) ?? agedSubject(frame)))),
};
