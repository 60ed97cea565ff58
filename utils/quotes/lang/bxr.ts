/**
 * Buryat (Cyrillic script with һ, ө, ү): the verb ends the sentence and the quotative гэжэ follows the quote, so the tag after
 * it is `«…», — гэжэ <subject> [how] <verb>.` (`— гэжэ X Y хэлэбэ.`, `— гэжэ тэрэ хэлэнэ.`, `— гэжэ захирал хэлэнэ.`: a noun
 * for the person is the one the text named; `— гэжэ нэгэ эжы хэлэбэ.`, "one mother", someone unnamed). Before a quote
 * `<role> X Y … хэлэнэ: «…»`, `Тэрэ иигэжэ хэлэнэ: «…»` (he or she) and `X-ай хэлэһээр, «…»` ("by what X said"), and
 * before a quote standing alone the full name a plain sentence brings in. A name may carry a patronymic (`-овна`, `-евич`).
 * Buryat writes һ beside ө and ү, and none of the letters its Cyrillic neighbours add (Kazakh ә, қ, Sakha ҕ, Tatar җ …).
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { introducedSubject as introducedSubjectIn, ownSentence, subjectBeforeColon as subjectBeforeColonIn } from './cyrillic-turkic-tags';

const BURYAT_LETTERS = /[һҺ][^]*[өүӨҮ]|[өүӨҮ][^]*[һҺ]/u;
/** Letters of the other Cyrillic languages written with һ, ө or ү (Kazakh, Bashkir, Tatar, Kyrgyz, Sakha, Kalmyk), and Sakha's diphthongs. */
const NEIGHBOUR_LETTER = /[әғқңұіҡҙҫҗҕҥӘҒҚҢҰІҠҘҪҖҔҤ]|иэ|ыа/u;
/** Its quotative and verbs of saying, spelt so by no other language read here. */
const OWN_WORD = /(?:^|[^\p{L}])(?:гэжэ|гэһэн|хэлэбэ|хэлэнэ|хэлээ|хэлэһэн|хэлэһээр|тэмдэглэнэ|тэмдэглэбэ|иигэжэ)(?![\p{L}])/u;
/** What every match of OWN_WORD holds (`гэж`/`гэһ`, `хэлэ`, `тэмдэглэ` of its verb forms): a frame without any cannot match it. */
const OWN_WORD_GATE = /гэ[жһ]|хэлэ|тэмдэглэ/;
/** He or she (тэрэ, тэрээн), they (тэдэ, тэдэнэр). */
const PRONOUN = '(?:тэрэ|тэрээн|тэдэ|тэдэнэр)';
/** A converb or adverb between the subject and the verb (`энеэбхилээд`, smiling; `нэмэжэ`, adding; `иигэжэ`, so). */
const HOW = /(?:аад|ээд|оод|өөд|жа|жэ|жо)$/u;
/** Endings no nominative has: of (`-ай`, `-ын`, `-иин`, `-гай`), to or at (`-да`, `-тэ`), the object's (`-ые`), from, with, by. */
const OBLIQUE = /\p{Ll}{2}(?:ай|эй|ой|ын|иин|гай|гэй|гой|да|дэ|до|та|тэ|то|ые|иие|ие|һаа|һээ|һоо|аар|ээр|оор|тай|тэй|той|руу|рүү)$/u;
/** A family name or patronymic in the nominative (`-ов`, `-ева`, `-ин`, `-овна`, `-евич`): the mark of a person's full name. */
const PERSON_NAME_END = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ович|евич|овна|евна)$/u;
/** One, a (нэгэ, нэгэн) or such a: someone the text does not name. */
const SOMEONE = /(?:^|\s)(?:[Нн]эгэн?|[Ии]имэ)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+/u;

const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;

