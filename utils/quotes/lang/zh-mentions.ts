/**
 * People mentions in Chinese (both scripts), where no capital marks a name. A name is a family name
 * (the closed class of zh-names.ts) and one or two characters, and is a person's only with evidence
 * beside it: an office or a noun for a person right before it (`选手王建国`, `本地姑娘李晓梅`,
 * `市民张女士`), a form of address right after it (`李晓梅女士`, `黄先生`), or a verb of saying right
 * after it at a clause's start (`赵立新表示`). Once a full name is known, every later writing of it is a
 * mention too. Words that open with a family-name character but are no name (`周末`, `黄金`, `于是`,
 * `林业局`) have none of that evidence. A mention opening its clause (after time words and a clause
 * ending in 的) is the clause's subject, for the salience of 他/她 (caseless-mentions.ts).
 */

import type { Gender } from '../coreference';
import type { CaselessMention } from './caseless-mention';
import type { SpeakerPhrase } from '../cues';
import { isFamilyNameAlone, PERSON_SUFFIX } from './zh-names';
import { ROLES, VERBS } from './zh';
import { lazy } from './shared';

/** Nouns for people a story writes before a name, with the gender they give (beyond the offices of zh.ts). */
const FEMALE_NOUNS = '姑娘 女子 妇女 婦女 女孩 女生 母亲 母親 妈妈 媽媽 妻子 女儿 女兒 老太太 阿姨 大妈 大媽 奶奶 婆婆 媳妇 媳婦 女士'.split(' ');
const MALE_NOUNS = '小伙 小伙子 小夥子 男子 男孩 男生 父亲 父親 爸爸 丈夫 儿子 兒子 大爷 大爺 爷爷 爺爺 先生'.split(' ');
const PERSON_NOUNS = '老人 青年 少年 邻居 鄰居 冠军 冠軍 亚军 亞軍 选手 選手 教练 教練 村民 居民 市民 店主 老板 老闆 农民 農民 工人 师傅 師傅 网友 網友 同学 同學 朋友 游客 遊客 旅客 志愿者 志願者'.split(' ');

/** A form of address after a name, and the gender it gives. */
// (`何太`: Hong Kong papers write a married woman's form of address as 太 alone.)
const ADDRESS = /^(?:女士|小姐|太太|太(?![\p{Script=Han}])|太(?=[在向對对於于最今昨前也則则表說说稱称指])|阿姨|先生|大爷|大爺|阿伯|婆婆|伯伯|阿婆)/u;
const FEMALE_ADDRESS = /^(?:女士|小姐|太|阿姨|婆婆|阿婆)/u;
/** A title written after a name (`王明醫生`, `陳大文教授`): it ends the given name. */
const TITLE_AFTER = /^(?:醫生|医生|醫師|医师|教授|博士|律師|律师)/u;

/**
 * Characters that end a name before them when they stand third: function words and the first characters of
 * common verbs (`周明表示`, `刘强今天`, `李明说`). Given names rarely end in them (强 and 正, which often do, are left out).
 */
const STOP = new Set([...'以在是说說的和与與也都就还還把被对對向从從今昨去每已曾将將要会會不没沒了着著过過等们們先随隨则則表称稱指认認告透坦回介解提呼警承批质質反感笑站来來到带帶开開夺奪获獲参參发發走坐住看拿做用赶趕跟给給让讓于於及又再续續能可有自一、']);

/**
 * `許承志`, `林承恩`: 承 opens many given names (Taiwan especially) though it is in STOP for 承認 (admit); it opens a name
 * unless one of the verbs it begins follows.
 */
const stopsName = (rest: string) => STOP.has(rest[0] ?? '') && !(rest[0] === '承' && !/^承(?:認|认|諾|诺|擔|担|受|包|辦|办|接|租|載|载)/u.test(rest));

/** `吴敏长期关注…`, `韩磊近日表示`: a time word after a two-character name ("for long", "recently"), no part of it (长 and 近 also end names). */
const TIME_AFTER = /^(?:长期|長期|近日|近期|近来|近來|常年|多年)/u;

/** How the name of a school, a hospital, an institute or a firm ends, before the office held there. */
const AFFILIATION_ROLE = /(?:大学|大學|学院|學院|医院|醫院|研究院|研究所|研究中心|公司|集团|集團)$/u;

