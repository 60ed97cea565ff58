/**
 * The person an Arabic or Hebrew sentence opens with, when it holds no reporting verb: for a pronoun or
 * a participle after it (lang/introduced.ts, lang/semitic.ts). Split from semitic.ts, which reads the
 * words around the verb.
 */

import type { SpeakerPhrase } from '../cues';
import { nameAfterComma, plainName, readSpeaker, withoutTitle, type SemiticLanguage } from './semitic';
import { person } from './shared';
import { constructChain } from './semitic-role';
import { BODY_NOUNS } from './ar';

/**
 * The person a plain sentence opens with, for a pronoun after it (lang/introduced.ts): an office and
 * two name words (`ראש העירייה מיכל אלון לא הסתירה…`), or two or three words and a comma
 * (`רחל אדלר, בת 78 מקיבוץ…`). No capitals mark names here, so nothing looser is read.
 */
const LIVE_STAMP = /^\d{1,2}[:.]\d{2}\s*[|｜–—-]?\s*/u;

/** `بجامعة ابن طفيل`, `لوزارة الصحة`: "at"/"for" fused to a body's noun opens a place or body, never a person's name. */
// (Built on first use: ar.ts imports this module through semitic.ts.)
let prefixedBody: RegExp | undefined;

/** Words that open a two-word part of an Arabic name with the word after them (`عبد الكريم`, `أبو العلا`, `بن علي`). */
const ARABIC_COMPOUND_OPENER = /^(?:عبد|أبو|أبي|ابن|بن|آل|بو|בן|בר)$/u;

/**
 * `دعا الناطق الرسمي باسم الإدارة العامة للمرور العقيد فيصل الرشيدي …`: after a spokesperson's noun, `باسم` is "on behalf
 * of" (never the given name Basem); the body runs through its definite words (a rank among them), the name comes after.
 */
function afterOnBehalfOf(language: SemiticLanguage, sentence: string, found: SpeakerPhrase): SpeakerPhrase | null {
  const words = sentence.trim().split(/\s+/u);
  const at = words.indexOf('باسم');
  if (at < 1 || !found.role) return found;
  let end = at + 1;
  while (end < words.length && end - at <= 8 && (language.definite.test(words[end]!) || /^لل/u.test(words[end]!))) end++;
  const name = words.slice(end, end + 3).map((word) => word.replace(/[.،,:]+$/u, ''));
  const closes = name.findIndex((word, index) => index > 0 && !language.definite.test(word));
  const run = closes > 0 ? name.slice(0, closes) : name.slice(0, language.definite.test(name[1] ?? '') ? 2 : 1);
  const role = `${found.role} ${words.slice(at, end).join(' ')}`;
  if (!run[0] || language.definite.test(run[0]) || !plainName(language, run[0]) || run.length < 2) return { phrase: role, kind: 'description', pronoun: false };
  return person(run.join(' '), role);
}

/**
 * `ברק לא משתכנעת.`, `שטרן מסכם …`: a lone family name, then (not) a verb in the present, when no fuller reading names
 * anyone (`יוסי מזרחי מחזיק …` is two words of a name): the person written in full before (attribute.ts finds the full name).
 */
function loneFamilyName(language: SemiticLanguage, sentence: string): SpeakerPhrase | null {
  const lone = language.presentVerb ? /^\s*(\p{Script=Hebrew}{3,})\s+(?:(לא)\s+)?(\p{Script=Hebrew}{3,})(?=[\s.,:]|$)/u.exec(sentence) : null;
  if (!lone || !language.presentVerb!.test(lone[3]!) || !plainName(language, lone[1]!) || language.presentVerb!.test(lone[1]!)) return null;
  // (Without `לא`, the word after must end the sentence or a clause: `שטרן מסכם:`, not a family name `מזרחי`.)
  return lone[2] || /^\s*[:.,]/u.test(sentence.slice(lone.index + lone[0].length)) ? person(lone[1]!) : null;
}

/** The second word of a given name of two (`نور الدين`, `سيف الله`, `زين العابدين`), which the family name follows. */
const GIVEN_NAME_SECOND_WORD = /^(?:الدين|الله|الهدى|العابدين|الإسلام)$/u;

/**
 * The family name after a given name of two words, from `at`: `عبد`, `أبو`… and the word after them, or one word closing the
 * words before the comma (`نور الدين الشامي،`), or a family name of origin in ـي; none else (`نور الدين مدرسة جديدة`).
 */
