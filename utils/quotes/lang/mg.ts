/**
 * Malagasy: the verb comes first and the subject last. After a quote `», hoy X.` (said X), `», hoy i X.` (the personal
 * article `i` before a name), `», hoy izy.` (said he or she: the person just quoted), `», hoy ny dokotera.`, `hoy ity
 * <noun> ity`, `hoy ilay <noun>` (the doctor, this or that <noun>: the one the text gave that office); before one
 * `Hoy izy: «…»`, `Hoy X: «…»`, `Araka ny fanazavan'i X, «…»` (according to X), and a sentence opening with a verb of
 * saying whose subject stands after its object (`Nanazava ny <role>, Atoa X, fa …`, `Nambaran'i X fa …`: a passive
 * verb with its agent glued on), or a cleft `X no nilaza fa …` (it was X who said). Forms of address (Atoa Mr,
 * Ramatoa/Rtoa Mrs, Andriamatoa, Ingahy, Dr/Dokotera, Pr/Profesora) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/**
 * Stems of verbs of saying after their tense prefix (n- past, m- present, h- future): say, explain, add, stress,
 * insist, warn, declare, recount, ask, answer, note, speak, go on, admit, complain, underline, confirm, announce.
 */
const STEM = '(?:ilaza|anazava|anampy|anamafy|anantitrantitra|anizingizina|ampitandrina|anambara|itantara|anontany|amaly|anamarika|iteny|anohy|anaiky|itaraina|anipika|anentitra|anamarina|anoro\\s+hevitra)';
/** Passive verbs of saying with their agent glued on (`nambaran'i X`, declared by X; `voalazan'ny Y`, said by Y). */
const PASSIVE = "(?:nambaran|voalazan|nolazain|nohamafisin|nohazavain|nampitandreman)['’](?:i|ny)";
const VERB = `(?:[NnMmHh]${STEM}|${PASSIVE})`;
/** `hoy` (said) opens a tag after a quote and, capitalised, a sentence before one. */
const HOY = '(?:[Hh]oy)';
/** Forms of address before a name: Mr, Mrs (and its abbreviation), Sir, Miss, Dr, Prof, Father, Pastor, Maître. */
const ADDRESS_WORDS = 'Andriamatoa|Ramatoakely|Ramatoa|Rtoa|Atoa|Ingahy|Dokotera|Dr|Profesora|Pr|Mompera|Pasitera|Me';
const ADDRESS = new RegExp(`^(?:(?:${ADDRESS_WORDS})\\.?\\s+)+`, 'u');
/** A full stop after a form of address ends no sentence (`Dr. X`). */
const SENTENCE_END = `(?<!(?:^|\\s)(?:Dr|Pr|Rtoa|Me))[.!?]\\s+`;
/** The personal article or a form of address before a capital (`i X`, `Atoa Y`). */
const MARKED_NAME = new RegExp(`(?:^|\\s)(?:i|${ADDRESS_WORDS})\\s+\\p{Lu}`, 'u');
/** A Malagasy family name's opening (Ra-, Andria-, Razafi-): a person, where a capital after a verb may be a place. */
const PERSON_OPENING = /^(?:Ra(?!n[oa]|matoa)|Andria(?!matoa))\p{Ll}/u;
/** Nouns heading a body's name (commune, ministry, government, police, gendarmerie, council, company, school, hospital, party): no person. */
const BODY = /^(?:Kaominina|Minisitera|Minisiteran|Governemanta|Fitondrana|Polisy|Zandary|Filankevitra|Antenimiera|Orinasa|Sekoly|Hopitaly|Fikambanana|Antoko|Banky|Sampan-draharaha|Tribonaly|Oniversite|Fokontany|Distrika|Faritra|Prefektiora|Biraon)/u;
/** Capitalised words opening a phrase of place, time or manner before the verb (there, over here, meanwhile, yesterday, but): no name. */
const OPENING = /^(?:Etsy|Eto|Ety|Any|Ao|Teo|Tao|Tany|Tamin|Amin|Omaly|Androany|Rahampitso|Nefa|Saingy|Fa|Ary|Koa|Ankoatra|Taorian|Talohan|Nandritra|Raha|Araka|Noho|Ho\s+an)(?![\p{L}])/u;
/** Pointers around a noun (`ity <noun> ity`, this; `ilay <noun>`, that; `io <noun> io`): the one the text gave that noun. */
const POINTED = /^(?:ity|ilay|io|iny|ireo)\s+(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?)(?:\s+(?:ity|io|iny))?(?![\p{L}])/u;
/** `ny <noun>` alone (`ny dokotera`, the doctor; `ny ben'ny tanàna`, the mayor): an office the text gave someone. */
const ARTICLED = /^ny\s+(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?)$/u;
/** Indefinite words (`iray` one, `sasany` some, `maro` many) or a group's pronoun (`izy ireo` they): someone unnamed, no office. */
const UNNAMED = /(?:^|\s)(?:iray|sasany|maro|ireo|tsy\s+nety)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  nameAt: new RegExp(`(?:^|\\s)(?:(?:ny\\s+)?(?:${ADDRESS_WORDS})\\.?\\s+|i\\s+)(${NAME_RUN})|(?:^|\\s)(${NAME_RUN})`, 'gu'),
  tag: new RegExp(`^[\\s,]*${HOY}\\s+([^.!?;«»“”"\\n]{1,120}?)\\s*(?:[.,;!?«»“”"]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*${HOY}(?:\\s+[^.!?«»“”"\\n,]{1,80})?\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|${SENTENCE_END})(?:Hoy|${VERB})\\s+izy(?:\\s+(?:hoe|fa))?\\s*:\\s*$`, 'u'),
  hoyBefore: new RegExp(`(?:^|${SENTENCE_END})Hoy\\s+([^:.!?«»“”"]{2,120}?)\\s*:\\s*$`, 'u'),
  according: new RegExp(`(?:^|${SENTENCE_END})Araka\\s+ny\\s+(?:filazan|fanazavan|nambaran|voalazan|nolazain)['’](?:i|ny)\\s+([^.!?«»“”"]{2,160}?)\\s*,?\\s*$`, 'u'),
  verbSentence: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?«»“”",]{1,40},\\s*)?${VERB}(?![\\p{L}])(?:[^.!?«»“”"]|(?<=(?:^|\\s)(?:Dr|Pr))\\.){1,300}?)[.:]\\s*$`, 'u'),
  cleft: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?«»“”"]){2,160}?)\\s+(?:no|dia)\\s+${VERB}(?![\\p{L}])[^.!?«»“”"]{0,300}?[.:]\\s*$`, 'u'),
  // (`Tao an-tsaha, namboly vary i X.`: any verb opening a sentence, the subject a name a form of address marks.)
  actionSentence: new RegExp(`(?:^|${SENTENCE_END})((?:[^.!?«»“”",]{1,60},\\s*)?(?:[Nn][aio]|[Mm][ai])\\p{Ll}{3,}(?:[^.!?«»“”"]|(?<=(?:^|\\s)(?:Dr|Pr))\\.){1,300}?)[.:]\\s*$`, 'u'),
}));

