/**
 * Nepali, read as Hindi is (lang/hi.ts) with its own words: `’ X ले भने ।`, `X ले भने, ‘…’`, `उनले सुनाए` (he or she told),
 * `X का अनुसार` (according to X). Nepali writes the agent marker ले and the genitive का on the word (`गुरुङले`,
 * `योजनाका अनुसार`), so they are set off first and the name read back from them as Hindi's ने.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import { pronoun } from './shared';

/** Verbs of saying after the agent, past and honorific (`भने`, `बताए`, `सुनाए`, `थपे`, `भन्नुभयो`) and the feminine (`भनिन्`). */
const SAID =
  '(?:भने|बताए|सुनाए|थपे|भनिन्|बताइन्|सुनाइन्|थपिन्|भन्नुभयो|बताउनुभयो|सुनाउनुभयो|थप्नुभयो|स्वीकारे|' +
  '(?:दाबी|उल्लेख|जिकिर|गुनासो|आग्रह|प्रश्न|टिप्पणी)\\s+(?:गरे|गरिन्|गर्नुभयो)|आरोप\\s+(?:लगाए|लगाइन्))';

/** A word carrying the agent marker ले, not after a virama (`काफ्ले` is a name's own syllable). */
const AGENT_ON_ANY_WORD = /(?<![\u0900-\u097f])([\u0900-\u097f]+[\u0900-\u094c\u094e-\u097f])ले(?=[\s,])/gu;
/** Adverbs of time ending in ले (`पहिले` before, `अहिले` now, `कहिले` when), no agent marker. */
const NOT_AGENT = /^(?:पहिले|अहिले|कहिले|जहिले|तहिले|हिजोपहिले|सधैंले)$/u;

const NEPALI: HindustaniWords = {
  letter: /[\u0900-\u097f]/u,
  /**
   * Words Hindi does not write: "is" (छ, छन्), "was" (थियो), its verbs of saying (भने), "he/she" with the agent (उनले), a present in -छन्,
   * a feminine past in -इन् (`चेतावनी दिइन्`, "she warned"), and "according to" on a genitive joined to its noun
   * (`वृद्धका अनुसार`; Hindi writes `के अनुसार`).
   */
  marker: new RegExp(`(?:^|[\\s‘’“”])(?:छ|छन्|थियो|उनले|उहाँले|${SAID}|[\\u0900-\\u097f]+का\\s+अनुसार|[\\u0900-\\u097f]*(?:छन्|छिन्|छौं)|[\\u0900-\\u097f]+(?:िन्|इन्))(?=[\\s।,‘’“”]|$)`, 'u'),
  stops: '।:,“”"‘’',
  agent: 'ले',
  verb: SAID,
  according: 'का\\s+अनुसार',
  pronounSaying: '(?:(?:उनको|उहाँको)\\s+भनाइ\\s+(?:छ|थियो)|(?:उनी|उहाँ)\\s+(?:भन्छन्|भन्छिन्|बताउँछन्|बताउँछिन्))',
  namedSaying: '(?:को\\s+भनाइ\\s+(?:छ|थियो)|(?:भन्छन्|भन्छिन्|बताउँछन्|बताउँछिन्))',
  present: '(?:भन्छन्|भन्छिन्|बताउँछन्|बताउँछिन्)',
  pronounAgent: '(?:उन|उहाँ|तिन|यिन)\\s+ले',
  one: 'एक',
  roles: words(
    'प्रमुख अध्यक्ष वडाध्यक्ष उपाध्यक्ष मन्त्री प्रवक्ता निरीक्षक प्रहरी व्यापारी पसले शिक्षक शिक्षिका विज्ञ ' +
      'इन्जिनियर सचिव निर्देशक मेयर उपमेयर सांसद किसान बासिन्दा अधिवक्ता चिकित्सक डाक्टर विद्यार्थी सञ्चालक',
  ),
  honorifics: words('डा. डा श्री श्रीमती सुश्री'),
  bodies: words('विभाग सरकार कम्पनी मन्त्रालय आयोग समिति संघ आयोजना कार्यालय महानगरपालिका नगरपालिका'),
  // (Local, most, some, all, people: `… धेरैजसो स्थानीय X समुदायका छन्`, a community that shares a family's name, is no person;
  // nor the copula of persons, `एक किसान हुन् X Y`, before a name.)
  smallWords: words('का की को मा बाट लाई ले र पनि त कि छ छन् थियो नै वाला वाली वर्षीय भएका भएको गर्ने चलाउने स्थानीय धेरैजसो अधिकांश केही सबै मानिस मान्छे हुन् हुनुहुन्छ'),
  // (`गुरुङले भने` → `गुरुङ ले भने`; not `पहिले`, "before": only before a verb of saying a few words on.)
  // (`अध्यक्ष X Yले … चेतावनी दिइन्।`: the agent marker is set off whatever the verb, so a sentence's subject is read
  // without it; not after a virama, where ले is the name's own syllable, `काफ्ले`, nor on adverbs, `अहिले` "now".)
  normalize: (text) =>
    text
      .replace(new RegExp(`(?<=[\\u0900-\\u097f]{2})ले(?=[\\s,]+(?:[^\\s।]+\\s+){0,12}${SAID})`, 'gu'), ' ले')
      .replace(AGENT_ON_ANY_WORD, (word, stem: string) => (NOT_AGENT.test(word) ? word : `${stem} ले`))
      .replace(/(?<=[\u0900-\u097f]{2})का(?=\s+अनुसार)/gu, ' का'),
};

const nepaliReader = hindustaniReader(NEPALI);

/** `वृद्धका अनुसार`: "according to" after the genitive -का joined to its noun, which Nepali alone writes (Hindi `के अनुसार`, Marathi `-च्या मते`). */
export const hasNepaliAccording = (frame: string) => /[\u0900-\u097f]का\s+अनुसार/u.test(frame);

/**
 * `ती वृद्धका अनुसार, “…”` ("according to that old man"), `यी शिक्षिकाले भने`: a demonstrative (ती, यी, उक्त) and one noun
 * point back at the person the story just brought in, as a subject left out does; no name (`राम थापाका अनुसार` is one).
 */
const DEMONSTRATIVE_NOUN = /^(?:ती|यी|उक्त)\s+[\u0900-\u097f]+$/u;
const pointingBack = (found: SpeakerPhrase | null): SpeakerPhrase | null => (found && !found.pronoun && DEMONSTRATIVE_NOUN.test(found.phrase) ? pronoun('they') : found);

export const nepali = { ...nepaliReader.cues, before: (frame: string) => pointingBack(nepaliReader.cues.before!(frame)), after: (frame: string) => pointingBack(nepaliReader.cues.after!(frame)) };
export const nepaliSubject = nepaliReader.subject;
export const mayBeNepaliGivenName = nepaliReader.mayBeGivenName;
export const nepaliRoleBefore = nepaliReader.roleBefore;