/** 被 or 由 (not 由于, because) and up to eight characters of a noun for the person before a name: the passive's agent. */
const PASSIVE_AGENT_BEFORE = /(?:被|由(?!于|於))[^，,。：:“”「」、]{0,8}$/u;

/** Aspect particles: the character before one is a verb. */
const ASPECT = /^[了着著过過]$/u;

/**
 * Verbs of saying right after a name at a clause's start: `赵立新表示`, `王明也说`, `李美玲直言` — the tag verbs of zh.ts, all but
 * the bare 指 (`黄金指数` is no 黄金 pointing out).
 */
const SAYS_PATTERN = lazy(() => new RegExp(`^(?:也|还|還|则|則|又|续|續)?(?:${VERBS.split('|').filter((verb) => verb !== '指').join('|')})`, 'u'));
const SAYS = { test: (text: string) => SAYS_PATTERN().test(text) };

/** What opens a clause before its subject: time words and links (`昨天`, `随后`, `不过`). */
const LEADING = /^(?:昨天|今天|前天|日前|近日|此前|随后|隨後|同时|同時|另外|此外|对此|對此|不过|不過|但是|但|而|其中|当天|當天|今年|去年)+/u;
/** A clause may not open with a preposition or verb before the person: then the person is its object (`向选手王建国…`). */
const OBJECT_OPENING = /^(?:向|对|對|给|給|跟|和|与|與|把|被|让|讓|请|請|为|為|替|陪|同|采访|採訪|告诉|告訴|从|從|在|据|據)/u;

// (`副局长`, `常务副市长`: a deputy's prefix belongs to the office, never left on the body before it; so does a chief's, `总工程师`.)
const LISTED_ROLE_END = lazy(() => new RegExp(`(?:(?:常务|常務|执行|執行)?副|总|總)?(?:${[ROLES, ...FEMALE_NOUNS, ...MALE_NOUNS, ...PERSON_NOUNS].join('|')})$`, 'u'));
/** An office or occupation known by its last character (`藥師`, `店員`, `記者` excepted), beside the listed ones. */
const ROLE_END = lazy(() => ({ test: (words: string) => LISTED_ROLE_END().test(words) || (PERSON_SUFFIX.test(words) && words.length >= 2 && !NO_PERSON.test(words)), exec: (words: string) => LISTED_ROLE_END().exec(words) }));
/** Words ending like an occupation that are none: 国家 (a country), 大家 (everyone), 人家, 记者 (the writer). */
const NO_PERSON = /(?:国家|國家|大家|人家|记者|記者|有人|个人|個人|工人们)$/u;
const FEMALE_ROLE = lazy(() => new RegExp(`(?:${FEMALE_NOUNS.join('|')})$|^女`, 'u'));
const MALE_ROLE = lazy(() => new RegExp(`(?:${MALE_NOUNS.join('|')})$|^男`, 'u'));

const HAN = /\p{Script=Han}/u;
const ROLE_START = lazy(() => new RegExp(`^(?:${[ROLES, ...FEMALE_NOUNS, ...MALE_NOUNS, ...PERSON_NOUNS, '记者', '記者'].join('|')})`, 'u'));
/**
 * Words that make the words before a name a clause, not a role phrase: `则`, `被`, `把`, `是`; and a verb's aspect particle
 * (`标志着该工程由…`: 程 is a family name too, and `标志着该工` no office before it; 著 stays out, it is also 著名 "famous").
 */
const CLAUSE_WORD = /[则則被把是将將由让讓着了]/u;
/** How bodies end (`衛福部`, `交通局`), and 姓 (`蕭姓男子`): never a given name; nor does one open with a body's last character (`监管局常务副局长`: 管 is a family name too). */
// (`向本報透露`: the paper or its reporters where a given name would be: 向 is a family name, here "to".)
const NOT_GIVEN = /(?:部|局|会|會|院|署|厅|廳|处|處|委|府|司|所|姓)$|^(?:姓|局|部|署|厅|廳|处|處|委)|^(?:本報|本报|本台|本刊|本網|本网|記者|记者|媒體|媒体)/u;

interface Candidate {
  name: string;
  at: number;
  end: number;
  role: string | null;
  gender: Gender | null;
  subject: boolean;
  /** How long the office or noun before the name is: of two readings of one place, the longer office wins (`董事长孙浩`, not `长孙浩`). */
  weight: number;
}

