/**
 * Persian: `X، رئیس انجمن …، نیز هشدار داد: «…»` (the name, its office between commas, the verb before a colon), the office
 * first (`مدیرکل …، X، به خبرنگار ما گفت:`), and after a quote `، خانم کاظمی گفت.` (a name shaped like one, then the verb). Read
 * only on frames with letters Persian writes and Arabic does not (پ چ ژ گ ک ی) and one of its verbs.
 * (`او گفت:` is the person the sentence before introduces, lang/fa-subject.ts and lang/introduced.ts; او has no gender.)
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { isPersianAdverbialWord, persianPronounOrUnnamed } from './fa-subject';

const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u;
/** Letters Arabic writes and Persian does not: the closed ta (ة) and the alif maqsura (ى). */
const ARABIC_ONLY_LETTER = /[\u0629\u0649]/u;
/** Past and present verbs of saying, some with their light verb: گفت, افزود, هشدار داد, تأکید کرد, می‌گوید. */
// (Going on, asking and answering: `ادامه می‌دهد`, `پرسید`, `پاسخ داد`, `جواب می‌دهد`; stating, `تصریح کرد`, `خاطرنشان کرد`.)
const VERB = '(?:گفت|افزود|نوشت|هشدار\\s+داد|تأکید\\s+کرد|تاکید\\s+کرد|توضیح\\s+داد|اظهار\\s+کرد|اعلام\\s+کرد|می[\\u200c\\s]?گوید|گفته\\s+است|ادامه\\s+(?:داد|می[\\u200c\\s]?دهد)|پرسید|(?:پاسخ|جواب)\\s+(?:داد|می[\\u200c\\s]?دهد)|(?:تصریح|خاطرنشان|بیان|عنوان)\\s+کرد|یادآور\\s+شد|اظهار\\s+داشت|(?:توضیح|هشدار)\\s+می[\\u200c\\s]?دهد|(?:تأکید|تاکید)\\s+می[\\u200c\\s]?کند|می[\\u200c\\s]?افزاید|اضافه\\s+(?:کرد|می[\\u200c\\s]?کند))';
/** Honorifics dropped before a name: دکتر, مهندس, آقای, خانم, سید. */
// (`حاج رضا`, `کربلایی حسن`: a pilgrim's title, which papers write before the given name of an older man.)
const HONORIFIC = /^(?:دکتر|مهندس|آقای|خانم|سید|حجت‌الاسلام|حاج|حاجی|کربلایی|مشهدی)\s+/u;
/** A form of address and one word, the given name (`حاج رضا`, `خانم مریم`): a person the text named in full before. */
const ADDRESSED_GIVEN = '(?:آقای|خانم|حاج|حاجی|کربلایی|مشهدی)\\s+[^\\s،:.«»]{2,}';

/** How Persian family names end: -ی (کریمی, توکلی), -زاده, -پور, -نیا, -فر, -یان, -نژاد, -راد, -وند. */
const FAMILY_END = '(?:ی|زاده|پور|نیا|فر|یان|نژاد|راد|وند)';
/** One word compounded with a zero-width non-joiner (`نیک‌فر`), no verb's `می‌` nor a plural's or suffix's `‌ها`, `‌ای`: a family name. */
const COMPOUND_NAME = '(?!(?:ن?می|ب)\u200c)[^\\s\u200c،:.«»]{2,}\u200c(?!(?:ها|های|هایی|ای|اش|ام|تر|ترین)(?=[\\s،]))[^\\s\u200c،:.«»]{2,}';
/** Words that open a sentence and are no one: او (he/she), این (this), وی, ایشان, یک (a), an official or source unnamed, and nouns of bodies. */
// (And the other pronouns: `به گفته آن‌ها،` "according to them" names no one.)
// (And the head nouns of bodies and outlets a name in guillemets follows, `انجمن «همیاری»`, `روزنامه «…»`: its marks read past, no person.)
const NOT_A_NAME = /^(?:او|وی|ایشان|این|آن|آن‌ها|آنها|این‌ها|اینها|ما|من|شما|یک|یکی|مقام|منبع|سخنگوی|وزارت|سازمان|دولت|شورای|مجلس|دبیرخانه|هیئت|انجمن|روزنامه|خبرگزاری|نشریه|شرکت|بنیاد|کانون|گروه|باشگاه|حزب|اداره|شهرداری|دانشگاه|بانک|انتشارات|نشر)$/u;