function familyAfterGivenOfTwo(words: readonly string[], at: number, compound: boolean, familyName: (word: string | undefined) => boolean): string[] {
  const clean = (word: string | undefined) => word?.replace(/[.!?؟]+$/u, '');
  if (compound) return [clean(words[at])!, clean(words[at + 1])!];
  const word = clean(words[at]);
  return word && familyName(word) && (at === words.length - 1 || /^ال\p{Script=Arabic}{2,}ي$/u.test(word)) ? [word] : [];
}

export function openingPerson(language: SemiticLanguage, sentence: string): SpeakerPhrase | null {
  // (`ראש המועצה עו״ד X הגן על…`: a title between an office and the name is neither, as semitic-sentence-subject.ts reads it.)
  const untitled = sentence.trim().replace(OFFICE_THEN_TITLE, '$1 ');
  const opened = openingPersonRead(language, sentence) ?? (untitled !== sentence.trim() ? openingPersonRead(language, untitled) : null) ?? loneFamilyName(language, sentence);
  // (`«…»، تقول صالح، مضيفة:`: a verb of saying opening the words read is the verb, never the name's first word.)
  const read = opened?.kind === 'name' && saysFirst(language, opened.phrase) ? null : opened;
  const found = read?.kind === 'name' && /^باسم\s/u.test(read.phrase) ? afterOnBehalfOf(language, sentence, read) : read;
  prefixedBody ??= new RegExp(`^[بل](?:${BODY_NOUNS.split(' ').join('|')}|${PLACE_NOUNS.split(' ').join('|')})(?:\\s|$)`, 'u');
  if (!found || !prefixedBody.test(found.phrase)) return found;
  // (`الخبير…، الأستاذ بجامعة X، سامي العتيبي،`: the body's comma group is where the person works; the person comes next.)
  const at = sentence.indexOf(found.phrase);
  const groupStart = Math.max(sentence.lastIndexOf('،', at), sentence.lastIndexOf(',', at));
  const groupEnd = sentence.slice(at).search(/[،,]/u);
  if (groupStart < 0 || groupEnd < 0) return found.role ? nameAfterPlace(language, sentence.slice(at + found.phrase.length), found) : null;
  const retried = openingPersonRead(language, sentence.slice(0, groupStart) + sentence.slice(at + groupEnd));
  return retried && !prefixedBody.test(retried.phrase) ? retried : null;
}

/**
 * `أما الحربي، الذي …`, `أما الطراونة، التي …`: one word with the article, set off before a relative clause, that is no office,
 * description or body (`الوزير`, `الحكومة`): a family name, which Arabic writes with the article.
 */
function loneFamilyWithArticle(language: SemiticLanguage, word: string): boolean {
  const body = BODY_NOUNS.split(' ').concat(PLACE_NOUNS.split(' '), ['حكومة', 'شرطة', 'محكمة', 'نيابة', 'دولة', 'وزارة']).map((noun) => `ال${noun}`);
  return /^ال\p{Script=Arabic}{3,}$/u.test(word) && !language.roleHeads.has(word) && !language.descriptionHeads.has(word.slice(2)) && !body.includes(word);
}

/** `ראש המועצה עו״ד X`, `מנהלת בית הספר ד״ר X`: an office over a definite body, then a title before the name. */
const OFFICE_THEN_TITLE = /^(\p{Script=Hebrew}+(?:\s+\p{Script=Hebrew}+)?\s+ה\p{Script=Hebrew}+)\s+(?:ד["״]ר|פרופ['׳]|עו["״]ד)\s+/u;

/** Hebrew sentence openers of one word set off by a comma (therefore, however, for example), never a given name. */
const HEBREW_CONNECTIVE = /^(?:לכן|אולם|ואולם|אבל|אך|למשל|כאמור|אגב|בפועל|בסך|כלומר|לבסוף|ראשית|שנית|בנוסף|ובכן|עכשיו|כעת|השבוע|אתמול|היום)$/u;

/** Nouns of a place an office is of (`عضو المجلس البلدي لمنطقة X`): fused to "for"/"in", they open a place, never a name. */
const PLACE_NOUNS = 'منطقة مدينة محافظة بلدية قرية بلدة حي لواء قضاء ولاية';

