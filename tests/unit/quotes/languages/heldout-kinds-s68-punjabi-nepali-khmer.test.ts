// Kinds the sixty-eighth and sixty-ninth held-out sets showed in Nepali, Khmer and Punjabi, each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const FEMININE_WARNING_THEN_SHE_SAID =
  'बेलबारी नगरपालिकाको सडक निर्माण फेरि रोकिएको छ।\n\n' +
  'खोलाखेत गाउँपालिकाकी अध्यक्ष कमला थापाले ठेकेदारलाई “अन्तिम मौका” भन्दै असारभित्र काम नसके सम्झौता रद्द गर्ने चेतावनी दिइन्। उनले भनिन्: “हामीले धेरै पर्ख्यौं। अब नागरिकलाई जवाफ दिनुपर्छ।”';
const NAME_ENDING_IN_LE_AFTER_VIRAMA =
  'बेलबारी नगरपालिकाको सडक निर्माण फेरि रोकिएको छ।\n\n' +
  'खोलाखेत गाउँपालिकाकी अध्यक्ष सीता काफ्ले ठेकेदारलाई असारभित्र काम नसके सम्झौता रद्द गर्ने चेतावनी दिइन्। उनले भनिन्: “हामीले धेरै पर्ख्यौं। अब नागरिकलाई जवाफ दिनुपर्छ।”';

/**
 * `<role> X Yले … चेतावनी दिइन्। उनले भनिन्: “…”`: a sentence whose verb is no verb of saying still marks its agent with
 * ले, which is no part of the name; the feminine past in -इन् marks the sentence Nepali, not Hindi (lang/ne.ts).
 */
kindTable('Nepali: the agent marker ले comes off the name of a sentence subject, whatever its verb', [
  ['ne: `अध्यक्ष X Yले … चेतावनी दिइन्। उनले भनिन्:` is X Y', FEMININE_WARNING_THEN_SHE_SAID, 'हामीले धेरै', 'कमला थापा', ANY],
  ['counter-case ne: `काफ्ले`, ले after a virama, is the name’s own syllable', NAME_ENDING_IN_LE_AFTER_VIRAMA, 'हामीले धेरै', 'सीता काफ्ले', ANY],
]);

const WORDS_OF_ELDER_AFTER_STOP =
  'ភូមិព្រៃខ្លុង ៖ សាលារៀនថ្មីមួយបានបើកទ្វារកាលពីព្រឹកថ្ងៃច័ន្ទ។\n\n' +
  '«ខ្ញុំបង្រៀននៅទីនេះអស់សាមសិបឆ្នាំ ហើយមិនដែលឃើញអគារស្អាតបែបនេះទេ»។ នេះជាសម្ដីរបស់លោកគ្រូ ជា សុខា អាយុ ៦១ឆ្នាំ ដែលជានាយកសាលា។';
const WORDS_OF_NO_ADDRESS =
  'ភូមិព្រៃខ្លុង ៖ សាលារៀនថ្មីមួយបានបើកទ្វារកាលពីព្រឹកថ្ងៃច័ន្ទ។\n\n' +
  '«ខ្ញុំបង្រៀននៅទីនេះអស់សាមសិបឆ្នាំ ហើយមិនដែលឃើញអគារស្អាតបែបនេះទេ»។ នេះជាសម្ដីរបស់ជីដូន ជា សុខា អាយុ ៦១ឆ្នាំ។';

/**
 * `«…»។ នេះជាសម្ដីរបស់លោកតា X Y …។`: the sentence after the quote's own stop says whose words they were, the name after a
 * form of address (elders' and teachers' ones too: `លោកតា`, `លោកគ្រូ`), the role after `ដែលជា` (lang/km.ts, signatures.ts).
 */
kindTable('Khmer: "these are the words of X" after the quote’s stop', [
  ['km: `»។ នេះជាសម្ដីរបស់លោកគ្រូ X Y … ដែលជា<role>` is X Y', WORDS_OF_ELDER_AFTER_STOP, 'ខ្ញុំបង្រៀន', 'ជា សុខា', 'នាយកសាលា'],
  ['counter-case km: a kin word no form of address names no one', WORDS_OF_NO_ADDRESS, 'ខ្ញុំបង្រៀន', UNNAMED, ANY],
]);

const FATHER_IN_PLACE_THEN_HE_SAID =
  'ਮਾਨਸਾ ਦੀ ਕੁਸ਼ਤੀ ਟੀਮ ਨੇ ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ ਕੌਮੀ ਮੁਕਾਬਲੇ ਵਿੱਚ ਚਾਂਦੀ ਦਾ ਤਗਮਾ ਜਿੱਤਿਆ।\n\n' +
  'ਪਹਿਲਵਾਨ ਸਿਮਰਨਜੀਤ ਕੌਰ ਦੇ ਪਿਤਾ ਅਵਤਾਰ ਸਿੰਘ ਸ਼ਹਿਰ ਵਿੱਚ ਦੁੱਧ ਦੀ ਡੇਅਰੀ ਚਲਾਉਂਦੇ ਹਨ। “ਅਸੀਂ ਕਦੇ ਨਹੀਂ ਸੋਚਿਆ ਸੀ ਕਿ ਧੀ ਇੰਨੀ ਦੂਰ ਜਾਵੇਗੀ,” ਉਨ੍ਹਾਂ ਨੇ ਮੁਸਕਰਾਉਂਦਿਆਂ ਕਿਹਾ।';
