/**
 * A role noun made definite standing for a person in the scripts without capitals: Arabic `الوزير`, Hebrew `השר`,
 * Chinese `该部长`, Japanese `同社長`, Korean `이 장관` ("this minister"). It is the person the text introduced with
 * that noun before (`وزير النقل X`, `שר האוצר X`, `财政部部长X`, `社長、X氏`, `X 국토교통부 장관`), the latest one.
 */

import type { SpeakerPhrase } from '../cues';
import { arabic } from './ar';
import { hebrew } from './he';
import { chineseSubject } from './zh';
import { ethiopicIntroduced } from './ti';

/**
 * Words pointing back at a role noun: Chinese 该/此/这 with a classifier (这位, 这名, 該名), Japanese 同, この, その, Korean
 * 이/그/해당 (a space after). A Chinese clause before 的 or a Japanese one before の says more of the person (`这位31岁的护士`).
 */
const CJK_DEMONSTRATIVE = /^(?:(?:该|該|此|这|這)(?:位|名|个|個)?|同|この|その)(?=[\p{Script=Han}\p{Script=Katakana}\d])|^(?:이|그|해당)\s+(?=\p{Script=Hangul})/u;

/** Whether a description is a demonstrative and a noun in a script without capitals (`这名消防员`, `この医師`, `이 간호사`). */
// (Not `同`: `同社広報`, `同委員会の担当者` are a body just named and someone of it the paper leaves unnamed.)
export function isDemonstrativeDescription(phrase: string): boolean {
  return CJK_DEMONSTRATIVE.test(phrase.trim()) && !/^(?:(?:这|這)(?![位名个個])|同)/u.test(phrase.trim());
}
const ARABIC_DEFINITE = /^ال(?=[\u0621-\u064a]{3,}$)/u;
const HEBREW_DEFINITE = /^ה(?=[\u05d0-\u05ea]{2,}$)/u;

/** The role noun a definite description is, or null when the phrase is no such description. */
function definiteNoun(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/u);
  // (Amharic and Tigrinya write the article on the noun, `አሰልጣኙ` "the coach": a phrase of one or two Ethiopic words is the noun.)
  if (/^[\u1200-\u135a]+(?:\s[\u1200-\u135a]+)?$/u.test(phrase.trim())) return phrase.trim();
  if (CJK_DEMONSTRATIVE.test(phrase)) {
    const noun = phrase.replace(CJK_DEMONSTRATIVE, '').trim().replace(/^[^的の]*[的の]/u, '');
    return noun.length >= 1 && noun.length <= 4 && !/\s/u.test(noun) ? noun : null;
  }
  // (`ראש העירייה`, `رئيس البلدية`: an office in the construct state is made definite by its second word.)
  // (`مدير إدارة الموارد البحرية`: a chain of constructs, up to four words, made definite by a later word.)
  const definiteLater = words.slice(1).some((word) => HEBREW_DEFINITE.test(word) || ARABIC_DEFINITE.test(word));
  if (words.length >= 2 && words.length <= 4 && (words.length === 2 || /^[\u0621-\u064a\s]+$/u.test(phrase.trim())) && !HEBREW_DEFINITE.test(words[0]!) && !ARABIC_DEFINITE.test(words[0]!) && definiteLater) return phrase.trim();
  if (words.length !== 1) return null;
  if (ARABIC_DEFINITE.test(words[0]!)) return words[0]!.replace(ARABIC_DEFINITE, '');
  if (HEBREW_DEFINITE.test(words[0]!)) return words[0]!.replace(HEBREW_DEFINITE, '');
  return null;
}

/** Whether a role holds the noun: inside a Chinese or Japanese compound (财政部部长), else as a word (`وزير النقل`, `שר האוצר`). */
function holdsNoun(role: string, noun: string): boolean {
  if (/^\p{Script=Han}+$/u.test(noun) || /\s/u.test(noun)) return role.includes(noun);
  return role.split(/\s+/u).some((word) => word === noun || word.replace(ARABIC_DEFINITE, '') === noun || word.endsWith(noun) && /\p{Script=Hangul}/u.test(noun));
}

/** The named person a sentence introduces, with the role written with them. */
function introducedIn(sentence: string): SpeakerPhrase | null {
  const plain = sentence.replace(/^\s*(?:ثم|كما|بعد ذلك|و)\s*(?=\S)/u, '').replace(/\s*[.!?。！？]+\s*$/u, '');
  if (/[\u0621-\u064a]/u.test(plain)) return arabic.subject(`${plain}.`);
  if (/[\u05d0-\u05ea]/u.test(plain)) return hebrew.subject(`${plain}.`);
  if (/[\u3040-\u30ff\uac00-\ud7af]/u.test(plain)) return null;
  return /\p{Script=Han}/u.test(plain) ? chineseSubject(`${plain}。`) : null;
}

/** The people a Japanese or Korean sentence introduces with a role: the subject, read as if it were a speech tag. */
function introducedInJapaneseOrKorean(sentence: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const japanese = /^(.*?(?:氏|さん)?は)/u.exec(sentence);
  if (/[\u3040-\u30ff]/u.test(sentence) && japanese) return read(`${japanese[1]}、`);
  const korean = /^(.*?)(?:은|는|이|가)(?=\s)/u.exec(sentence);
  if (/[\uac00-\ud7af]/u.test(sentence) && korean) return read(`${korean[1]}${/[\uac00-\ud7af]$/u.test(korean[1]!) && (korean[1]!.charCodeAt(korean[1]!.length - 1) - 0xac00) % 28 ? '은' : '는'} `);
  return null;
}

/**
 * The name of the latest person the text before `at` introduced with the role noun `phrase` is a definite
 * description of; null when the phrase is no such description or no one was introduced with the noun.
 */
export function introducedWithDefiniteRole(text: string, phrase: string, at: number, read: (frame: string) => SpeakerPhrase | null): string | null {
  const noun = definiteNoun(phrase);
  if (!noun) return null;
  const before = text.slice(Math.max(0, at - 3000), at);
  // (`رئيس الجمعية` after `رئيس جمعية البحارة X`: an Arabic construct made definite is the same office written with a complement.)
  const indefinite = /^[\u0621-\u064a]+ ال[\u0621-\u064a]+$/u.test(noun) ? noun.replace(' ال', ' ') : null;
  const nouns = indefinite ? [noun, indefinite] : [noun];
  const sentences = before.split(/(?<=[.!?。！？])\s*|\n+/u).filter((sentence) => nouns.some((each) => sentence.includes(each)));
  for (const sentence of sentences.reverse()) {
    const found = introducedIn(sentence) ?? introducedInJapaneseOrKorean(sentence, read) ?? (/[\u1200-\u135a]/u.test(sentence) ? ethiopicIntroduced(sentence.replace(/[\s.]+$/u, '')) : null);
    if (found && !found.pronoun && found.kind === 'name' && nouns.some((each) => holdsNoun(found.role ?? '', each)) && !found.phrase.includes(noun)) return found.phrase.replace(/[.。]+$/u, '');
  }
  return null;
}