/** The name a group of words is, its form of address taken off (`Atoa X Y` → `X Y`), or null (a body, a place word). */
function malagasyName(group: string): string | null {
  const words = group.trim().replace(/^i\s+(?=\p{Lu})/u, '').replace(ADDRESS, '');
  if (!words || BODY.test(words) || OPENING.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/** The subject after `hoy`: `izy`, a name, an office pointed at or with its article, a body, someone described. */
function tagSubject(words: string): SpeakerPhrase | null {
  // (`hoy izy nanampy`, said he, adding: the person just quoted; `izy ireo`, they, is a group.)
  if (/^izy(?!\s+ireo)(?![\p{L}])/u.test(words)) return pronoun('they');
  // (A group's words stay a tag, so a short quote before it is still read as one; no one person says them.)
  if (/^(?:izy\s+ireo|izahay|isika)(?![\p{L}])/u.test(words)) return described(words.split(/[\s,]+/u).slice(0, 2).join(' '));
  // (`hoy i X, vadiny`: the lower-case group after the name's comma is its role, `vadiny` his wife.)
  const [first, second] = words.split(/\s*,\s*/u);
  const role = second && /^\p{Ll}/u.test(second) ? second : null;
  const head = first!.split(/\s+(?=(?:nanampy|nanohy|nanamafy|nanazava|nitsiky|nihomehy|hoe)(?![\p{L}]))/u)[0]!.trim();
  // (`hoy ny minisitra X Y`: an office, then the name.)
  const ranked = /^(?:ny\s+)?((?:\p{Ll}[\p{L}'’-]*\s+){1,3})(?=\p{Lu})(.+)$/u.exec(head);
  const rankedName = ranked && !/^(?:i|ny)$/u.test(ranked[1]!.trim()) ? malagasyName(ranked[2]!) : null;
  if (rankedName) return person(rankedName, ranked![1]!.trim());
  const name = malagasyName(head);
  if (name) return person(name, role);
  if (/^(?:ny\s+)?\p{Lu}/u.test(head)) return described(head);
  if (UNNAMED.test(head)) return described(head);
  const office = POINTED.exec(head)?.[1] ?? ARTICLED.exec(head)?.[1];
  return office ? officeDescriptor(office) : described(head);
}

/**
 * `nampitandrina ny Dokotera X, <role>`, `Nilaza ny <role>, Atoa X, fa …`: the name among the words after the verb (a form
 * of address, the article `i` or a family name's Ra-/Andria- marks it); the lower-case group after its comma, or the
 * `ny <noun>` group before it, is its role. No name: no one (the sentence may report a body's words). `markedOnly`: after a
 * verb not of saying only a name a form of address or `i` marks is taken for the subject.
 */
function subjectAfterVerb(sentence: string, markedOnly = false): SpeakerPhrase | null {
  for (const match of sentence.matchAll(patterns().nameAt)) {
    const marked = match[1] !== undefined;
    const run = match[1] ?? match[2]!;
    if (!marked && (markedOnly || !PERSON_OPENING.test(run))) continue;
    // (`tamin'ny Atoa X`, `an'i X`, `ny zanak'i X`: a name after a glued preposition or genitive is an object or an owner.)
    if (/['’](?:ny|i)?\s*$/u.test(sentence.slice(0, match.index! + (match[0].startsWith(' ') ? 1 : 0)))) continue;
    const name = malagasyName(run);
    if (!name) continue;
    const after = sentence.slice(match.index! + match[0].length);
    const roleAfter = /^\s*,\s*(\p{Ll}[^,]{2,80}?)(?:,|$)/u.exec(after)?.[1];
    const roleBefore = /(?:^|\s)ny\s+(\p{Ll}[^,]{2,60}?),\s*$/u.exec(sentence.slice(0, match.index!))?.[1];
    return person(name, roleAfter && !/^(?:fa|hoe|ary|nefa)(?![\p{L}])/u.test(roleAfter) ? roleAfter : roleBefore ?? null);
  }
  return null;
}

export const malagasy: LanguageCues = {
  // (Or a name the personal article or a form of address marks, `i X`, `Atoa X`, beside the article `ny`: a sentence that may
  // bring in the next quote's speaker, `…, nanangona ny entana i X.`)
  applies: (frame) => new RegExp(`(?:^|[\\s,«»“”"])(?:${HOY}|${VERB}|Araka\\s+ny)(?![\\p{L}])`, 'u').test(frame) || (MARKED_NAME.test(frame) && /(?:^|\s|['’])ny\s/u.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const words = patterns().tag.exec(line)?.[1];
    return words ? tagSubject(words.trim()) : null;
  },
  before(frame) {
    const { splitTag, pronounBefore, hoyBefore, according } = patterns();
    // (`«…», hoy X, «…»`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return malagasy.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const hoy = hoyBefore.exec(frame)?.[1];
    if (hoy) return tagSubject(hoy);
    const source = according.exec(frame)?.[1];
    if (source) return tagSubject(source);
    // (`Tao an-tsaha, namboly vary i X. «…»`: a quote standing after a sentence that brings a person in.)
    const said = subjectOfSentence(frame);
    if (said) return said;
    const action = patterns().actionSentence.exec(frame)?.[1];
    return action ? subjectAfterVerb(action, true) : null;
  },
};

/** The subject of a sentence of saying ending the words: fronted by `no` or `dia`, or after its verb and object. */
function subjectOfSentence(frame: string): SpeakerPhrase | null {
  const { verbSentence, cleft } = patterns();
  // (`X iray, …, no nilaza fa …`: the subject put first by `no` (it was X who), or topicalised by `dia`.)
  const fronted = cleft.exec(frame)?.[1];
  if (fronted) {
    const group = fronted.split(/,\s*/u)[0]!.trim();
    const name = subjectAfterVerb(` ${group}`) ?? (malagasyName(group) ? person(malagasyName(group)!) : null);
    return name ?? described(group);
  }
  const sentence = verbSentence.exec(frame)?.[1];
  return sentence ? subjectAfterVerb(sentence) : null;
}
