/**
 * Assamese (Bengali script with its own ৰ and ৱ): before a quote `<role> X-ই … কয়, “…”` (the subject in the agentive,
 * `-ই` after a vowel, `-য়ে`/`-ৱে` after a vowel sign, `-এ` after a consonant, with words of when and where between it and
 * the verb), `তেওঁ কয়, “…”` (he or she said); after one `“…,” বুলি X-ই কয়।` or `“…,” X-ই কয়।` (the quotative বুলি, "saying
 * so", may open the tag), `“…,” তেওঁ কয়।`. The script has no capitals, so the name is read back from the agentive word over
 * name words, stopping at a genitive (`-ৰ`), a number, an age, a role noun (the role). `এজন` / `এগৰাকী` ("a", "one") before
 * the noun leave the speaker unnamed; a body in the agentive (`প্ৰশাসনে`) is no person; `উপায়ুক্তগৰাকীয়ে` (the deputy
 * commissioner) is an office, the one the text named.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Letters Assamese writes and Bengali does not: ৰ (ra) and ৱ (wa). */
const ASSAMESE_LETTER = /[\u09f0\u09f1]/u;
/** The nukta ya, precomposed or decomposed. */
const YA = '(?:\u09df|\u09af\u09bc)';
/**
 * Verbs of saying in the third person (present, past, perfect, with a light verb): কয়, ক’লে, কৈছে, জনায়, জনালে, জনাইছে,
 * (লগতে) কয়, মন্তব্য/উল্লেখ/দাবী/স্বীকাৰ/প্ৰশ্ন কৰে, সতৰ্ক কৰি দিয়ে, আশ্বাস দিয়ে, কথা পাতে (talked).
 */
const VERB =
  `(?:ক${YA}|ক[’']লে|কৈছে|কৈছিল|কৈছিলে|জনা${YA}|জনালে|জনাইছে|জনাইছিল|জনাব|` +
  `(?:মন্তব্য|উল্লেখ|দাবী|দাবি|স্বীকাৰ|প্ৰশ্ন|অনুৰোধ|যোগ)\\s+(?:কৰে|কৰিলে|কৰিছে)|সতৰ্ক\\s+কৰি\\s+দি${YA}ে|(?:আশ্বাস|প্ৰতিক্ৰি${YA}া)\\s+(?:দি${YA}ে|দিলে)|কথা\\s+পাতে)`;
/** He or she (তেওঁ, the honorific তেখেত), with or without the agentive. */
const PRONOUN = /^(?:তেওঁ|তেওঁৱে|তেওঁও|তেখেত|তেখেতে|তাই|তেঁও)$/u;
/** Plural pronouns: a group, no one person. */
const GROUP = /^(?:তেওঁলোকে|তেওঁলোক|আমি|সিহঁতে)$/u;
/** Words compared in one form: য় is written both as one code and as য with a nukta (NFC keeps the two codes). */
const norm = (word: string) => word.normalize('NFC');
const wordSet = (words: string) => new Set(norm(words).split(' '));

/** Offices and occupations written before a name, and the words that open them (`জিলা উপায়ুক্ত`, `স্থানীয় বিধায়ক`). */
const ROLES = wordSet(
  'উপায়ুক্ত আয়ুক্ত বিধায়ক সাংসদ মন্ত্ৰী মুখ্যমন্ত্ৰী অভিযন্তা সভাপতি সম্পাদক অধ্যক্ষ অধ্যাপক শিক্ষক চিকিৎসক বিষয়া আৰক্ষী অধীক্ষক ' +
    'মুখপাত্ৰ সঞ্চালক পৰিচালক প্ৰধান কৃষক ব্যৱসায়ী বাসিন্দা স্বাস্থ্যকৰ্মী কৰ্মী নেতা সদস্য মহকুমাধিপতি গাঁওবুঢ়া অধিকাৰী ' +
    'জিলা ৰাজ্যিক স্থানীয় কাৰ্যবাহী মুখ্য উপ সহকাৰী জ্যেষ্ঠ ভাৰপ্ৰাপ্ত',
);
/** Bodies that speak through statements (`প্ৰশাসনে জনাইছে`): no person. */
const BODIES = wordSet('প্ৰশাসন চৰকাৰ বিভাগ আৰক্ষী কৰ্তৃপক্ষ দপ্তৰ সংস্থা সমিতি পৰিষদ আয়োগ কোম্পানী লোক ৰাইজ');
/** Small words that are no name going back: and, also, this, that, then, today, yesterday, but. */
const SMALL = wordSet('আৰু এই সেই ওই এইদৰে তেতিয়া আজি কালি যোৱা কিন্তু অৱশ্যে লগতে পিছত আগতে পুনৰ নাই');
/** "A", "one" (with its classifiers), "some": the person is described, not named. */
const INDEFINITE = /^(?:এজন|এগৰাকী|এজনী|এটা|কেইজনমান|কিছুমান|এক)$/u;
/** Classifiers glued after a noun for a person: `-গৰাকী` (respectful), `-জন`, `-জনী` ("the"). */
const CLASSIFIER = /(?:গৰাকী|জনী|জন)$/u;

