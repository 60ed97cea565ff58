/**
 * Uyghur (Arabic script) sets the verb last, but a tag after a quote opens on it: `«…،» دېدى X.` (said X), `«…،» دېدى ئۇ.`
 * (he or she said), `«…،» دېدى مۇدىر.` (said the director: the one the text gave that office), `«…» دەپ تەكىتلىدى X.`
 * (saying …, stressed X). Before a quote `X مۇنداق دېدى: «…»` (X said thus), `<body>نىڭ <role>ى X Y: «…»`, `بىر <noun> مۇنداق
 * دېدى:` (one trader: someone unnamed) and `Xنىڭ ئېيتىشىچە، «…»` (according to X, the genitive glued to the name). A sentence
 * whose subject says something, `X … ئېيتتى.` / `بىلدۈردى.` (stated), names whom a bare quote after it means. The script has
 * no capitals: a name is the words the grammar leaves, none case-marked; forms of address follow it (`X خانىم`, `X ئەپەندى`).
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** ۇ ۈ ۋ, or ى (its dotless i) beside ې ە ھ ۆ: letters Pashto, Persian, Arabic and Sorani do not write together. */
const UYGHUR_LETTER = /[\u06c7\u06c8\u06cb]/u;
const UYGHUR_I = /\u0649/u;
const UYGHUR_VOWEL = /[\u06d0\u06d5\u06be\u06c6]/u;
/** Verbs of saying, finite: said, says, stated, stressed, added, asked, answered, explained, told, pointed out, declared. */
const SAY =
  '(?:دېدى|دەيدۇ|دېگەن|بىلدۈردى|بىلدۈرگەن|تەكىتلىدى|تەكىتلىگەن|قوشۇمچە\\s+قىلدى|سورىدى|جاۋاب\\s+بەردى|چۈشەندۈردى|ئېيتتى|ئېيتقان|' +
  'سۆزلىدى|سۆزلەپ\\s+بەردى|كۆرسەتتى|كۆرسەتكەن|ئېلان\\s+قىلدى|تەكرارلىدى|ئاگاھلاندۇردى|ئەسكەرتتى)';
/** `دەپ` (saying) closes the quote a verb names: only a verb of saying makes it speech, not `دەپ ئاتايدۇ` (call it) or `دەپ يېزىلغان` (written). */
const SAYING_AFTER = `(?:دەپ\\s+)?${SAY}`;
/** He or she, and they. */
const PRONOUNS = new Set(['ئۇ', 'ئۇلار']);
/** Offices and standings a story names someone by: director, head, deputy, chairman, secretary, teacher, doctor, spokesman, official, reporter. */
const ROLE = /^(?:مۇدىر|باشلىق|مۇئاۋىن|رەئىس|سېكرېتار|شۇجى|ئوقۇتقۇچى|دوختۇر|باياناتچى|ئەمەلدار|مۇخبىر|ئالىم|مۇتەخەسسىس|دېھقان|بېلىقچى|سودىگەر|ئاقساقال|ھاكىم|ۋالىي|مىنىستىر|مەسئۇل|خادىم|ساقچى|ئىشچى|ئوقۇغۇچى|پروفېسسور|ئاشپەز|شوپۇر)(?:ى|سى|لىرى)?$/u;
/** Forms of address written after a name and no part of it: Mrs, Mr, hajji, elder brother and sister, teacher. */
const ADDRESS_AFTER = new Set('خانىم ئەپەندى ھاجىم ھاجى ئاكا ئاچا ئاكىسى ھەدە مۇئەللىم'.split(' '));
/** Bodies that speak through statements: office, government, committee, company, cooperative, school, hospital, court, ministry. */
const BODY = /^(?:\S*(?:ئىدارىسى|ئىدارە|ھۆكۈمەت|ھۆكۈمىتى|كومىتېت|كومىتېتى|شىركەت|شىركىتى|كوپېراتىپ|كوپېراتىپى|مەكتەپ|مەكتىپى|دوختۇرخانا|دوختۇرخانىسى|سوت|سوتى|مىنىستىرلىك|مىنىستىرلىكى|جەمئىيەت|جەمئىيىتى|ئۇنىۋېرسىتېت|ئۇنىۋېرسىتېتى)(?:نىڭ|نى|دا|دىن|غا|گە)?)$/u;
/**
 * Words no name holds: numbers, this, that, also, again, but, self, thus, one, only, and time words (evening, morning, today,
 * yesterday), and any word case-marked (genitive, accusative, locative, ablative, dative, -لىك adjectives) or plural.
 */
