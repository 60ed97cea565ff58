/**
 * Marathi in Devanagari, read as Hindi is (lang/hi.ts) with its own words: `“…,” असे X यांनी सांगितले.` (thus X told),
 * `“…,” असे ते म्हणाले.` / `त्या म्हणाल्या` (thus he / she said), `X म्हणाले, “…”`, `X यांच्या मते, “…”` (in X's view),
 * `X यांनी स्पष्ट केले`. The respectful `यांनी` is a word of its own; the plain agent `-ने` is written on the word
 * (`शिक्षकाने`), so it is set off first. Marathi is not Hindi: its verbs and small words (यांनी, म्हणाले, सांगितले, आहे,
 * आणि, नाही) mark a frame, and a full stop, not the danda, ends its sentences. Forms of address written on a given name
 * (`सुनीताताई`, `दत्तूभाऊ`, `माधवराव`) stay on it: the text introduces the person so (`सुनीताताई जाधव`), and a tag's
 * `सुनीताताई म्हणाल्या` finds that full name only as written.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import { person, pronoun, type LanguageCues } from './shared';

const LETTER = '[\\u0900-\\u097f]';
/** Verbs of saying: told, said (an object's gender on the light verb: `मान्य केली`), asked, wrote, and noun + light verb. */
const SAID =
  '(?:सांगितले|सांगितलं|सांगितली|म्हटले|म्हटलं|विचारले|विचारलं|लिहिले|म्हणाले|म्हणाली|म्हणाला|म्हणाल्या|' +
  '(?:स्पष्ट|नमूद|मान्य|व्यक्त|दावा|आरोप|आवाहन|कबूल|टीका|मागणी|विनंती)\\s+(?:केले|केली|केला|केलं)|(?:सवाल|प्रश्न)\\s+(?:उपस्थित\\s+)?(?:केले|केली|केला)|(?:इशारा|प्रतिक्रिया|उत्तर|माहिती)\\s+(?:दिला|दिली|दिले))';
/** The present of saying (`X सांगतात`, `ती म्हणते`), and the past `म्हणाले`, which takes no agent marker. */
const SAYS = '(?:सांगतात|सांगते|सांगतो|म्हणतात|म्हणते|म्हणतो|विचारतात|विचारते|विचारतो|म्हणाले|म्हणाली|म्हणाला|म्हणाल्या)';
/** Nouns said with a light verb that a tag may part from it (`असा इशारा X यांनी दिला`, thus warning X gave), with `ही`, "also". */
const SAID_NOUN = '(?:इशारा|आवाहन|आरोप|दावा|टीका|मागणी|प्रतिक्रिया|उत्तर|विनंती|खंत|भावना|सवाल|प्रश्न)(?:ही)?';
/** Adverbs between a subject and `म्हणाले` (`X पुढे म्हणाल्या`, X further said; `ते हसत म्हणाले`): none of the name. */
const SAYING_ADVERB = '(?:पुढे|नंतर|मग|हसत|हसून|पुन्हा|मात्र|देखील|सुद्धा|तेव्हा|यावेळी|त्यावेळी|आवर्जून|ठामपणे|स्पष्टपणे)';
/**
 * Where a person spoke, in the locative, between the subject and `म्हणाले` (`X बैठकीत म्हणाले`, X said at the meeting;
 * `पत्रकार परिषदेत`, at the press conference): events only, for a name may end as a locative does (`अनिकेत`).
 */
const AT_EVENT = '(?:(?:पत्रकार|सर्वसाधारण|जाहीर|विशेष)\\s+)?(?:सभेत|सभेमध्ये|बैठकीत|बैठकीमध्ये|परिषदेत|कार्यक्रमात|मेळाव्यात|भाषणात|मुलाखतीत|चर्चेत|निवेदनात|पत्रकात)';
/** "While speaking with X" (`‘दैनिक’शी बोलताना`, `पत्रकारांशी बोलताना`): whom a person told, never part of the speaker. */
const SPEAKING_WITH = '(?:[‘“][^‘’“”]{1,40}[’”]|[^\\s‘’“”.,]+)शी\\s+बोलताना';
/** Pronouns that are agents or subjects already (`त्यांनी`, `तिने`), never a word with `-ने` to set off. */
const NOT_AGENT = new Set('त्यांनी तिने त्याने ज्याने ज्यांनी कोणी आम्ही तुम्ही मी याने हिने'.split(' '));

