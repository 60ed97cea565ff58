/**
 * Sindhi in Arabic script: the verb closes its clause and its subject stands before it with no agent marker, in the
 * oblique case (`X چيو:`, said; `X ٻڌايو`, told; `X وڌيڪ چيو`, added; `X چوي ٿو / ٿي`, says; `X خبردار ڪيو`, warned).
 * Before a quote `X، جيڪا …، چيو: “…”` (a relative clause between commas), `<role> X Y چيو ته “…”`, `شام جو X Y … چيو:`
 * (a time, the name, an adjunct); after one `،” <role> X Y ٻڌايو.`, `،” هن چيو.` (he or she: the one just named),
 * `،” چيائين.` (the subject in the verb); `X جي چوڻ مطابق` / `X موجب` (according to X), `X جو چوڻ آهي ته` (X's saying is
 * that). A masculine family name in -و is oblique in -ي before the verb (`ڪلهوڙو` → `ڪلهوڙي`): `-يي` is read back to `-يو`,
 * and a locative `-ءَ` comes off. `هڪ` (one, a) opens someone unnamed; bodies (سرڪار, انتظاميا) are no one.
 * (Urdu, lang/hi.ts, marks its subject with نے; Sindhi has none, so the name is read by its place, not by a marker.)
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Letters Sindhi writes and Arabic, Persian, Urdu and Pashto do not: ٺ ٻ ٽ ٿ ڀ ڃ ڄ ڇ ڊ ڌ ڍ ڏ ڙ ڦ ڪ ڱ ڳ ڻ. */
const SINDHI_LETTER = /[\u067a\u067b\u067d\u067f\u0680\u0683\u0684\u0687\u068a\u068c\u068d\u068f\u0699\u06a6\u06aa\u06b1\u06b3\u06bb]/u;

/** Past verbs of saying (the ergative past: said, told, asked, informed, wrote, admitted) and a noun with its light verb (warned, announced, …). */
const PAST = '(?:چيو|چيائين|چيائون|ٻڌايو|ٻڌايائين|پڇيو|ڄاڻايو|لکيو|مڃيو|(?:سوال|اعلان|اعتراف|انڪشاف|مطالبو|اضافو|واضح|خبردار|تصديق|شڪايت|تنقيد|اپيل|وضاحت|اظهار)\\s+(?:ڪيو|ڪئي)|دعويٰ\\s+ڪئي|جواب\\s+ڏنو|زور\\s+(?:ڏنو|ڀريو)|الزام\\s+(?:هنيو|لڳايو))';
/** Present verbs of saying with their auxiliary (says, tells, asks: masculine ٿو, feminine ٿي, plural or respectful ٿا). */
const PRESENT = '(?:چوي|چون|ٻڌائي|ٻڌائين|پڇي|پڇن)\\s+(?:ٿو|ٿي|ٿا|ٿيون)';
/** A verb of saying, not a passive (`چيو ويو`, it was said: no one's words). */
const VERB = `(?:${PAST}|${PRESENT})(?!\\s+(?:ويو|وئي|ويا|ويون|ويندو|ويندي)(?![\\p{L}\\p{M}]))`;
/** A verb that carries its subject (said-he, told-he): no name before it is needed. */
const SUBJECT_IN_VERB = /^(?:چيائين|چيائون|ٻڌايائين)$/u;
/** `X جو چوڻ آهي ته`, `X جي چوڻ مطابق`, `X موجب`: X's saying, according to X. */
const SAYING = '(?:جو|جي)\\s+چوڻ\\s+(?:آهي|هو|هئو|هيو)';
const ACCORDING = '(?:(?:جي\\s+)?(?:چوڻ\\s+)?(?:مطابق|موجب))';

