/**
 * Telugu, read as Tamil is (lang/dravidian.ts): after a quote `,” అని X విమర్శించారు.` (the quotative అని, the subject, the
 * verb), `,” అని ఆమె అడిగారు.` (she, he: the subject just introduced), `,” అని కమిషనర్ వివరించారు.` (an office; a noun
 * may come with its light verb, `… చేశారు`); before one `X మాట్లాడుతూ, “…”` ("X, speaking"), `X ఇలా చెప్పారు: “…”` ("X said this")
 * and `X ప్రకారం, “…”` ("according to X").
 */

import { quotativeReader } from './dravidian';

const reader = quotativeReader({
  letter: /[\u0c00-\u0c7f]/u,
  quotative: '(?:అని|అంటూ)',
  quotativeOptional: false,
  said: '(?:అన్నారు|అంటున్నారు|అంది|అన్నాడు)',
  pronoun: '(?:ఆయన|ఆమె|అతను|వారు|వాళ్లు)',
  // A finite verb in the third person (`చెప్పారు`, `ఆరోపించారు`, `చెప్పింది`), or a noun and its light verb (`స్పష్టం చేశారు`).
  finite: '(?:[\\u0c00-\\u0c7f]+\\s+)?(?:చేశారు|చేసింది|చేస్తున్నారు)|[\\u0c00-\\u0c7f]+(?:ారు|ింది|ాడు)',
  opens: '(?:మాట్లాడుతూ|పేర్కొంటూ|వివరిస్తూ|ఇలా\\s+అన్నారు|ఇలా\\s+చెప్పారు)',
  according: '(?:ప్రకారం)',
  roles: new Set(
    ('కమిషనర్ కార్పొరేటర్ ఉద్యోగి అధికారి మంత్రి ఎమ్మెల్యే ఎంపీ కలెక్టర్ సమన్వయకర్త నాయకుడు నాయకురాలు అధ్యక్షుడు ' +
      'అధ్యక్షురాలు కూలీ రైతు ఉపాధ్యాయుడు ఉపాధ్యాయురాలు డాక్టర్ ప్రొఫెసర్ ఇంజనీర్ తహసీల్దార్ మేయర్ ప్రతినిధి కార్యదర్శి ' +
      'డైరెక్టర్ వ్యాపారి డ్రైవర్ విద్యార్థి విద్యార్థిని నిపుణుడు').split(' '),
  ),
  roleShape: /(?:కర్త|దారు|కారుడు)$/u,
  loneNameTag: true,
  // Dative, locative, instrumental and genitive forms (`అధికారులకు`, `ఇంట్లో`, `ఆమెతో`, `అధికారుల`), and a relative
  // participle before a name (`కూర్చున్న`, `చేసిన`: who sat, who did).
  caseEnding: /(?:కు|కి|లో|తో|యొక్క|ల్లో|ుల|ిన|న్న)$/u,
  small: new Set('ఈ ఆ ఒక మరియు కానీ ఇది అది తన తమ మా మేం నేను ఇలా అని'.split(' ')),
  fromGenitive: (word) => word,
  threeWordNames: true,
  finiteWord: /(?:ారు|ింది|ాడు)$/u,
  participle: /\p{L}(?:ే|ిన|న్న)$/u,
});

export const telugu = reader.cues;
export const teluguSubject = reader.subject;
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeTeluguNameWord = reader.mayBeNamePart;