const MARATHI: HindustaniWords = {
  letter: /[\u0900-\u097f]/u,
  /** Words Hindi does not write: is/are (आहे, आहेत), and (आणि), not (नाही), its verbs of saying and light verbs (दिला, केली), she (ती), thus (असे). */
  marker: new RegExp(`(?:^|[\\s‘’“”,])(?:आहे|आहेत|आणि|नाही|यांनी|त्यांनी|यांच्या|त्यांच्या|ती|असे|असा|अशी|असेही|दिला|केली|केले|${SAID}|${SAYS})(?=[\\s.,‘’“”!?]|$)`, 'u'),
  stops: '.:,“”"‘’!?।',
  agent: '(?:यांनी|ने)',
  verb: SAID,
  according: 'यांच्या\\s+(?:मते|म्हणण्यानुसार)',
  // (`त्यांच्या मते, “…”`, `त्यांचे म्हणणे आहे की`, `ती सांगते`: the one just introduced.)
  pronounSaying: `(?:(?:त्यांच्या|तिच्या|त्याच्या)\\s+(?:मते|म्हणण्यानुसार)|(?:त्यांचे|तिचे|त्याचे)\\s+(?:म्हणणे|मत)\\s+(?:आहे|होते)|(?:ते|ती|तो|त्या)\\s+${SAYS})`,
  // (`X यांचे म्हणणे आहे की …`, `X यांचे मात्र वेगळे म्हणणे आहे.`: X's saying is.)
  namedSaying: `(?:यांचे\\s+(?:[^\\s.]+\\s+){0,2}?(?:म्हणणे|मत)\\s+(?:आहे|होते)|${SAYS})`,
  present: SAYS,
  pronounAgent: '(?:त्यांनी|तिने|त्याने|ते|ती|तो|त्या)',
  one: 'एका',
  roles: words(
    'संचालक अध्यक्ष अध्यक्षा उपाध्यक्ष बागायतदार मंत्री मुख्यमंत्री प्रवक्ता अधिकारी आयुक्त जिल्हाधिकारी आमदार खासदार नगरसेवक नगरसेविका महापौर ' +
      'सरपंच निरीक्षक अभियंता शिक्षक शिक्षिका प्राध्यापक मुख्याध्यापक डॉक्टर वकील न्यायाधीश व्यापारी दुकानदार शेतकरी कर्मचारी ' +
      'विद्यार्थी विद्यार्थिनी रहिवासी प्रवासी चालक कामगार सचिव व्यवस्थापक प्रमुख तज्ज्ञ संशोधक पत्रकार लेखक लेखिका कलाकार ' +
      'अभिनेता अभिनेत्री खेळाडू प्रशिक्षक कर्णधार कार्यकर्ता कार्यकर्त्या गृहिणी विक्रेता विक्रेत्या मालक नेते नेत्या ' +
      // (A town's chief officer and president, revenue and village officers: `मुख्याधिकारी X`, `तहसीलदार X`, `तलाठी X`.)
      'गटनेते पक्षनेते गटनेत्या पक्षनेत्या मुख्याधिकारी नगराध्यक्ष नगराध्यक्षा तहसीलदार उपनिरीक्षक ग्रामसेवक तलाठी सभापती उपसभापती पोलीसपाटील ' +
      // (Before `-ने` a noun takes its oblique form: `शिक्षकाने`, `अधिकाऱ्याने`, `शेतकऱ्याने`.)
      'शिक्षका अधिकाऱ्या शेतकऱ्या व्यापाऱ्या कर्मचाऱ्या दुकानदारा चालका प्रवाशा',
  ),
  honorifics: words('श्री श्रीमती सौ कु डॉ प्रा ॲड अ‍ॅड'),
  /** Bodies that speak through statements (`महापालिकेने कळवले`), in plain and oblique forms: no person. */
  bodies: words(
    'प्रशासन प्रशासना सरकार विभाग विभागा पोलीस पोलिसां कंपनी कंपनी मंत्रालय मंत्रालया आयोग आयोगा मंडळ मंडळा समिती संघ संघटना ' +
      'महापालिका महापालिके नगरपालिका नगरपालिके पालिके विद्यापीठ विद्यापीठा रुग्णालय परिषद परिषदे बँक बँके पक्ष पक्षा न्यायालय न्यायालया ' +
      'प्राधिकरण प्राधिकरणा संघटने शाळा शाळे ग्रामपंचायत ग्रामपंचायती',
  ),
  /** Postpositions, auxiliaries and pronouns that end a name going back. */
  smallWords: words(
    'चा ची चे च्या ला ना मध्ये त ने नी यांनी आणि व ही हे हा तो ते ती पण तर की आहे आहेत होते होता होती असे अशी असा म्हणून वर्षीय ' +
      'या त्या मात्र पुन्हा आज काल नंतर आता एक सुद्धा देखील असता असताना केले केली झाले करून होऊन विचारले ' +
      // (`X येथील शेतकरी`, "a farmer at X": the place's postposition ends a role going back.)
      'येथील येथे',
  ),
  aged: 'वर्षीय',
  /** Words in the genitive (`प्रकल्पाचे`, `गावच्या`) or the locative (`शहरामध्ये`) are whose or where, no name. */
  // (A converb, `देताना`, "while giving", ends a clause before the subject: `उत्तर देताना X म्हणाल्या`.)
  notName: /(?:च्या|चे|ची|चा|मध्ये|ांनी|ताना)$/u,
  span: 12,
  tagGap: 6,
  normalize: (text) =>
    text
      // (`“…,” असे सांगून X म्हणाले, “…”`: having said so, X said: both the words before and after are X's.)
      .replace(new RegExp(`(^|[\\s,“”‘’])(?:असे|असं)\\s+(?:सांगून|म्हणत|म्हणून)\\s+(?=(?:[^\\s.]+\\s+){1,6}${SAYS})`, 'gu'), '$1')
      // (`असा इशारा X यांनी दिला`: the noun of a light verb set before the speaker goes back to its verb.)
      .replace(new RegExp(`(^|[\\s,“”‘’])((?:असे|असं|अशी|असा)(?:ही)?\\s+)(${SAID_NOUN})\\s+((?:[^\\s.,]+\\s+){1,8}?)((?:उपस्थित\\s+)?(?:दिला|दिली|दिले|केला|केली|केले))(?=[\\s.,]|$)`, 'gu'), (_all: string, edge: string, thus: string, noun: string, subject: string, verb: string) => `${edge}${thus}${subject}${noun.replace(/ही$/u, '')} ${verb}`)
      // (`X यांनी ‘दैनिक’शी बोलताना सांगितले`: the one spoken with, a title in quotation marks, goes with its participle.)
      .replace(new RegExp(`(?<![^\\s,])${SPEAKING_WITH}(?=\\s+(?:[^\\s.]+\\s+){0,4}?(?:${SAID}|${SAYS}))`, 'gu'), '')
      // (`X बैठकीत म्हणाले`: where the words were said is no part of the name.)
      .replace(new RegExp(`(?<=${LETTER})\\s+${AT_EVENT}(?=\\s+(?:${SAYING_ADVERB}\\s+)?${SAYS}(?![\\u0900-\\u097f]))`, 'gu'), '')
      // (`X पुढे म्हणाल्या, “…”`: an adverb before the verb of saying is no part of the name.)
      .replace(new RegExp(`(?<=${LETTER})\\s+${SAYING_ADVERB}(?=\\s+${SAYS}(?![\\u0900-\\u097f]))`, 'gu'), '')
      // (`“…,” असे X यांनी सांगितले.`: असे, "thus", opens the tag after the words; `असेही`, "thus too".)
      .replace(new RegExp(`(^|[\\s,“”‘’])(?:असे|असं|अशी|असा)(?:ही)?\\s+(?=(?:[^\\s.]+\\s+){0,14}${SAID})`, 'gu'), '$1')
      // (`शिक्षकाने सांगितले` → `शिक्षका ने सांगितले`: only a few words before a verb of saying.)
      .replace(new RegExp(`(?<!${LETTER})(${LETTER}{3,}?)ने(?=[\\s,]+(?:[^\\s.]+\\s+){0,8}${SAID})`, 'gu'), (word: string, stem: string) => (NOT_AGENT.has(word) ? word : `${stem} ने`))
      // (`सुनीताताईंनी सांगितले` → `सुनीताताई यांनी सांगितले`: the respectful agent written on a given name with its form of
      // address, `-बाईंनी`, `-भाऊंनी`, `-रावांनी`; bare, `-ंनी` is a plural's too, `मुलींनी`, "the girls".)
      .replace(new RegExp(`(?<!${LETTER})(?:(${LETTER}{2,}?(?:बाई|ताई|भाऊ|दादा|अण्णा|आप्पा|काका|मामा|नाना|अक्का))ं|(${LETTER}{2,}?(?:राव|साहेब))ां)नी(?!${LETTER})`, 'gu'), (_word: string, plain?: string, consonant?: string) => `${plain ?? consonant} यांनी`)
      // (`जोशींच्या मते` → `जोशी यांच्या मते`: the genitive written on a name before "in the view of".)
      .replace(new RegExp(`(?<!${LETTER})(${LETTER}{2,}?)ं?च्या(?=\\s+(?:मते|म्हणण्यानुसार))`, 'gu'), (word: string, stem: string) =>
        /^(?:त्यां|तिच्|त्याच्|ज्यां)/u.test(word) || word === 'यांच्या' ? word : `${stem} यांच्या`,
      )
      // (`X यांचे मात्र वेगळे म्हणणे आहे. “…”`: a sentence on X's view, closed right before the words it introduces.)
      .replace(/(?<=(?:म्हणणे|मत)\s+(?:आहे|होते))\.\s*$/u, ''),
};

