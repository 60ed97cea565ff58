/**
 * Sundanese: after a quote a word of saying and its speaker (`,” saur X.` respectful, `,” ceuk X.` / `cék X` plain), or a
 * noun of saying with the possessive -na alone (`,” pokna.`, `saurna`, `cenah`, `tambahna`, `jelasna`: his or her words,
 * the person just quoted; `,” saur anjeunna.`, `ceuk manéhna.` he or she), `,” ceuk saurang warga …` (someone unnamed),
 * `,” saur kapala désa éta.` (that village head: the one the text gave the office). Before a quote `Numutkeun X, “…”` /
 * `Nurutkeun X` / `Ceuk X,` (according to X), `X, <who she is>, nandeskeun: “…”` (a verb of saying after its subject) and
 * `Manéhna nyebutkeun:` (he or she). Forms of address (Pa, Bu, Kang, Téh, Mang, Bi, Ceu, Abah, Ema, H.) come off names;
 * an age in brackets after a name (`X (47)`) is no part of it.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Words of saying before their speaker: said (respectful `saur`, plain `ceuk`, `cék`, `cenah` reportedly), word (`pok`). */
const SAYS = '(?:saur|ceuk|cék|cek|pokna\\s+ceuk)';
/** Nouns of saying with the possessive -na, the subject the one just quoted: his words, he said, added, explained, stressed, asked, answered. */
const OWN_WORDS = '(?:pokna|saurna|cenah|ceunah|tambahna|jelasna|pedarna|tandesna|tegesna|ungkabna|ujarna|omongna|walerna|jawabna|tanyana|carekna|pokna\\s+deui|saurna\\s+deui|cenah\\s+deui)';
/** Verbs of saying after their subject: state, explain, say, mention, stress, add, ask, answer, admit, tell, warn. */
const SAY_VERB = '(?:nétélakeun|netelakeun|ngajelaskeun|nyebutkeun|nandeskeun|negeskeun|nambahkeun|ngomong|nyarita|nyarios|nanya|naros|ngawaler|ngajawab|ngaku|ngadongéngkeun|ngingetan|ngébréhkeun|ngebrehkeun|ngungkabkeun|nuturkeun|ceuk|saur)';
/** Adverbs between subject and verb: also, then, again, still. */
const BETWEEN = '(?:\\s+(?:ogé|oge|deui|tuluy|terus|teh|téh|mah))*';
/** `nyebutkeun yén:`, `nétélakeun yén` (said that). */
const THAT = '(?:\\s+(?:yén|yen|yéh|kieu))?';
/** Forms of address: Mr, Mrs, elder brother and sister, uncle, aunt, grandparents, Haji, doctor. */
const ADDRESS_WORDS = 'Pa|Pak|Bu|Ibu|Bapa|Kang|Akang|Téh|Teh|Tétéh|Mang|Bi|Ceu|Abah|Ema|Aki|Nini|Ki|Nyi|Ajengan|Ustad|Dr|Prof|Drs|Ir|H|Hj|KH';
/** A full stop after a form of address ends no sentence (`H. X`, `Dr. Y`). */
const SENTENCE_END = `(?<!(?:^|\\s)(?:${ADDRESS_WORDS}))[.!?]\\s+`;
/** Nouns heading a body's name (government, agency, office, village, company, school, police): no person. */
const BODY = /^(?:Pamaréntah|Pamarentah|Pemerintah|Pemkab|Pemkot|Badan|Dinas|Kantor|Kamentrian|Kementerian|DPRD|BPBD|BMKG|Désa|Desa|PT|Sakola|Sakolah|SD|SMP|SMA|Universitas|Polres|Polsek|Pulisi|Rumah\s+Sakit|Puskesmas|Koperasi|Yayasan|Paguyuban)(?![\p{L}])/u;
/** Capitalised words opening a phrase of time, place or manner before the subject (in, at, about, after, meanwhile, but). */
const OPENING = /^(?:Di|Ka|Ti|Dina|Ngeunaan|Sanggeus|Saméméh|Samemeh|Basa|Waktu|Ayeuna|Kamari|Tadi|Tapi|Namung|Sedengkeun|Salian|Numutkeun|Nurutkeun|Ceuk|Saur|Ku|Pikeun|Lantaran|Sabab|Najan|Sanajan|Jadi|Teras|Tuluy|Harita|Kitu|Dupi)(?![\p{L}])/u;
/** Words after a tag that say how, when or to whom, not who (to, at, while, in front of, then, again, also): the subject is the one just quoted. */
const NO_SUBJECT = /^(?:ka|ti|di|bari|sabari|basa|waktu|dina|ka\s+wartawan|deui|ogé|oge|tuluy|terus|sanggeus|mah|téh|teh|kalayan|bari\s+seuri)(?![\p{L}])/u;
/** Pronouns of one person: he or she (plain `manéhna`, respectful `anjeunna`), `andika`. */
const ONE = /^(?:manéhna|manehna|anjeunna|Manéhna|Manehna|Anjeunna)$/u;
/** Words opening someone unnamed: one (`saurang`, `salah saurang`, `hiji`). */
const SOMEONE = /^(?:saurang|salah\s+saurang|hiji|salasahiji|salah\s+sahiji)\s/u;
/** A noun pointed at (`kapala désa éta`, that village head; `ieu`, this): the one the text gave that noun. */
const POINTED = /^(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:éta|eta|ieu|tadi|nu\s+tadi)$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  address: new RegExp(`^(?:(?:${ADDRESS_WORDS})\\.?\\s+)+`, 'u'),
  cue: new RegExp(`(?:^|[\\s,])(?:${SAYS}|${OWN_WORDS}|${SAY_VERB}|Numutkeun|Nurutkeun|numutkeun|nurutkeun|Ceuk|Saur)(?=[\\s:,.;!?]|$)`, 'u'),
  ownWords: new RegExp(`^[\\s,]*${OWN_WORDS}(?=[\\s.,;:!?]|$)`, 'u'),
  tag: new RegExp(`^[\\s,]*${SAYS}(?=[\\s]|$)\\s*`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:${SAYS}\\s+[^.!?“”"\\n,]{1,80}|${OWN_WORDS}(?:\\s+[^.!?“”"\\n,]{1,60})?)\\s*,\\s*$`, 'u'),
  according: new RegExp(`(?:^|${SENTENCE_END})(?:Numutkeun|Nurutkeun|Ceuk|Saur)\\s+((?:[^.!?“”"]|(?<=(?:^|\\s)(?:${ADDRESS_WORDS}))\\.){2,160}?)\\s*[,:]\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?“”"]|(?<=(?:^|\\s)(?:${ADDRESS_WORDS}))\\.){2,200}?)${BETWEEN}\\s+${SAY_VERB}${THAT}\\s*[:,]?\\s*$`, 'u'),
}));

/** The name in a group of words, its forms of address and an age in brackets taken off (`Kang X Y (40)` → `X Y`), or null. */
function sundaneseName(group: string): string | null {
  const words = group.trim().replace(/\s*\(\d{1,3}\)$/u, '');
  if (OPENING.test(words) || BODY.test(words)) return null;
  const bare = words.replace(patterns().address, '');
  if (BODY.test(bare) || !patterns().name.test(bare)) return null;
  return cleanName(bare) || null;
}

/**
 * `Kapala Désa Y, X Z,`, `X Z (35), padagang di pasar,`: the name among comma-set groups, an opening phrase skipped; the
 * groups around it are its role. No name: the first group describes someone, or is he or she.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  if (groups.length === 1 && ONE.test(groups[0]!)) return pronoun('they');
  const at = groups.findIndex((group) => sundaneseName(group) !== null);
  if (at < 0) return groups.length > 0 && !BODY.test(groups[0]!) ? described(groups[0]!) : null;
  const role = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !NO_SUBJECT.test(group))].join(', ');
  return person(sundaneseName(groups[at]!)!, role || null);
}

/** The words after `saur` / `ceuk`: a name (then how or to whom), he or she, someone unnamed, an office pointed at. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  if (ONE.test(head!.split(/\s+/u)[0]!)) return pronoun('they');
  // (`saur X ka wartawan`, `ceuk X bari ceurik`: the name, then to whom or how it was said.)
  const lead = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s+\(\d{1,3}\))?)(?=\s+\p{Ll}|$)/u.exec(head!);
  const name = lead ? sundaneseName(lead[1]!) : null;
  if (name) {
    const role = after[0] && /^\p{Ll}/u.test(after[0]) && !NO_SUBJECT.test(after[0]) ? after[0] : null;
    return person(name, role);
  }
  if (/^\p{Lu}/u.test(head!)) return BODY.test(head!) ? described(head!) : null;
  if (SOMEONE.test(head!)) return described(words);
  const pointed = POINTED.exec(head!)?.[1];
  return pointed ? officeDescriptor(pointed) : described(head!);
}

export const sundanese: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { ownWords, tag } = patterns();
    if (ownWords.test(line)) return pronoun('they');
    const found = tag.exec(line);
    return found ? tagSubject(line.slice(found[0].length)) : null;
  },
  before(frame) {
    const { splitTag, according, subjectBefore } = patterns();
    // (`“…,” cenah, “…”`, `“…,” saur X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return sundanese.after(frame);
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