const NOT_NAME = new Set('بىر ئىككى ئۈچ تۆت بەش ئالتە يەتتە سەككىز توققۇز ئون يىگىرمە ئوتتۇز قىرىق ئەللىك ئاتمىش يەتمىش سەكسەن توقسان يۈز مىڭ بۇ شۇ ئۇ ئۇلار يەنە ئەمما لېكىن ھەم ۋە ئۆز ئۆزى مۇنداق بىر پەقەت ھەتتا كەچ ئەتىگەن بۈگۈن تۈنۈگۈن ئەتە كېيىن بۇرۇن ھازىر بولسا بىلەن ئۈچۈن ھەققىدە توغرىسىدا'.split(' '));
/** `كەچ كىرگەندە X Y …` (when evening fell): a clause of time ends on this converb, and the subject follows it. */
const WHEN = /(?:غاندا|گەندە|قاندا|كەندە)$/u;
const CASE_MARKED = /(?:نىڭ|نى|دا|دە|تا|تە|دىن|تىن|دىكى|تىكى|غا|قا|گە|كە|لىك|لىق|لۇق|لۈك|لار|لەر|لىرى|ماقتا|مەكتە|غاندا|گەندە|قاندا|كەندە)$/u;

const WORD = '[^\\s،,:.«»"“”؟!]+';
const patterns = lazy(() => ({
  // (`دېدى ئۇ، «…»`: the tag may stop at a comma before the quote goes on.)
  tag: new RegExp(`^[\\s،,]*${SAYING_AFTER}(?:\\s+((?:${WORD}\\s*){1,4}))?\\s*[.،,]?`, 'u'),
  colonClause: new RegExp(`(?:^|[.!؟]\\s+)([^.!؟«»:]{2,240}?)\\s*:\\s*$`, 'u'),
  // (`Xنىڭ ئېيتىشىچە، …`: according to X, the genitive glued to the name's last word.)
  according: new RegExp(`(?:^|[.!؟]\\s+)((?:${WORD}\\s+){0,4}?${WORD}?)نىڭ\\s+(?:ئېيتىشىچە|دېيىشىچە|بىلدۈرۈشىچە|قارىشىچە)(?:\\s*[،,][^.!؟«»:]*[.!]|\\s*[،,])\\s*$`, 'u'),
  saidSentence: new RegExp(`(?:^|[.!؟]\\s+)([^.!؟«»:]{2,300}?)\\s+(?:[^\\s.!؟«»]+(?:نى|لىقىنى|لىكىنى|قانلىقىنى|گەنلىكىنى|غانلىقىنى)\\s+)?${SAY}\\s*[.!]\\s*$`, 'u'),
}));

/** Whether a word may be part of a name: no pronoun, particle, time word, role, body or case ending. */
const nameLike = (word: string) => !NOT_NAME.has(word) && !ROLE.test(word) && !BODY.test(word) && !ADDRESS_AFTER.has(word) && !CASE_MARKED.test(word) && !/[\d۰-۹٠-٩]/u.test(word);

/**
 * The speaker among a clause's words before its verb: a pronoun first, `بىر <noun>` (someone unnamed), a body, or the name
 * the grammar leaves (after a role or age, or opening the clause), two or three words preferred to one.
 */