const patterns = lazy(() => ({
  // `— гэжэ <words> <verb>` up to the sentence's or the tag's end (`— гэжэ X энеэбхилээд хэлэнэ, — …`).
  tag: new RegExp(`^[\\s,]*[–—-]?\\s*гэжэ\\s+((?:[^\\s.,!?]+\\s+){0,8}?)(\\p{Ll}+)\\s*(?:[.,!?…—–]|$)`, 'u'),
  // `— гээ.`, `— гэбэ.` (said) with nothing after: the subject stands before the quote.
  bareAfter: /^[\s,]*[–—-]?\s*(?:гээ|гэбэ|гэнэ|гэжэ\s+\p{Ll}+)\s*(?:[.!?]|$)/u,
  name: new RegExp(NAME, 'gu'),
  lastName: new RegExp(`(${NAME})((?:\\s+\\p{Ll}+)*)\\s*$`, 'u'),
  colon: /^(.*?)\s+(?:\p{Ll}+\s+){0,5}?\p{Ll}+\s*:\s*$/u,
  pronounColon: new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+\\s+)?${PRONOUN}\\s+(?:\\p{L}+\\s+){0,6}?\\p{Ll}+\\s*:\\s*$`, 'iu'),
  introduced: new RegExp(`(?:^|\\s)(${NAME})(?=,?\\s+[\\p{Ll}\\d])`, 'gu'),
  // (`X Y-ай хэлэһээр,` "by what X Y said", `X-ай үгөөр`: the name in the genitive.)
  according: new RegExp(`(?:^|[\\s,])(${NAME})\\s+(?:хэлэһээр|хэлэһэнээр|үгөөр|үгэнүүдээр|тоолоһоор)\\s*,?\\s*$`, 'u'),
}));

const isOblique = (run: string) => {
  const last = run.split(/\s+/u).at(-1)!;
  return OBLIQUE.test(last) && !PERSON_NAME_END.test(last);
};
const isFullName = (run: string) => run.includes(' ') && PERSON_NAME_END.test(run.split(/\s+/u).at(-1)!) && !isOblique(run);

/** The speaker among the words between гэжэ and the verb: a name, a pronoun, someone unnamed, a noun for the person, or none. */
function subjectOfTag(words: string): ReturnType<LanguageCues['after']> {
  const kept = words.trim().split(/\s+/u).filter((word) => word && !(HOW.test(word) && /^\p{Ll}/u.test(word)));
  const trimmed = kept.join(' ');
  if (!trimmed) return pronoun('they');
  if (new RegExp(`^${PRONOUN}$`, 'u').test(kept[0]!)) return pronoun('they');
  const named = patterns().lastName.exec(trimmed);
  if (named && !isOblique(named[1]!)) return person(named[1]!, trimmed.slice(0, named.index).trim() || null);
  if (SOMEONE.test(trimmed)) return described(trimmed);
  const last = kept.at(-1)!;
  return /^\p{Ll}{3,}$/u.test(last) && !OBLIQUE.test(last) ? officeDescriptor(last) : null;
}

/** A sentence's first word has its capital from its place: a run of one word there is no name. */
const subjectBeforeColon = (clause: string) => subjectBeforeColonIn(clause, patterns().name, isOblique, SOMEONE);

export const buryat: LanguageCues = {
  applies: (frame) => (OWN_WORD_GATE.test(frame) && OWN_WORD.test(frame)) || (/[һҺ]/.test(frame) && BURYAT_LETTERS.test(frame) && !NEIGHBOUR_LETTER.test(frame)),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const tag = patterns().tag.exec(line);
    if (tag) return subjectOfTag(tag[1]!);
    return patterns().bareAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const sentence = ownSentence(frame);
    const source = patterns().according.exec(sentence)?.[1];
    if (source) {
      const name = source.replace(/(?<=\p{Ll}{2})(?:гай|гэй|ай|эй|ой|ын|иин)$/u, '');
      return isFullName(name) || (!name.includes(' ') && PERSON_NAME_END.test(name)) ? person(name) : null;
    }
    if (patterns().pronounColon.test(sentence)) return pronoun('they');
    const colon = patterns().colon.exec(sentence);
    if (colon) return subjectBeforeColon(colon[1]!);
    return /[.!]\s*$/u.test(sentence) ? introducedSubjectIn(sentence, patterns().introduced, isFullName) : null;
  },
};
