/**
 * Swahili: a verb of saying carries its subject and tense as prefixes (`a-li-sema` he/she said, `a-me-sema` has said,
 * `a-na-sema` says, `a-li-ongeza` added, `wa-li-sema` they said). After a quote `,” alisema X.` (said X), `,” alisema.`
 * (the subject is in the verb: the person just quoted), `,” alisema katibu huyo.` (this secretary: the one the text gave
 * that office), `,” alisema mkazi mmoja wa Y.` (a resident of Y: someone described, Y a place); before one `X, <who he
 * is>, alisema: “…”`, `Alisema: “…”` (a capitalised verb opening a sentence is no name) and `Kwa mujibu wa X, “…”`
 * (according to X). Forms of address (Bw. Mr, Bi. Ms, Dkt. Dr, Mhe. Hon.) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Stems of saying: say, add, explain, stress, ask (hoji, uliza), clarify, answer, reveal, warn, claim, admit, complain, announce, hint. */
// (And `aliandika` wrote: a post or a letter quoted, `,” aliandika Mhe X.`)
const STEM = '(?:sema|andika|ongeza|ongezea|eleza|sisitiza|hoji|uliza|fafanua|jibu|bainisha|onya|tahadharisha|dai|kiri|lalamika|tangaza|dokeza|shauri|simulia|hitimisha|pendekeza)';
/** A person's subject prefix (a- he/she, wa- they) and a tense (li past, me perfect, na present, ta future, ka and then, ki -ing). */
const TENSE = '(?:li|me|na|ta|ka|ki)?';
const VERB = `(?:a|wa)${TENSE}${STEM}`;
/** The same verb opening a sentence, its subject "he" or "she" (`Alisema:`, `Aliongeza kwa kusema:`, `Naye alisema:`). */
const VERB_OPENING = `(?:(?:Naye|Aidha|Pia|Hata\\s+hivyo|Kwa\\s+upande\\s+wake),?\\s+a${TENSE}${STEM}|A${TENSE}${STEM})`;
/** A body's subject prefix instead of a person's (`Chama … kilisema`, `Serikali ilisema`, `Wizara imesema`): no person. */
const BODY_VERB = `(?:ki|i|li|u|zi|vi|ya)${TENSE}${STEM}`;
/** `alisema kuwa:`, `aliongeza kwa kusema:` (said that, added by saying). */
const THAT = '(?:\\s+(?:kuwa|kwamba|kwa\\s+kusema))?';
/** Forms of address before a name: Mr, Ms, Mrs, Dr, Hon., Prof., Reverend. */
const ADDRESS = /^(?:(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Mch)\.?\s+)+/u;
/** A full stop that ends a form of address, not a sentence (`Bw. X`, `Mhe. Y`). */
const SENTENCE_END = '(?<!(?:^|\\s)(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Mch))[.!?]\\s+';
/** Words after a verb that say how or when, not who (while, being, after, then, today, that, to the press): the subject is in the verb. */
const NO_SUBJECT = /^(?:huku|akiwa|akisema|akiongeza|baada|kabla|wakati|kisha|leo|jana|juzi|kuwa|kwamba|kwa|na|mbele|katika|alipokuwa|alipozungumza|akizungumza|akizungumzia|tena|pia|hata|wiki|mwaka|mwezi|asubuhi|jioni|usiku)(?![\p{L}])/u;
/**
 * Capitalised words opening a phrase of place, time or manner before the subject (`Huko Y,` over at Y, `Kurudi Y,` back
 * in Y, `Kwa upande wake,` for his part, `Akizungumza …,` speaking …): such a phrase names no one.
 */
