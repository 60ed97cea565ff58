/**
 * Mongolian (Cyrillic script): the verb ends the sentence and the quotative гэж follows the quote, so the tag after it is
 * `“…” гэж <subject> <verb>.` (`“…” гэж сургуулийн захирал Д.Сарнай хэлэв.`, `“…” гэж тэр асуув.`). A bare `“…” гэлээ.` or
 * `“…” гэж хэлэв.` leaves the subject before the quote, in the same sentence: `Тэрбээр “…” гэлээ.`, `<role> Д.Сарнай “…” гэв.`.
 * Before a colon the subject opens the sentence (`<role> Д.Сарнай хуралдаан дээр ийн мэдэгдэв: “…”`), and `Д.Сарнайн
 * хэлснээр, “…”` is "according to what X said" (the name in the genitive). A person's full name is the patronymic's initial
 * glued to the given name (`Д.Сарнай`); later mentions use the given name alone (lang/mn-names.ts).
 * Mongolian writes ө and ү, which Russian lacks; Kazakh shares them but has letters of its own (ә ғ қ ң ұ һ і).
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const OWN_LETTER = /[өүӨҮ]/u;
const KAZAKH_LETTER = /[әғқңұһіӘҒҚҢҰҺІ]/u;
/** Words no other Cyrillic language read here writes: the quotative, its finite forms, "according to what … said", "he/she". */
const OWN_WORD = /(?:^|[\s,”»"])(?:гэж|гэлээ|гэв|гэжээ|гэсэн|хэмээн|хэлэв|хэллээ|ярилаа|хэлснээр|[Тт]эрбээр|[Тт]эрээр)(?=[\s.,:!?]|$)/u;

/** A full name: the patronymic's initial glued to the given name (`Д.Сарнай`, `Ж.Бат-Очир`); `Ч.` may be written `Чи.`. */
const MONGOLIAN_FULL_NAME = '\\p{Lu}\\p{Ll}?\\.\\s?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?';
/** A given name alone, as later mentions write it (`Сарнай`, `Бат-Очир`). */
const GIVEN = '\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}?\\p{Ll}+)?';
/** He, she (тэр, тэрбээр, тэрээр) and they (тэд): Mongolian pronouns carry no gender. */
const PRONOUN = '(?:тэрбээр|тэрээр|тэр|тэд|тэдгээр)';
/** Words opening a sentence before its subject: also, but, however, then. */
const OPENER = '(?:мөн|харин|гэвч|гэхдээ|бас|тэгээд|үүний\\s+дараа|түүнчлэн)';
/** The quotative after the quote: гэж and the older хэмээн (the finite гэв, гэлээ, гэжээ close a sentence with no subject after). */
const QUOTATIVE = '(?:гэж|хэмээн)';

/**
 * Nouns for a person (a trade, an office, an age or sex): `гэж эмч хэлэв` is the doctor the text named, `худалдагч эмэгтэй
 * “…”` someone described. Agent nouns in -ч, -гч, -чин and -тан/-тэн (driver, seller, herder, specialist) are read by shape.
 */
const PERSON_NOUNS = new Set(
  ('эмч багш дарга сайд захирал эрхлэгч иргэн ахмад өвгөн эмгэн эмээ өвөө ээж аав эмэгтэй эрэгтэй залуу бүсгүй хүү охин ' +
    'хүүхэд сурагч оюутан цагдаа эзэн гишүүн ерөнхийлөгч инженер тамирчин хүн төлөөлөгч зөвлөх орлогч').split(' '),
);
const AGENT_SHAPE = /^\p{Ll}{2,}(?:гч|ч|чин|тан|тэн)$/u;
const isPersonNoun = (word: string) => PERSON_NOUNS.has(word.toLowerCase()) || AGENT_SHAPE.test(word.toLowerCase());

/**
 * A genitive ending, off a name or a noun before `хэлснээр` (`Сарнайн`, `Бат-Очирын`, `Эмчийн`, `Болдын`, `Туяагийн`): -гийн
 * only after a long vowel (`Туяа-гийн`), since a stem may end in г itself (`Оюунчимэг-ийн`).
 */
const GENITIVE = /(?<=[аэоөуүияеё]{2})гийн$|(?:ийн|ын|ний|ны|ы|н)$/u;

/** Case endings no nominative name has: of (`-ийн`, `-ын`), the object's (`-ыг`), from (`-аас`), to (`-руу`), with (`-тай`, not `Алтай`). */
const OBLIQUE = /(?:ийн|ын|гийн|ыг|ийг|аас|ээс|оос|өөс|руу|рүү|(?<=\p{Ll}{3})(?:тай|тэй|той))$/u;
/** After a capitalised word, a genitive or a place's or body's noun makes it a place or a body (`Дархан хотод`, `Засаг даргын`). */
const PLACE_AFTER = /^(?:\p{Ll}+(?:ийн|ын|ний|ны)|(?:хот|аймаг|аймг|дүүрэг|дүүрг|сум|хороо|гол|уул|нуур|компани|яам|газар|байгууллага|сургууль)\p{Ll}*)$/u;

const patterns = lazy(() => ({
  // `гэж <words> <verb>.`: the words between the quotative and the sentence's last word, which is the verb.
  tag: new RegExp(`^[\\s,]*${QUOTATIVE}\\s+((?:[^\\s.!?]+(?:\\.[^\\s.!?]+)?\\s+){0,14}?)(?:нэмж\\s+|дахин\\s+)?(\\p{Ll}+)\\s*(?:[.!?…]|$)`, 'u'),
  fullName: new RegExp(`(?<![\\p{L}.])(${MONGOLIAN_FULL_NAME})(?![\\p{L}])`, 'gu'),
  // A given name alone closing the tag's words, perhaps an object or adverb after it (`Сарнай сэтгүүлчдэд`).
  givenLast: new RegExp(`(?:^|\\s)(${GIVEN})((?:\\s+\\p{Ll}+){0,2})\\s*$`, 'u'),
  givenSubject: new RegExp(`^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s+(${GIVEN})\\s+(\\p{Ll}+)`, 'u'),
  pronounWord: new RegExp(`(?:^|\\s)${PRONOUN}(?=[\\s,]|$)`, 'giu'),
  pronounOpening: new RegExp(`^\\s*(?:${OPENER}\\s+)?${PRONOUN}(?:\\s+ч)?(?=[\\s,]|$)`, 'iu'),
  according: new RegExp(`(?:^|[\\s,])((?:${MONGOLIAN_FULL_NAME}|${GIVEN}|\\p{Ll}{3,}))\\s+(?:хэлснээр|ярьснаар|тайлбарласнаар|мэдэгдсэнээр|үзэж\\s+буйгаар|үзэж\\s+байгаагаар)\\s*,?\\s*$`, 'u'),
}));

/** The speaker among the words between the quotative and the verb: a name, a pronoun, a person noun, or none. */
function subjectOfTag(words: string): ReturnType<LanguageCues['after']> {
  const trimmed = words.trim().replace(/,$/u, '');
  if (!trimmed) return null;
  const full = [...trimmed.matchAll(patterns().fullName)].at(-1);
  // (Role words before the name are its role: `гэж аймгийн Засаг дарга Д.Сарнай хэлэв`.)
  if (full) return person(full[1]!.replace(/\.\s+/u, '.'), trimmed.slice(0, full.index).trim() || null);
  if (patterns().pronounOpening.test(trimmed)) return pronoun('they');
  const given = patterns().givenLast.exec(trimmed);
  // (A capitalised word before a genitive opens a place or a body: `Дархан хотын дарга` holds no name.)
  if (given && !/(?:ын|ийн|ны|ний)$/u.test(given[2]!.trim().split(/\s+/u)[0] ?? '')) return person(given[1]!, trimmed.slice(0, given.index).trim() || null);
  const last = trimmed.split(/\s+/u).at(-1)!;
  if (!isPersonNoun(last)) return null;
  // (`гэж нэгэн эмэгтэй хэлэв`: "one, a" brings someone unnamed in; `гэж эмч хэлэв` is the doctor named before.)
  return /(?:^|\s)нэгэн?\s/u.test(trimmed) || trimmed.includes(' ') ? described(trimmed) : officeDescriptor(last.toLowerCase());
}

/** The sentence's last stretch before the quote, from its last full stop (a glued initial's dot ends no sentence). */
function ownSentence(frame: string): string {
  return frame.split(/(?<=[.!?…])\s+(?=\p{Lu}|[“«"])/u).at(-1) ?? frame;
}

/** The speaker standing before the quote in its own sentence: Mongolian puts the subject first and the verb after the quote. */
function subjectBefore(sentence: string): ReturnType<LanguageCues['before']> {
  const words = sentence.trim().replace(/[,:]$/u, '').trim();
  // (A name in a case of its own, `Д.Сарнайн`, `Д.Сарнайтай`, is whose or with whom, not who.)
  const full = [...words.matchAll(patterns().fullName)].filter((match) => !OBLIQUE.test(match[1]!)).at(-1);
  // (`Тэрбээр “…” гэлээ.`, `Мөн тэрбээр … сануулж, “…” гэв.`, `Хурлын дараа тэр “…” гэв.`: a pronoun, unless a name follows it.)
  const said = [...words.matchAll(patterns().pronounWord)].at(-1);
  if (said && (!full || said.index! > full.index!)) return pronoun('they');
  // (A name, then the rest of its clause before the quote or the colon: `<role> Д.Сарнай уулзалтын үеэр ингэж хэлэв:`.)
  if (full) return person(full[1]!.replace(/\.\s+/u, '.'), words.slice(0, full.index).trim() || null);
  // (`Орой нь Сарнай … явав.`: a given name alone after a time word or two is the subject, unless a place's or body's noun
  // or a genitive follows it, `Өчигдөр Дархан хотод`. A capitalised first word may be anything, and is left alone.)
  const given = patterns().givenSubject.exec(words);
  if (given && !OBLIQUE.test(given[1]!) && !PLACE_AFTER.test(given[2]!)) return person(given[1]!);
  // (`…, нэрээ нууцлахыг хүссэн нэгэн эмэгтэй “…”`: someone unnamed, described by the words since the last comma.)
  const tail = words.split(/,\s*/u).at(-1)!;
  const last = tail.split(/\s+/u).at(-1) ?? '';
  if (isPersonNoun(last) && !/:$/u.test(sentence.trim())) return described(tail);
  return null;
}

export const mongolian: LanguageCues = {
  applies: (frame) => (OWN_LETTER.test(frame) && !KAZAKH_LETTER.test(frame)) || OWN_WORD.test(frame),
  after(frame) {
    // (`“…” гэлээ.`, `“…” гэж хэлэв.`, `“…” гэж бухимдан хэлэв.`: no subject after the quote; it stands before it, and `before`
    // reads it. A subject left out here is not the latest speaker: `<role> Д.Сарнай “…” гэв.` brings in someone new.)
    const tag = patterns().tag.exec(frame.split('\n')[0]!);
    return tag ? subjectOfTag(tag[1]!) : null;
  },
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      const stem = source.replace(GENITIVE, '');
      // (`Эмчийн хэлснээр, “…”`: "according to the doctor", the one the text named with that office, capitalised or not.)
      if (isPersonNoun(stem)) return officeDescriptor(stem.toLowerCase());
      return /^\p{Lu}/u.test(stem) ? person(stem.replace(/\.\s+/u, '.')) : null;
    }
    return subjectBefore(sentence);
  },
};