/** `與太太`, `和妻子` (and his wife) after a name: a man; `與丈夫`, `和老公` (and her husband): a woman. */
function spouseAfterName(after: string): Gender | null {
  const spouse = /^(?:與|与|和|同|及|偕)(太太|妻子|老婆|夫人|丈夫|老公)/u.exec(after)?.[1];
  if (!spouse) return null;
  return /^(?:丈夫|老公)$/u.test(spouse) ? 'female' : 'male';
}

/** `是市中心医院护理部主任` after a name: 是 and a phrase ending in an office (no clause word in it); the office, or null. */
function copularOffice(after: string): string | null {
  const phrase = /^是(\p{Script=Han}{2,24})$/u.exec(after)?.[1];
  if (!phrase || /[的了着著过過]/u.test(phrase) || CLAUSE_WORD.test(phrase)) return null;
  return LISTED_ROLE_END().exec(phrase)?.[0] ?? null;
}

/** The family name at `i` (two characters first), or null. */
function familyAt(clause: string, i: number): string | null {
  const two = clause.slice(i, i + 2);
  if (two.length === 2 && isFamilyNameAlone(two)) return two;
  const one = clause[i] ?? '';
  return one && isFamilyNameAlone(one) ? one : null;
}

/**
 * `陈磊去年…。陈磊表示`: the text writes the two-character name elsewhere without the third character, and the
 * three-character reading only here: the third character opens the next word.
 */
function shorterAttested(whole: string, short: string, next: string): boolean {
  let alone = 0;
  let joined = 0;
  for (let at = whole.indexOf(short); at >= 0; at = whole.indexOf(short, at + 1)) {
    if (whole[at + short.length] === next) joined++;
    else alone++;
  }
  return alone > 0 && joined === 1;
}

/** The words before a name with its LEADING words and a clause ending in 的 taken off. */
function headOf(before: string): string {
  // (Whitespace inside a clause, from a page's markup, parts it like punctuation.)
  return before.replace(/^.*\s/u, '').replace(LEADING, '').replace(/^.*的/u, '');
}