/** Pronouns that stand for the one just named: he, she (هن, هُن, هو, هوءَ), they or a respected one (انهن, هنن), that one (اُن). */
const PRONOUN = /^(?:هن|هُن|هِن|هو|هوءَ|انهن|هنن|اُن|ان|انهيءَ)$/u;
/** Postpositions, particles, possessives and relatives: no word of a name (of, to, in, on, with, from, for, towards, and, also, that, own). */
const SMALL = new Set('جو جي جا جون جيون کي ۾ تي سان کان لاءِ لاء ڏانهن مان وٽ ۽ يا به پڻ ته نه ئي ته آهي آهن هو هئي هئا ٿو ٿي ٿا پنهنجي پنهنجو پنهنجا پنهنجن جيڪو جيڪا جيڪي جنهن جن اهو اها اهي وڌيڪ پوءِ اڄ ڪالهه هاڻي اتي هتي ان اُن هن هُن انهن هنن مون اسان توهان هڪ موقعي دوران بعد اڳ'.split(' '));
/** Forms of address dropped before a name: Dr, Prof., Mr, Mrs, respected, Haji, Maulana, Sain. */
const HONORIFIC = new Set('ڊاڪٽر ڊاڪٽر. ڊا. پروفيسر پروفيسر. مسٽر مسز محترم محترمه حاجي مولانا سائين جناب'.split(' '));
/** Offices and occupations written before a name (commissioner, deputy, minister, president, in charge, head, leader, teacher, …). */
const ROLE = new Set(
  ('ڪمشنر ڊپٽي وزير وزيراعليٰ وزيراعظم صدر نائب چيئرمين سيڪريٽري ترجمان آفيسر عملدار انچارج سربراهه اڳواڻ رهنما ميمبر ڊائريڪٽر ' +
    'استاد استاد استادياڻي هاري ڪارڪن صحافي ليکڪ شاعر رهواسي رهاڪو ميئر ناظم جج وڪيل ڪوچ ڪپتان شاگرد شاگردياڻي ماهر نرس مئنيجر ' +
    'مالڪ دڪاندار ڳوٺاڻو مکيه ڪائونسلر گورنر انجنيئر ايڊووڪيٽ ڪليڪٽر سپرنٽينڊنٽ ڪامورو پرنسپال مريض مسافر ڊرائيور مزدور ماهيگير مهاڻو').split(' '),
);
/** Bodies that speak through statements (government, administration, police, department, organisation, company): no person. */
const BODY = new Set('سرڪار حڪومت پوليس کاتو کاتي محڪمو محڪمي محڪمه انتظاميا تنظيم ڪمپني ادارو اداري يونين ڪميٽي بورڊ عدالت پارٽي جماعت بئنڪ يونيورسٽي اسپتال ڪائونسل'.split(' '));
/** Plural nouns of people in the oblique (people, villagers, farmers, students, protesters, women): a group, no one named. */
const GROUP = /^(?:ماڻهن|ڳوٺاڻن|هارين|شاگردن|مظاهرين|عورتن|اڳواڻن|رهاڪن|عملدارن|ماهرن|ڪارڪنن|والدين|\S+ڪندڙن)$/u;
/** Opening words of time or manner before the subject (in the evening, in the morning, today, later, meanwhile). */
const OPENING_TIME = /^(?:(?:شام|صبح|رات|منجهند)\s+جو|اڄ|ڪالهه|بعد\s+۾|ان\s+کان\s+پوءِ|ان\s+دوران|ساڳئي\s+وقت)\s+/u;
/** An adverbial participle (`نهاريندي`, looking; `ڳالهائيندي`, speaking): the adjunct after the subject, no word of a name. */
const PARTICIPLE = /(?:يندي|ندي|يندڙ|ندڙ)$/u;
/** Relative pronouns opening a clause set off by commas after a name: who, whose. */
const RELATIVE = /^(?:جيڪو|جيڪا|جيڪي|جنهن|جن)\s/u;

const patterns = lazy(() => ({
  /** The clause before a verb of saying that ends the frame or opens `ته` (that) or the reported words. */
  before: new RegExp(`(?:^|[.!?؟۔]\\s+)([^.!?؟۔“”"]*?)\\s*(${VERB})(?:\\s+ته)?\\s*[:،,]?\\s*(?:$|(?<=ته)\\s)`, 'u'),
  saying: new RegExp(`(?:^|[.!?؟۔]\\s+)([^.!?؟۔“”"]*?)\\s+${SAYING}(?:\\s+ته)?(?:\\s|[:،,]|$)`, 'u'),
  according: new RegExp(`(?:^|[.!?؟۔،]\\s*)([^.!?؟۔“”"،]*?)\\s+${ACCORDING}\\s*[،,]?\\s*$`, 'u'),
  /** After a quote: the words up to a verb of saying closing the tag (a stop, a comma before the next part, or the line's end). */
  after: new RegExp(`^[\\s،,]*([^.!?؟۔“”"\\n]{0,120}?)\\s*(${VERB})(?=\\s*(?:[.!?؟۔،,:]|$))`, 'u'),
  sayingAfter: new RegExp(`^[\\s،,]*([^.!?؟۔“”"\\n]{1,100}?)\\s+${SAYING}(?=\\s*(?:[.!?؟۔،,]|$))`, 'u'),
}));

/** A family name's nominative: an oblique `-يي` of a name in `-يو` read back (`ڪلهوڙي` → `ڪلهوڙو`), a locative `-ءَ` off. */
const nominative = (word: string) => word.replace(/ءَ$/u, '').replace(/يي$/u, 'يو');

const isStop = (token: string) => SMALL.has(token) || HONORIFIC.has(token) || ROLE.has(token) || PRONOUN.test(token) || /[\d۰-۹٠-٩]/u.test(token) || PARTICIPLE.test(token) || /ءَ$/u.test(token);