const OPENING = /^(?:Huko|Kule|Kurudi|Katika|Kwenye|Kwa|Hata|Baada|Kabla|Wakati|Tangu|Hadi|Mbali|Aidha|Pia|Lakini|Naye|Nao|Hapo|Hapa|Pale|Nje|Ndani|Karibu|Mjini|Jijini|Nchini|Akizungumza|Akizungumzia|Akiwa|Akieleza|Akijibu|Mbele|Nyumbani|Kadhalika|Vilevile|Hivyo|Hivi|Sasa|Leo|Jana)(?![\p{L}])/u;
/** Nouns heading a body's name (a party, a ministry, a council, a company, the police): no person. */
const BODY = /^(?:Chama|Serikali|Wizara|Halmashauri|Mamlaka|Shirika|Kampuni|Taasisi|Chuo|Benki|Jeshi|Polisi|Idara|Bodi|Baraza|Tume|Bunge|Mahakama|Hospitali|Shule|Klabu|Umoja|Muungano|Wakala|Ofisi|Kamati|Jumuiya|Mfuko|Mradi|Manispaa|Ikulu)(?![\p{L}])/u;
/** Words after which a capital is a place, not a name: of (wa, la, ya, cha, za, vya, kwa), in, from, at. */
const PLACE_WORD = /^(?:wa|la|ya|cha|za|vya|kwa|katika|kutoka|huko|kule|mjini|jijini|kijijini|na)$/u;
/** A noun pointed at (`katibu huyo`, that secretary; `huyu`, `yule`): the one the text gave that noun, as a pronoun would be. */
const POINTER = /^(\p{Ll}+)\s+(?:huyo|huyu|yule)(?![\p{L}])/u;
/** A verb form carrying its own subject and a clause mark (`alipozungumza` when he spoke, `akiwa` being, `aliyekuwa` who was). */
const CLAUSE_VERB = /^(?:a|wa)(?:li|ki|me|na|ta)?(?:po|ye|ko|mo)?\p{Ll}{3,}$/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  rankedName: new RegExp(`^((?:\\p{Ll}[\\p{L}'’-]*\\s+){1,3})(${NAME_RUN})(?:\\s+((?:wa|kutoka|katika)\\s.*))?$`, 'u'),
  // (`“…” kwa mujibu wa X, Bi Y,`: the source after the words, as the paragraph after a lone quote gives it too.)
  sourceAfter: /^[\s,]*[Kk]wa\s+mujibu\s+wa\s+((?:[^.!?;“”"\n]|(?<=(?:^|\s)(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Mch))\.){2,200})/u,
  tagVerb: new RegExp(`^[\\s,]*${VERB}(?=[\\s.,;!?]|$)\\s*`, 'u'),
  pointerTag: new RegExp(`^[\\s,]*(\\p{Ll}+)\\s+(?:huyo|huyu|yule)\\s+${VERB}(?=[\\s.,;!?]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*${VERB}(?:\\s+[^.!?“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|${SENTENCE_END})${VERB_OPENING}${THAT}\\s*[:,]?\\s*$`, 'u'),
  according: new RegExp(`(?:^|${SENTENCE_END})Kwa\\s+mujibu\\s+wa\\s+((?:[^.!?“”"]|(?<=(?:^|\\s)(?:Bw|Bi|Dkt|Dk|Mhe|Prof))\\.){2,160}?)\\s*,?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?“”"]|(?<=(?:^|\\s)(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Mch))\\.){2,200}?),?\\s+(${VERB}|${BODY_VERB})${THAT}\\s*:\\s*$`, 'u'),
}));

/** The name in a group of words, its form of address taken off (`Bw. X Y` → `X Y`), or null (a phrase of place, a body). */
function swahiliName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/**
 * `Afisa wa Wilaya, Bw. X Y,`, `X Y, mbunge wa jimbo hilo,`, `Kwa upande wake, X`: the name among comma-set groups, an
 * opening phrase of place or manner skipped; the groups around it are its role. No name: the first group describes someone.
 */
function speakerIn(subject: string): SpeakerPhrase | null {
  // (`Kwa mujibu wa Dkt.`: a sentence cut at a form of address's full stop holds no name yet; nothing is read from it.)
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group) && !/^(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Mch)\.?$/u.test(group));
  const at = groups.findIndex((group) => swahiliName(group) !== null);
  if (at < 0) return groups.length > 0 ? described(groups[0]!) : null;
  const role = [...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !NO_SUBJECT.test(group))].join(', ');
  return person(swahiliName(groups[at]!)!, role || null);
}