/**
 * `وطالبت عضو المجلس لمنطقة الرصيفة منى الخطيب بنشر…`: with no comma group, the office runs on through the place and
 * the person is the two words after it, when they read as a name; else no one.
 */
function nameAfterPlace(language: SemiticLanguage, rest: string, found: SpeakerPhrase): SpeakerPhrase | null {
  const words = rest.trim().split(/\s+/u).slice(0, 2).map((word) => word.replace(/[.،,:]+$/u, ''));
  // (`بإصلاح`: "for" fused to a verbal noun with hamza under its alif opens what was asked for, never a given name.)
  const named = words.length === 2 && !/^[بل]إ/u.test(words[0]!) && plainName(language, words[0]!) && language.script.test(words[1]!) && !language.stop.test(words[1]!);
  return named ? person(words.join(' '), `${found.role} ${found.phrase}`) : null;
}

const sayingVerbs = new WeakMap<SemiticLanguage, RegExp>();
function saysFirst(language: SemiticLanguage, phrase: string): boolean {
  let verb = sayingVerbs.get(language);
  if (!verb) sayingVerbs.set(language, (verb = new RegExp(`^(?:${language.verbs})\\s`, 'u')));
  return verb.test(phrase);
}

/**
 * `רכז הספורט של המתנ"ס, יואב שרעבי:`: an office, then the name alone in the comma group before the colon that opens
 * the quote (`clause` without its colon). The office may hold anything after its head noun: the comma ends it.
 */
// (`רכז הספורט, לא אופטימי:`: a negation or a degree word opens a predicate, never a name.)
const NOT_A_NAME_WORD = /^(?:לא|אין|גם|כל|מאוד|די|יותר|פחות|עדיין|لا|لم|لن|ليس|ليست|غير|جدا|أكثر|أقل|أيضا)$/u;