/**
 * The word's stem when it ends in the agentive (`গগৈই` → `গগৈ`, `পাঠকয়ে` → `পাঠক`, `পেগুৱে` → `পেগু`), else null; `weak`: also
 * a consonant and `-এ` (`যুৱকে` → `যুৱক`), which is a locative too (`চহৰে`).
 */
function agentStem(word: string, weak: boolean): string | null {
  // (`শুকুৰবাৰে`, "on Friday": a weekday's locative.)
  if (SMALL.has(word) || /বাৰে$/u.test(word)) return null;
  const strong = new RegExp(`^(.{2,}?)(?:(?<=[\\u0985-\\u09b9\\u09be-\\u09cc\\u09f0\\u09f1])ই|${YA}ে|ৱে)$`, 'u').exec(word);
  if (strong) return strong[1]!;
  // (A consonant and -এ: also a locative, `শুকুৰবাৰে` "on Friday", so only right before the verb.)
  const plain = weak ? /^(.{2,}[\u0995-\u09b9\u09f0\u09f1])\u09c7$/u.exec(word) : null;
  return plain?.[1] ?? null;
}

/** An adjective of age or origin (`৪২ বছৰীয়া`, `বালিজানীয়া`): what the person is, no name. */
const AGE_OR_ORIGIN = lazy(() => new RegExp(`ী${YA}া$`, 'u'));

const isNameWord = (word: string) => !ROLES.has(word) && !SMALL.has(word) && !INDEFINITE.test(word) && !/[ৰ]$/u.test(word) && !/[\d০-৯]/u.test(word) && !AGE_OR_ORIGIN().test(word);

