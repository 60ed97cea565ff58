/**
 * A short name in a script without capitals is the family name of a person the story introduced
 * in full before: `المصري` after `المهندس كريم المصري`, `גולן` after `האקולוגית שירה גולן`,
 * `최 씨` after `최순자(74) 씨`, `北川理事長` after `北川正理事長`. The first full form in the text
 * wins (a story introduces a person once, in full). Names are never guessed: only a form the text
 * writes counts, and words that are roles, articles or verbs are no given name.
 */

import { ARTICLE_GIVEN, BODY_NOUNS, VERB_STEMS } from './ar';
import { VERBS as HEBREW_VERBS } from './he';
import { HONORIFICS, ROLES } from './ja';
import { introducesHindiName, mayBeHindiGivenName, urduIntroducedInFull } from './hi';
import { mayBeBengaliGivenName } from './bn';
import { bengaliFullerName } from './bn-fuller-name';
import { sinhalaInitialsName } from './si-initials';
import { mayBeNepaliGivenName } from './ne';
import { mayBeMarathiGivenName } from './mr';
import { marathiAddressedInFull } from './mr-addressed-full';
import { mayBePunjabiGivenName } from './pa';
import { mayBeOdiaGivenName } from './or';
import { gujaratiAddressedInFull, introducesGujaratiName, mayBeGujaratiGivenName } from './gu';
import { mayBeTamilNameWord } from './ta';
import { mayBeTeluguNameWord } from './te';
import { isKannadaRole, mayBeKannadaNameWord } from './kn';
import { mayBeMalayalamNameWord } from './ml';
import { mayBeSinhalaNameWord } from './si';
import { ethiopicFullName } from './ti';
import { KHMER_ADDRESS } from './km';
import { lazy } from './shared';
import { thaiFullerName } from './th';
import { laoFullerName } from './lo';
import { mongolianFullName } from './mn-names';

export { mongolianFullName };
import type { Referent } from '../coreference';
import { escapeForPattern as escape } from '../../patterns';

/**
 * Present verbs a reporter opens a portrait with (`يجلس X، 61 عامًا، …`, he stands; she sits, works, waits): the subject's
 * name follows them, they are none of it.
 */
const PORTRAIT_VERBS = 'يقف يجلس يعمل يعيش يحمل ينتظر يتذكر يروي يحكي يمسك يسير يقود يبيع يدير يعد يتحدث يبتسم يضحك';

/** Words before a family name that are not a given name: articles, offices, verbs, prepositions. */
// (`وبحسب X Y`: "and according to" before a name is none of it.)
// (`حاج رضا`, `خانم مریم`: a Persian form of address or pilgrim's title before the given name is no given name of its own.)
const arabicNotGiven = lazy(() => new RegExp(`^(?:[وفبكل]?ال|لل)|^[وف]?ب?حسب$|^(?:${PORTRAIT_VERBS.replace(/(^| )ي/gu, '$1[يت]').split(' ').join('|')})$|^(?:[وف]?(?:${VERB_STEMS.split(' ').join('|')})|وزير|وزيرة|مدير|مديرة|رئيس|رئيسة|نائب|مستشار|سفير|عضو|عم|عمّ|د\\.|حاج|حاجی|حاجيه|حاجیه|کربلایی|مشهدی|آقای|خانم|دکتر|مهندس|أن|إن|قال|من|عن|في|مع|قد|أما|لكن|ثم|[وف]?(?:كان|كانت|ظل|ظلت|بات|باتت))$`, 'u'));
// (A geresh after a name's first letter writes a foreign sound, `ג'מאל`, `צ'רלי`, `ז'אן`: a given name; elsewhere it marks a title, `פרופ'`.)
// (Given names that open with ה, a closed list as in he.ts: `הדס`, `הדר`, `הילה` are no article and a noun.)
const hebrewNotGiven = lazy(() => new RegExp(`^(?!(?:הדס|הדסה|הדר|הילה|הלל|הראל|הגר|הודיה|הילית|הרצל)$)ה|["״]|^(?![גזצת]['׳]\\p{Script=Hebrew}{2,}$).*['׳]|^(?:ו?(?:${HEBREW_VERBS.split(' ').join('|')})|של|את|עם|גם|כי|אל|על|שר|שרת|דובר|דוברת|ראש|מנהל|מנהלת|פקח|פקחית|סגן|סגנית)$`, 'u'));