const marathiReader = hindustaniReader(MARATHI);

/** Participles before a name (`… विकणाऱ्या X Y (५२)`, who sells; `आलेल्या`, who came): a clause on the person, none of the name. */
const PARTICIPLE = /(?:णाऱ्या|णारे|णारी|णारा|लेल्या|लेले|लेली|लेला)$/u;

/**
 * The person a Marathi sentence names as its subject: before `यांनी` or `-ने` whatever the verb (`X यांनी … टीका केली.`),
 * after a role (`मुख्याधिकारी X Y …`), or a name of two or three words with the age in brackets (`X Y Z (५२) सकाळी … आल्या.`).
 */
export function marathiSubject(sentence: string): SpeakerPhrase | null {
  const found = marathiReader.subject(sentence);
  if (found) return found;
  const aged = /((?:[\u0900-\u097f]+\s+){1,2}[\u0900-\u097f]+)\s*\(\s*[०-९\d]{1,3}\s*\)/u.exec(sentence)?.[1]?.split(/\s+/u) ?? [];
  while (aged.length > 0 && (!marathiReader.mayBeGivenName(aged[0]!) || PARTICIPLE.test(aged[0]!))) aged.shift();
  return aged.length >= 2 && aged.every((word) => marathiReader.mayBeGivenName(word) && !PARTICIPLE.test(word)) ? person(aged.join(' '), null) : null;
}