const patterns = lazy(() => ({
  // (`به گفته‌ی X`: the ezafe written as ‌ی after the non-joiner, or a plain ی.)
  cue: new RegExp(`(?:^|\\s)(?:${VERB}|به\\s+گفته(?:\u200c?ی)?)(?=[\\s:،.]|$)`, 'u'),
  /** `به گفته کاظمی، «…»`: "according to" and a name closing the frame. */
  // (`به گفته دکتر X، عضو هیئت علمی …، «…»`: the office set off by commas after the name.)
  according: /(?:^|\s)به\s+گفته(?:\u200c?ی)?\s+((?:[^\s،:.«»]+\s+){0,2}[^\s،:.«»]{2,})(?:\s*،\s*([^،:«»]{3,90}))?\s*،?\s*$/u,
  /** `X، role،( نیز)? … verb:` at the frame's (or its sentence's) start. */
  // (`X، دبیر جشنواره، در مراسم اختتامیه از رکورد … خبر داد و گفت:`: what the person did first may run long.)
  // (`X، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان، … گفت:`: an office of a ministry of several fields, listed with commas and و.)
  // (`X، استاد … در دانشگاه …  که عضو گروه … بوده است، می‌گوید`: an office and a relative clause about the person may run longer.)
  apposed: new RegExp(`(?:^|[.!?؟]\\s+)([^\\s،:.«»]+(?:\\s+[^\\s،:.«»]+){1,3})،\\s+([^،:«»]{3,80}(?:\\s+که\\s+[^،:«».]{3,80})?(?:،\\s+[^،:«»]{1,40}?\\s+و\\s+[^،:«»]{2,60})?)،\\s+(?:[^،:«»]{0,90}\\s+)?${VERB}\\s*:?\\s*$`, 'u'),
  /** `کریمی هنگام دریافت جایزه گفت:`, `مهسا کریمی در نشست خبری گفت:`: a name (its last word shaped like a family name) opening the sentence, an adjunct, the verb. */
  // (`»؛ این را کریمی گفت و افزود:`: "this [is what] X said, and added", after a quote and its semicolon.)
  // (`X‌سرشت توضیح می‌دهد که …: «…»`: a family name compounded with a non-joiner; what was said first, after که, then the words.)
  subject: new RegExp(`(?:^|[.!?؟]\\s+|^[\\s؛]*این\\s+را\\s+)((?:[^\\s،:.«»]+\\s+)?[^\\s،:.«»]{2,}${FAMILY_END}|${COMPOUND_NAME})\\s+(?:[^،:.«»]{0,60}\\s+)?${VERB}(?:\\s+که\\s+[^:.«»]{3,160})?\\s*:\\s*$`, 'u'),
  /** `مدیرکل …، مهدی فراهانی، به خبرنگار ما گفت:`: the office first, the name (shaped like one) between commas, then the verb. */
  roleFirst: new RegExp(`(?:^|[.!?؟]\\s+)([^،:.«»]{3,90})،\\s+((?:[^\\s،:.«»]+\\s+){0,2}[^\\s،:.«»]{2,}${FAMILY_END})،\\s+(?:[^،:«»]{0,90}\\s+)?${VERB}\\s*:?\\s*$`, 'u'),
  /** After the quote: `، خانم کاظمی گفت.`, `، فراهانی در ادامه افزود.`: a name shaped like one (a form of address before it), maybe an adjunct, the verb
 * (closing the sentence, or joined by و to what the speaker did next: `خانم احمدی این را می‌گوید و به ساعتش نگاه می‌کند`). */
  // (`»؛ این را X گفت و افزود:`: "this X said", the words just quoted, and then more.)
  // (`»، نیک‌سرشت می‌گوید، «…`: or a family name compounded with a non-joiner.)
  after: new RegExp(`^[\\s،,؛]*(?:این\\s+را\\s+)?((?:(?:دکتر|مهندس|آقای|خانم|سید)\\s+)?(?:[^\\s،:.«»]+\\s+)?(?:[^\\s،:.«»]{2,}${FAMILY_END}|${COMPOUND_NAME})|${ADDRESSED_GIVEN})\\s+(?:[^،:.«»]{0,40}\\s+)?${VERB}(?:\\s*[.!،]?\\s*$|\\s+و\\s)`, 'u'),
  // (`»؛ این را X، کشاورز ۶۰ ساله روستای … می‌گوید.`: the office may run into the verb, its closing comma left out.)
  // (`» این را X، باغبان …، می‌گوید و به ساعتش نگاه می‌کند.`: joined by و to what the speaker did next, as `after` is.)
  /** `»؛ این را X، مادر …، می‌گوید.`, `»، X، مدیرکل …، در واکنش به … گفت.`: a name, its office between commas, maybe an adjunct, the verb. */
  afterApposed: new RegExp(`^[\\s،,؛]*(?:این\\s+را\\s+)?((?:[^\\s،:.«»]+\\s+){0,2}[^\\s،:.«»]{2,})،\\s+([^،:«»]{3,90}?)(?:،\\s+(?:[^،:.«»]{0,60}\\s+)?|\\s+)${VERB}(?:\\s+که\\s+[^«»]{3,200})?(?:\\s*[.!،]?\\s*$|\\s+و\\s)`, 'u'),
}));

