/**
 * Kashmiri in Perso-Arabic script, read as Urdu is (lang/hi.ts) with its own words: `<role> X Y Zن ووٚن، “…”` (X said),
 * `“…،” Xن ووٚن۔`, `“…،” وانی یَن ووٚن۔` (a name ending in a vowel takes `یَن`), `“…،” تٔمۍ ووٚن۔` / `تَمہِ ووٚن۔` (he / she
 * said), `سۄ چھےٚ وَنان، “…”` (she is saying), `X ہِنٛدِ مطابق` (according to X), `X ہُند کہُن چھُ زِ` (X's saying is that).
 * The past of a transitive verb puts its subject in the ergative, written on the name's last word (`-ن`, `-ہن`) or after
 * it (`یَن`): it is set off first, so the name comes out in the nominative, as the text introduced it.
 */

import { hindustaniReader, words, type HindustaniWords } from './hi';

/** Harakat and the Kashmiri vowel signs (ٕ ٚ ٛ), written or left out. */
const MARKS = '[\\u064b-\\u065f\\u0670]*';
/** Letters written with their marks optional: `ووٚن` is also typed `وون`. */
const spelled = (word: string) => [...word.replace(/[\u064b-\u065f\u0670]/gu, '')].join(MARKS) + MARKS;

/** Past of saying (`ووٚن`, `دوپ`), telling (`ونیوو`), asking (`پرٛژھ`), writing (`لیوٚکھ`). */
const SAID = `(?:${['ووٚن', 'دوپ', 'دپ', 'ونیوو', 'ونیو', 'پرٛژھ', 'لیوٚکھ'].map(spelled).join('|')})`;
/** The present: `چھُ وَنان` (he is saying), `چھےٚ وَنان` (she), `چھِ وَنان` (respectful, plural). */
const SAYING = `(?:${spelled('چھ')}|${spelled('چھےٚ')}|${spelled('چھہ')})\\s+(?:${spelled('وَنان')}|${spelled('دپان')}|${spelled('پرٛژھان')})`;
/** The ergative written after a name ending in a vowel (`وانی یَن`), or set off one written on it. */
const AGENT = `(?:${spelled('یَن')}|${spelled('ہَن')}|ن)`;
/** Pronouns in the ergative: he (`تٔمۍ`), she (`تَمہِ`), they (`تِمو`), this one (`اَمۍ`). */
const PRONOUN_AGENT = `(?:${['تٔمۍ', 'تَمہِ', 'تِمو', 'اَمۍ', 'ٲمۍ', 'اَمہِ'].map(spelled).join('|')})`;
const LETTER = '[\\u0620-\\u064a\\u0660-\\u06d3]';

const KASHMIRI: HindustaniWords = {
  letter: /[\u0620-\u064a\u0660-\u06d3]/u,
  /** ٲ ۄ and the vowel signs ٚ ٛ: Kashmiri's own, which Urdu, Sindhi, Pashto and the others lack. */
  marker: /[\u0672\u06c4\u065a\u065b]/u,
  stops: '۔:,،“”"',
  agent: AGENT,
  verb: SAID,
  according: `(?:${spelled('ہِنٛدِ')}|${spelled('ہُندِ')}|${spelled('سٕنٛدِ')}|${spelled('کِس')})\\s+مطابق`,
  pronounSaying: `(?:(?:${spelled('سُہ')}|${spelled('سۄ')}|${spelled('تِم')})\\s+${SAYING}|(?:${spelled('تٔمۍ')}|${spelled('تَمہِ')})\\s+${spelled('ہُند')}\\s+${spelled('کہُن')}\\s+${spelled('چھُ')})`,
  namedSaying: `(?:(?:${spelled('ہُند')}|${spelled('ہِنٛد')}|${spelled('سُند')})\\s+${spelled('کہُن')}\\s+(?:${spelled('چھُ')}|${spelled('اوس')})|${SAYING})`,
  present: SAYING,
  pronounAgent: PRONOUN_AGENT,
  that: spelled('زِ'),
  one: 'اکھ',
  roles: words(
    'زمیندار آفیسر افسر سائنسدان دُکاندار دکاندار وزیر ترجمان صدر چیئرمین ڈائریکٹر کمشنر ماہر پروفیسر استاد ممبر رکن سربراہ ' +
      'منیجر مالک صحافی کسان مزدور بیوپاری تاجر دلال ٹیچر طالب طالبہ لیڈر سرپنچ نمبردار ڈرائیور باغبان ' +
      // (Groups in the plural ergative, `والدینن ووٚن`, `لُکن ووٚن`: the parents, the people; no one's name.)
      'والدین لُکھ لُک',
  ),
  honorifics: words('ڈاکٹر جناب محترمہ محترم حاجی مولانا مولوی پیر'),
  /** Bodies that speak through statements (`سرکارن ووٚن`, the government said): no person. */
  bodies: words('سرکار حکومت محکمہ محکمہٕ پولیس وزارت ادارہ یونیورسٹی کمپنی انتظامیہ بورڈ'),
  /** Postpositions, auxiliaries, pronouns and times that end a name going back. */
  smallWords: words(
    'کِس کس ہُند ہِنٛدِ منٛز سٕتۍ پٮ۪ٹھ تہٕ تہِ زِ چھُ چھِ چھےٚ اوس ؤری عُمرُک وول والہٕ نہٕ یُس یۄس یِم یہِ سُہ سۄ تٔمۍ تَمہِ مگر اکھ ' +
      'یَن ن وۄنۍ ییٚتہِ تتہِ',
  ),
  /** A genitive on the word (`گامُک`, `زراعتُک`, `گامٕچ`) is whose, no name. */
  notName: /(?:\u064f\u06a9|\u0655\u0686|\u064f\u06a9\u0655)$/u,
  aged: 'عُمرُک',
  loneAfterRole: true,
  normalize: (text) =>
    // (`بٹن ووٚن` → `بٹ ن ووٚن`: the ergative written on the name's last word, only before a verb of saying with no other
    // word ending in ن between: `رفیق یوسف خانن ووٚن` sets off the ن of `خانن` alone.)
    text.replace(new RegExp(`(?<!${LETTER})(${LETTER}[^\\s،,۔]*?${LETTER})ن(?=[\\s،,]+(?:[^\\s،,۔]*[^\\s،,۔ن]\\s+){0,3}${SAID}(?![\\p{L}]))`, 'gu'), '$1 ن'),
};

const kashmiriReader = hindustaniReader(KASHMIRI);

export const kashmiri = kashmiriReader.cues;
export const kashmiriSubject = kashmiriReader.subject;