/** The name closing `words` (back to a role, a form of address or a small word), its role the words before it. */
function nameAtEnd(words: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  const name: string[] = [];
  while (tokens.length > 0 && name.length < 4 && !isStop(tokens.at(-1)!) && !BODY.has(tokens.at(-1)!)) name.unshift(tokens.pop()!);
  while (tokens.length > 0 && HONORIFIC.has(tokens.at(-1)!)) tokens.pop();
  // (`ڊپٽي ڪمشنر ٿرپارڪر X Y Z`: the district after an office is its complement, not the name's first word.)
  if (name.length > 3 && ROLE.has(tokens.at(-1) ?? '')) tokens.push(name.shift()!);
  if (name.length === 0) return null;
  name[name.length - 1] = nominative(name.at(-1)!);
  const role = tokens.some((token) => ROLE.has(token)) ? tokens.join(' ') : null;
  return person(name.join(' '), role);
}

/**
 * `شام جو X Y پنهنجي … نهاريندي چيو`: a name of two words or more opening the clause after a time, before an adjunct
 * (a possessive, a participle), when no name stands right before the verb.
 */
function nameOpening(words: string): SpeakerPhrase | null {
  const tokens = words.trim().replace(OPENING_TIME, '').split(/\s+/u).filter(Boolean);
  const name: string[] = [];
  while (name.length < tokens.length && name.length < 4 && !isStop(tokens[name.length]!) && !BODY.has(tokens[name.length]!)) name.push(tokens[name.length]!);
  const next = tokens[name.length];
  // (`ڳوٺ جي ماڻهن …`: a word before a postposition is its object or owner, not the subject.)
  if (name.length < 2 || (next !== undefined && SMALL.has(next) && !/^پنهنج/u.test(next))) return null;
  name[name.length - 1] = nominative(name.at(-1)!);
  return person(name.join(' '));
}

/** The speaker a clause before a verb of saying names: a pronoun, someone unnamed, an office, a body or a name. */
function speakerOf(clause: string, verb = ''): SpeakerPhrase | null {
  // (`X، جيڪا اسڪول ۾ استاد آهي، چيو:`: the relative clause between commas says who X is; the subject is before it.)
  const groups = clause.split(/\s*[،,]\s*/u).filter((group) => group.trim());
  const kept = groups.filter((group) => !RELATIVE.test(`${group.trim()} `));
  const subject = (kept.length > 1 && groups.length > kept.length ? kept[0]! : (kept.at(-1) ?? '')).trim().replace(/(?:\s+(?:وڌيڪ|پڻ|به|اهو|اها|اهي))+$/u, '');
  const tokens = subject.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return SUBJECT_IN_VERB.test(verb) || kept.length === 0 ? pronoun('they') : null;
  // (`هن وڌيڪ چيو`, `هن اسان کي ٻڌايو`: he or she, the one just named.)
  if (PRONOUN.test(tokens[0]!) && (tokens.length === 1 || SMALL.has(tokens[1]!) || tokens.length <= 3)) return pronoun('they');
  // (`اسڪول جي هڪ استاد`: a teacher, someone unnamed; `ڳوٺاڻن چيو`: villagers.)
  if (tokens.includes('هڪ') || GROUP.test(tokens.at(-1)!)) return { ...described(subject)!, unnamed: true };
  if (tokens.some((token) => BODY.has(token)) && !tokens.some((token) => ROLE.has(token))) return described(subject);
  const named = nameAtEnd(subject) ?? nameOpening(subject);
  if (named) {
    // (`X، اسپتال جي انچارج،`: a group after the name and before the verb is its role.)
    const role = kept.length > 1 && kept.at(-1)!.trim() !== subject ? kept.slice(1).join('، ').trim() : null;
    return role && !named.role ? person(named.phrase, role) : named;
  }
  // (`ڊپٽي ڪمشنر چيو`: an office with no name after it, the one the text gave it.)
  const office = tokens.filter((token) => ROLE.has(token));
  return office.length > 0 && office.at(-1) === tokens.at(-1) ? officeDescriptor(office.join(' ')) : null;
}

function before(frame: string): SpeakerPhrase | null {
  const { before: verbClause, saying, according } = patterns();
  const said = saying.exec(frame);
  if (said) return speakerOf(said[1]!);
  const found = verbClause.exec(frame);
  if (found) return speakerOf(found[1]!, found[2]);
  const source = according.exec(frame);
  // (`محڪمي جي اڳڪٿيءَ موجب`: a document's forecast, no one's words; `ڳوٺاڻن موجب`: villagers, unnamed.)
  return source ? speakerOf(source[1]!) : null;
}

/** Sindhi's verbs of saying with the Arabic yeh ي (Persian and Urdu write ی): a frame such as `هن چيو.` holds no letter of its own. */
const SINDHI_SAYING = /(?:^|[\s،,])(?:چيو|چيائين|چيائون|چوي|چون)(?=[\s.،,:؟!]|$)/u;

export const sindhi: LanguageCues = {
  applies: (frame) => SINDHI_LETTER.test(frame) || SINDHI_SAYING.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const said = patterns().sayingAfter.exec(line);
    if (said) return speakerOf(said[1]!);
    const found = patterns().after.exec(line);
    return found ? speakerOf(found[1]!, found[2]) : null;
  },
  before,
};