/** A name read at `i` of a clause: family name, given name (one or two characters), form of address. */
function readAt(clause: string, i: number, known: Set<string>, whole: string): Candidate | null {
  const family = familyAt(clause, i);
  if (!family) return null;
  const rest = clause.slice(i + family.length);
  const first = rest[0] ?? '';
  const second = rest[1] ?? '';
  let given = '';
  /** The name's end is shown by what follows: a verb with its aspect particle, or the shorter name written elsewhere. */
  let bounded = false;
  if (first && HAN.test(first) && !stopsName(rest) && !ADDRESS.test(rest)) {
    given = first;
    // (`村民吴海种了`: a character before an aspect particle is a verb, no part of the name.)
    const verb = !!second && HAN.test(second) && ASPECT.test(rest[2] ?? '');
    const shorter = !!second && HAN.test(second) && shorterAttested(whole, family + first, second);
    // (`陈磊去年…` then `陈磊表示`: the shorter name is shown a name where a verb of saying follows it.)
    bounded = verb || TIME_AFTER.test(rest.slice(1)) || (shorter && whole.split(family + first).slice(1).some((next) => SAYS.test(next)));
    if (second && HAN.test(second) && !STOP.has(second) && !ADDRESS.test(rest.slice(1)) && !TITLE_AFTER.test(rest.slice(1)) && !TIME_AFTER.test(rest.slice(1)) && !verb && !shorter) given += second;
  }
  const address = ADDRESS.exec(rest.slice(given.length))?.[0] ?? '';
  const head = headOf(clause.slice(0, i));
  // (`女子冠军则被本土选手何雨萱夺得`: a head holding a clause's verb or link is no role phrase; its last noun is the role.)
  const role = head && ROLE_END().test(head) && head.length <= 10 && !OBJECT_OPENING.test(head) && !CLAUSE_WORD.test(head) ? head : null;
  const roleWord = role ? null : ROLE_END().exec(clause.slice(0, i))?.[0] ?? null;
  const full = family + given;
  // (`游客周…`, `女兒向記者說`: a noun for a person is no name, nor one written where the given name would be;
  // `衛福部表示`: a name never ends like a body; `蕭姓男子`: 姓 says only the family name is given.)
  if (ROLE_START().test(full) || (given && ROLE_START().test(rest)) || NOT_GIVEN.test(given)) return null;
  const after = rest.slice(given.length);
  const says = !head && given && SAYS.test(after);
  // (`72岁的王桂芳住在6楼`: an age before a full name shows a person, the clause's subject when nothing else comes first.)
  const aged = given.length === 2 && /(?:^|[^\d])\d{1,3}(?:岁|歲)的$/u.test(clause.slice(0, i));
  // (`在解放路经营火锅店十二年的刘德明对新规表示支持`: a clause ending in 的 before a full name, then its predicate, shows a person too.)
  const describedBy = given.length === 2 && /的$/u.test(clause.slice(0, i)) && /^(?:对|對|表示|认为|認為|告诉|告訴|坦言|则|則|也)/u.test(after);
  // (`由何國威與太太打理`, `林美玉和丈夫`: a full name and "and his wife" or "and her husband" shows a person, and the sex.)
  const spouse = given.length === 2 ? spouseAfterName(after) : null;
  // (`林芳是市中心医院护理部主任`: a full name opening its clause, then 是 and an office, is a person introduced by what they are.)
  const introduced = given && !head ? copularOffice(after) : null;
  if (!role && !roleWord && !address && !known.has(full) && !says && !aged && !describedBy && !spouse && !introduced) return null;
  // A one-character given name (`家长关心…`, `男子全程冠军` are a verb and a word) needs more: a verb of saying, an age
  // or a form of address after it, its end shown (`吴海种了`), or the name read so before.
  if (given.length === 1 && !address && !bounded && !introduced && !/^[（(]/u.test(after) && !SAYS.test(after) && !TITLE_AFTER.test(after) && !known.has(full)) return null;
  // A family name alone is a name only with its form of address: `张女士`, `黄先生`.
  if (!given && !address) return null;
  const name = given ? full : family + address;
  const gender: Gender | null = address ? (FEMALE_ADDRESS.test(address) ? 'female' : 'male') : (role ?? roleWord) && FEMALE_ROLE().test((role ?? roleWord)!) ? 'female' : (role ?? roleWord) && MALE_ROLE().test((role ?? roleWord)!) ? 'male' : spouse;
  // (`女子组冠军由本地姑娘X夺得`, `…被本土选手X夺得`: the agent of a passive did it, the clause's subject for salience.)
  const agent = !!head && PASSIVE_AGENT_BEFORE.test(clause.slice(0, i));
  // (`江源大学经济学院教授X长期…`: a long office of a named school, body or hospital opening the clause is the subject's too.)
  const affiliated = !role && !!roleWord && head.length <= 24 && !OBJECT_OPENING.test(head) && !CLAUSE_WORD.test(head) && AFFILIATION_ROLE.test(head.slice(0, head.length - roleWord.length));
  const subject = !head || (!!role && !OBJECT_OPENING.test(head)) || affiliated || agent || (aged && /^\s*\d{1,3}(?:岁|歲)的$/u.test(clause.slice(0, i)));
  const weight = (role ?? roleWord ?? '').length;
  return { name, at: i, end: i + family.length + given.length + address.length, role: role ?? roleWord ?? introduced, gender, subject, weight };
}

/**
 * `部落頭目巴奈·吉洛（Panay Kilang）`, `立委瓦歷斯·貝林表示`: an Indigenous or foreign name, its parts joined by a middle dot, opening
 * its clause or after an office; it ends at a bracket, a clause's end, a verb of saying or a function word. No family name to
 * find it by, so the dot and what stands around it are the evidence.
 */
/** Adverbs and verbs that follow a subject (`起初`, `一直`, `拒絕`): where a dotted name with nothing else to end it ends. */
const DOTTED_NAME_END = '(?:起初|原本|當時|当时|一直|仍|依然|始終|始终|拒絕|拒绝|堅持|坚持|昨天|今天|昨晚|今年)';

function dottedAt(clause: string, i: number): Candidate | null {
  const head = headOf(clause.slice(0, i));
  const role = head ? ROLE_END().exec(head)?.[0] ?? null : null;
  if (head && (!role || !head.endsWith(role))) return null;
  const match = /^(\p{Script=Han}{1,4})[·・‧](\p{Script=Han}{1,6}?)(?=[（(]|$|[^\p{Script=Han}])/u.exec(clause.slice(i)) ?? new RegExp(`^(\\p{Script=Han}{1,4})[·・‧](\\p{Script=Han}{1,6}?)(?=${SAYS_PATTERN().source.slice(1)}|${DOTTED_NAME_END}|[${[...STOP].join('')}])`, 'u').exec(clause.slice(i));
  if (!match || ROLE_START().test(match[1]!)) return null;
  const name = `${match[1]}·${match[2]}`;
  return { name, at: i, end: i + match[0].length, role: head || null, gender: null, subject: !head || !OBJECT_OPENING.test(head), weight: (head || '').length };
}

/** People mentions in one run of Chinese text (its clauses split at punctuation), offsets from `base`. */
export function chineseMentions(text: string, base: number, skip: (at: number) => boolean, known: Set<string>, whole: string): CaselessMention[] {
  const found: CaselessMention[] = [];
  const clauses = /[^。！？!?；;，,：:“”「」『』\n]+/gu;
  for (let match = clauses.exec(text); match; match = clauses.exec(text)) {
    const clause = match[0];
    if (skip(base + match.index)) continue;
    let i = 0;
    while (i < clause.length) {
      const here = (/[·・‧]/u.test(clause) ? dottedAt(clause, i) : null) ?? readAt(clause, i, known, whole);
      // (`董事长孙浩`: 长孙 is a family name too; the reading after the longer office wins.)
      const next = here ? readAt(clause, i + 1, known, whole) : null;
      const best = here && next && next.at < here.end && next.weight > here.weight ? next : here;
      if (!best) {
        i++;
        continue;
      }
      if (best.name.length >= 2) known.add(best.name);
      found.push({ name: best.name, at: base + match.index + best.at, subject: best.subject, role: best.role, gender: best.gender });
      i = best.end;
    }
  }
  return found;
}

/** `这位冠军`, `這位老師`, `该村民`: a demonstrative and a noun for a person stand for someone named before; the gender the noun gives, if any. */
export function chineseDemonstrative(phrase: string): { gender: Gender | null } | null {
  const noun = /^(?:这位|這位|这名|這名|该名|該名|该位|該位|该|該)(\p{Script=Han}{1,8})$/u.exec(phrase)?.[1];
  if (!noun || !ROLE_END().test(noun)) return null;
  return { gender: FEMALE_ROLE().test(noun) ? 'female' : MALE_ROLE().test(noun) ? 'male' : null };
}

/** How far into the sentence the name may start: a short place or time before it (`傍晚，`, `在議會上，`). */
const OPENING_REACH = 12;

/**
 * The subject opening a Chinese sentence that introduces the quote after it in the same paragraph
 * (`市議員王雅婷在議會質詢時砲轟市府。「…」`, `52歲的她算了算…。「…」`): a name the mention finder reads at the sentence's
 * start, or he/she (an age may come first); else null. Japanese and Korean sentences, which mix in kana or Hangul, are their readers'.
 */
export function chineseOpeningBefore(text: string, written: string, quoteStart: number, mentions: readonly { name: string; at: number }[] = []): SpeakerPhrase | null {
  const sentence = withQuotedWordBefore(text, written, quoteStart);
  const at = sentence ? text.lastIndexOf(sentence, quoteStart) : -1;
  // (`78岁的陈国顺是茶铺最老的茶客，…。` ¶ `“…”`: the last sentence of the paragraph before, when the quote opens its own.)
  const paragraphStart = text.lastIndexOf('\n', quoteStart);
  const lastOfPrevious = at >= 0 && at < paragraphStart && /^\s*$/u.test(text.slice(at + sentence.length, quoteStart)) && /\n[ \t\u3000]*$/u.test(text.slice(0, quoteStart));
  const known = new Set(mentions.filter((mention) => mention.at < quoteStart && /^\p{Script=Han}{2,4}$/u.test(mention.name)).map((mention) => mention.name));
  const subject = at >= 0 && (at > paragraphStart || lastOfPrevious) ? chineseOpeningSubject(sentence, known) : null;
  return subject ?? (lastOfPrevious ? paragraphSpeaker(text, text.lastIndexOf('\n', at) + 1, paragraphStart, known, mentions) : null);
}

/**
 * `…住在一個「劏房」，月租8,800元。`: a word in corner brackets inside the sentence (a term, a nickname) cut the sentence handed
 * over at its closing bracket; the sentence runs back to its real start, where its subject stands.
 */
function withQuotedWordBefore(text: string, sentence: string, quoteStart: number): string {
  const at = sentence ? text.lastIndexOf(sentence, quoteStart) : -1;
  if (at <= 0 || !/[」』”]\s*$/u.test(text.slice(Math.max(0, at - 2), at))) return sentence;
  const head = /[^。！？!?\n]*$/u.exec(text.slice(0, at))![0];
  // (Only short bracketed words inside: a quote of its own before it leaves the sentence as handed over.)
  const words = head.replace(/[「『“][^「」『』“”]{1,15}[」』”]/gu, '');
  return /[「」『』“”]/u.test(words) || !head.trim() ? sentence : head.trimStart() + sentence;
}

/** A verb of saying or explaining, not the noun of a briefing (`說明會`) or a finger (`指甲`). */
const SAYING = lazy(() => new RegExp(`(?:${VERBS})(?![會会甲])`, 'u'));

/**
 * `建築師X在會中說明新大樓的配置。新大樓地上三層…。` ¶ `「…」`: a paragraph whose first sentence has its subject say or explain
 * something, the rest describing what was said with no one else named and nothing quoted, gives the words standing alone in the
 * next paragraph to that subject.
 */
function paragraphSpeaker(text: string, from: number, to: number, known: Set<string>, mentions: readonly { name: string; at: number }[]): SpeakerPhrase | null {
  const paragraph = text.slice(from, to);
  const first = /^[^。！？!?]*[。！？!?]/u.exec(paragraph.trim())?.[0];
  if (!first || first.length === paragraph.trim().length || /[「」“”『』]/u.test(paragraph)) return null;
  const subject = chineseOpeningSubject(first, known);
  if (!subject || subject.pronoun || !SAYING().test(first.slice(first.indexOf(subject.phrase) + subject.phrase.length))) return null;
  const others = mentions.some((mention) => mention.at >= from && mention.at < to && mention.name !== subject.phrase);
  return others ? null : subject;
}

function chineseOpeningSubject(sentence: string, known: Set<string>): SpeakerPhrase | null {
  // (One sentence only: a frame running on past its stop, `…书面声明。\n\n声明说：`, has its subject elsewhere.)
  if (!/^\s*[\p{Script=Han}\d]/u.test(sentence) || /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(sentence) || /[。！？!?\n]\s*\S/u.test(sentence)) return null;
  const pronoun = /^\s*(?:\d{1,3}(?:岁|歲)的)?(她|他)(?![们們])/u.exec(sentence);
  if (pronoun) return { phrase: pronoun[1] === '她' ? 'she' : 'he', kind: 'name', pronoun: true };
  // (A name the text gave before needs no evidence beside it again: `傍晚，周德华照旧…。“…”`.)
  const found = chineseMentions(sentence, 0, () => false, known, sentence);
  const first = found[0];
  if (!first?.subject || first.at > OPENING_REACH) return pronounAfterObject(sentence, found);
  return { phrase: first.name, kind: 'name', pronoun: false, ...(first.role ? { role: first.role } : {}) };
}

/**
 * `记者见到了项目负责人X，他正在…。“…”`: the person named as the object, then a clause opening with 他/她 that goes on
 * about them, the quote after it: theirs, when that one person is all the sentence names, right before the pronoun's comma.
 */
function pronounAfterObject(sentence: string, found: readonly CaselessMention[]): SpeakerPhrase | null {
  const pronoun = /[，,]\s*(?:[她他])(?![们們])/u.exec(sentence);
  if (!pronoun) return null;
  const before = found.filter((mention) => mention.at < pronoun.index);
  const names = new Set(before.map((mention) => mention.name));
  const only = before[before.length - 1];
  // (The name right before the comma: `X和他的邻居，她…` leaves 她 someone else.)
  if (names.size !== 1 || found.length !== before.length || !only || !sentence.slice(0, pronoun.index).endsWith(only.name)) return null;
  return { phrase: only.name, kind: 'name', pronoun: false, ...(only.role ? { role: only.role } : {}) };
}
