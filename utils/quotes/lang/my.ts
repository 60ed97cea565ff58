/**
 * Burmese: after a quote `” ဟု ဦးX က ဆိုသည်။` (the quotative ဟု, the name with its form of address and the subject marker
 * က, a verb of saying), `” ဟုလည်း ဆက်ပြောသည်။` (the subject left out), `” ဟု ဆရာဝန်က ပြောသည်။` (an office or trade: the
 * one the text gave it), while `” ဟု သူက ပြောသည်။` / `” ဟု ၎င်းက ဆိုပြီး` (he, she) are left to the sentence before; before one `<role> ဒေါ်X က “…”`,
 * `ကိုX (၃၄ နှစ်) က …`, `<office>က “…”`, `<someone>တစ်ဦးက “…”` (someone unnamed); and a quote standing alone after a sentence
 * whose subject is a titled name (`မX (၂၆ နှစ်) သည် … ဖြစ်သည်။` then `“…”`). Names are written with no space; the forms of
 * address ဦး (U), ဒေါ် (Daw), ကို, မ, ဒေါက်တာ (Dr) come off them, and so do the particles glued after (က, ကမူ "as for", သည်).
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

const MYANMAR = /[\u1000-\u109f]/u;
/** Says, said, went on (saying), explained, criticised, commented, answered, warned, added: the stems before their endings. */
const VERB = '(?:ဆက်(?:လက်)?)?(?:ပြောကြား|ပြော|ဆို|ရှင်းပြ|မေး|ဝေဖန်|မှတ်ချက်ပြု|ပြန်ဖြေ|ဖြေ|သတိပေး|ထပ်ပြော|ထုတ်ဖော်ပြော)';
/** The endings: formal `သည်`, `ခဲ့သည်`, `ပါသည်`, spoken `တယ်`, `ပါတယ်`, and `ပြီး` (said, and then …). */
const SAID = `${VERB}(?:ခဲ့|ပါ|လိုက်)?(?:သည်|တယ်|ပြီး)`;
const ADDRESS = '(?:ဦး|ဒေါ်|ကို|မ|ဒေါက်တာ)';
const PRONOUN = '(?:သူမ|သူ|၎င်း|ကျွန်တော်|ကျွန်မ)';
/** The subject marker `က`, with `မူ` (as for) or `လည်း` (also), after a name and an age in brackets; it ends the word. */
const SUBJECT = '(?:\\s*\\([^()]{1,15}\\))?\\s*က(?:မူ|လည်း)?(?=\\s|$)';
/**
 * A name glued to its form of address, up to the subject marker (lazy: `ကျော်` inside a name opens with က too). It opens
 * with a consonant: `မီး` (fire) is no `မ` before a name, its vowel sign glued to the letter.
 */
const NAME = `(?<=^|\\s)${ADDRESS}([\\u1000-\\u1021]\\S+?)`;
/** Offices and trades that stand for the person the text gave them: chair, doctor, minister, administrator, director, abbot, head teacher, spokesperson, officer in charge. */
const OFFICE = '(?:ဥက္ကဋ္ဌ|ဆရာဝန်|ဝန်ကြီး|အုပ်ချုပ်ရေးမှူး|ညွှန်ကြားရေးမှူး|ဒါရိုက်တာ|ဆရာတော်|ကျောင်းအုပ်|ပြောခွင့်ရသူ|တာဝန်ခံ|မန်နေဂျာ)';
/** "One", "some": a person unnamed (`ဒေသခံတစ်ဦးက`, a local; `ဆိုင်ရှင်တစ်ယောက်က`, a shop owner; `ဒေသခံအချို့က`, some locals). */
const SOMEONE = '(?:တစ်ဦး|တစ်ယောက်|အချို့|များ)';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*ဟု(?:လည်း)?\\s*${PRONOUN}(?:တို့)?က\\s*(?:\\S+\\s+){0,2}?${SAID}`, 'u'),
  droppedAfter: new RegExp(`^[\\s,]*ဟု(?:လည်း)?\\s*${SAID}`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*ဟု(?:လည်း)?\\s*(?:\\S+\\s+){0,3}?${NAME}${SUBJECT}\\s*(?:\\S+\\s+){0,2}?${SAID}`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*ဟု(?:လည်း)?\\s*(?:\\S+\\s+){0,2}?(\\S*?${OFFICE})က\\s*(?:\\S+\\s+){0,2}?${SAID}`, 'u'),
  // (The role: up to three words before the name in its sentence, `ပွဲကော်မတီ ဥက္ကဋ္ဌ ဦးX က`.)
  nameBefore: new RegExp(`(?:^|[.,]\\s*|\\s)((?:[^\\s.,]+\\s+){0,3}?)${NAME}${SUBJECT}\\s+(?:\\S+\\s+){0,3}?(?:${SAID})?\\s*[-:]?\\s*$`, 'u'),
  officeBefore: new RegExp(`(?:^|\\s)(\\S*?${OFFICE})က\\s*[-:]?\\s*$`, 'u'),
  someoneBefore: new RegExp(`(?:^|\\s)((?:\\S+\\s+){0,2}\\S*?${SOMEONE})က\\s*[-:]?\\s*$`, 'u'),
  // (A sentence whose subject, within its first words, is a titled name: the quote standing alone after it is theirs.)
  subjectSentence: new RegExp(`^\\s*(?:[^\\s.]+\\s+){0,3}?${NAME}(?:\\s*\\([^()]{1,15}\\))?\\s*(?:သည်|က(?:မူ)?)\\s[^“”"]*\\.\\s*$`, 'u'),
}));

/** The office alone stands for its holder; a word before it names the body (`ပွဲကော်မတီဥက္ကဋ္ဌ` → the chair). */
function office(words: string): SpeakerPhrase {
  return officeDescriptor(new RegExp(`${OFFICE}$`, 'u').exec(words)?.[0] ?? words);
}

export const burmese: LanguageCues = {
  applies: (frame) => MYANMAR.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    // (`” ဟု ၎င်းက ဆိုသည်။`: a pronoun names no one; the quote goes to whom the sentence before brings in or to the speaker
    // going on, as the context reads them (attribute.ts), not to the latest speaker a pronoun would stand for.)
    if (patterns().pronounAfter.test(line)) return null;
    const named = patterns().nameAfter.exec(line);
    if (named) return person(named[1]!);
    const held = patterns().officeAfter.exec(line);
    if (held) return office(held[1]!);
    return patterns().droppedAfter.test(line) ? pronoun('they') : null;
  },
  before(frame) {
    const line = frame.split('\n').at(-1)!;
    const named = patterns().nameBefore.exec(line);
    if (named) return person(named[2]!, named[1]!.trim() || null);
    const held = patterns().officeBefore.exec(line);
    if (held) return office(held[1]!);
    const someone = patterns().someoneBefore.exec(line);
    if (someone) return described(someone[1]!);
    const subject = patterns().subjectSentence.exec(line);
    return subject ? person(subject[1]!) : null;
  },
};