/**
 * Marathi gives the speaker's gender where Hindi's honorific does not: she `ती`, `तिने`, `म्हणाली`, `म्हणाल्या` (the
 * respectful feminine); he `तो`, `त्याने`, `म्हणाला`, `म्हणाले`. (`सांगितले` agrees with what was told, so says nothing.)
 */
const FEMININE = /(?:^|\s)(?:ती|तिने|तिच्या|तिचे|म्हणाली|म्हणाल्या|म्हणते|सांगते)(?=[\s,.:“”‘’!?]|$)/u;
const MASCULINE = /(?:^|\s)(?:तो|त्याने|त्याच्या|त्याचे|म्हणाला|म्हणाले|म्हणतो|सांगतो)(?=[\s,.:“”‘’!?]|$)/u;

function gendered(found: SpeakerPhrase | null, tag: string): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.gender) return found;
  const gender = FEMININE.test(tag) ? 'female' : MASCULINE.test(tag) ? 'male' : null;
  if (!gender) return found;
  // (`“…,” ती हसत म्हणाली.`: "she", not a subject left out: the woman the story last named.)
  if (found.pronoun) return pronoun(gender === 'female' ? 'she' : 'he', gender);
  return { ...found, gender };
}

/** The tag's own clause: after the words up to the first stop, before them from the last. */
const firstClause = (frame: string) => frame.replace(/^[\s,]+/u, '').split(/[.,!?“”]/u)[0] ?? '';
const lastClause = (frame: string) => frame.replace(/[\s,:]+$/u, '').split(/[.,!?“”]/u).at(-1) ?? '';

export const marathi: LanguageCues = {
  applies: marathiReader.cues.applies,
  after: (frame) => gendered(marathiReader.cues.after(frame), firstClause(frame)),
  before: (frame) => gendered(marathiReader.cues.before(frame), lastClause(frame)),
};

/** Whether a word before a family name may be a given name: no Marathi role (`मुख्याधिकारी`), honorific or small word. */
export const mayBeMarathiGivenName = marathiReader.mayBeGivenName;
/** `बाजार समितीचे सभापती X Y Z`: a Marathi role written right before a name (`upToName` ends with it), or null. */
export const marathiRoleBefore = marathiReader.roleBefore;
