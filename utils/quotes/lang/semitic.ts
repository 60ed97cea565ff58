/**
 * One reader for Arabic and Hebrew, which have no capitals to mark a name: the speaker is the few
 * words after the reporting verb (`قال وزير الخارجية X`, `אמר שר החוץ X`), up to a preposition,
 * "that", or the outlet spoken to (`لوكالة …`, `ל-…`). A role is a known office followed by its
 * definite complements (`وزير الخارجية`, `ראש הממשלה`); the words after it are the name. The verb
 * carries the speaker's gender (قالت, אמרה: she said).
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import { officeThenName, openingPerson } from './semitic-opening';
import { fieldAfterRole, placeAfterOffice, pronounBeforeVerb, splitRole, titledNameGroup, withoutTrailingAside } from './semitic-role';
import { withheldDescription } from './semitic-withheld';
import { isThenBeforeVerb, officeAfterFirstVerb, withAccordingUnglued, withoutAdverbsBeforeVerb, withoutLeadingAdverb, withoutLeadingBut, withoutLeadingOccasion, withoutOwnPart } from './semitic-adverbs';

export interface SemiticLanguage {
  /** Reporting verbs, with their conjunction prefixes: `[وف]?قال`. */
  verbs: string;
  isFeminine: (verb: string) => boolean;
  pronouns: Record<string, 'male' | 'female'>;
  /** Introduces a source: `بحسب`, `לדברי`. */
  according: string;
  /** Office words that start a role. */
  roleHeads: ReadonlySet<string>;
  /** Nouns that start a description rather than a name: `مسؤول` (an official). */
  descriptionHeads: ReadonlySet<string>;
  /** The definite article glued to a word: `ال`, `ה`. */
  definite: RegExp;
  /** Given names written with the article (`الحسين بوعزة`): they open a name, never go on an office. */
  givenWithArticle?: RegExp;
  /** Nouns that make the phrase an outlet, never a speaker: `صحيفة …`, `ערוץ …`. */
  outletHeads: ReadonlySet<string>;
  /** Nouns of organisations that take a definite complement inside a role: `وزارة الخارجية`. */
  constructNouns: ReadonlySet<string>;
  /** A word that ends the speaker phrase. */
  stop: RegExp;
  script: RegExp;
  /** A noun followed by a definite one is in construct (Hebrew `מכון הטיהור`); Arabic family names take ال too. */
  constructBeforeDefinite?: boolean;
  /** A present-tense verb of doing (Hebrew `מחזיק`, `מוכר`): `X Y מחזיק בחנות…` opens with a person. */
  presentVerb?: RegExp;
  /** A descriptor standing for the person just named (`قالت المتقاعدة`, `סיפר בן ה-64`): read as "he"/"she". */
  anaphor?: RegExp;
  /** A place or occasion after the verb, two words read together (`אמרה בטקס הפתיחה`): no speaker. */
  adjunct?: RegExp;
  /** Where the person comes from, after the name (`רון אליאב מהאוניברסיטה העברית`): no part of it. */
  affiliation?: RegExp;
  /** A body's words given in the passive (`ממשרד הביטחון נמסר:`): group 1 is the body, described. */
  relayed?: RegExp;
  /** A title written before a name inside its comma group (`ח״כ נועה ברגר`, `עו״ד X`): no part of the name. */
  title?: RegExp;
  /** A sentence opening with a name and "himself/herself" (`ברק עצמו שתק…`): group 1 is the person. */
  emphatic?: RegExp;
  /** Titles a fuller office in apposition after the name replaces (`الدكتور X، أستاذ…،`). */
  weakRole?: RegExp;
  /** What a definite office (`المدرب`) may take after it: adjectives only (`التونسي`, `العام`), so `المدرب الحسين X` is a name. */
  definiteHeadTakes?: RegExp;
  /** A participle after the subject's clause (`…، معتبرا أن`): the sentence's opening person said it; one ends a subject (`قال صاحب المطعم مشيرا`). */
  participle?: RegExp;
  /** `واختتم X المؤتمر بالقول:`: group 1 runs from the subject to the words before "by saying". */
  bySaying?: RegExp;
  /** "According to him/her" opening a sentence (`לדבריה,`, `وبحسبه،`): the sentence goes on about the person just named. */
  backReference?: RegExp;
  /** "As for X," before the verb (`أما X، فقال`): group 1 is X. */
  topic?: RegExp;
  /** The words of a statement (`في بيان، جاء فيه أن`) closing the frame: its owner is the sentence's opening subject. */
  statement?: RegExp;
  /** An auxiliary before the verb with the subject left out (`وكان قد قال`): no name. */
  auxiliary?: RegExp;
  /** An agent noun by its shape (Arabic مُفعِّل: `مؤسسة`, `منسق`), an office when it opens a comma group after a name. */
  agentNoun?: RegExp;
}

