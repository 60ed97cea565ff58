/**
 * Konkani (Goa) in Devanagari, read as Hindi is (lang/hi.ts) with its own words: `<role> X Y (58) हाणें सांगलें, “…”`,
 * `“…,” X हाणें सांगलें.`, `“…,” अशें X हांणी सांगलें.` (thus X told), `“…,” तांणी सांगलें.` / `अशें तिणें विचारलें.`
 * (he / she told, asked), `X म्हणटा: “…”` (X says), `X हांच्या म्हणण्याप्रमाण` (as X puts it). The agent is a word of its
 * own (`हाणें`, `हिणें`, the respectful `हांणी`) or the ergative `-ान` / `-ांनी` written on the word (`सावंतान`), set off
 * first so that the name comes out as the dictionary writes it. Konkani's small words (आसा, आनी, पूण, ना, अशें) mark a frame,
 * and a full stop, not the danda, ends its sentences.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import { described, type LanguageCues } from './shared';

const LETTER = '[\\u0900-\\u097f]';
/** Past of telling, saying, asking, writing; a noun and the light verb (`दावो केलो`, `टीका केली`, `इशारो दिलो`). */
const SAID =
  '(?:सांगलें|सांगले|सांगलो|सांगली|म्हणलें|म्हणले|म्हळें|म्हळे|विचारलें|विचारले|विचारलो|बरयलें|बरयले|' +
  '(?:दावो|आरोप|टीका|आवाहन|मागणी|उल्लेख|विनंती|कबूल|स्पश्ट|स्पष्ट)\\s+(?:केलो|केली|केलें|केले)|(?:इशारो|जाप)\\s+(?:दिलो|दिली|दिलें))';
/** The present of saying, with no agent: `X म्हणटा`, `म्हणटात` (respectful), `सांगता`, `विचारता`. */
const SAYS = '(?:म्हणटा|म्हणटात|म्हणटाली|सांगता|सांगतात|विचारता|विचारतात)';
/** The agent written as a word: he, she, the respectful; and the ergative set off the word (`-न`, `-नी`). */
const AGENT = '(?:हाणें|हाणे|हिणें|हिणे|हांणी|हाणी|हांनी|न|नी)';
/** Pronouns with the agent already (`ताणें`, `तिणें`, `तांणी`), which no ergative is set off. */
const PRONOUN_AGENTS = 'ताणें ताणे तिणें तिणे तांणी तांनी जाणें जिणें जांणी हांवें आमी तुमी';
const NOT_AGENT = new Set(PRONOUN_AGENTS.split(' '));

/** Verbs of saying Marathi does not write (its light verbs, `स्पष्ट केले`, and `विचारले`, `सांगतात` are Marathi's too). */
const OWN_VERBS = '(?:सांगलें|सांगले|सांगलो|म्हणलें|म्हळें|म्हळे|विचारलें|बरयलें|म्हणटा|म्हणटात)';