const patterns = lazy(() => ({
  // The clause closing the words before a quote, ending in a verb of saying.
  before: new RegExp(`(?:^|[।!?]\\s*)([^।!?“”"]*?)\\s*${VERB}\\s*[,:।]?\\s*$`, 'u'),
  after: new RegExp(`^[\\s,]*(?:বুলি\\s+)?([^।!?“”"\\n]{1,160}?)\\s*${VERB}\\s*(?:[।.,]|$)`, 'u'),
  // `তেওঁৰ মতে,` (in his view), `X-ৰ মতে,` (according to X).
  according: /(?:^|[।!?]\s*)([^।!?“”"]*?)ৰ\s+মতে\s*,?\s*$/u,
}));

/** The speaker of a clause: the agentive word read back over the name words before it, the role before those. */
function speakerIn(clause: string, closedByVerb = true): SpeakerPhrase | null {
  // (Compared in one form, returned as the text writes them.)
  const raw = clause.trim().split(/[\s,]+/u).filter(Boolean);
  const tokens = raw.map(norm);
  if (tokens.length === 0) return null;
  if (tokens.some((word) => PRONOUN.test(word))) return pronoun('they');
  if (tokens.some((word) => GROUP.test(word))) return null;
  // (A strong agentive anywhere; failing one, when a verb of saying closes the clause, the first consonant and `-এ`.)
  const weak = closedByVerb && !tokens.some((word) => agentStem(word, false) !== null);
  let at = tokens.findIndex((word) => agentStem(word, weak) !== null);
  if (at < 0) return null;
  const stem = agentStem(tokens[at]!, weak)!;
  const bare = stem.replace(CLASSIFIER, '');
  const stemOf = (i: number) => raw[i]!.slice(0, agentStem(tokens[i]!, weak)!.length);
  if (tokens.slice(Math.max(0, at - 4), at).some((word) => INDEFINITE.test(word))) return described(`${raw.slice(Math.max(0, at - 1), at).join(' ')} ${stemOf(at)}`);
  if (BODIES.has(bare)) return described(raw.slice(Math.max(0, at - 1), at + 1).join(' '));
  // (`উপায়ুক্তগৰাকীয়ে`, "the deputy commissioner": a role noun, with its classifier or not, is the one the text gave that role.)
  if (ROLES.has(bare)) return officeDescriptor(raw[at]!.slice(0, bare.length));
  const name = [stemOf(at)];
  while (at > 0 && name.length < 3 && isNameWord(tokens[at - 1]!)) name.unshift(raw[--at]!);
  let roleStart = at;
  while (roleStart > 0 && ROLES.has(tokens[roleStart - 1]!)) roleStart--;
  return person(name.join(' '), raw.slice(roleStart, at).join(' ') || null);
}

/** Words Assamese writes and Bengali does not: the verb কয়, the quotative বুলি, তেওঁ (he, she), লগতে (also). */
const ASSAMESE_WORD = lazy(() => new RegExp(`(?:^|[\\s,“”"])(?:ক${YA}|বুলি|তেওঁ|তেখেত|লগতে)(?=[\\s,।]|$)`, 'u'));

/**
 * The person a sentence brings in by name, in the agentive (`বালিজানৰ ৰূপালী পাঠকয়ে … ঘৰ এৰিবলগীয়া হৈছিল।`): for a "he" or
 * "she" in the next one (lang/introduced.ts may read Assamese paragraphs with it).
 */
export function assameseSubject(sentence: string): SpeakerPhrase | null {
  // (Its last word is no verb of saying: `-এ` there is a verb's ending, `উঠিছে`, not the agentive.)
  const found = speakerIn(sentence.replace(/[।!?]\s*$/u, ''), false);
  return found?.kind === 'name' && !found.pronoun ? found : null;
}

export const assamese: LanguageCues = {
  applies: (frame) => (ASSAMESE_LETTER.test(frame) || ASSAMESE_WORD().test(frame)) && (new RegExp(VERB, 'u').test(frame) || /ৰ\s+মতে/u.test(frame)),
  after(frame) {
    const words = patterns().after.exec(frame.split('\n')[0]!)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const clause = patterns().before.exec(frame)?.[1];
    const found = clause === undefined ? null : speakerIn(clause);
    // (`X-ই … ঘৰ এৰিবলগীয়া হৈছিল। … তেওঁ কয়, “…”`: he or she is the person the sentence before brought in, by name, in the agentive.)
    if (found?.pronoun) {
      const earlier = frame.split(/[।!?]\s*/u).slice(0, -1).at(-1);
      const named = earlier ? speakerIn(earlier) : null;
      if (named?.kind === 'name' && !named.pronoun) return named;
    }
    if (clause !== undefined) return found;
    // (`অভিযন্তা X Y-ৰ মতে,`, "in engineer X Y's view": the name read back from the genitive, the role before it.)
    const according = patterns().according.exec(frame)?.[1]?.trim().split(/\s+/u);
    if (!according) return null;
    if (/^(?:তেওঁ|তেখেত)$/u.test(according.at(-1)!)) return pronoun('they');
    let at = according.length - 1;
    while (at > 0 && according.length - at < 3 && isNameWord(norm(according[at - 1]!))) at--;
    let roleStart = at;
    while (roleStart > 0 && ROLES.has(norm(according[roleStart - 1]!))) roleStart--;
    return person(according.slice(at).join(' '), according.slice(roleStart, at).join(' ') || null);
  },
};