/**
 * `alisema X alipozungumza na …` (said X when speaking with …), `alisema X Y akiwa …`: a name run, then the clause of
 * when or how the verb began; the name is the subject. Not `alisema Mkuu wa Wilaya` (a title's complement follows).
 */
function leadingName(words: string): SpeakerPhrase | null {
  const tokens = words.split(/\s+/u);
  const clauseAt = tokens.findIndex((token, at) => at > 0 && (NO_SUBJECT.test(token) || CLAUSE_VERB.test(token)));
  if (clauseAt < 1 || tokens.slice(0, clauseAt).some((token) => !/^\p{Lu}/u.test(token))) return null;
  const name = swahiliName(tokens.slice(0, clauseAt).join(' '));
  return name ? person(name, null) : null;
}

/** The words after a tag's verb: a name (and the role after its comma), an office pointed at, someone described, or none. */
function tagSubject(rest: string): SpeakerPhrase | null {
  const words = /^[^.!?;“”"\n]*/u.exec(rest)![0].trim();
  if (!words || NO_SUBJECT.test(words)) return pronoun('they');
  const [head, ...after] = words.split(/\s*,\s*/u);
  const name = swahiliName(head!);
  if (name) {
    const role = after[0] && /^\p{Ll}/u.test(after[0]) && !NO_SUBJECT.test(after[0]) && !/^a(?:ki|li)\p{Ll}/u.test(after[0]) ? after[0] : null;
    return person(name, role);
  }
  if (/^\p{Lu}/u.test(head!)) return BODY.test(head!) ? described(head!) : leadingName(head!);
  // (`alisema kocha mkuu wa Y, X Z, baada ya …`: a lower-case description set off before a name by a comma is that
  // name's role; the name is the speaker, not the description.)
  const apposedName = after[0] ? swahiliName(after[0]) : null;
  if (apposedName && /^\p{Ll}/u.test(head!)) return person(apposedName, head!);
  // (`alisema mkulima X Y wa kijiji cha Z.`: a lower-case noun before the name is the role, with the complement after it;
  // not after a word of place or "of", `mkazi wa Z`, where the capital is the place.)
  const ranked = patterns().rankedName.exec(head!);
  const rankedName = ranked && !PLACE_WORD.test(ranked[1]!.trim().split(/\s+/u).at(-1)!) ? swahiliName(ranked[2]!) : null;
  if (rankedName) return person(rankedName, `${ranked![1]!.trim()}${ranked![3] ? ` ${ranked![3]}` : ''}`);
  const office = POINTER.exec(head!)?.[1];
  return office ? officeDescriptor(office) : described(head!);
}

export const swahili: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,])(?:[Aa]|[Ww]a|[Kk]i|[Ii])${TENSE}${STEM}(?=[\\s:,.;!?]|$)|[Kk]wa\\s+mujibu\\s+wa`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (A clause after the name, `aliyekuwa akizungumza …` who was speaking, is no role: CLAUSE_VERB.)
    const source = patterns().sourceAfter.exec(line)?.[1];
    if (source) return speakerIn(source.split(/,\s*/u).filter((group) => !CLAUSE_VERB.test(group.split(/\s+/u)[0]!)).join(', '));
    const verb = patterns().tagVerb.exec(line);
    if (verb) return tagSubject(line.slice(verb[0].length));
    // (`,” mzee huyo alisema.`: that elder said, the noun pointed at before the verb, the one the text gave it.)
    const pointed = patterns().pointerTag.exec(line)?.[1];
    return pointed ? officeDescriptor(pointed) : null;
  },
  before(frame) {
    const { splitTag, pronounBefore, according, subjectBefore } = patterns();
    // (`“…,” alisema X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return swahili.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1];
    if (source) return speakerIn(source);
    const subject = subjectBefore.exec(frame);
    if (!subject) return null;
    // (`Chama cha Y kilisema:`: a body's verb prefix, no person.)
    if (!new RegExp(`^${VERB}`, 'u').test(subject[2]!)) return described(subject[1]!);
    return speakerIn(subject[1]!);
  },
};