function subjectIn(clause: string): SpeakerPhrase | null {
  const tokens = clause.replace(/[،,]/gu, ' ').split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  if (PRONOUNS.has(tokens[0]!)) return pronoun('they');
  // (`… خالىمىغان بىر سودىگەر مۇنداق دېدى`: one trader, someone the text leaves unnamed.)
  const one = tokens.findIndex((token, at) => token === 'بىر' && ROLE.test(tokens[at + 1] ?? ''));
  if (one >= 0) return described(tokens.slice(one, one + 2).join(' '));
  const runs: { from: number; words: string[] }[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!nameLike(tokens[at]!)) continue;
    const words: string[] = [];
    while (at < tokens.length && nameLike(tokens[at]!) && words.length < 3) words.push(tokens[at++]!);
    runs.push({ from: at - words.length, words });
  }
  // (A name opens the clause or follows a role or an age; a run among objects is no subject.)
  const placed = runs.filter(({ from }) => from === 0 || ROLE.test(tokens[from - 1]!) || /ياشلىق$/u.test(tokens[from - 1]!) || WHEN.test(tokens[from - 1]!));
  const run = placed.find(({ words }) => words.length >= 2) ?? placed[0];
  if (!run) return BODY.test(tokens.find((token) => BODY.test(token)) ?? '') ? described(clause) : null;
  // (`X Y ئىدارىسى مۇنداق دېدى`: a body named after a place or person; not `X Y مەكتەپ ھويلىسىدا`, the school's yard, a place.)
  const after = tokens[run.from + run.words.length];
  if (after && BODY.test(after) && !CASE_MARKED.test(tokens[run.from + run.words.length + 1] ?? '')) return described(clause);
  const before = tokens[run.from - 1];
  return person(run.words.join(' '), before && ROLE.test(before) ? before : null);
}

/** The words after a tag's verb: `ئۇ` (the person just quoted), an office alone, a name, or none (the subject left out). */
function tagSubject(words: string | undefined): SpeakerPhrase | null {
  const tokens = (words ?? '').trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0 || PRONOUNS.has(tokens[0]!)) return pronoun('they');
  // (`دېدى مۇئاۋىن باشلىق`: deputy head, the office with no name after it.)
  const office = tokens.slice(0, 2).findLastIndex((token) => ROLE.test(token));
  if (office >= 0 && !nameLike(tokens[office + 1] ?? '')) return officeDescriptor(tokens[office]!);
  if (tokens[0] === 'بىر' && tokens[1]) return described(tokens.slice(0, 2).join(' '));
  const name: string[] = [];
  for (const token of tokens.slice(office + 1)) {
    if (!nameLike(token) || name.length === 2) break;
    name.push(token);
  }
  return name.length > 0 ? person(name.join(' '), office >= 0 ? tokens[office]! : null) : pronoun('they');
}

export const uyghur: LanguageCues = {
  applies: (frame) => UYGHUR_LETTER.test(frame) || (UYGHUR_I.test(frame) && UYGHUR_VOWEL.test(frame)),
  after(frame) {
    const tag = patterns().tag.exec(frame.split('\n')[0]!);
    return tag ? tagSubject(tag[1]) : null;
  },
  before(frame) {
    const sentence = frame.split('\n').at(-1)!;
    const according = patterns().according.exec(sentence);
    if (according) return subjectIn(according[1]!);
    const colon = patterns().colonClause.exec(sentence);
    if (colon) return subjectIn(colon[1]!.replace(new RegExp(`\\s*(?:مۇنداق\\s+)?${SAY}\\s*$`, 'u'), ''));
    // (`29 ياشلىق X Y … ئېيتتى.`: a whole sentence saying what X said names whom the bare quote after it means.)
    const said = patterns().saidSentence.exec(sentence);
    if (said) return subjectIn(said[1]!);
    // (`<place>دىكى 54 ياشلىق <role> X Y …`, `<body>نىڭ <role>ى X Y بولسا …`: a sentence opening on its subject, a role or an
    // age before the name, brings in whom a quote after it means.)
    if (!/[.!؟]\s*$/u.test(sentence)) return null;
    const opening = subjectIn(sentence.replace(/[.!؟]\s*$/u, ''));
    // (A run opening the sentence with no role before it must not end on a possessed noun, `بازار باھاسى`, the market's price.)
    const opened = opening?.kind === 'name' && !opening.pronoun && (opening.role !== undefined || (/\s/u.test(opening.phrase) && !/(?:سى|لىرى)$/u.test(opening.phrase)));
    return opened ? opening : null;
  },
};
