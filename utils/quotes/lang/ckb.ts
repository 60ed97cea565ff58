/**
 * Central Kurdish (Sorani, Arabic script) sets the verb last, its subject first: after a quote `«…»، X وتی.` (X said), `«…»،
 * X، <role>، بە ڕۆژنامەنووسانی ڕاگەیاند.` (X, <role>, told reporters), `«…»، ئەو زیادی کرد.` (he or she added), `«…»،
 * بەڕێوەبەرەکە وتی.` (the director: the one the text gave that office); before one `X، <role>، وەڵامی دایەوە: «…»`,
 * `<noun>ێکی … وتی:` (an employee of …: someone unnamed), `بە وتەی X، «…»` (in the words of X). A sentence `X ڕایگەیاند کە …`
 * (X announced that) names whom a bare quote after it means. The script has no capitals: a name is the words before the
 * first comma or the verb, back from adjuncts (`بە …`, `لە …`); forms of address (کاک, حاجی, مامۆستا, د.) come off it.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** ڕ ڵ ێ ە ۆ: letters Sorani writes and Persian, Arabic, Urdu and Pashto do not (Uyghur, which writes ە ۆ too, is tested first). */
const SORANI_LETTER = /[\u0695\u06b5\u06ce\u06d5\u06c6]/u;
/**
 * Verbs of saying, the past with its person clitic (`وتی` he said, `وتیان` they said) and the present (`دەڵێت` says):
 * said, announced (ڕایگەیاند), added, explained, stressed, answered, asked, pointed out, revealed, wrote.
 */
const VERB =
  '(?:وتی|گوتی|ووتی|وتیان|گوتیان|وتبووی|دەڵێت|دەڵێ|دەڵێن|ڕایگەیاند|ڕایانگەیاند|ڕاگەیاند|(?<=ی\\s)(?:وت|گوت)|زیادی\\s+کرد|زیادیکرد|' +
  'ڕوونی\\s+کردەوە|جەختی\\s+کردەوە|جەختیکردەوە|وەڵامی\\s+دایەوە|پرسی|ئاماژەی\\s+(?:بەوە\\s+|بەوەش\\s+)?(?:کرد|دا)|ئاشکرای\\s+کرد|نووسی)';
/** Pronouns: he or she, they. */
const PRONOUNS = new Set(['ئەو', 'ئەوان']);
/** Forms of address and titles before a name: Mr (kak), hajji, teacher, Dr, professor, Ms, sheikh, mullah. */
const HONORIFICS = new Set('کاک کاکە حاجی حاجى مامۆستا د. د دکتۆر دکتور پرۆفیسۆر پڕۆفیسۆر خاتوو خاتو شێخ مەلا م.'.split(' '));
/** Offices a story names someone by alone, definite with -ەکە: director, spokesman, official, teacher, minister, mayor, governor, doctor. */
const OFFICE = /^(بەڕێوەبەر|وتەبێژ|گوتەبێژ|بەرپرس|مامۆستا|وەزیر|سەرۆک|پارێزگار|قائیمقام|پزیشک|فەرمانبەر|چاودێر|پاڵێوراو|ئەندام)(?:ەکە|کە)$/u;
/** Words opening an adjunct before the verb or a group before the subject: to, in, from, for, with, after, before, according to. */
const PREPOSITION = /^(?:بەهۆی|سەرەڕای|بەپێی|بە|لە|بۆ|لەگەڵ|دوای|پاش|پێش|بەم|لەم|لەو|بەو|لەسەر|تا|هەروەها|بەڵام|ئەمڕۆ|دوێنێ)$/u;
/** Bodies that speak through statements: directorate, department, commission, ministry, government, police, council, party, court, company, university. */
const BODY = /^(?:بەڕێوەبەرایەتی|فەرمانگە|کۆمسیۆن|وەزارەت|حکوومەت|حکومەت|پۆلیس|ئەنجومەن|پارت|پارتی|دادگا|کۆمپانیا|کۆمپانیای|زانکۆ|پارێزگا|شارەوانی|لیست|یەکێتی|بزووتنەوە|ڕێکخراو)\S*$/u;
/** An indefinite noun, `فەرمانبەرێکی` (an employee of), `پیاوێک` (a man): someone the text leaves unnamed. */
const INDEFINITE = /\S(?:ێک|یەک)(?:ی)?$/u;

/** Any character of a clause, and the full stop of an abbreviated title (`د.` Dr, `م.` teacher), which ends no sentence. */
const CLAUSE = '(?:[^.!؟«»\\n:]|(?<=(?:^|\\s)[دم])\\.)';

