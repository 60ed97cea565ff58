/**
 * Maithili in Devanagari, read as Hindi is (lang/hi.ts) with its own words: `<role> X Y कहलनि, “…”`, `“…,” X कहलनि।`,
 * `“…,” ओ कहलनि।` (he or she said), `ओ कहलनि : “…”`, `X कहैत छथि` (X says), `हुनकर कहब छनि जे` (his saying is that),
 * `Xक अनुसार` (according to X). Maithili marks no agent: the subject stands bare before the verb, whose honorific ending
 * (`-लनि`, `-लथि`, `-लन्हि`, `-लाह`, `-लीह`) says the speaker is respected, not who it is; so the verbs are read as Hindi's
 * present `X कहते हैं` is. The genitive `-क` is written on the word (`मिश्रक अनुसार`), so it is set off first.
 */

import type { SpeakerPhrase } from '../cues';
import { hindustaniReader, words, type HindustaniWords } from './hi';
import { officeDescriptor, type LanguageCues } from './shared';

/** Past of saying, telling, asking, writing, adding, admitting: honorific (`-लनि`, `-लथि`, `-लन्हि`), plain (`-लक`) and feminine (`-लीह`). */
const SAID_PAST =
  '(?:कह|बतौ|बतओ|बते|पुछ|पूछ|लिख|जोड़|मान|दोहरौ|स्वीकार)(?:लनि|लथि|लन्हि|लखिन|लकै|लक|लाह|लीह|लैन)';
/** The present, `कहैत छथि` (is saying), `कहै छथि`, and the light verb of asserting, `दाबी केलनि`. */
const SAYING = '(?:कहैत|कहै|बतबैत|पुछैत)\\s+(?:छथि|छलाह|छलीह|छनि|अछि|छल)';
const SAID = `(?:${SAID_PAST}|${SAYING}|(?:दाबी|आरोप|आग्रह|अपील)\\s+(?:केलनि|कयलनि|लगौलनि))`;

const MAITHILI: HindustaniWords = {
  letter: /[\u0900-\u097f]/u,
  /** Words Hindi and Nepali do not write: is/are (अछि, छथि, छनि), not (नहि), from (सँ), to (केँ), and its verbs of saying. */
  // (`Xक अनुसार`: "according to" after the genitive written on the word, where Hindi writes `के अनुसार`, Nepali `का अनुसार`.)
  marker: new RegExp(`(?:^|[\\s‘’“”,])(?:अछि|छथि|छनि|छलाह|छलीह|नहि|सँ|केँ|${SAID_PAST}|[\\u0900-\\u097f]+क\\s+अनुसार)(?=[\\s।,‘’“”:]|$)`, 'u'),
  stops: '।:,“”"‘’',
  // (No agent marker: a pattern that never matches, the verbs read as a present is.)
  agent: '(?!)',
  verb: SAID,
  according: 'क\\s+(?:अनुसार|मोताबिक)',
  pronounSaying: `(?:(?:हुनकर|हुनक|ओकर|हिनकर)\\s+कहब\\s+(?:छनि|छन्हि|अछि|छल)|(?:ओ|ओहो)\\s+${SAYING})`,
  namedSaying: `(?:क\\s+कहब\\s+(?:छनि|छन्हि|अछि|छल)|${SAID})`,
  present: SAID,
  pronounAgent: '(?:ओ|ओहो|ओं)',
  that: 'जे',
  one: 'एकटा',
  roles: words(
    'किसान मुखिया सरपंच अभियन्ता अभियंता पदाधिकारी समाहर्ता जिलाधिकारी आयुक्त संयोजक अध्यक्ष उपाध्यक्ष मंत्री मन्त्री विधायक सांसद ' +
      'प्रवक्ता शिक्षक शिक्षिका चिकित्सक डाक्टर डॉक्टर प्राध्यापक सचिव निदेशक व्यापारी दोकानदार ग्रामीण कार्यकर्ता पत्रकार लेखक ' +
      'कलाकार मल्लाह मजदूर छात्र छात्रा सदस्य प्रधानाध्यापक अधिकारी थानाध्यक्ष वैज्ञानिक विशेषज्ञ गृहिणी',
  ),
  honorifics: words('डॉ. डॉ श्री श्रीमती सुश्री प्रो.'),
  /** Bodies that speak through statements (`विभाग कहलक`): no person. */
  bodies: words('विभाग प्रशासन सरकार पुलिस कम्पनी कंपनी मंत्रालय मन्त्रालय आयोग समिति संघ पंचायत परिषद विश्वविद्यालय'),
  /** Postpositions, auxiliaries, pronouns and times that end a name going back. */
  smallWords: words(
    'क के केर मे सँ केँ पर लेल लग आ ओ ई जे सेहो नहि अछि छल छथि छलाह छलीह छनि तँ तेँ मुदा हुनकर हुनक हमर अपन वर्षीय एकटा ' +
      'लोकनि सभ दिन राति भोर साँझ आइ काल्हि एखन फेर स्वयं',
  ),
  normalize: (text) =>
    text
      // (`X Y (६२) कहलनि`: an age in brackets, in either digits, is none of the name.)
      .replace(/\s*\([०-९\d]{1,3}\)/gu, '')
      // (`मिश्रक अनुसार` → `मिश्र क अनुसार`: the genitive written on the name.)
      .replace(/(?<=[\u0900-\u097f]{2})क(?=\s+(?:अनुसार|मोताबिक|कहब\s))/gu, ' क')
      // (`X हँसैत कहलनि`, said smiling: a participle of manner in `-ैत` before the verb is none of the name.)
      .replace(new RegExp(`\\s+[\\u0900-\\u097f]+ैत(?=\\s+${SAID_PAST})`, 'gu'), ''),
};

const maithiliReader = hindustaniReader(MAITHILI);

/**
 * `“…,” अभियन्ता कहलनि।` (the engineer said): a lone office noun stands for the one the text introduced with it
 * (`कार्यपालक अभियन्ता X Y Z …`), as a descriptor; Maithili writes no postposition after such a name for the Hindi
 * reading of an office's holder to find (unnamed-office.ts). A spokesperson (`प्रवक्ता कहलनि`) speaks for a body and is
 * often left unnamed: that one stays a description.
 */
const SPEAKS_FOR_A_BODY = new Set(['प्रवक्ता']);

function asDescriptor(found: SpeakerPhrase | null): SpeakerPhrase | null {
  return found?.office && found.kind === 'description' && !found.phrase.includes(' ') && !SPEAKS_FOR_A_BODY.has(found.phrase) ? officeDescriptor(found.phrase) : found;
}

export const maithili: LanguageCues = {
  applies: maithiliReader.cues.applies,
  after: (frame) => asDescriptor(maithiliReader.cues.after(frame)),
  before: (frame) => asDescriptor(maithiliReader.cues.before(frame)),
};
export const maithiliSubject = maithiliReader.subject;