/** Two or three words, the last ending as Persian family names do. */
const shapedLikeName = (words: string) => new RegExp(`^(?:[^\\s،:.«»]+\\s+){1,2}[^\\s،:.«»]{2,}${FAMILY_END}$`, 'u').test(words.trim());

/** Whether words look like a name here: no pronoun or body word among them. */
const nameLike = (words: string) => !words.split(/\s+/u).some((word) => NOT_A_NAME.test(word));

/**
 * A news agency's lead (`به گزارش خبرنگار … از تبریز،`, "as the correspondent of … reports") or a linking phrase
 * (`در همین حال،`, "meanwhile") opening the sentence: no part of its subject.
 */
const LEAD = /(^|[.!?؟]\s+)(?:به\s+گزارش\s+[^،:«».]{2,90}،|(?:در\s+همین\s+حال|در\s+این\s+میان|از\s+سوی\s+دیگر|همچنین)\s*،)\s*/u;
/** Offices and occupations opening a sentence or following `به گفته` with no name: the person the text introduced with the noun. */
const OFFICE = '(?:مدیرکل|رئیس|معاون|وزیر|استاندار|شهردار|فرماندار|سخنگوی|دبیر|مدیر|نماینده|کارشناس|استاد|ناشر|نویسنده|پزشک|کشاورز|فروشنده|معلم)';
/** `این کارشناس صنعتی افزود:`: "this" and an office, its complement, the verb (an office alone may be no one the text names). */
const OFFICE_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)این\\s+(${OFFICE})(?:\\s+[^،:.«»]{0,90})?\\s+${VERB}\\s*:\\s*$`, 'u'));

/** Nouns after این that are things or bodies, no person: `این گزارش می‌گوید`, `این سازمان اعلام کرد`. */
const NOT_A_PERSON_NOUN = /^(?:منبع|گزارش|بیانیه|نامه|اطلاعیه|پژوهش|تحقیق|مطالعه|آمار|سند|طرح|قانون|کتاب|فیلم|مستند|سازمان|وزارت|اداره|شرکت|نهاد|شورا|دولت|مجلس|دانشگاه|بانک|خبرگزاری|روزنامه|گروه|حزب|تعاونی|انجمن)$/u;
/**
 * `این مقام مسئول همچنین گفت:`, `»، این کشاورز سالخورده گفت.`: "this" and a noun of one to three words standing for someone
 * the text has written of, the verb: the latest person in the story, as a subject left out is (not `این گزارش می‌گوید`, a thing).
 */
const DEMONSTRATIVE_BEFORE = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)این\\s+([^\\s،:.«»]+)(?:\\s+[^\\s،:.«»]+){0,2}?\\s+(?:(?:همچنین|نیز|هم|در\\s+ادامه)\\s+)?${VERB}\\s*:\\s*$`, 'u'));
const DEMONSTRATIVE_AFTER = lazy(() => new RegExp(`^[\\s،,]*این\\s+([^\\s،:.«»]+)(?:\\s+[^\\s،:.«»]+){0,2}?\\s+(?:(?:همچنین|نیز|هم|در\\s+ادامه)\\s+)?${VERB}\\s*[.!]?\\s*$`, 'u'));
const demonstrativeSubject = (match: RegExpExecArray | null): SpeakerPhrase | null => (match && !NOT_A_PERSON_NOUN.test(match[1]!) ? { ...pronoun('they'), dropped: true } : null);