/**
 * A family name of two words or parts that a short mention may be: Hebrew `בן-עמי`, `בן עמי`; Arabic `عبد الفتاح`, `أبو
 * العلا`, and words with the article after a first one that is no given name (`الفلاني العلاني`). Read by attribute.ts too.
 */
export const SEMITIC_FAMILY_OF_TWO = /^\p{Script=Hebrew}+[-־]\p{Script=Hebrew}+$|^(?:בן|בר)\s\p{Script=Hebrew}{2,}$|^(?:عبد|أبو|أبي|بن|ابن|آل|بو)\s\p{Script=Arabic}+$|^(?:ال\p{Script=Arabic}+|عبد|أبو|أبي|بن|ابن|آل|بو)(?:\sال\p{Script=Arabic}+){1,2}$/u;

/**
 * `አልማዝ` after `ወ/ሮ አልማዝ ታደሰ`, `ចាន់ធា` after `អ្នកស្រី ស៊ុន ចាន់ធា`: Amharic writes the given name first, Khmer the family name; the
 * form of address opens the full name the text wrote.
 */
function addressedInFull(before: string, short: string): string | null {
  if (/^[\u1200-\u139f]+$/u.test(short)) {
    const full = ethiopicFullName(before, short);
    const family = full?.slice(short.length + 1);
    // (`ታደሰም`: "also" on the name, where the text writes the name without it too.)
    const bare = family?.endsWith('ም') && before.includes(`${family.slice(0, -1)} `) ? family.slice(0, -1) : family;
    return bare ? `${short} ${bare}` : null;
  }
  if (/^[\u1780-\u17ff]+$/u.test(short)) return new RegExp(`${KHMER_ADDRESS}\\s*([\u1780-\u17ff]{2,})\\s+${escape(short)}(?=[\\s៖។,]|$)`, 'u').exec(before)?.[1]?.concat(` ${short}`) ?? null;
  return null;
}

/** Tamil, Telugu, Malayalam and Sinhala: the script's letters and whether a word may be part of a name (`గుంటుపల్లి రమేశ్` for `రమేశ్`). */
function southIndian(short: string): { letters: string; given: (word: string) => boolean } | null {
  // (Two words are a short form only in Telugu, whose names run to three: `X వెంకట రావు`.)
  if (/^[\u0b80-\u0bff]+$/u.test(short)) return { letters: '\\u0b80-\\u0bff', given: mayBeTamilNameWord };
  if (/^[\u0c00-\u0c7f]+(?:\s[\u0c00-\u0c7f]+)?$/u.test(short)) return { letters: '\\u0c00-\\u0c7f', given: mayBeTeluguNameWord };
  if (/^[\u0c80-\u0cff]+$/u.test(short)) return { letters: '\\u0c80-\\u0cff', given: mayBeKannadaNameWord };
  if (/^[\u0d00-\u0d7f]+$/u.test(short)) return { letters: '\\u0d00-\\u0d7f', given: mayBeMalayalamNameWord };
  if (/^[\u0d80-\u0dff]+$/u.test(short)) return { letters: '\\u0d80-\\u0dff', given: mayBeSinhalaNameWord };
  return null;
}

/**
 * `غير أن محمود سالم قنديل،` before `قنديل`: an Arabic name of three parts (given, father's and family name) when the word
 * before the father's name may be a given name and a verb, particle or the sentence's edge bounds it (`أن`, `وقال`, `،`).
 */