const FATHER_WITH_FAMILY_NAME =
  'ਮਾਨਸਾ ਦੀ ਕੁਸ਼ਤੀ ਟੀਮ ਨੇ ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ ਕੌਮੀ ਮੁਕਾਬਲੇ ਵਿੱਚ ਚਾਂਦੀ ਦਾ ਤਗਮਾ ਜਿੱਤਿਆ।\n\n' +
  'ਪਹਿਲਵਾਨ ਸਿਮਰਨਜੀਤ ਕੌਰ ਦੇ ਪਿਤਾ ਅਵਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ ਹਰ ਸਵੇਰ ਅਖਾੜੇ ਜਾਂਦੇ ਹਨ। “ਅਸੀਂ ਕਦੇ ਨਹੀਂ ਸੋਚਿਆ ਸੀ ਕਿ ਧੀ ਇੰਨੀ ਦੂਰ ਜਾਵੇਗੀ,” ਉਨ੍ਹਾਂ ਨੇ ਮੁਸਕਰਾਉਂਦਿਆਂ ਕਿਹਾ।';

/** `X ਦੇ ਪਿਤਾ Y ਸਿੰਘ ਪਿੰਡ ਵਿੱਚ …`: kin before a name is a role, and the word before "in" a place, no family name (lang/pa.ts). */
kindTable('Punjabi: a father named before a place, then "he said"', [
  ['pa: `ਦੇ ਪਿਤਾ X ਸਿੰਘ ਸ਼ਹਿਰ ਵਿੱਚ …` then `ਉਨ੍ਹਾਂ ਨੇ … ਕਿਹਾ` is X ਸਿੰਘ', FATHER_IN_PLACE_THEN_HE_SAID, 'ਅਸੀਂ ਕਦੇ', 'ਅਵਤਾਰ ਸਿੰਘ', ANY],
  ['counter-case pa: a family name after ਸਿੰਘ with no "in" after it stays', FATHER_WITH_FAMILY_NAME, 'ਅਸੀਂ ਕਦੇ', 'ਅਵਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ', ANY],
]);

const TOLD_PAPER_IN_SINGLE_MARKS =
  'ਮਾਨਸਾ ਦੀ ਕੁਸ਼ਤੀ ਟੀਮ ਨੇ ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ ਕੌਮੀ ਮੁਕਾਬਲੇ ਵਿੱਚ ਚਾਂਦੀ ਦਾ ਤਗਮਾ ਜਿੱਤਿਆ।\n\n' +
  'ਕਲੱਬ ਦੀ ਪ੍ਰਧਾਨ ਨਵਨੀਤ ਕੌਰ ਨੇ ‘ਮਾਲਵਾ ਟਾਈਮਜ਼’ ਨੂੰ ਦੱਸਿਆ, “ਅਗਲੇ ਸਾਲ ਅਸੀਂ ਨਵਾਂ ਅਖਾੜਾ ਬਣਾਵਾਂਗੇ।”';
const TOLD_NO_ONE_BUT_WROTE =
  'ਮਾਨਸਾ ਦੀ ਕੁਸ਼ਤੀ ਟੀਮ ਨੇ ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ ਕੌਮੀ ਮੁਕਾਬਲੇ ਵਿੱਚ ਚਾਂਦੀ ਦਾ ਤਗਮਾ ਜਿੱਤਿਆ।\n\n' +
  'ਕਲੱਬ ਦੀ ਪ੍ਰਧਾਨ ਨਵਨੀਤ ਕੌਰ ਨੇ ‘ਮਾਲਵਾ ਟਾਈਮਜ਼’ ਨੂੰ ਚਿੱਠੀ ਭੇਜੀ ਹੈ।\n\n' +
  '“ਅਗਲੇ ਸਾਲ ਅਸੀਂ ਨਵਾਂ ਅਖਾੜਾ ਬਣਾਵਾਂਗੇ,” ਕੋਚ ਜਸਪਾਲ ਸਿੰਘ ਨੇ ਕਿਹਾ।';

/** `X ਨੇ ‘<paper>’ ਨੂੰ ਦੱਸਿਆ, “…”`: the paper told, in single marks, is words of the tag, not its end (lang/pa.ts). */
kindTable('Punjabi: told a paper named in single marks', [
  ['pa: `<role> X ਕੌਰ ਨੇ ‘Y’ ਨੂੰ ਦੱਸਿਆ, “…”` is X ਕੌਰ', TOLD_PAPER_IN_SINGLE_MARKS, 'ਅਗਲੇ ਸਾਲ', 'ਨਵਨੀਤ ਕੌਰ', ANY],
  ['counter-case pa: a sentence sending the paper a letter brings in no quote; the tag after it names its own speaker', TOLD_NO_ONE_BUT_WROTE, 'ਅਗਲੇ ਸਾਲ', 'ਜਸਪਾਲ ਸਿੰਘ', ANY],
]);