/** Punctuation that ends a phrase; a `"` between Hebrew letters is an acronym's (`יו"ר`), not a mark. */
// (`د. X`: the full stop of a one-letter title ends no phrase.)
const PHRASE_END = /[:،؛,«»“”!?؟]|(?<!(?:^|\s)\p{L})\.|(?<!\p{L})["״]|["״](?!\p{L})|\s[-–—]\s/u;

/**
 * After the quote: "according to" and a noun for what someone says with a possessive ending (`قوله`, `تعبيرها`,
 * `روايته`), then the end. (`بحسب مصادره`, "his sources", are other people: no noun of saying.)
 */
const OWNED_SOURCE = /^[\s،,]*(?:[وف]?(?:بحسب|حسب)|وفق(?:ا|اً)?\s+ل)\s*((?!ال)\p{Script=Arabic}{3,}(?:ها|هم|ه))\s*(?:[.،,؟!]|$)/u;
const OWN_WORDS = /^[\s،,]*(?:[وف]?(?:بحسب|حسب)|على\s+حد|وفق(?:ا|اً)?\s+ل)\s*(?:قول|تعبير|كلام|وصف|رواية|روايت|حديث|رأي|زعم|ادعاء|ادعاء|تصريح|تصريحات)(ها|ه)\s*(?:[.،,؟!]|$)/u;