function threePartGiven(lead: string, notGiven: RegExp): string {
  // (The last words only: the pattern reads back from the end, and a long text before would be read whole.)
  const words = /(?:^|([\s\S]*?)(?:^|[\s«"“(]))([\p{Script=Arabic}\p{M}]{2,})\s*$/u.exec(lead.slice(-120));
  const first = words?.[2];
  // (`ويزرع X Y Z`: a verb's imperfect after the conjunction is no given name; nor a perfect of the fourth form, `وأرجع X Y`,
  // `فأعلنت X Y`: the conjunction and hamza-alif before three root letters.)
  // `عبد الكريم سالم أبو حمدة` before `أبو حمدة`: a given name built as a construct is two words, bounded before the first.
  const joined = first && /^ال[\u0621-\u064a]{3,}$/u.test(first) ? /^([\s\S]*?)(?:^|\s)(عبد|أبو)\s*$/u.exec(words?.[1] ?? '') : null;
  if (joined) return boundedBefore(joined[1]!, notGiven) ? `${joined[2]} ${first} ` : '';
  if (!first || notGiven.test(first.replace(/\p{M}/gu, '')) || /^و[يتن]|^[وف]أ[\u0621-\u064a]{3}ت?$/u.test(first)) return '';
  return boundedBefore(words[1] ?? '', notGiven) && /^[\u0621-\u064a]+$/u.test(first.replace(/\p{M}/gu, '')) ? `${first} ` : '';
}

/** Whether the text before a given name ends where a name may open: its edge, a mark, or a verb or particle. */
function boundedBefore(before: string, notGiven: RegExp): boolean {
  const previous = /(?:^|\s)([^\s]+)\s*$/u.exec(before)?.[1] ?? '';
  // (Not after a preposition: `نقيب المهندسين في طرابلس X Y` holds a place there.)
  return !previous || /[.،,:«»"“”]$/u.test(previous) || (/^[\p{Script=Arabic}\p{M}]+$/u.test(previous) && notGiven.test(previous.replace(/\p{M}/gu, '')) && !/^(?:في|من|عن|مع|إلى|على|لدى|عند|منذ)$/u.test(previous));
}

/** The Arabic-script name (Persian, Kurdish and Uyghur letters too) of two or three words opening with the given name `short`
 * and closed by a comma, the latest one written. */
function givenNameInFull(before: string, short: string, notGiven: RegExp): string | null {
  // (Or, in Persian, by a relative clause about the person: `حاج رضا قنبری که چهل سال است …`.)
  const full = [...before.matchAll(new RegExp(`(?:^|\\s)${escape(short)}((?:\\s+[\\u0621-\\u064a\\u0671-\\u06d5\\p{M}]{2,}){1,2}?)(?:\\s*،|\\s+که\\s)`, 'gu'))].at(-1)?.[1]?.trim();
  // (A family name may take the article, `حسن فتحي الجمال`; no other word may be a verb, particle or office.)
  return full && !full.split(/\s+/u).some((word) => !/^ال/u.test(word) && notGiven.test(word.replace(/\p{M}/gu, ''))) ? `${short} ${full}` : null;
}

export function fullerNameBefore(text: string, short: string, at: number): string | Referent | null {
  const before = text.slice(0, at);
  // (`ธนากร` after `นายธนากร เพชรรัตน์`: a Thai given name, lang/th.ts; a Lao one, lang/lo.ts.)
  const thai = thaiFullerName(before, short) ?? laoFullerName(before, short);
  if (thai) return thai;
  // (`Сарнай` after `Д.Сарнай`: a Mongolian given name, its father's initial glued before it, lang/mn-names.ts.)
  const mongolian = mongolianFullName(before, short);
  if (mongolian) return mongolian;
  // (Ol Chiki, Tifinagh: a family name alone, or `ⴰⵢⵜ X`, after the given name written before it; no verb of saying.)
  if (/^[\u1c50-\u1c7f\u2d30-\u2d7f]+(?:\sⴰⵢⵜ)?(?:\s[\u1c50-\u1c7f\u2d30-\u2d7f]+)?$/u.test(short)) {
    const given = [...before.matchAll(new RegExp(`(?:^|[\\s,(])([\\u1c50-\\u1c7f\\u2d30-\\u2d7f]{3,})\\s+${escape(short)}(?=[\\s,.᱾(]|$)`, 'gu'))].map((match) => match[1]!).filter((word) => !/^(?:[ⵉⵜ]?ⵏⵏⴰⵏ?|[ⵉⵜ]?ⵔⵏⴰⵏ?|ⴷⴰⵖ|ᱢᱮᱱ\S*)$/u.test(word)).at(-1);
    if (given) return `${given} ${short}`;
  }
  const addressed = addressedInFull(before, short);
  if (addressed) return addressed;
  // `عبد الفتاح` after `حسام عبد الفتاح`: an Arabic family name of two words opening with عبد, أبو, بن, آل.
  // (`בן-עמי` after `דנה בן-עמי`: a Hebrew family name of two words joined by a hyphen or maqaf, or opening with בן or בר.)
  // (Short vowels and shadda, `نصّار`, are marks of no script of their own: they belong to the name; so does the Persian
  // zero-width non-joiner inside `X‌زاده`.)
  // (Urdu: `شاہد` after `فاسٹ بولر شاہد رفیق`, `چوہدری فیصل` after `رکن اسمبلی چوہدری فیصل وڑائچ`, lang/hi.ts.)
  const urdu = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u.test(before) ? urduIntroducedInFull(before, short) : null;
  if (urdu) return urdu;
  if (/^[\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u200c]+$/u.test(short) || SEMITIC_FAMILY_OF_TWO.test(short)) {
    // (`الهيئة`, a body described, is no family name: `وأصدرت الهيئة` is a verb and its subject.)
    if (/^ال/u.test(short) && BODY_NOUNS.split(' ').includes(short.slice(2))) return null;
    const notGiven = /\p{Script=Arabic}/u.test(short) ? arabicNotGiven() : hebrewNotGiven();
    const written = new RegExp(`(?:^|[\\s(])((?:[גזצת]['׳])?[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{M}\u200c]{2,})\\s+${escape(short)}(?![\\p{L}\\p{M}])`, 'gu');
    for (const match of before.matchAll(written)) {
      // (Tested without short vowels and shadda: `وصرّح` is the verb صرح.)
      if (!notGiven.test(match[1]!.replace(/\p{M}/gu, '')) || ARTICLE_GIVEN.test(match[1]!)) return `${threePartGiven(before.slice(0, match.index + match[0].indexOf(match[1]!)), notGiven)}${match[1]} ${short}`;
      // `عبد الرحمن شلبي` before `شلبي`: a compound given name (عبد or أبو and a word with its article).
      // `حسام الدين فوزي` before `فوزي`: a given name compounded with الدين (or الله) is one name of two words.
      const compound = /^(?:الدين|الله|الهدى|العابدين|الإسلام)$/u.test(match[1]!) ? /(?:^|\s)([\p{Script=Arabic}\p{M}]{2,})\s*$/u.exec(before.slice(0, match.index + match[0].indexOf(match[1]!))) : null;
      if (compound && !notGiven.test(compound[1]!.replace(/\p{M}/gu, ''))) return `${compound[1]} ${match[1]} ${short}`;
      const lead = before.slice(0, match.index + match[0].indexOf(match[1]!));
      const opener = /^ال\p{Script=Arabic}+$/u.test(match[1]!) ? /(?:^|\s)(عبد|أبو)\s*$/u.exec(lead) : null;
      // (`ماجد عبد الكريم أبو شقرا`: the given name before the compound stays.)
      if (opener) return `${threePartGiven(lead.slice(0, opener.index + opener[0].indexOf(opener[1]!)), notGiven)}${opener[1]} ${match[1]} ${short}`;
    }
    // (`يقول الحاج حسن` after `كان الحاج حسن فتحي الجمال، البحار …،`: a given name the text wrote first in full before a comma.)
    return /^[\u0621-\u064a\u0671-\u06d5]{2,}$/u.test(short) ? givenNameInFull(before, short, notGiven) : null;
  }
  // Korean: a one-syllable family name (`최 씨`) and the two-syllable given name after it (`최순자(74) 씨`).
  if (/^[가-힣]$/u.test(short)) {
    const written = new RegExp(`(?<![가-힣])${short}([가-힣]{2})(?=\\s*\\(\\d{1,3}\\)|\\s+씨|\\s+[가-힣]+(?:장|관|원|사|수)(?:은|는|이|가)?\\s)`, 'u');
    const match = written.exec(before);
    if (match) return `${short}${match[1]}`;
    // `이씨` after `이모(47) 씨` (a certain Lee): the person the paper does not name, described as it first wrote them.
    return new RegExp(`(?<![가-힣])${short}모\\s*(?:\\(\\d{1,3}\\))?\\s*씨`, 'u').test(before) ? { name: `${short}모 씨`, kind: 'description' } : null;
  }
  // Korean: a foreign name's last word (`코스타`) after the player was introduced in full with age and country (`마리아 코스타(27·브라질)`).
  if (/^[가-힣]{2,5}$/u.test(short)) {
    const foreign = new RegExp(`(?<![가-힣])([가-힣]{2,5})\\s+${short}(?=\\(\\d{1,3}[·,])`, 'u').exec(before);
    if (foreign) return `${foreign[1]} ${short}`;
  }
  // (Bengali: `নাজমুল হুদা` after `শেখ মো. নাজমুল হুদা`, a short form of two or three words, lang/bn-fuller-name.ts.)
  const bengali = /^[\u0980-\u09ff]+\s/u.test(short) ? bengaliFullerName(before, short) : null;
  if (bengali) return bengali;
  // (Sinhala: `ද සිල්වා` after `එච්. කේ. නිශාන්ත ද සිල්වා`, initials spaced apart, lang/si-initials.ts.)
  const sinhala = /^[\u0d80-\u0dff]/u.test(short) ? sinhalaInitialsName(before, short) : null;
  if (sinhala) return sinhala;
  // Hindi and Bengali: `गुप्ता` after `अध्यक्ष मनोज गुप्ता`, `হাসান` after `অধ্যাপক তানভীর হাসান`: the word before the family name,
  // when it may be a given name (no danda in it).
  const indic = /^[\u0900-\u097f]+$/u.test(short) ? { letters: '\\u0900-\\u0963\\u0966-\\u097f', given: (word: string) => mayBeHindiGivenName(word) && mayBeNepaliGivenName(word) && mayBeMarathiGivenName(word) } : /^[\u0980-\u09ff]+$/u.test(short) ? { letters: '\\u0980-\\u09ff', given: mayBeBengaliGivenName } : /^[\u0a00-\u0a7f]+$/u.test(short) ? { letters: '\\u0a00-\\u0a63\\u0a66-\\u0a7f', given: mayBePunjabiGivenName } : /^[\u0a80-\u0aff]+$/u.test(short) ? { letters: '\\u0a80-\\u0aff', given: mayBeGujaratiGivenName } : /^[\u0b00-\u0b7f]+$/u.test(short) ? { letters: '\\u0b00-\\u0b7f', given: mayBeOdiaGivenName } : southIndian(short);
  if (indic) {
    // (`ಕೆ.ಎಸ್. X` before `X`: initials, a letter's name and a dot each, are the given names of a South Indian name.)
    const initials = /^[\u0b80-\u0dff]+$/u.test(short) && new RegExp(`(?:^|[\\s,:“”"‘’])((?:[${indic.letters}]{1,4}\\.){1,3})\\s*${escape(short)}(?=[\\s,.:]|$)`, 'u').exec(before)?.[1];
    // (`ಡಾ. X`: a title with a dot, Dr, is no initial; the given name is read as any other's.)
    if (initials && !isKannadaRole(initials)) return `${initials} ${short}`;
    // (Marathi: `सुनीताताई` after `सुनीताताई विठ्ठल जाधव`, a given name with its form of address, lang/mr-addressed-full.ts.)
    const addressedMarathi = indic.letters.startsWith('\\u0900') ? marathiAddressedInFull(before, short) : null;
    if (addressedMarathi) return addressedMarathi;
    // (Nepali writes its postpositions on the name: `रामबहादुर गुरुङको`, of X.)
    const written = new RegExp(`(?:^|[\\s,।:“”"])([${indic.letters}]{2,})\\s+${escape(short)}(?:को|का|की|ले|लाई|मा|सँग|बाट)?(?=[\\s,।:]|$)`, 'gu');
    for (const match of before.matchAll(written)) {
      if (!indic.given(match[1]!)) continue;
      // (`श्री सुरेश चंद्र मिश्रा` … `मिश्रा ने कहा`: a second given name before the first is the name's too.)
      const first = new RegExp(`(?:^|[\\s,।:“”"])([${indic.letters}]{2,})\\s+$`, 'u').exec(before.slice(0, match.index + match[0].length - match[1]!.length - short.length - 1));
      return first && indic.given(first[1]!) ? `${first[1]} ${match[1]} ${short}` : `${match[1]} ${short}`;
    }
    // (`सुखराम ने कहा` after `61 वर्षीय मल्लाह सुखराम केवट`: a given name alone, introduced in full after a role or an age.)
    // (Gujarati: `કિરણ` after `48 વર્ષીય કિરણ મહેતા`, its form of address off it, `કિરણભાઈ`, lang/gu.ts.)
    // (Gujarati: `મીના` after `મીનાબેન શાહ`, the full name written with its form of address, kept as written.)
    const addressed = indic.letters.startsWith('\\u0a80') ? gujaratiAddressedInFull(before, short) : null;
    if (addressed) return addressed;
    const introduces = indic.letters.startsWith('\\u0900') ? introducesHindiName : indic.letters.startsWith('\\u0a80') ? introducesGujaratiName : null;
    if (introduces) {
      const given = new RegExp(`(?:^|\\s)(\\S+)\\s+${escape(short)}\\s+([${indic.letters}]{2,})(?=[\\s,।:.]|$)`, 'u').exec(before);
      if (given && introduces(given[1]!) && indic.given(given[2]!)) return `${short} ${given[2]}`;
    }
    return null;
  }
  // Japanese: `北川正理事長` before `北川理事長`: one or two characters between the family name and a title.
  // (Only in Japanese text: in Chinese, `林佩君昨在市議會` is a name, "yesterday at" and a council.)
  if (/^\p{Script=Han}{1,3}$/u.test(short) && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(before)) {
    const titled = new RegExp(`^(?:${HONORIFICS}|${ROLES})`, 'u');
    const written = new RegExp(`${escape(short)}(\\p{Script=Han}{1,2}?)(?=${HONORIFICS}|${ROLES}|（\\d)`, 'gu');
    for (const match of before.matchAll(written)) {
      // `林志豪今（18）日`: a day written 今/昨 and its date in brackets is no part of the name.
      const dated = /^[今昨前明]$/u.test(match[1]!) && /^（\d{1,2}）日/u.test(before.slice(match.index + short.length + 1));
      if (!dated && !titled.test(before.slice(match.index + short.length))) return `${short}${match[1]}`;
    }
    // `彩花さん` after `山井彩花さん`: a given name, the family name written before it when the person was introduced.
    const given = new RegExp(`(?<![\\p{Script=Han}])(\\p{Script=Han}{1,3})${escape(short)}(?=${HONORIFICS}|（\\d)`, 'u').exec(before);
    if (given && !new RegExp(`(?:${ROLES})$`, 'u').test(given[1]!)) return `${given[1]}${short}`;
  }
  return null;
}