const patterns = lazy(() => ({
  tag: new RegExp(`^[\\s،,]*(${CLAUSE}{1,200}?)\\s+${VERB}\\s*(?:[.،,!]|$)`, 'u'),
  colon: new RegExp(`(?:^|(?<!(?:^|\\s)[دم])[.!؟]\\s+)(${CLAUSE}{1,240}?)\\s+${VERB}\\s*:\\s*$`, 'u'),
  according: /(?:^|[.!؟]\s+)بە\s+(?:وتەی|گوتەی|قسەی|پێی\s+وتەی)\s+([^.!؟«»:،,]{2,80})\s*[،,]\s*$/u,
  // `X ڕایگەیاند کە …` (announced that): a sentence reporting what X said.
  apposedOpening: new RegExp(`^\\s*((?:(?:بە|لە|لەگەڵ|دوای|پاش|پێش)\\s[^.!؟«»:،]{1,60}،\\s*)?[^.!؟«»:،\\s]+(?:\\s[^.!؟«»:،\\s]+){1,2}،\\s*[^.!؟«»:،]{2,80}،)\\s*[^«»]*[.!]\\s*$`, 'u'),
  // (Not `ئەو بڕیارە …`, `ئەو لیستانەی …`: "that decision", a demonstrative closing its noun with -ە.)
  pronounSubject: /^\s*(?:(?:بە|لە|بەپێی|دوای|پاش)\s[^.!؟«»:،]{1,60}،\s*)?ئەو\s+(?!\S*(?:ە|ەی)\s)/u,
  thatSentence: new RegExp(`(?:^|[.!؟]\\s+)([^.!؟«»:]{1,200}?)\\s+${VERB}\\s+کە\\s[^«»]*[.!]\\s*$`, 'u'),
}));

/** The name in a group of words: forms of address off the front, the adjunct after it off the back; null if none is left. */
function nameIn(group: string): string | null {
  const tokens = group.trim().split(/\s+/u).filter(Boolean);
  while (tokens.length > 0 && HONORIFICS.has(tokens[0]!)) tokens.shift();
  const cut = tokens.findIndex((token) => PREPOSITION.test(token) || PRONOUNS.has(token) || /[\d٠-٩۰-۹]/u.test(token));
  const name = cut < 0 ? tokens : tokens.slice(0, cut);
  return name.length > 0 && name.length <= 3 ? name.join(' ') : null;
}

/**
 * The speaker among the subject's comma-set groups: an opening adjunct (`لە بەردەم …،`) skipped, a pronoun, an office
 * alone, someone unnamed or a body described, else the name with the group after it as its role.
 */
function subjectIn(words: string): SpeakerPhrase | null {
  const groups = words.split(/\s*[،,]\s*/u).map((group) => group.trim()).filter(Boolean);
  while (groups.length > 1 && PREPOSITION.test(groups[0]!.split(/\s+/u)[0]!)) groups.shift();
  const head = groups[0];
  if (!head) return null;
  const first = head.split(/\s+/u)[0]!;
  if (PRONOUNS.has(first)) return pronoun('they');
  if (INDEFINITE.test(first) || (first === 'یەک' && head.includes(' '))) return described(head.replace(/\s+کە\s.*$/u, ''));
  // (A body speaks through a statement: no person stands behind it, not even one named near it.)
  if (BODY.test(first)) return { ...described(head)!, unnamed: true };
  const office = OFFICE.exec(first);
  if (office && head.split(/\s+/u).length === 1) return officeDescriptor(office[1]!);
  const name = nameIn(head);
  if (!name) return null;
  // (`X، <role>، بەم شێوەیە …`: the group right after the name is who they are, unless it is an adjunct.)
  const role = groups[1] && !PREPOSITION.test(groups[1].split(/\s+/u)[0]!) ? groups[1] : null;
  const title = head.split(/\s+/u).filter((token) => HONORIFICS.has(token));
  return person(name, role ?? (title.length > 0 ? title.join(' ') : null));
}

export const sorani: LanguageCues = {
  applies: (frame) => SORANI_LETTER.test(frame),
  after(frame) {
    const tag = patterns().tag.exec(frame.split('\n')[0]!);
    return tag ? subjectIn(tag[1]!) : null;
  },
  before(frame) {
    const sentence = frame.split('\n').at(-1)!;
    const according = patterns().according.exec(sentence);
    if (according) return subjectIn(according[1]!);
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectIn(colon[1]!);
    const that = patterns().thatSentence.exec(sentence);
    if (that) return subjectIn(that[1]!);
    // (`لە …، X Y، <who they are>، …`: a whole sentence opening on a name of two or three words set off by commas brings in
    // whom a bare quote after it means.)
    const apposed = patterns().apposedOpening.exec(sentence);
    const found = apposed ? subjectIn(apposed[1]!) : null;
    if (found?.kind === 'name' && !found.pronoun && /\s/u.test(found.phrase) && found.role) return found;
    // (`بە پێی …، ئەو …`: a whole sentence whose subject is he or she, after an opening adjunct, is about the one just brought in.)
    return /[.!]\s*$/u.test(sentence) && patterns().pronounSubject.test(sentence) ? pronoun('they') : null;
  },
};
