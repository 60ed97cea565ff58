/**
 * Arabic: a person described by what they do, with no article (`ربة منزل`, `ربّة بيت في الخمسينات`, `بائع في متجر`,
 * `سيدة`, `شاب`), is someone unnamed: never a name, whether the verb's subject (`قالت ربة بيت …:`) or the noun a
 * sentence opens with (`ربّة منزل أخرى من …، قالت:`); nor is a body (`وقالت نقابة تجار السمك، في بيان،`). A kunya (`أم خالد`, `أبو محمد`) is a name and stays one.
 */

import { withoutLanguageManner } from './arabic-language-manner';
import type { Gender } from '../coreference';
import type { SpeakerPhrase } from '../speaker-phrase';
import { BODY_NOUNS } from './ar';

/** Harakat and shadda, which papers write now and then (`ربّة`). */
const MARKS = /[\u064B-\u0652\u0640]/gu;
/**
 * Indefinite nouns for people by occupation, age or sex (no article), the head of a described speaker.
 * (`أكد مسؤول بالوزارة، فضل عدم الكشف عن هويته،`: "an official", "a source" with no article is the unnamed one.)
 */
const PERSON_NOUN = /^(?:ربة\s+(?:منزل|بيت)|ولي\s+[أا]مر|ولية\s+[أا]مر|سيدة|امرأة|رجل|شاب|شابة|فتاة|مواطن|مواطنة|طالب|طالبة|بائع|بائعة|موظف|موظفة|سائق|مزارع|مزارعة|صياد|بحار|متقاعد|متقاعدة|عامل|عاملة|تاجر|تاجرة|ممرض|ممرضة|معلم|معلمة|مسافر|مسافرة|مشجع|مشجعة|زبون|زبونة|ساكن|ساكنة|مقيم|مقيمة|أرملة|والد|والدة|مسؤول|مسؤولة|مصدر)(?=\s|$)/u;

/** The described person a phrase opens with (diacritics aside), or null; the word after it must not take the article (`سيدة الأعمال X` is an office). */
function describedHead(phrase: string): string | null {
  const plain = phrase.replace(MARKS, '').trim();
  const head = PERSON_NOUN.exec(plain);
  if (!head) return null;
  const next = plain.slice(head[0].length).trim().split(/\s+/u)[0] ?? '';
  return /^ال/u.test(next) ? null : head[0];
}

/** A body's noun opening the phrase (`نقابة تجار السمك`, `تجمّع أهالي الحي`): an organisation speaking, never a person's name. */
const BODY = new RegExp(`^[وف]?(?:${BODY_NOUNS.split(' ').join('|')}|تجمع|رابطة|غرفة|بلدية|ائتلاف)(?=\\s)`, 'u');

/**
 * An indefinite noun, then a verb of being, coming or living that opens a clause about it (`مشجعة جاءت من وهران`, `مسافر كان
 * متوجها إلى دبي`): Arabic writes no relative pronoun after an indefinite noun, so the noun is someone unnamed; a closed class
 * of verbs, since no given name is followed by one in a tag.
 */
const CLAUSE_VERB = /^(?:كان|كانت|جاء|جاءت|قدم|قدمت|يعمل|تعمل|يقيم|تقيم|يسكن|تسكن|يدرس|تدرس|وصل|وصلت|ينتظر|تنتظر|التقيناه|التقيناها|التقته|التقتها)$/u;

/** A speaker phrase read as a name that is an Arabic described person or a body, as a description. */
export function arabicDescribed(read: SpeakerPhrase | null): SpeakerPhrase | null {
  // (`قال X بالفرنسية`: the language spoken in is no part of the name, lang/arabic-language-manner.ts.)
  const found = withoutLanguageManner(read);
  if (!found || found.kind !== 'name' || found.pronoun || !/^\p{Script=Arabic}/u.test(found.phrase)) return found;
  const plain = found.phrase.replace(MARKS, '');
  const words = plain.split(/\s+/u);
  // (`سائق شاحنة آسيوي` read as the role `سائق` and a name: an indefinite person noun as the whole role and no article after it.)
  const roleOnly = !!found.role && PERSON_NOUN.test(found.role.replace(MARKS, '')) && found.role.trim().split(/\s+/u).length === 1 && !/^ال/u.test(words[0]!);
  const clause = words.length >= 2 && CLAUSE_VERB.test(words[1]!);
  if (roleOnly) return { ...found, phrase: `${found.role} ${found.phrase}`, role: undefined, kind: 'description' };
  return describedHead(found.phrase) || clause || BODY.test(plain) ? { ...found, kind: 'description' } : found;
}

/** The described person an Arabic sentence opens with (`ربّة منزل أخرى من منطقة …،`), for the pronoun after it. */
// (After a place or time set off first, `وفي صالة المغادرة، قال مسافر …`, and a verb of saying: `قال مسافر كان متوجها …`.)
const OPENING_ADJUNCT = /^(?:و|ف)?(?:في|على|من|بعد|خلال|أمام|داخل|قرب|عند|وسط)\s/u;
const SAYING = /^(?:قال|قالت|يقول|تقول|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|روى|روت|ذكر|ذكرت|أشار|أشارت|صرح|صرحت|اشتكى|اشتكت)\s+/u;

export function arabicDescribedOpening(sentence: string): { phrase: string; gender: Gender | null } | null {
  const groups = sentence.trim().split(/[،,:]/u);
  const first = OPENING_ADJUNCT.test(groups[0]!.trim()) && groups.length > 1 ? groups[1]! : groups[0]!;
  const clause = first.trim().replace(/^(?:و|ف)(?=\p{Script=Arabic})/u, '').replace(SAYING, '');
  const head = describedHead(clause);
  if (!head) return null;
  const phrase = clause.split(/\s+/u).slice(0, head.split(/\s+/u).length + 1).join(' ');
  return { phrase, gender: /ة$/u.test(head.split(/\s+/u)[0]!) || /^(?:سيدة|امرأة|فتاة|أرملة)$/u.test(head) ? 'female' : 'male' };
}
