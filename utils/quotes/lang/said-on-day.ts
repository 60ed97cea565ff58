/**
 * The day a thing was said, written between the speaker's name and the verb in the languages of India and Sri Lanka:
 * `মেয়র X Y মঙ্গলবার বলেন` (Bengali, "said on Tuesday"), `என்று மேயர் X Y செவ்வாய்க்கிழமை தெரிவித்தார்` (Tamil),
 * `X Y ചൊവ്വാഴ്ച പറഞ്ഞു` (Malayalam). These scripts write no capitals, so the day reads as the last word of the name; it
 * goes from the tag before any reader sees it (with a postposition after it: Hindi `मंगलवार को`, Telugu `మంగళవారం నాడు`).
 * So does an Indonesian or Malay day, written in commas (below).
 */

const DAY_WORDS = [
  // Devanagari (Hindi, Marathi, Nepali)
  '(?:रवि|सोम|मंगल|मंगळ|बुध|गुरु|बृहस्पति|शुक्र|शनि|आइत|बिही)(?:वार|बार)(?:ी|े)?',
  // Bengali and Assamese
  '(?:রবি|রোব|সোম|মঙ্গল|মঙল|বুধ|বৃহস্পতি|শুক্র|শনি|দেও)(?:বার|বাৰ)(?:ে)?',
  // Gurmukhi
  '(?:ਐਤ|ਸੋਮ|ਮੰਗਲ|ਬੁੱਧ|ਬੁਧ|ਵੀਰ|ਸ਼ੁੱਕਰ|ਸ਼ੁਕਰ|ਸ਼ਨੀ|ਸ਼ਨਿੱਚਰ)ਵਾਰ',
  // Gujarati
  '(?:રવિ|સોમ|મંગળ|બુધ|ગુરુ|શુક્ર|શનિ)વારે?',
  // Odia
  '(?:ରବି|ସୋମ|ମଙ୍ଗଳ|ବୁଧ|ଗୁରୁ|ଶୁକ୍ର|ଶନି)ବାର(?:ରେ|ଦିନ)?',
  // Telugu
  '(?:ఆది|సోమ|మంగళ|బుధ|గురు|శుక్ర|శని)వారం',
  // Kannada
  '(?:ಭಾನು|ಸೋಮ|ಮಂಗಳ|ಬುಧ|ಗುರು|ಶುಕ್ರ|ಶನಿ)ವಾರ(?:ದಂದು)?',
  // Tamil
  '(?:ஞாயிற்றுக்|திங்கள்|திங்கட்|செவ்வாய்க்|புதன்|வியாழக்|வெள்ளிக்|சனிக்)கிழமை(?:யன்று)?',
  // Malayalam
  '(?:ഞായറാഴ്ച|തിങ്കളാഴ്ച|ചൊവ്വാഴ്ച|ബുധനാഴ്ച|വ്യാഴാഴ്ച|വെള്ളിയാഴ്ച|ശനിയാഴ്ച)',
  // Sinhala
  '(?:ඉරිදා|සඳුදා|අඟහරුවාදා|බදාදා|බ්‍රහස්පතින්දා|සිකුරාදා|සෙනසුරාදා)',
].join('|');

/** A postposition after the day: Hindi `को`, Punjabi `ਨੂੰ`, Telugu `నాడు`, Tamil `அன்று`, Bengali `দিন`. */
const DAY_POSTPOSITION = '(?:को|ला|ਨੂੰ|నాడు|அன்று|দিন|ଦିନ)';

const SAID_ON_DAY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${DAY_WORDS})(?![\\p{L}\\p{M}])(?:\\s+${DAY_POSTPOSITION}(?![\\p{L}\\p{M}]))?\\s*`, 'gu');
/** Any letter of the scripts above: other text is returned as it is, unsearched. */
const INDIC_LETTER = /[\u0900-\u0dff]/u;

/**
 * Indonesian and Malay set the day, often with its date, between the name and the verb: `Kepala Dinas X Y, Selasa (12/3),
 * mengatakan`, `X Y pada Rabu menegaskan`.
 */
const MALAY_DAY = String.raw`(?:Senin|Isnin|Selasa|Rabu|Kamis|Khamis|Jumat|Jumaat|Sabtu|Minggu)(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?`;
const MALAY_SAID_ON_DAY = new RegExp(String.raw`,\s*(?:pada\s+)?${MALAY_DAY}\s*,|\s+pada\s+${MALAY_DAY}(?=\s+\p{Ll})`, 'gu');

/** The tag without the day it names (unchanged when none). */
export const withoutSaidOnDay = (frame: string): string =>
  INDIC_LETTER.test(frame) ? frame.replace(SAID_ON_DAY, '') : frame.replace(MALAY_SAID_ON_DAY, (day) => (day.startsWith(',') ? ',' : ''));