export function semiticCues(language: SemiticLanguage): LanguageCues & { subject: (sentence: string) => SpeakerPhrase | null } {
  const patterns = lazy(() => ({
    // (`"…"، هكذا لخص X`, `"…", כך אמר X`: "thus" before the verb.)
    after: new RegExp(`^[-–—]?\\s*(?:(?:هكذا|כך)\\s+)?(${language.verbs})(?![\\p{L}])`, 'u'),
    anywhere: new RegExp(`(?:^|[\\s,،])(${language.verbs})(?![\\p{L}])`, 'gu'),
    according: new RegExp(`(?:^|\\s)(?:${language.according})(?![\\p{L}])\\s*`, 'u'),
    pronounFirst: new RegExp(`^[-–—]?\\s*(${Object.keys(language.pronouns).join('|')})\\s+(?:${language.verbs})(?![\\p{L}])\\s*(?:[.!?؟]|$)`, 'u'),
  }));

  function speakerAfterVerb(verb: string, rest: string): SpeakerPhrase | null {
    // `قالت المقيمة التي طلبت عدم نشر اسمها`: the description, never the clause's words.
    const withheld = withheldDescription(rest.split(/[.!?؟«»“”"]/u)[0]!, 4);
    if (withheld) return withheld;
    const found = readSpeaker(language, rest);
    // The descriptor must be the whole phrase: `قالت الباحثة في علوم البحار ليلى منصور` names her.
    const whole = rest.trimStart().split(PHRASE_END)[0]?.trim() ?? '';
    if (found === undefined) return pronoun(language.isFeminine(verb) ? 'she' : 'he');
    if (found && language.anaphor?.test(whole)) return { ...pronoun(language.isFeminine(verb) ? 'she' : 'he'), descriptor: true, definite: whole };
    if (found && !found.pronoun) found.gender = language.isFeminine(verb) ? 'female' : 'male';
    return found;
  }

  return {
    applies: (frame) => language.script.test(frame),
    after(frame) {
      const { after, according } = patterns();
      const verb = after.exec(frame);
      if (verb) return speakerAfterVerb(verb[1] ?? '', frame.slice(verb[0].length));
      // `"…", הוא אומר.`, `"…"، هي تقول`: the pronoun before the verb.
      const said = patterns().pronounFirst.exec(frame);
      if (said) return pronoun(language.pronouns[said[1]!] === 'female' ? 'she' : 'he');
      // `«…»، بحسب قوله.`, `على حد قولها`: "according to his/her words", one word with a pronoun ending: the person just named.
      const ownWords = OWN_WORDS.exec(frame);
      if (ownWords) return pronoun(ownWords[1] === 'ها' ? 'she' : 'he');
      // (`بحسب مصادره`, "his sources": one word with a possessive ending is something of someone's, no name.)
      const owned = OWNED_SOURCE.exec(frame);
      if (owned) return described(owned[1]!);
      const source = according.exec(frame);
      return source && source.index <= 1 ? (readSpeaker(language, frame.slice(source[0].length)) ?? null) : null;
    },
    subject(sentence: string): SpeakerPhrase | null {
      return openingPerson(language, withoutOwnPart(sentence));
    },
    before(written) {
      const frame = withoutOwnPart(written);
      const { anywhere, according } = patterns();
      const body = language.relayed?.exec(frame);
      if (body) return described((body[1] ?? body[2])!);
      const sentence = frame.split(/[.!?؟]\s/u).at(-1)!;
      // `وأصدرت الهيئة بيانا جاء فيه أن "…"`: the statement's owner, the subject after the sentence's first verb.
      const statement = language.statement?.exec(sentence);
      if (statement) {
        const owner = readSpeaker(language, sentence.slice(0, statement.index).trim().replace(/^\S+\s*/u, ''));
        // `ونعت الوزيرة X Y الراحل في بيان`: the verb's object after the name (a second definite word in a row) is no part of it.
        const words = owner?.kind === 'name' ? owner.phrase.split(/\s+/u) : [];
        // (`وزيرة الثقافة`: an Arabic office in the feminine, ة, tells the owner's gender, as a verb would.)
        const gender = /^\p{Script=Arabic}+ة$/u.test(owner?.role?.split(/\s+/u)[0] ?? '') ? 'female' : undefined;
        if (words.length === 3 && language.definite.test(words[1]!) && language.definite.test(words[2]!)) return person(words.slice(0, 2).join(' '), owner!.role, gender);
        if (owner) return owner.kind === 'name' && gender ? { ...owner, gender } : owner;
      }
      // `לדבריו, "…"`, `وبحسبها، "…"`: "according to him/her" right before the words: the person just named.
      const back = /(?:^|\s)(\S+)\s*[،,]\s*$/u.exec(sentence);
      if (back && language.backReference?.test(back[1]!) && sentence.trim().split(/\s+/u).length === 1) return pronoun(/(?:ה|ها|هم|הם)$/u.test(back[1]!) ? (/(?:هم|הם)$/u.test(back[1]!) ? 'they' : 'she') : 'he');
      const saying = language.bySaying?.exec(sentence);
      if (saying) {
        const words = saying[1]!.split(/\s+/u).filter(Boolean);
        // `واختتم المزروعي المؤتمر`: a lone family name with its article, then the object.
        if (/^(?:[وف]?ال)\p{Script=Arabic}+ي$/u.test(words[0]!)) return person(words[0]!);
        const found = readSpeaker(language, saying[1]!);
        if (found) return found;
      }
      const source = according.exec(withAccordingUnglued(frame));
      if (source) {
        const found = readSpeaker(language, source.input.slice(source.index + source[0].length));
        if (found) return found;
      }
      anywhere.lastIndex = 0;
      let [first, last]: Array<RegExpExecArray | null> = [null, null];
      // (`فضّل عدم ذكر اسمه`: after "not"/"without" a verbal noun, after `الذي` a relative clause's; `كُتبت` voweled a passive.)
      for (let verb = anywhere.exec(frame); verb; verb = anywhere.exec(frame)) if (!/(?:^|\s)(?:عدم|بعدم|دون|بدون|الذي|التي)\s*$/u.test(frame.slice(0, verb.index + 1)) && !/^[وف]?[^يت\s]\u064F/u.test(verb[1] ?? '')) [first, last] = [first ?? verb, verb];
      // `הקפטן, עומר חביב, הקדיש את הניצחון לאוהדים:`: no reporting verb, the colon gives the words to the sentence's subject.
      // (`רכז הספורט, יואב שרעבי:`: an office, then the name alone before the colon, lang/semitic-opening.ts.)
      const colonClause = !last && /:\s*$/u.test(frame) ? frame.split(/[.!?؟]\s/u).at(-1)!.replace(/:\s*$/u, '') : null;
      if (!last) return colonClause === null ? null : (officeThenName(language, colonClause) ?? openingPerson(language, colonClause));
      const rest = frame.slice(last.index + last[0].length);
      // `עובדת עירייה שביקשה שלא להזדהות אמרה:`: a subject whose clause withholds the name is that description.
      const withheld = withheldDescription(frame.slice(0, last.index).split(/[.!?؟]\s/u).at(-1)!);
      if (withheld) return withheld;
      // `عبر مدرب X، التونسي فوزي العياري، عن…، معتبرا أن`: the participle's subject opened the sentence.
      if (language.participle?.test(last[1] ?? '')) {
        const opening = openingPerson(language, frame.slice(0, last.index).split(/[.!?؟]\s/u).at(-1)!);
        // (`روت الحاجة X (60 عاماً)، إحدى المصابات، لحظات الحادث قائلة:`: else the subject after the sentence's first verb of saying.)
        const firstSubject = !opening && first !== last ? readSpeaker(language, frame.slice(first!.index + first![0].length, last.index)) : null;
        if (opening || (firstSubject?.kind === 'name' && !firstSubject.pronoun)) return opening ?? firstSubject!;
      }
      // `מנכ"ל החברה, עומר גלעד, כתב במכתב…`, `أما المترشح X، فقال…`: a subject set off before the verb is its speaker.
      const lead = withoutTrailingAside(language, frame.slice(0, last.index));
      const setOff = /[،,]\s*$/u.test(lead) ? (commaGroupSubject(language, lead) ?? topicSubject(language, lead) ?? apposedSubject(language, lead)) : null;
      if (setOff) return setOff;
      // Subject first (`X אמר:`) when nothing speaker-like follows the verb.
      const following = pronounBeforeVerb(language, lead) ? undefined : readSpeaker(language, rest);
      if (following !== undefined) return speakerAfterVerb(last[1] ?? '', rest);
      // Hebrew `קם ואמר:` (got up and said): the word before a verb joined by ו is another verb, not the subject.
      const joined = frame.slice(0, last.index + (last[0].length - (last[1] ?? '').length));
      if (/^ו/u.test(last[1] ?? '') && /\p{Script=Hebrew}/u.test(last[1] ?? '') && /\p{Script=Hebrew}\s+$/u.test(joined)) {
        // The subject of the first verb is the speaker (`יו״ר ההסתדרות, עו״ד שלמה ביטון, קם ואמר`, `X, תושב…, עומד ליד … ואומר`).
        const first = apposedSubject(language, /^[^,،]*[,،][^,،]*[,،]/u.exec(joined.split(/[.!?؟]\s/u).at(-1)!)?.[0] ?? '') ?? readSubject(language, joined.replace(/\S+\s+$/u, ''));
        return first && !first.pronoun && first.kind === 'name' && first.phrase.split(/\s+/u).every((word) => plainName(language, word)) ? first : pronoun(language.isFeminine(last[1] ?? '') ? 'she' : 'he');
      }
      // `وكان قد قال في حوار سابق:`: "had" before the verb, the subject left out (the person the story is about).
      if (language.auxiliary?.test(frame.slice(0, last.index))) return pronoun(language.isFeminine(last[1] ?? '') ? 'she' : 'he');
      const subject = readSubject(language, frame.slice(0, last.index));
      // `وأوضح المتحدث باسم الهيئة أن …، وقال:`: a second verb with no subject of its own has the sentence's first verb's
      // (a verb of doing first too: `وتقدمت النائبة X، …، وقالت:`, lang/semitic-adverbs.ts).
      if (!subject || subject.pronoun) {
        const sentenceStart = frame.slice(0, last.index).search(/[^.!?؟]*$/u);
        anywhere.lastIndex = sentenceStart;
        const first = anywhere.exec(frame);
        const earlier = first && first.index < last.index ? speakerAfterVerb(first[1] ?? '', frame.slice(first.index + first[0].length, last.index)) : null;
        // (`وأضاف المسؤول الحكومي أن …، مشدداً`: a definite descriptor there still stands for the person named before.)
        if (earlier?.kind === 'description' && language.anaphor?.test(earlier.phrase)) return { ...pronoun(language.isFeminine(first![1] ?? '') ? 'she' : 'he'), descriptor: true, definite: earlier.phrase };
        if (earlier && !earlier.pronoun) return earlier;
        const opened = !first || first.index >= last.index ? officeAfterFirstVerb(frame.slice(sentenceStart, last.index), (rest) => readSpeaker(language, rest), (word) => language.roleHeads.has(word)) : null;
        if (opened) return opened;
      }
      // `השופטת הוסיפה כי "…"`: a definite office alone before the verb stands for the person introduced with it, as after the verb.
      if (subject?.kind === 'description' && !subject.phrase.includes(' ') && language.anaphor?.test(subject.phrase)) return { ...pronoun(language.isFeminine(last[1] ?? '') ? 'she' : 'he'), descriptor: true, definite: subject.phrase };
      return subject ?? pronoun(language.isFeminine(last[1] ?? '') ? 'she' : 'he');
    },
  };
}

/** The speaker phrase at the start of `rest`; undefined when the verb is followed by no speaker at all. */
export function readSpeaker(language: SemiticLanguage, rest: string): SpeakerPhrase | null | undefined {
  let clause = withoutLeadingAdverb((rest = withoutLeadingOccasion(language, rest.trimStart()))); // (`אמרה בטקס ראש המועצה, X`: no occasion in the speaker or role, semitic-occasion.ts.)
  // (`م. رامي السعدي`, `أ.د. X`: a letter and its dot abbreviate a title; that dot ends no phrase.)
  const end = PHRASE_END.exec(clause.replace(/(?<![\p{L}.])((?:\p{L}\.){1,2})(?=\s)/gu, (letters) => letters.replace(/\./gu, '_')));
  if (end) clause = clause.slice(0, end.index);
  const words: string[] = [];
  const all = clause.split(/\s+/u).filter(Boolean);
  for (const [i, word] of all.entries()) {
    if ((language.stop.test(word) && !fieldAfterRole(language, words, word, all[i + 1]) && !placeAfterOffice(language, words, all, i)) || (i > 0 && language.participle?.test(word)) || !language.script.test(word) && !/^[A-Z]/.test(word)) break;
    // (`בעל המסעדה X`: an office that starts like "in the" is no place.)
    if (language.adjunct?.test(`${word} ${all[i + 1] ?? ''}`) && !language.roleHeads.has(word)) break;
    words.push(word);
    // (Ten: an office, the place it serves and a four-word name: `عضو المجلس البلدي بمحافظة ظفار مسلم بن عوض الشحري`.)
    if (words.length === 10) break;
  }
  if (words.length === 0) return undefined;
  // `סיפרה מיכל אברהם מרמת גן`: where a named person is from (a word opening with "from", more words after it) is no part of the name.
  const from = language.constructBeforeDefinite && plainName(language, words[0]!) ? words.findIndex((word, i) => i >= 2 && i < all.length - 1 && /^מ\p{Script=Hebrew}{2,}/u.test(word)) : -1;
  if (from > 0) words.splice(from);
  const gender = language.pronouns[words[0] ?? ''];
  if (gender) return pronoun(gender === 'female' ? 'she' : 'he');
  // `سعادة حمد سالم المزروعي`: a form of address is neither role nor name.
  // (`הוסיף ד"ר ברק`: a title before a lone family name is no role; the office the text gave the person stays theirs.)
  if (words.length === 2 && language.title?.test(words[0]!) && plainName(language, words[1]!)) return person(words[1]!);
  const titled = language.title?.test(words[0]!) && words.length > 2;
  const found = splitRole(language, titled ? words.slice(1) : words);
  const commaNamed = found?.kind === 'description' && language.roleHeads.has(words[0] ?? '') ? nameAfterComma(language, rest) ?? titledNameLater(language, clause) : null;
  if (commaNamed) return commaNamed;
  // `رئيس نهضة سايس، محمد التازي،`: an office over a body, then the person in a comma group.
  const apposed = found?.kind === 'name' && found.role && !language.definite.test(found.phrase.split(/\s+/u)[0]!) ? nameAfterComma(language, rest, true) : null;
  if (apposed) return apposed;
  // `حمد سالم المزروعي، الرئيس التنفيذي للشركة،`: an office in apposition after the name says more than a title before it.
  const office = found?.kind === 'name' && (!found.role || language.weakRole?.test(found.role)) ? appositionRole(language, rest) : null;
  return office ? person(found!.phrase, office) : found;
}

/** `אמר מנכ"ל החברה, אבי שטרן,`, `قال رئيس اللجنة المنظمة للمعرض، الدكتور حسن القاضي،`: an office, a comma, then the name. */
export function nameAfterComma(language: SemiticLanguage, rest: string, strict = false): SpeakerPhrase | null {
  const match = /^([^،,:.«»“”]+)[،,]\s*([^،,:.«»“”]+?)\s*(?:[،,:.]|$)/u.exec(rest.trimStart());
  if (!match) return null;
  // `المهاجم الشاب أنيس حمادي (20 عاما)،`: an age in brackets after the name is no part of it.
  let words = match[2]!.replace(/\s*[(（][^()（）]{1,16}[)）]\s*$/u, '').split(/\s+/u).filter(Boolean);
  // `مدرب شباب دكالة، التونسي فوزي العياري،`: a nationality before the name describes it.
  if (words.length > 2 && /^(?:[وف]?ال)\p{Script=Arabic}+ي$/u.test(words[0]!) && plainName(language, words[1]!)) words = words.slice(1);
  words = withoutTitle(language, words);
  // (`מנהל הפרויקט בחברה, המהנדס יואב שטרן.`: an occupation used as a title, with its article, opens the group before the name.)
  if (words.length > 2 && language.roleHeads.has(words[0]!) && language.definite.test(words[0]!) && words.slice(1).every((word) => plainName(language, word) && !language.constructNouns.has(word))) words = words.slice(1);
  // (The name closes the group with a comma, or ends the sentence: `אומרת ראש המעבדה ל…, פרופ' X.`)
  if (strict && (words.length < 2 || words.length > 4 || !plainName(language, words[0]!) || !/[،,]|^\s*(?:[.!?؟]|$)/u.test(rest.slice(rest.indexOf(match[2]!) + match[2]!.length, rest.indexOf(match[2]!) + match[2]!.length + 2)))) return null;
  if (words.length === 0 || words.length > 5 || words.some((word) => language.stop.test(word) || !language.script.test(word) || /^["״]|["״]$/u.test(word))) return null;
  if (!language.roleHeads.has(words[0]!) && language.definite.test(words[0]!)) return null;
  const named = splitRole(language, words);
  if (!named || named.kind !== 'name') return null;
  const office = match[1]!.trim();
  // `صاحب هدف التعادل، المهاجم الشاب X،`: the one who did something (صاحب) is no office; the group's own office joins it.
  return person(named.phrase, named.role && /^(?:صاحب|صاحبة)\s/u.test(office) ? `${office}، ${named.role}` : office);
}

/**
 * `أكدت استشارية طب الطوارئ في مستشفى العدان الدكتورة منى الرشيدي أن`: an office, where it is held, then a
 * title (`الدكتورة`, `ד"ר`) and the name; the title marks where the name begins, the words before it are the role.
 */
function titledNameLater(language: SemiticLanguage, clause: string): SpeakerPhrase | null {
  const all = clause.split(/\s+/u).filter(Boolean);
  const at = all.findIndex((word, i) => i >= 2 && (language.weakRole?.test(word) || language.title?.test(word)));
  if (at < 0 || at > 8) return null;
  const name: string[] = [];
  for (const word of all.slice(at + 1)) {
    if (!plainName(language, word) && !(name.length > 0 && language.definite.test(word) && !language.stop.test(word) && !language.constructBeforeDefinite)) break;
    name.push(word);
  }
  return name.length >= 2 && name.length <= 4 ? person(name.join(' '), all.slice(0, at).join(' ')) : null;
}

/** `X، الرئيس التنفيذي للشركة،`, `אמרה X, מנהלת המחלקה.`: the comma group right after the name, opening with an office. */
function appositionRole(language: SemiticLanguage, rest: string): string | null {
  const match = /^(?:[^،,:.«»“”]|(?<=(?:^|\s)\p{L})\.)+[،,]\s*([^،,:.«»“”]+?)\s*(?:[،,:.]|$)/u.exec(rest.trimStart());
  const all = match?.[1]!.split(/\s+/u).filter(Boolean) ?? [];
  // (`مؤسسة شركة ناشئة لتصنيع التمور المحشوة في الخبر`: a group too long for an office ends at its preposition; any at a relative clause, `סוחר ירקות שעובד בשוק`.)
  const cut = all.findIndex((word, i) => (i >= 2 && language.stop.test(word)) || (i >= 1 && RELATIVE_OPENING.test(word) && !language.roleHeads.has(word)));
  const words = cut > 0 && (all.length > 7 || RELATIVE_OPENING.test(all[cut]!)) ? all.slice(0, cut) : all;
  // (`، مضيفة أن …`: a participle of saying, "adding that", is no office.)
  // (`X، خبير الأرصاد في المركز…،`: a noun for an unnamed speaker with its complement is an office once a name stands before it.)
  const office = language.roleHeads.has(words[0]!) || (words.length >= 2 && language.descriptionHeads.has(words[0]!) && language.definite.test(words[1]!)) || (words.length >= 2 && !!language.agentNoun?.test(words[0]!) && !language.participle?.test(words[0]!) && !language.stop.test(words[1]!));
  return words.length >= 1 && words.length <= 7 && office && !language.weakRole?.test(words[0]!) ? words.join(' ') : null;
}

/**
 * `דוברת משרד האוצר, מיכל דהן, מסרה`, `אחד מהם, ג'מאל עבאס, אמר`: the subject is the comma group
 * right before the verb, two or three plain words after any title (`ח״כ`, `עו״ד`); the group before
 * it is the role when it opens with an office or a definite noun; a `וש` group ("and which": a relative clause) is no name.
 */
function commaGroupSubject(language: SemiticLanguage, head: string): SpeakerPhrase | null {
  const groups = head.split(/[،,]/u);
  if (groups.length < 3 || groups.at(-1)!.trim()) return null;
  // (`מרים אבוטבול בת ה-74`: an age after the name is no part of it.)
  const name = withoutTitle(language, groups.at(-2)!.trim().replace(/\s+(?:בן|בת)\s+ה[-־]?\d{1,3}$/u, '').split(/\s+/u).filter(Boolean));
  // `אחת העובדות שפוטרו, מהנדסת התוכנה דנה רוזן, סיפרה`: the group itself is an office and the name.
  if (name.length >= 3 && name.length <= 6 && language.roleHeads.has(name[0]!) && !titledNameGroup(language, groups.at(-3)!)) {
    const named = splitRole(language, name);
    const words = named?.kind === 'name' ? named.phrase.split(/\s+/u) : [];
    // `מהנדס העיר, האדריכל עמית גולן, הסביר`: an office in the group before says more than a profession's one word.
    const before = groups.at(-3)!.split(PHRASE_END).at(-1)!.trim().split(/\s+/u).filter(Boolean);
    const office = before.length >= 2 && before.length <= 4 && language.roleHeads.has(before[0]!) && named?.role?.split(/\s+/u).length === 1 ? before.join(' ') : null;
    if (named?.role && words.length >= 2 && words.length <= 3 && words.every((word) => plainName(language, word))) return office ? person(named.phrase, office) : named;
  }
  if (name.length < 2 || name.length > 3 || /^וש/u.test(name[0]!) || !name.every((word) => plainName(language, word))) return null;
  // (`מנכ״ל חברת "דרך הנגב", המפעילה את הקווים, X,`: a participle with its object describes the company; the office is before it.)
  const bodyGroup = groups.length >= 4 && /^ה\p{Script=Hebrew}{3,}\s+את\s/u.test(groups.at(-3)!.trim()) ? groups.at(-4)!.split(/[.!?:]\s/u).at(-1)!.trim() : '';
  const aboutBody = !!bodyGroup && language.roleHeads.has(bodyGroup.split(/\s+/u)[0]!);
  const office = aboutBody ? bodyGroup : groups.at(-3)!.split(PHRASE_END).at(-1)!.trim().replace(/^(?:ו)(?=ה)/u, '');
  const first = office.split(/\s+/u)[0] ?? '';
  const role = office && office.split(/\s+/u).length <= 6 && (language.roleHeads.has(first) || language.definite.test(first)) ? office : null;
  return person(name.join(' '), role);
}

/** A relative clause set off after a name: Hebrew `שהוביל…` (not an office such as `שר`), Arabic `الذي…`. */
const RELATIVE_OPENING = /^(?:ש\p{Script=Hebrew}{2,}|الذي|التي|الذين|اللذان|اللتان)$/u;

/**
 * `דוקטורנט יואב פרץ, שהוביל את העבודה, מספר כי…`, `ד"ר אבי שטרן, אנטומולוג ממכון וולקני, אמר`: the sentence opens
 * with the person, a clause or an office set off by commas, then the verb. An office there is the role.
 */
function apposedSubject(language: SemiticLanguage, lead: string): SpeakerPhrase | null {
  const sentence = lead.split(/[.!?؟]\s/u).at(-1)!;
  const groups = sentence.split(/[،,]/u);
  if (groups.length !== 3 || groups[2]!.trim()) return null;
  // (`عبد الله الإدريسي (52 عاما)، فلاح …،`: an age in brackets after the name is no part of it.)
  const opening = groups[0]!.replace(/\s*[(（][^()（）]{1,16}[)）]\s*$/u, '').trim().split(/\s+/u).filter(Boolean);
  const aside = groups[1]!.trim().split(/\s+/u).filter(Boolean);
  if (opening.length < 2 || opening.length > 5 || aside.length === 0) return null;
  const untitled = withoutTitle(language, opening);
  const read = splitRole(language, untitled);
  // (`ד"ר מיכל כהן מהאוניברסיטה, חוקרת…,`: after a title, where the person comes from is no part of the name; with no title,
  // `מגדלת ירקות מהעמק` is a description, kept whole.)
  const from = read?.kind === 'name' && untitled.length < opening.length && language.affiliation ? read.phrase.split(/\s+/u).findIndex((word, i) => i >= 2 && language.affiliation!.test(word)) : -1;
  const found = read && from > 0 ? { ...read, phrase: read.phrase.split(/\s+/u).slice(0, from).join(' ') } : read;
  const words = found?.kind === 'name' ? found.phrase.split(/\s+/u) : [];
  if (!found || words.length < 2 || words.length > 3 || !words.every((word) => plainName(language, word))) return null;
  const relative = RELATIVE_OPENING.test(aside[0]!) && !language.roleHeads.has(aside[0]!);
  // (`אנטומולוג ממכון וולקני שלא היה מעורב`: the office and where it is held, up to a relative clause.)
  const cut = aside.findIndex((word) => RELATIVE_OPENING.test(word) && !language.roleHeads.has(word));
  const office = relative ? null : aside.slice(0, cut < 0 ? aside.length : cut).join(' ');
  return person(found.phrase, office && aside.length <= 8 ? office : (found.role ?? null));
}

/** `أما المترشح يوسف الإدريسي، فقال`: "as for X," sets the subject off before the verb. */
function topicSubject(language: SemiticLanguage, lead: string): SpeakerPhrase | null {
  const topic = language.topic?.exec(lead);
  if (!topic) return null;
  const found = readSpeaker(language, topic[1]!);
  return found && found.kind === 'name' && !found.pronoun ? found : null;
}

/** A title opening a name's words (`ח״כ`, `עו״ד`, `פרופ׳`, `المهندس`, `الأستاذة`) is dropped; a rank may be two words (`טפסר משנה`). */
export function withoutTitle(language: SemiticLanguage, words: string[]): string[] {
  const isTitle = (word: string) => !!language.title?.test(word) || !!language.weakRole?.test(word);
  if (words.length > 3 && isTitle(`${words[0]} ${words[1]}`)) return words.slice(2);
  return words.length > 2 && isTitle(words[0]!) ? words.slice(1) : words;
}

/** A word that may be part of a name: of the script, no article, no stop word, pronoun or acronym. */
export function plainName(language: SemiticLanguage, word: string): boolean {
  return language.script.test(word) && !language.stop.test(word) && !language.definite.test(word) && !language.pronouns[word] && !/["״]/u.test(word) && !language.roleHeads.has(word) && !language.descriptionHeads.has(word);
}

/** The subject right before a verb (`ראש הממשלה X אמר`): the last words of the clause. */
function readSubject(language: SemiticLanguage, head: string): SpeakerPhrase | null {
  // (`سالم العبيدي (60 عاماً) قال`, `דוד אזולאי (67) אמר`: an age in brackets between the name and the verb is no part of it.)
  const clause = head.split(PHRASE_END).at(-1)?.replace(/\s*[(（]\s*\d{1,3}\s*(?:عاما|عامًا|عاماً|سنة)?\s*[)）]\s*$/u, '').trim() ?? '';
  if (!clause) return commaGroupSubject(language, head);
  let words = withoutAdverbsBeforeVerb(clause.split(/\s+/u).filter(Boolean)).slice(-6);
  // `פרופ׳ רון אליאב מהאוניברסיטה העברית אמר`: where he comes from ends the subject.
  const from = language.affiliation ? words.findIndex((word, i) => i >= 2 && language.affiliation!.test(word)) : -1;
  if (from > 0) words = words.slice(0, from);
  if (isThenBeforeVerb(words.at(-1) ?? '')) return null;
  const lastPronoun = language.pronouns[words.at(-1) ?? ''];
  if (lastPronoun) return pronoun(lastPronoun === 'female' ? 'she' : 'he');
  // Start at the last role word, or keep the last two words as a name.
  const roleAt = words.findIndex((word) => language.roleHeads.has(word));
  const found = roleAt >= 0 ? splitRole(language, words.slice(roleAt)) : words.length > 0 ? splitRole(language, withoutLeadingBut(words.slice(-2))) : null;
  return found;
}
