/**
 * Malayalam, read as Tamil is (lang/dravidian.ts): after a quote `” എന്ന് അദ്ദേഹം പറഞ്ഞു.`, often with no quotative (`”
 * X വിമർശിച്ചു.`, `” ഡോ. X പറഞ്ഞു.`, `” <office> പറഞ്ഞു.`: the subject, then a verb in the past); before one
 * `X പറഞ്ഞു: “…”` and `X പറയുന്നതനുസരിച്ച്, “…”` ("as X says").
 */

import { quotativeReader } from './dravidian';

const reader = quotativeReader({
  letter: /[\u0d00-\u0d7f]/u,
  quotative: '(?:എന്ന്|എന്നു|എന്നും)',
  quotativeOptional: true,
  said: '(?:പറഞ്ഞു)',
  pronoun: '(?:അദ്ദേഹം|അവർ|അവൾ|അവൻ)',
  // A verb in the past (`പറഞ്ഞു`, `കുറ്റപ്പെടുത്തി`, `ചൂണ്ടിക്കാട്ടി`) or present (`പറയുന്നു`), or a noun and its light verb (`ഉറപ്പു നൽകി`).
  finite: '(?:[\\u0d00-\\u0d7f]+\\s+)?(?:നൽകി|ചെയ്തു)|[\\u0d00-\\u0d7f]+(?:ഞ്ഞു|ത്തി|ട്ടി|ക്കി|ന്നു|ച്ചു|ിച്ചു|ി)',
  opens: '(?:പറഞ്ഞു|പറയുന്നു|വ്യക്തമാക്കി)',
  according: '(?:പറയുന്നതനുസരിച്ച്|അനുസരിച്ച്|പ്രകാരം)',
  roles: new Set(
    ('മത്സ്യത്തൊഴിലാളി പ്രസിഡന്റ് സെക്രട്ടറി മാനേജർ ഡയറക്ടർ മന്ത്രി മേയർ കൗൺസിലർ എംഎൽഎ എംപി പ്രഫസർ പ്രൊഫസർ ഡോക്ടർ ' +
      'അധ്യാപകൻ അധ്യാപിക വിദ്യാർഥി വ്യാപാരി ഡ്രൈവർ ഉദ്യോഗസ്ഥൻ കലക്ടർ ചെയർമാൻ വക്താവ് വിൽപനക്കാരി വിൽപനക്കാരൻ').split(' '),
  ),
  roleShape: /(?:ക്കാരൻ|ക്കാരി|ാളി)$/u,
  loneNameTag: true,
  // Dative, locative, genitive and sociative forms (`അദ്ദേഹത്തിന്`, `കൊച്ചിയിൽ`, `സമിതിയുടെ`, `അവരോട്`).
  caseEnding: /(?:ിന്|ക്ക്|ിൽ|യുടെ|ന്റെ|ോട്|ിലെ)$/u,
  // (Kin before a name, `സഹോദരൻ X`, "brother X", are no part of it.)
  small: new Set('ഈ ആ ഒരു എന്നാൽ പക്ഷേ ഇത് അത് അവരുടെ ഞങ്ങൾ ഞാൻ സഹോദരൻ സഹോദരി ഭാര്യ ഭർത്താവ് മകൻ മകൾ അച്ഛൻ അമ്മ'.split(' ')),
  fromGenitive: (word) => word.replace(/(?:ന്റെ|യുടെ)$/u, ''),
  participle: /\p{L}(?:ുന്ന|ിയ|ച്ച)$/u,
});

export const malayalam = reader.cues;
export const malayalamSubject = reader.subject;
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeMalayalamNameWord = reader.mayBeNamePart;