const KONKANI: HindustaniWords = {
  letter: /[\u0900-\u097f]/u,
  /** Words Hindi and Marathi do not write: is/are (आसा, आसात), and (आनी), but (पूण), thus (अशें), the agents and verbs of saying. */
  marker: new RegExp(`(?:^|[\\s‘’“”,])(?:आसा|आसात|आनी|पूण|अशें|हाणें|हिणें|हांणी|ताणें|तिणें|तांणी|हांच्या|म्हणण्याप्रमाण|${OWN_VERBS})(?=[\\s.,:‘’“”!?]|$)`, 'u'),
  stops: '.:,“”"‘’!?।',
  agent: AGENT,
  verb: SAID,
  according: '(?:हांच्या|हाच्या|हिच्या)\\s+(?:म्हणण्याप्रमाण|मताप्रमाण|मतान)',
  pronounSaying: `(?:(?:ताच्या|तिच्या|तांच्या)\\s+(?:म्हणण्याप्रमाण|मतान)|(?:तो|ती|ते)\\s+${SAYS})`,
  namedSaying: SAYS,
  present: SAYS,
  pronounAgent: '(?:ताणें|ताणे|तिणें|तिणे|तांणी|तांनी)',
  that: 'की|कि',
  one: 'एक',
  roles: words(
    'भट्टीकार आयुक्त अध्यक्ष अध्यक्षा उपाध्यक्ष मंत्री मुख्यमंत्री आमदार खासदार सरपंच पंच नगरसेवक नगराध्यक्ष शिक्षक शिक्षिका दोतोर डॉक्टर ' +
      'वकील व्यापारी शेतकार भाटकार कामगार कर्मचारी अधिकारी प्रवक्ता सचीव सचिव संचालक मालक निरिक्षक निरीक्षक पत्रकार लेखक कलाकार ' +
      'चालक पालक विद्यार्थी विद्यार्थीनी विद्यार्थिनी रहिवासी मुखेली तज्ञ संशोधक दुकानदार नुस्तेकार रेंदेर',
  ),
  honorifics: words('श्री श्री. श्रीमती डॉ डॉ. दोतोर फादर'),
  /** Bodies that speak through statements (`सरकारान सांगलें`, `खात्यान कळयलें`): no person. */
  bodies: words('खातें खात्य खात्या सरकार पंचायत संघटना संघटने कंपनी मंडळ समिती पोलीस पुलीस न्यायालय महामंडळ पालिका'),
  /** Postpositions, auxiliaries, pronouns and times that end a name going back. */
  smallWords: words(
    'चो ची चें चे च्या आनी पूण तरी जाल्यार ना आसा आसात आशिल्लो हो ही हें ते ती तो तें मात लेगीत अशें असो अशी म्हूण एक ह्या त्या ' +
      `आयज काल आतां उपरांत थंय हांगा ${PRONOUN_AGENTS} हाणें हाणे हिणें हिणे हांणी हाणी हांनी न नी`,
  ),
  /** A genitive (`माडगाळचो`, `गांवांतली`) or an agent noun (`चलोवपी`, "who runs") is whose, where or who, no name. */
  notName: /(?:चो|ची|चीं|चें|च्या|ांतलो|ांतली|ांतलें|ांतल्या|तल्या|पी)$/u,
  normalize: (text) =>
    text
      // (`“…,” अशें X हांणी सांगलें.`: अशें, "thus", opens the tag after the words.)
      .replace(new RegExp(`(^|[\\s,“”‘’])(?:अशें|अशे|असो|अशी)\\s+(?=(?:[^\\s.]+\\s+){0,10}${SAID})`, 'gu'), '$1')
      // (`सावंतान सांगलें` → `सावंत न सांगलें`, `शिक्षकांनी` → `शिक्षक नी`: the ergative on the word, only before a verb of saying
      // with no agent word between: `X सांतान हाणें सांगलें` keeps the name ending in -ान.)
      .replace(new RegExp(`(?<!${LETTER})(${LETTER}{2,}?)(ान|ांनी)(?=[\\s,]+(?:(?!${AGENT}\\s)[^\\s.]+\\s+){0,6}${SAID})`, 'gu'), (word: string, stem: string, ending: string) =>
        NOT_AGENT.has(word) ? word : `${stem} ${ending === 'ान' ? 'न' : 'नी'}`,
      )
      // (`X हांच्या म्हणण्याप्रमाण` and `संघटनेच्या म्हणण्याप्रमाण`: the genitive written on the word.)
      .replace(new RegExp(`(?<!${LETTER})(${LETTER}{2,}?)च्या(?=\\s+(?:म्हणण्याप्रमाण|मताप्रमाण))`, 'gu'), (word: string, stem: string) =>
        /^(?:हां|हा|हि|ता|ति|तां)च्या$/u.test(word) ? word : `${stem} हांच्या`,
      ),
};

const konkaniReader = hindustaniReader(KONKANI);

/**
 * `एक भट्टीकार, जाणें आपलें नांव …, ताणें आरोप केलो: “…”`: "one X", a relative clause on him, and the pronoun agent taking
 * him up again is someone unnamed, not the person quoted before.
 */
const UNNAMED_RESUMED = /(?:^|[\s.])(एक\s+[^\s.,]+(?:\s+[^\s.,]+)?)\s*,\s*(?:जो|जी|जें|जाणें|जिणें|जांणी|जे)\s[^.]*,\s*(?:ताणें|तिणें|तांणी)\s[^.]*$/u;

function before(frame: string): SpeakerPhrase | null {
  const unnamed = UNNAMED_RESUMED.exec(frame);
  return unnamed ? described(unnamed[1]!) : konkaniReader.cues.before(frame);
}

export const konkani: LanguageCues = { applies: konkaniReader.cues.applies, after: konkaniReader.cues.after, before };
export const konkaniSubject = konkaniReader.subject;