export function officeThenName(language: SemiticLanguage, clause: string): SpeakerPhrase | null {
  const groups = clause.trim().split(/[،,]/u);
  if (groups.length !== 2) return null;
  const office = groups[0]!.trim().split(/\s+/u);
  const name = withoutTitle(language, groups[1]!.trim().split(/\s+/u).filter(Boolean));
  const plain = (word: string) => language.script.test(word) && !NOT_A_NAME_WORD.test(word) && !language.stop.test(word) && !language.definite.test(word) && !language.pronouns[word] && !language.roleHeads.has(word) && !/["״]/u.test(word);
  return language.roleHeads.has(office[0]!) && name.length >= 2 && name.length <= 3 && name.every(plain) ? person(name.join(' '), office.join(' ')) : null;
}

function openingPersonRead(language: SemiticLanguage, sentence: string): SpeakerPhrase | null {
  // (`23:41 | ראש העירייה, X, הודיע`: a live blog's time stamp opens no clause.)
  let [head = '', ...others] = sentence.trim().replace(LIVE_STAMP, '').split(/[،,]/u);
  // `לדבריה, העומס נובע…`: "according to her" goes on about the person just named; no one new opens it.
  if (language.backReference?.test(head.trim())) return null;
  // `לדברי הכלכלן ד"ר יואב פרידמן מאוניברסיטת תל אביב, הגל…`: the person the sentence cites opens it.
  const cited = new RegExp(`^(?:${language.according})\\s+(.+)$`, 'u').exec(head.trim());
  if (cited && others.length > 0) return citedOpening(language, cited[1]!);
  // `في المقابل، نفى المتهم X…`, `על החוף, …`: a short adverbial opener before the clause;
  // `في بلدة ساكب بمحافظة جرش، كان أبو محمد العتوم يجمع…`: a place of up to six words opening with "in" (`وفي`, and in).
  const opener = others.length > 0 && ((/^\s*\S+(?:\s+\S+)?\s*$/u.test(head) && language.stop.test(head.trim().split(/\s+/u)[0]!)) || /^\s*[وف]?(?:في|على|أمام)\s+\S+(?:\s+\S+){0,4}\s*$/u.test(head));
  if (opener) [head = '', ...others] = others;
  // `غير أن أم خالد، وهي أم لخمسة أطفال، قالت`: "but" (غير أن, إلا أن, بيد أن, لكن) before the subject opens no clause of its own.
  head = head.replace(/^\s*[وف]?(?:(?:غير|إلا|بيد)\s+أن|لكن)\s+/u, '');
  // `أما أم محمد، التي تبيع…، فتخشى`: "as for" sets off the person the sentence is about.
  const topic = /^\s*[وف]?أما\s+/u.test(head);
  head = head.replace(/^\s*[وف]?أما\s+/u, '');
  // `أما الخبيرة التربوية الدكتورة هالة النسور فترى…`: the office, a title, the name, then the verb joined by ف.
  const topicWords = head.trim().split(/\s+/u);
  const joined = topic ? topicWords.findIndex((word, i) => i >= 2 && /^ف\p{Script=Arabic}{2,}/u.test(word) && !language.definite.test(word)) : -1;
  if (joined >= 2) {
    const name = topicWords.slice(joined - 2, joined);
    const lead = topicWords.slice(0, joined - 2).filter((word) => !language.title?.test(word) && !language.weakRole?.test(word));
    if (plainName(language, name[0]!) && language.script.test(name[1]!) && !language.stop.test(name[1]!) && (lead.length === 0 || language.roleHeads.has(lead[0]!))) return person(name.join(' '), lead.length > 0 ? lead.join(' ') : undefined);
  }
  // `أما الخبير في الشأن الفلاحي X، فاعتبر…`: the whole set-off group before a comma and a verb joined by ف is who the sentence is about.
  // (`أما الحربي، الذي …، فاكتفى`: a relative clause set off between; a lone family name is the person written in full before.)
  const verbGroup = others.slice(0, 3).findIndex((group) => /^\s*ف\p{Script=Arabic}{2,}/u.test(group));
  if (topic && joined < 0 && verbGroup >= 0 && others.slice(0, verbGroup).every((group) => /^\s*(?:الذي|التي|الذين)\s/u.test(group))) {
    const grouped = readSpeaker(language, head);
    if (grouped?.kind === 'name' && grouped.role && grouped.phrase.includes(' ')) return grouped;
    if (verbGroup > 0 && loneFamilyWithArticle(language, head.trim())) return person(head.trim());
  }
  // `ويقف الحاج X، بائع الخضار…، أمام…`, `ولا تزال X، وهي أرملة…`: a verb of doing (or "still"), then the name in its comma group.
  // (`وفي بلدة X، تقف ريما نصر أمام…`: after an opener the verb goes without its و; `في شارع X، وقف الحاج Y Z،`: in the past too.)
  // (`يبتسم جورج حداد وهو يجمع …:`: or a verb, the name, and "while he/she" (وهو, وهي) going on with what the person does.)
  const whileDoing = /^\s*[وف]?[يت]\p{Script=Arabic}{2,}\s+\S+\s+\S+(?:\s+\S+)?\s+(?:وهو|وهي)\s/u.test(head);
  const doing = others.length > 0 || opener || whileDoing ? /^\s*(?:[وف]?(?:لا|ما)\s+(?:تزال|يزال|زال|زالت)|و[يت]\p{Script=Arabic}{2,}|[وف](?:كان|كانت))\s+(.+)$/u.exec(head) ?? (opener || whileDoing ? /^\s*[يت]\p{Script=Arabic}{2,}\s+(.+)$/u.exec(head) ?? /^\s*[\u0621-\u064a]{3,5}\s+(.+)$/u.exec(head) : null) : null;
  if (doing) {
    // `ويعمل خالد العمري موظفاً في…`: the name ends before an accusative (tanween: موظفاً) or a stop word.
    const after = doing[1]!.trim().split(/\s+/u);
    const cut = after.findIndex((word, i) => i >= 2 && (/\u064B/u.test(word) || language.stop.test(word) || /^(?:وهو|وهي)$/u.test(word)));
    const named = withoutTitle(language, cut > 0 ? after.slice(0, cut) : after);
    const apposition = (others[0] ?? '').trim().split(/\s+/u).filter(Boolean);
    const stop = apposition.findIndex((word) => language.stop.test(word));
    const role = stop > 0 ? apposition.slice(0, stop) : apposition;
    const office = role.length >= 1 && role.length <= 7 && language.roleHeads.has(role[0]!) ? role.join(' ') : undefined;
    if (named.length >= 2 && named.length <= 3 && named.every((word, i) => language.script.test(word) && !language.stop.test(word) && (i > 0 || !language.definite.test(word)) && !language.roleHeads.has(word) && !language.pronouns[word])) return person(named.join(' '), office);
  }
  // `وكان شلبي قد تقدم…`: "had" (كان … قد) after a lone family name, the person written in full before.
  const had = /^\s*[وف]?كان(?:ت)?\s+(\p{Script=Arabic}{3,})\s+قد\s/u.exec(head);
  if (had && !language.definite.test(had[1]!) && !language.stop.test(had[1]!) && !language.roleHeads.has(had[1]!)) return person(had[1]!);
  // `كان أبو محمد العتوم يجمع…`: "was", the name, then what the person was doing (an imperfect verb).
  const was = /^\s*[وف]?كان(?:ت)?\s+((?:أبو|أم)\s+\p{Script=Arabic}+\s+\p{Script=Arabic}+|\p{Script=Arabic}+\s+\p{Script=Arabic}+)\s+[يت]\p{Script=Arabic}{2,}/u.exec(head);
  if (was && was[1]!.split(/\s+/u).every((word, i, all) => i === all.length - 1 ? !language.stop.test(word) : !language.definite.test(word) && !language.stop.test(word) && !language.roleHeads.has(word))) return person(was[1]!);
  let words = head.trim().split(/\s+/u).filter(Boolean);
  // `وعبّرت الطالبة ريم القحطاني عن…`: verb first, then the office and the name.
  if (!language.roleHeads.has(words[0] ?? '') && language.roleHeads.has(words[1] ?? '')) words = words.slice(1);
  const plain = (word: string | undefined) => !!word && language.script.test(word) && !language.stop.test(word) && !language.definite.test(word) && !language.pronouns[word] && !/["״]/u.test(word);
  // `הקפטן, עומר חביב, הקדיש…`: one definite noun, then the name in its comma group.
  if (words.length === 1 && language.definite.test(words[0]!) && !language.stop.test(words[0]!) && others.length > 1) {
    const grouped = withoutTitle(language, others[0]!.trim().split(/\s+/u).filter(Boolean));
    if (grouped.length >= 2 && grouped.length <= 3 && grouped.every(plain)) return person(grouped.join(' '), words[0]);
  }
  if (language.roleHeads.has(words[0] ?? '')) {
    let end = 1;
    // `מנהלת מכון הטיהור`: a noun before a definite one is in construct, part of the office.
    const adjectiveOnly = (at: number) => !!language.definiteHeadTakes && language.definite.test(words[at - 1]!) && !language.definiteHeadTakes.test(words[at]!);
    while (end < words.length && !adjectiveOnly(end) && (language.definite.test(words[end]!) || language.constructNouns.has(words[end]!) || (language.constructBeforeDefinite && language.definite.test(words[end + 1] ?? '')))) end++;
    // `رئيس اتحاد بلديات الشوف الأعلى X`: a construct noun never ends the office; its chain of complements goes on to a definite noun.
    if (!language.constructBeforeDefinite && end >= 2 && !language.definite.test(words[end - 1]!)) end = constructChain(language, words, end);
    // (`سامي عبد الكريم`, `عبد الله الشامي`, `أحمد بن علي`: عبد, أبو, بن, آل and the word after them are one part of an Arabic name.)
    // (`רון בן עמי`: a Hebrew family name opening with בן or בר likewise.)
    const compound = (at: number) => ARABIC_COMPOUND_OPENER.test(words[at] ?? '') && /^[\p{Script=Arabic}\p{Script=Hebrew}]{2,}[.!?؟]?$/u.test(words[at + 1] ?? '') && !language.stop.test(words[at + 1]!.replace(/[.!?؟]+$/u, ''));
    const name = words.slice(end, end + 2 + (compound(end) || compound(end + 1) ? 1 : 0)).map((word) => word.replace(/[.!?؟]+$/u, ''));
    // Arabic family names take the article too (`ريم القحطاني`).
    // (`رحبت الدكتورة سعاد أحمد النعيمي بالقرار`: a given name, the father's, then a family name of origin with the article, ـي.)
    const originName = words[end + 2]?.replace(/[.!?؟]+$/u, '');
    if (!language.constructBeforeDefinite && name.length === 2 && plain(name[0]) && plain(name[1]) && originName && /^ال\p{Script=Arabic}{2,}ي$/u.test(originName) && !language.stop.test(originName)) name.push(originName);
    const familyName = (word: string | undefined) => plain(word) || (!language.constructBeforeDefinite && !!word && language.definite.test(word) && !language.stop.test(word));
    // (`افتتح الدكتور نور الدين عبد الحكيم، وكيل…`: a given name of two words, its second الدين or الله, leaves the family name after it.)
    const givenOfTwo = !language.constructBeforeDefinite && name.length === 2 && plain(name[0]) && GIVEN_NAME_SECOND_WORD.test(name[1]!);
    if (givenOfTwo) name.push(...familyAfterGivenOfTwo(words, end + 2, compound(end + 2), familyName));
    // `مدرب شباب دكالة، التونسي فوزي العياري،`: the person in the comma group after an office over a body.
    const apposed = others.length > 1 ? nameAfterComma(language, `${head}،${others[0]}،`, true) : null;
    if (apposed && end < words.length) return person(apposed.phrase, words.join(' '));
    if ((name.length === 2 && plain(name[0]) && familyName(name[1])) || (name.length === 3 && (compound(end) ? familyName(name[2]) : plain(name[0]))) || (givenOfTwo && name.length === 4)) {
      // `وأرجع المهندس X، مدير عام المركز،`: an office in apposition says more than the title before the name.
      const office = others.length > 1 && end === 1 && language.weakRole?.test(words[0]!) ? others[0]!.trim().split(/\s+/u) : [];
      const fuller = office.length >= 1 && office.length <= 7 && language.roleHeads.has(office[0]!) && !language.weakRole?.test(office[0]!);
      return person(name.join(' '), fuller ? office.join(' ') : words.slice(0, end).join(' '));
    }
    // `מנהלת מכון הטיהור, ענת גרין, אישרה`: the name in the comma group after the office.
    const next = withoutTitle(language, (others[0] ?? '').trim().split(/\s+/u).filter(Boolean));
    if (end === words.length && others.length > 1 && next.length >= 2 && next.length <= 3 && next.every(plain)) return person(next.join(' '), words.join(' '));
  }
  const self = language.emphatic?.exec(sentence.trim());
  if (self && self[1]!.split(/\s+/u).every(plain)) return person(self[1]!);
  if (others.length > 0 && words.length >= 2 && words.length <= 3 && words.every(plain)) return person(words.join(' '), others.length > 1 ? appositionOffice(language, others[0]!) : undefined);
  // `מאיה, תלמידת כיתה ו', עמדה…`: a lone Hebrew given name, then an aside opening with a person noun (no article), then the clause.
  const aside = (others[0] ?? '').trim().split(/\s+/u)[0] ?? '';
  if (others.length > 1 && words.length === 1 && /^\p{Script=Hebrew}{2,}$/u.test(words[0]!) && plain(words[0]) && !language.roleHeads.has(words[0]!) && !HEBREW_CONNECTIVE.test(words[0]!) && (language.roleHeads.has(aside) || language.descriptionHeads.has(aside)) && !language.definite.test(aside)) return person(words[0]!);
  // `בא כוחו של ברק, עו"ד גיל נחמיאס, ביקש…`: a short description, then the name in its own comma group.
  const grouped = others.length > 1 && words.length <= 5 ? withoutTitle(language, others[0]!.trim().split(/\s+/u).filter(Boolean)) : [];
  if (grouped.length >= 2 && grouped.length <= 3 && grouped.every(plain)) return person(grouped.join(' '), language.roleHeads.has(words[0] ?? '') ? words.join(' ') : undefined);
  // `אחת העובדות שפוטרו, מהנדסת התוכנה דנה רוזן, סיפרה`: the comma group is an office and the name.
  if (grouped.length >= 3 && grouped.length <= 6 && language.roleHeads.has(grouped[0]!)) {
    const named = readSpeaker(language, grouped.join(' '));
    if (named && named.kind === 'name' && !named.pronoun && named.role && named.phrase.split(/\s+/u).length <= 3 && named.phrase.split(/\s+/u).every(plain)) return named;
  }
  // `השחקנית הוותיקה אורנה פז, בת 74, עלתה…`: an occupation with its article (and an adjective), then the name.
  const described = words.findIndex((word) => !language.definite.test(word) || language.stop.test(word));
  if (others.length > 0 && described >= 1 && described <= 2 && words.length - described === 2 && words.slice(described).every(plain)) {
    // (`الحاج X Y، تاجر …، قضى …`: a form of address before the name, `الحاج`, `السيدة`, is no occupation; an office in
    // the comma group after the name, if any, is the role.)
    const addressed = described === 1 && !!language.title?.test(words[0]!);
    const office = addressed && others.length > 1 ? appositionOffice(language, others[0]!) : undefined;
    return person(words.slice(described).join(' '), addressed ? office : words.slice(0, described).join(' '));
  }
  // `בין המתלוננים הייתה דנה פרץ, ש…`: a person introduced by "there was", the comma closing the name.
  const there = others.length > 0 ? /(?:^|\s)(?:היה|הייתה|היו|ביניהם|ביניהן)\s+(\S+)\s+(\S+)$/u.exec(head.trim()) : null;
  if (there && plain(there[1]) && plain(there[2])) return person(`${there[1]} ${there[2]}`);
  return language.presentVerb ? doerOpening(language, [head, ...others], plain) : null;
}

/**
 * `יוסי מזרחי מחזיק בחנות נעליים…`, `על החוף, המציל משה אברהם מסביר…`: a clause of the sentence
 * opening with two name words (an occupation with its article before them) and a present-tense verb.
 */
function doerOpening(language: SemiticLanguage, clauses: string[], plain: (word: string | undefined) => boolean): SpeakerPhrase | null {
  for (const clause of clauses.slice(0, 3)) {
    const words = clause.trim().split(/\s+/u).filter(Boolean);
    // (Only an office known as one: `הגיע לקבוצה…` opens with a past verb shaped like a definite noun.)
    const role = language.definite.test(words[0] ?? '') && !language.stop.test(words[0]!) && language.roleHeads.has(words[0]!) ? words.shift() : undefined;
    // (An Arabic family name often carries the article and the ي of origin: `سمير الفاسي`.)
    const family = plain(words[1]) || /^ال\p{Script=Arabic}{2,}ي$/u.test(words[1] ?? '');
    if (words.length >= 3 && plain(words[0]) && family && language.presentVerb!.test(words[2]!)) return person(`${words[0]} ${words[1]}`, role);
  }
  return null;
}

/**
 * The person an "according to" opener cites (`לדברי הכלכלן ד"ר X מאוניברסיטת…`, `بحسب الخبير X`): where they come
 * from is dropped; a title marks where the name begins, the words before it are the role.
 */
function citedOpening(language: SemiticLanguage, words: string): SpeakerPhrase | null {
  let all = words.trim().split(/\s+/u).filter(Boolean);
  const from = language.affiliation ? all.findIndex((word, i) => i >= 2 && language.affiliation!.test(word)) : -1;
  if (from > 0) all = all.slice(0, from);
  const titled = all.findIndex((word) => language.title?.test(word) || language.weakRole?.test(word));
  if (titled >= 0 && all.length - titled - 1 >= 2 && all.length - titled - 1 <= 3) return person(all.slice(titled + 1).join(' '), titled > 0 ? all.slice(0, titled).join(' ') : all[titled]);
  const found = readSpeaker(language, all.join(' '));
  return found && found.kind === 'name' && !found.pronoun ? found : null;
}

/**
 * `ראובן שטרן, בעל חנות לכלי בית ברחוב הגפן, מסכים`: the comma group after a name opening the sentence is its role when
 * it opens with an office, up to a place (`ברחוב הגפן`) or a stop word.
 */
function appositionOffice(language: SemiticLanguage, group: string): string | undefined {
  const words = group.trim().split(/\s+/u).filter(Boolean);
  // (`X, מפעילת מנוף במסוף, גרה…`: an occupation by its agent-noun shape with a complement and where it works, `ב…`/`في`; the
  // shape alone may be a present verb, `X, מוכר ירקות,`, left as before.)
  const agent = words.length >= 2 && !!language.agentNoun?.test(words[0]!) && !language.participle?.test(words[0]!) && !language.stop.test(words[1]!) && words.slice(1).some((word) => /^(?:ב\p{Script=Hebrew}{2,}|في)$/u.test(word));
  if (!language.roleHeads.has(words[0] ?? '') && !agent) return undefined;
  const end = words.findIndex((word, i) => i >= 1 && (language.stop.test(word) || !language.script.test(word) || !!language.adjunct?.test(`${word} ${words[i + 1] ?? ''}`)));
  const office = words.slice(0, end < 0 ? words.length : end);
  return office.length <= 6 ? office.join(' ') : undefined;
}