/**
 * `گل‌فروش پیر درباره قیمت‌ها گفت:`: a bare agent noun (-فروش seller, -دار keeper, -گر, -بان, -ساز, -نویس …), maybe an
 * adjective, an adjunct, the verb: with no `یک` ("a") it is the person the story has been writing of, as `این` + noun is.
 */
const AGENT_NOUN_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)[^\\s،:.«»]{2,}(?:فروش|دار|گر|بان|ساز|نویس|پز|دوز|باف)(?:\\s+[^\\s،:.«»]+)?\\s+(?:[^،:.«»]{0,60}\\s+)?${VERB}\\s*:\\s*$`, 'u'));
/** `همسایه‌اش توضیح می‌دهد که …:`: a noun with a possessive suffix ("his neighbour") opening the sentence, someone unnamed. */
const POSSESSED_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)([^\\s\u200c،:.«»]{2,}\u200c(?:اش|ام|مان|شان))\\s+(?:[^،:.«»]{0,60}\\s+)?${VERB}(?:\\s+که\\s+[^:.«»]{3,160})?\\s*:\\s*$`, 'u'));
/** `سازمان حفاظت محیط زیست اعلام کرد:`: a body's name opening the sentence (an organisation, a ministry, a company), no person. */
const BODY_SUBJECT = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)((?:سازمان|وزارت|شرکت|شهرداری|اداره|دانشگاه|بانک|شورای|دولت|مجلس)(?:\\s+[^\\s،:.«»]+){0,5}?)\\s+(?:نیز\\s+|هم\\s+)?${VERB}\\s*:\\s*$`, 'u'));
/** After a quote, `»، یکی از کارگران گفت.`, `»، یک مسافر افزود.`: one of a group, or "a" and a noun, someone unnamed. */
/** `»، گفت و در را بست.`: the verb alone after the quote, its subject left out (Persian drops it): the person just written of. */
// (`«A»، می‌گوید، «B»`: or set off by commas between two parts of the words.)
const LEFT_OUT_AFTER = lazy(() => new RegExp(`^[\\s،,]*(?:${VERB})(?:\\s*[.!،]?\\s*$|\\s+و\\s)`, 'u'));
/** `»، او آهسته می‌گوید.`: he/she (او, وی, ایشان; no gender), maybe an adjunct, the verb: the person just written of. */
const PRONOUN_AFTER = lazy(() => new RegExp(`^[\\s،,]*(?:او|وی|ایشان)\\s+(?:[^،:.«»]{0,40}\\s+)?(?:${VERB})(?:\\s*[.!،]?\\s*$|\\s+و\\s)`, 'u'));
const UNNAMED_AFTER = lazy(() => new RegExp(`^[\\s،,]*((?:یک|یکی\\s+از)\\s+[^\\s،:.«»]+(?:\\s+[^\\s،:.«»]+){0,3}?)\\s+${VERB}\\s*[.!]?\\s*$`, 'u'));
/** `یک کشاورز به نام حسن رحیمی گفت:`: "a farmer by the name of X" names X, the noun its role (two words when the last is shaped like a family name). */
const NAMED_AS = lazy(() => new RegExp(`(?:^|[.!?؟]\\s+)یک\\s+([^\\s،:«»]+(?:\\s+[^\\s،:«»]+)?)\\s+به\\s+نام\\s+([^\\s،:.«»]+(?:\\s+[^\\s،:.«»]{2,}${FAMILY_END}(?=[\\s،]))?)(?:[\\s،][^:«»]{0,80}?)?\\s+${VERB}\\s*:\\s*$`, 'u'));

/**
 * `به خبرگزاری «کتاب‌یار» گفت:`, `مدیر نشر «چکاوک»، می‌گوید`: a body's or a work's name of one to three words in guillemets
 * inside the frame, its marks no end of the sentence.
 */
const QUOTED_NAME = /«([^«»:.!؟،\n]{1,40})»(?=\s*[^\s«])/gu;
const unquoteNames = (frame: string) => frame.replace(QUOTED_NAME, (whole, inner: string) => (inner.trim().split(/\s+/u).length <= 3 ? inner : whole));

/**
 * `X، استاد …، می‌گوید مرمت بدون آب «…»`: the verb with no colon, what was said in the writer's words (after که or not),
 * then a few words quoted to close it: the subject is read as before `X، …، می‌گوید:` (no second verb in the reported words).
 */
const REPORTED_TAIL = lazy(() => new RegExp(`(^|\\s)(${VERB})(?=\\s)(?:\\s+که)?(?![^:«».!?؟\\n]*(?:^|\\s)${VERB}(?=[\\s:،.]|$))\\s+[^:«».!?؟\\n]{3,160}$`, 'u'));

/** A verb of saying in any person or tense: `می‌گویند`, `گفتند`, `افزودند`, `نوشته‌اند`. */
const SAID_AGAIN = /(?:^|\s)(?:می[\u200c\s]?گوی|گفت|افزود|نوشت|اعلام\s|(?:تأکید|تاکید)\s)/u;

function before(frame: string): SpeakerPhrase | null {
  const trimmed = unquoteNames(frame.trim()).replace(LEAD, '$1');
  const reported = REPORTED_TAIL().exec(trimmed);
  // (`… می‌گوید لوله‌ها آماده است اما کشاورزان می‌گویند «…»`: a second saying, in any person, is whose the words are.)
  if (reported && SAID_AGAIN.test(trimmed.slice(reported.index + reported[0].indexOf(reported[2]!) + reported[2]!.length))) return readBefore(trimmed);
  const told = reported ? readBefore(trimmed.slice(0, reported.index + reported[1]!.length + reported[2]!.length)) : null;
  return told && told.kind === 'name' && !told.pronoun ? told : readBefore(trimmed);
}

function readBefore(trimmed: string): SpeakerPhrase | null {
  // (`او گفت:` after a sentence bringing someone in, `یک مسافر که … گفت:`: lang/fa-subject.ts.)
  const body = BODY_SUBJECT().exec(trimmed);
  if (body) return described(body[1]!);
  const possessed = POSSESSED_SUBJECT().exec(trimmed);
  if (possessed) return { ...described(possessed[1]!)!, unnamed: true };
  const namedAs = NAMED_AS().exec(trimmed);
  if (namedAs && nameLike(namedAs[2]!)) return person(namedAs[2]!, namedAs[1]!);
  const left = persianPronounOrUnnamed(trimmed);
  if (left) return left;
  const named = patterns().apposed.exec(trimmed);
  // (`کنار میدان، مردی که … نخواست نامش را بنویسیم، گفت:`: the first group is where; the one between the commas is unnamed.)
  if (named && isPersianAdverbialWord(named[1]!.split(/\s+/u)[0]!)) return { ...described(named[2]!.trim())!, unnamed: true };
  // (`شهردار کرج، علی صادقی، … گفت:`: when only the words between the commas are shaped like a name, the office came first.)
  if (named && !shapedLikeName(named[1]!) && shapedLikeName(named[2]!) && nameLike(named[2]!)) return person(named[2]!.trim().replace(HONORIFIC, ''), named[1]!.trim());
  if (named) return person(named[1]!.replace(HONORIFIC, ''), named[2]!.trim());
  const roleFirst = patterns().roleFirst.exec(trimmed);
  if (roleFirst && nameLike(roleFirst[2]!)) return person(roleFirst[2]!.replace(HONORIFIC, ''), roleFirst[1]!.trim());
  // (A one-word subject is resolved to the full name the article gives, attribute.ts.)
  // (`«…» و کاظمی پاسخ داد:`: "and" joining the sentence to the words before is no part of the name.)
  const accordingTo = patterns().according.exec(trimmed);
  const according = accordingTo?.[1]?.replace(HONORIFIC, '');
  // (`به گفته مدیرکل میراث استان، «…»`: "according to" an office, no name.)
  const office = according ? new RegExp(`^${OFFICE}$`, 'u').exec(according.split(/\s+/u)[0]!) : null;
  if (office) return officeDescriptor(office[0]);
  if (according && nameLike(according)) return person(according, accordingTo![2]?.trim() ?? null);
  const officeSubject = OFFICE_SUBJECT().exec(trimmed);
  if (officeSubject) return officeDescriptor(officeSubject[1]!);
  const demonstrative = demonstrativeSubject(DEMONSTRATIVE_BEFORE().exec(trimmed));
  if (demonstrative) return demonstrative;
  if (AGENT_NOUN_SUBJECT().test(trimmed)) return { ...pronoun('they'), dropped: true };
  const subject = patterns().subject.exec(trimmed)?.[1]?.replace(HONORIFIC, '').replace(/^و\s+/u, '');
  return subject && !subject.split(/\s+/u).some((word) => NOT_A_NAME.test(word)) ? person(subject) : null;
}

export const persian: LanguageCues = {
  // (`او افزود:` has no letter Arabic lacks, but its verb is no Arabic word: a Persian cue with no Arabic-only letter, ة or ى, is Persian.)
  applies: (frame) => (PERSIAN_LETTER.test(frame) || !ARABIC_ONLY_LETTER.test(frame)) && patterns().cue.test(frame),
  after: (written) => {
    const frame = unquoteNames(written);
    const unnamed = UNNAMED_AFTER().exec(frame.split('\n')[0]!);
    if (unnamed) return { ...described(unnamed[1]!)!, unnamed: true };
    if (LEFT_OUT_AFTER().test(frame.split('\n')[0]!)) return { ...pronoun('they'), dropped: true };
    if (PRONOUN_AFTER().test(frame.split('\n')[0]!)) return { ...pronoun('they'), dropped: true };
    const demonstrative = demonstrativeSubject(DEMONSTRATIVE_AFTER().exec(frame.split('\n')[0]!));
    if (demonstrative) return demonstrative;
    const found = patterns().after.exec(frame.split('\n')[0]!);
    if (found && nameLike(found[1]!)) return person(found[1]!.replace(HONORIFIC, ''));
    const apposed = patterns().afterApposed.exec(frame.split('\n')[0]!);
    return apposed && nameLike(apposed[1]!) ? person(apposed[1]!.replace(HONORIFIC, ''), apposed[2]!.trim()) : null;
  },
  before,
};
