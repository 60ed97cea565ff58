/**
 * Javanese, in both registers: after a quote a noun of saying with the possessive ending names its speaker
 * (`,” ujare X.`, `,” kandhane Pak X.`, krama `,” ngendikanipun Bu X.`; ngoko -e/-ne, krama -ipun/-nipun), alone
 * (`,” critane karo ngguyu.`: the person just quoted) or with an office pointed at (`,” pratelane lurah iku.`, this
 * village head: the one the text gave that office). Before a quote `X, <who she is>, ngendika: “…”`, `X kandha yen:`,
 * `Miturut X, “…”` / `Jare X, “…”` (according to X), and a sentence of reported speech opening with its speaker
 * (`Bu Camat ngendika, dana wis disiapake.`) before a quote standing alone in its paragraph. Forms of address (Pak, Bu,
 * Mas, Mbak, Mbah, Kang, …) come off names; one before an office (`Bu Lurah`, `Pak Camat`) is its holder.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Nouns of saying that take the possessive ending after a quote: words, said (ngoko, krama, krama inggil), story, last
 * words, statement, explanation, addition, answer, question, speech, request, wish.
 */
const SAYING_NOUNS = 'ujar kandha ngendika ngandika pangandika jare crita criyos pungkas pratela terang katrangan tambah imbuh andhar jlentreh wangsulan pitakon tutur celathu omong sambung tembung atur dhawuh panjaluk pangajap';
/** Verbs that may open a tag bare, the subject after them (`,” ngendika Pak X.`); not Indonesian's `ujar`, read there. */
const BARE_TAG_VERB = '(?:ngendika|ngandika|kandha|dhawuh|matur)';
/** A stem ending in a vowel takes -ne (krama -nipun), one ending in a consonant -e (krama -ipun); é as some writers spell it. */
const possessive = (stem: string) => (/[aeiou]$/u.test(stem) ? [`${stem}ne`, `${stem}né`, `${stem}nipun`] : [`${stem}e`, `${stem}é`, `${stem}ipun`]);
const TAG_NOUN = `(?:${SAYING_NOUNS.split(' ').flatMap(possessive).sort((a, b) => b.length - a.length).join('|')})`;
/** Verbs of saying written after their subject (ngoko and krama): say, speak, tell, explain, add, state, ask, answer, admit, stress, warn. */
const SAY_VERB = '(?:ngendika|ngandika|ngendikan|kandha|ngomong|matur|dhawuh|ngucap|nerangake|njlentrehake|nambahake|nambahi|mratelakake|ngandharake|takon|mangsuli|njawab|crita|nyritakake|ngakoni|negesake|ngelingake|paring\\s+pirsa|ngendikakake|ngaturake)';
/** Adverbs between subject and verb: also, then, again, only, still. */
const BETWEEN = '(?:\\s+(?:uga|banjur|nuli|maneh|mung|isih|ugi|lajeng|sampun|wis))*';
/** `kandha yen:`, `ngendika bilih:` (said that). */
const THAT = '(?:\\s+(?:yen|menawa|bilih|manawi|mengkene|mekaten))?';
/** Forms of address: Mr, Mrs, elder brother and sister, grandparent, Kang, Yu, Ki, Nyi, Gus, Ning, Cak, Dr, Prof, Haji. */
const ADDRESS_WORDS = 'Pak|Bu|Bapak|Ibu|Mas|Mbak|Dik|Mbah|Kang|Yu|Ki|Nyi|Gus|Ning|Cak|Den|Raden|Romo|Rama|Dr|Prof|Drs|Ir|H|Hj|KH|Sdr';
/** A full stop after a form of address ends no sentence (`Dr. X`, `H. Y`). */
const SENTENCE_END = `(?<!(?:^|\\s)(?:${ADDRESS_WORDS}))[.!?]\\s+`;
/** Offices a form of address or a pointer makes a person's (`Bu Lurah`, `pelatih iku`): village head, district head, regent, teacher, coach, chair, … */
const OFFICE = /^(?:lurah|kades|carik|camat|bupati|walikota|gubernur|menteri|presiden|kepala|ketua|pelatih|guru|dhokter|dokter|mantri|bidan|direktur|kapten|ustadz|kyai|kiai|dhalang|dalang|sekretaris|bendahara|pengurus|juru\s?bicara|jubir|kapolsek|kapolres|danramil)$/iu;
/** Nouns heading a body's name (government, office, village council, company, school, club, police): no person. */
const BODY = /^(?:Pamarentah|Pemerintah|Pemkab|Pemkot|Pemdes|Dinas|Kantor|Kementerian|Dewan|DPRD|Badan|Perusahaan|PT|CV|Sekolah|SD|SMP|SMA|SMK|Universitas|Klub|PS|Polisi|Polres|Polsek|Paguyuban|Kelompok|Koperasi|Panitia|Yayasan|Rumah\s+Sakit|Puskesmas|Bank)(?![\p{L}])/u;
/** Capitalised words opening a phrase of time, place or manner before the subject (at, in, when, after, meanwhile, but): no name. */
const OPENING = /^(?:Ing|Nalika|Sawise|Sadurunge|Wektu|Saiki|Wingi|Mengko|Dene|Nanging|Ananging|Sauntara|Kanggo|Saka|Miturut|Jare|Manut|Bareng|Amarga|Sanajan|Senadyan|Uga|Banjur|Lajeng|Wondene|Kajaba|Salajengipun|Sabanjure|Sasampunipun)(?![\p{L}])/u;
/** Words after a tag's noun that say how, when or to whom, not who (while, with, when, to, in front of, then, also): the subject is the one just quoted. */
const NO_SUBJECT = /^(?:karo|kalih|kaliyan|sinambi|sambi|nalika|nalikane|wektu|bareng|marang|dhateng|menyang|ing|neng|nang|ana|wonten|sawise|sasampunipun|banjur|lajeng|uga|ugi|maneh|malih|kanthi|mawi|ngarepe|sakwise|dina|mau|wingi|esuk|sore|bengi|nganti)(?![\p{L}])/u;
/** Words after which a capital is a place or a body, not a name: of, from, in, at. */
const PLACE_WORD = /^(?:saka|ing|neng|ana|wonten|desa|dhusun|kutha|kampung|pasar|kecamatan|kabupaten)$/iu;
/** A noun pointed at (`pelatih iku`, `bakul kuwi`, krama `punika`, `menika`): the one the text gave that noun. */
const POINTED = /^(\p{Ll}+)(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:iku|kuwi|kui|iki|punika|menika|niku|kasebut)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  address: new RegExp(`^(?:(?:${ADDRESS_WORDS})\\.?\\s+)+`, 'u'),
  cue: new RegExp(`(?:^|[\\s,])(?:${TAG_NOUN}|${SAY_VERB}|[Mm]iturut|[Mm]anut|Jare)(?=[\\s:,.;!?]|$)`, 'u'),
  tag: new RegExp(`^[\\s,]*(?:${TAG_NOUN}|${BARE_TAG_VERB})(?=[\\s.,;:!?]|$)\\s*`, 'u'),
  splitTag: new RegExp(`^[\\s,]*${TAG_NOUN}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  according: new RegExp(`(?:^|${SENTENCE_END})(?:Miturut\\s+(?:katrangane|pangandikane|aturipun)|Miturut|Manut|Jare)\\s+((?:[^.!?“”"]|(?<=(?:^|\\s)(?:${ADDRESS_WORDS}))\\.){2,160}?)\\s*,?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?“”"]|(?<=(?:^|\\s)(?:${ADDRESS_WORDS}))\\.){2,200}?)${BETWEEN}\\s+${SAY_VERB}${THAT}\\s*[:,]?\\s*$`, 'u'),
  // (`ujare guru X Y saka Z`: lower-case words, then the name, then what follows it.)
  rankedName: new RegExp(`^((?:\\p{Ll}[\\p{L}'’-]*\\s+){1,3})(${NAME_RUN})(?:\\s+(.*))?$`, 'u'),
  // (`Bu Camat ngendika, dana wis disiapake.` then a paragraph that is all quote: the reported sentence's speaker says it.)
  reported: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?“”",]|(?<=(?:^|\\s)(?:${ADDRESS_WORDS}))\\.){2,80}?)${BETWEEN}\\s+${SAY_VERB}${THAT}\\s*,\\s+[^“”"]{4,300}[.!?]\\s*$`, 'u'),
}));

/** The name in a group of words, its forms of address taken off (`Pak X Y` → `X Y`), or an office's holder (`Bu Lurah`). */
function javaneseSpeaker(group: string): SpeakerPhrase | null {
  const words = group.trim();
  if (OPENING.test(words) || BODY.test(words)) return null;
  const bare = words.replace(patterns().address, '');
  // (`Bu Lurah`, `Pak Camat`: a form of address before an office is the one who holds it.)
  if (bare !== words && OFFICE.test(bare)) return officeDescriptor(bare.toLowerCase());
  if (BODY.test(bare) || OFFICE.test(bare) || !patterns().name.test(bare)) return null;
  const name = cleanName(bare);
  return name ? person(name) : null;
}

/**
 * `Kepala Desa Y, X Z,`, `X Z, bakul sayur ing pasar,`, `Pak X`: the name among comma-set groups, an opening phrase of
 * time or place skipped; lower-case groups around it are its role. No name: the first group describes someone.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim().replace(/\s*\(\d{1,3}\)$/u, '')).filter((group) => group && !OPENING.test(group));
  // (`Lurah Watugedhe, X Y,`, `Kepala Desa Y, X`: capitals after an office are mostly its place; a name in another group wins.)
  const officeLed = (group: string) => OFFICE.test(group.split(/\s+/u)[0]!);
  const named = (group: string) => javaneseSpeaker(group) !== null;
  const first = groups.findIndex((group) => named(group) && !officeLed(group));
  const at = first >= 0 ? first : groups.findIndex(named);
  if (at < 0) return groups.length > 0 ? described(groups[0]!) : null;
  const found = javaneseSpeaker(groups[at]!)!;
  if (found.kind !== 'name' || found.pronoun) return found;
  const role = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !NO_SUBJECT.test(group))].join(', ');
  return person(found.phrase, role || null);
}

/** The words after a tag's noun: a name (and a role after its comma), an office pointed at, someone described, or none (the one just quoted). */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  const found = javaneseSpeaker(head!.replace(/\s*\(\d{1,3}\)$/u, ''));
  if (found) {
    if (found.kind !== 'name' || found.pronoun) return found;
    const role = after[0] && /^\p{Ll}/u.test(after[0]) && !NO_SUBJECT.test(after[0]) ? after[0] : null;
    return person(found.phrase, role);
  }
  // (`ujare Pak X karo ngguyu`: a name then how it was said.)
  const named = /^((?:\p{Lu}[\p{L}.'-]*\s+){0,4}\p{Lu}[\p{L}'-]*)\s+(?=\p{Ll})/u.exec(head!);
  const lead = named ? javaneseSpeaker(named[1]!) : null;
  if (lead && NO_SUBJECT.test(head!.slice(named![0].length))) return lead.kind === 'name' && !lead.pronoun ? person(lead.phrase) : lead;
  if (/^\p{Lu}/u.test(head!)) return BODY.test(head!) ? described(head!) : null;
  // (`pratelane ketua Y iku`, `ujare bakul kuwi`: a noun pointed at is the one the text gave it; an office or any other noun.)
  const pointed = POINTED.exec(head!)?.[1];
  if (pointed) return officeDescriptor(pointed);
  // (`ujare guru X Y saka Z`: a lower-case office before the name is the role; not after a word of place, `bakul saka Z`.)
  const ranked = patterns().rankedName.exec(head!);
  const rankedName = ranked && !PLACE_WORD.test(ranked[1]!.trim().split(/\s+/u).at(-1)!) ? javaneseSpeaker(ranked[2]!) : null;
  if (rankedName?.kind === 'name' && !rankedName.pronoun) return person(rankedName.phrase, `${ranked![1]!.trim()}${ranked![3] && !NO_SUBJECT.test(ranked![3]) ? ` ${ranked![3]}` : ''}`);
  return OFFICE.test(head!) ? officeDescriptor(head!.toLowerCase()) : described(head!);
}

export const javanese: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const tag = patterns().tag.exec(line);
    return tag ? tagSubject(line.slice(tag[0].length)) : null;
  },
  before(frame) {
    const { splitTag, according, subjectBefore, reported } = patterns();
    // (`“…,” ujare X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return javanese.after(frame);
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1] ?? reported.exec(frame)?.[1];
    if (!subject) return null;
    // (`Dheweke ngendika:`, `Panjenengane ngendika:`: he or she, the person just named.)
    if (/^(?:[Dd]heweke|[Pp]anjenengane|[Pp]anjenenganipun|[Pp]iyambakipun|[Pp]iyambake)$/u.test(subject.trim())) return pronoun('they');
    return speakerIn(subject);
  },
};
