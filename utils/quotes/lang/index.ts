/**
 * Picks the languages worth trying on a frame, cheaply: by script first (Arabic, Hebrew, Thai, Devanagari,
 * Cyrillic, kana, Han, Hangul), and for Latin script by each language's function words. A language whose
 * script or words are absent is never tried, and its patterns are never even compiled.
 */

import { NEW_LATIN_WORD } from './new-latin-words';
import type { SpeakerPhrase } from '../cues';
import { withoutAccordingClause } from './according-to';
import { withDemonstrativeRole } from './demonstrative-role';
import { withAgedAnaphor } from './aged-anaphor';
import { arabic } from './ar';
import { german } from './de';
import { spanish } from './es';
import { catalan } from './ca';
import { french } from './fr';
import { hebrew } from './he';
import { yiddish } from './yi';
import { italian } from './it';
import { japanese } from './ja';
import { korean } from './ko';
import { portuguese } from './pt';
import { russianUkrainian } from './ru-uk';
import { type LanguageCues } from './shared';
import { topLevelAlternatives } from '../../patterns';
import { wordEndGate } from '../../pattern-endings';
import { cueAt, languageCueGates } from './cue-gates';
import { thai } from './th';
import { lao } from './lo';
import { hindi, urdu } from './hi';
import { hasNepaliAccording, nepali } from './ne';
import { maithili } from './mai';
import { konkani } from './gom';
import { kashmiri } from './ks';
import { gujarati } from './gu';
import { punjabi } from './pa';
import { marathi } from './mr';
import { maltese } from './mt';
import { afrikaans } from './af';
import { albanian } from './sq';
import { welsh } from './cy';
import { basque } from './eu';
import { irish } from './ga';
import { hausa } from './ha';
import { yoruba } from './yo';
import { zulu } from './zu';
import { xhosa } from './xh';
import { igbo } from './ig';
import { swahili } from './sw';
import { malagasy } from './mg';
import { kinyarwanda } from './rw';
import { javanese } from './jv';
import { chichewa } from './ny';
import { sesotho } from './st';
import { shona } from './sn';
import { luganda } from './lg';
import { setswana } from './tn';
import { wolof } from './wo';
import { maori } from './mi';
import { cebuano } from './ceb';
import { sundanese } from './su';
import { somali } from './so';
import { faroese } from './fo';
import { luxembourgish } from './lb';
import { frisian } from './fy';
import { breton } from './br';
import { occitan } from './oc';
import { sardinian } from './sc';
import { asturian } from './ast';
import { uzbek } from './uz';
import { pashto } from './ps';
import { telugu } from './te';
import { kannada } from './kn';
import { malayalam } from './ml';
import { sinhala } from './si';
import { burmese } from './my';
import { khmer } from './km';
import { amharic } from './am';
import { tigrinya } from './ti';
import { bengali } from './bn';
import { assamese } from './as';
import { dhivehi } from './dv';
import { tibetan } from './bo';
import { inuktitut } from './iu';
import { santali } from './sat';
import { tamazight } from './zgh';
import { odia } from './or';
import { persian } from './fa';
import { sindhi } from './sd';
import { bulgarian } from './bg';
import { chinese } from './zh';
import { withoutSaidOnDay } from './said-on-day';
import { adjacentSpeakerAfter, adjacentSpeakerBefore, roleNameBeforeColon, withoutOutletListener } from './adjacent';
import { asVerbNameBeforeColon } from './as-verb-name-colon';
import { unnamedAfter, unnamedBefore } from './unnamed-subject';
import { czech } from './cs';
import { danishNorwegian } from './da-no';
import { greek } from './el';
import { accordingOfficeThenName, indonesian, nameWroteBefore } from './id';
import { dutch, dutchRoleLabel } from './nl';
import { polish } from './pl';
import { romanian } from './ro';
import { swedish } from './sv';
import { turkish } from './tr';
import { isRankAlone, withRankDotsMasked, withRanksRestored } from '../rank-abbreviations';
import { isObjectCaseName } from './tag-particles';
import { described, pronoun } from './shared';
import { describedFromPlace } from '../origin-place';
import { withheldNameAfterTag } from '../anonymity-clause';
import { ARABIC, ARMENIAN, BENGALI, CYRILLIC, DEVANAGARI, GEORGIAN, GREEK, HAN, HANGUL, HEBREW, KANA, MYANMAR_ETHIOPIC_KHMER, NON_LATIN, SOUTH_INDIC, TAMIL, THAANA_TIBETAN_SYLLABICS, THAI, mayHold, scriptsOf } from '../scripts-present';
import { tamil } from './ta';
import { georgian } from './ka';
import { armenian } from './hy';
import { kazakh } from './kk';
import { belarusian } from './be';
import { kyrgyz } from './ky';
import { tatar } from './tt';
import { bashkir } from './ba';
import { chuvash } from './cv';
import { sakha } from './sah';
import { ossetian } from './os';
import { mongolian } from './mn';
import { buryat } from './bxr';
import { chechen } from './ce';
import { tajik } from './tg';
import { udmurt } from './udm';
import { northernSami } from './se';
import { azerbaijani } from './az';
import { turkmen } from './tk';
import { tagalog } from './tl';
import { haitian } from './ht';
import { papiamento } from './pap';
import { vietnamese } from './vi';
import { oromo } from './om';
import { twi } from './ak';
import { lingala } from './ln';
import { esperanto } from './eo';
import { bambara } from './bm';
import { pulaar } from './ff';
import { ewe } from './ee';
import { kirundi } from './rn';
import { xitsonga } from './ts-tsonga';
import { withoutAuxiliaryAdverb } from './latin';
import { finnishPronoun, slovenePast } from './newlang-shared';
import { hungarian } from './hu';
import { uyghur } from './ug';
import { sorani } from './ckb';
import { guarani } from './gn';
import { kabyle } from './kab';
import { nahuatl } from './nah';
import { quechua } from './qu';
import { tokPisin } from './tpi';
import { tongan } from './to';
import { samoan } from './sm';
import { fijian } from './fj';
import { ilocano } from './ilo';
import { romansh } from './rm';
import { hawaiian } from './haw';
import { scottishGaelic } from './gd';
import { kurmanji } from './ku';
import { crimeanTatar } from './crh';
import { greenlandic } from './kl';

const LATIN: LanguageCues[] = [french, german, spanish, italian, portuguese, catalan];

/** Each language's cue is `(?:…)(?![\p{L}])`: all of them in one pattern end as each does. */
const CUE_END = '(?![\\p{L}])';

/**
 * The languages' verbs and source words in one pattern, `(?:…)(?![\p{L}])`, behind the words they
 * end with (patterns.ts wordEndGate): an English frame has none of them and compiles nothing.
 */
function cueGate(name: string, languages: readonly LanguageCues[]) {
  const alternatives = () =>
    languages.flatMap((language) => {
      const cue = language.cue;
      if (!cue?.startsWith('(?:') || !cue.endsWith(`)${CUE_END}`)) throw new Error(`${name}: a cue of another shape`);
      return topLevelAlternatives(cue.slice(3, -(CUE_END.length + 1)));
    });
  return wordEndGate(name, alternatives, 'u', CUE_END);
}

/** All Latin-script languages' verbs and source words in one pattern: one scan of an English frame, not five. */
const LATIN_GATE = cueGate('lang LATIN_CUE', LATIN);
const LATIN_CUES = languageCueGates('lang LATIN_CUE', LATIN);

/**
 * Accented letters and the small words of French, German, Spanish, Italian and Portuguese: a
 * sentence in one of them has some. Tested first because it costs a tenth of the verbs' pattern.
 */
const LATIN_FUNCTION_WORD = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]|\b(?:der|die|das|und|sagt|sagte|so|laut|le|la|les|des|du|et|el|los|las|y|il|di|che|os|da|do|em|que|de|ha|ho|dice|disse|segundo|secondo)\b/;
/** Languages read since their batch (nl, pl, sv, da/no, ro, cs, id): behind their own words, after the five above. */
const NEW_LATIN: LanguageCues[] = [dutch, polish, swedish, danishNorwegian, romanian, czech, indonesian, welsh, irish, maltese, afrikaans, albanian, basque];
const NEW_LATIN_GATE = cueGate('lang NEW_LATIN_CUE', NEW_LATIN);
const NEW_LATIN_CUES = languageCueGates('lang NEW_LATIN_CUE', NEW_LATIN);
const ALL_LATIN = [...LATIN, ...NEW_LATIN];

/** A frame this short may be only a name and a verb (`Weber betonte:`), so the verbs are tested. */
const SHORT_FRAME = 80;

/** One test for every script this folder reads beyond Latin; most frames are English and fail it at once. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0531-\u0587\u0590-\u05ff\u0600-\u06ff\u0780-\u07bf\u0900-\u0dff\u0e01-\u0e4e\u0e81-\u0edf\u0f00-\u0fff\u1000-\u109f\u1400-\u167f\u18b0-\u18ff\u1c50-\u1c7f\u2d30-\u2d7f\u10d0-\u10ff\u1200-\u139f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

function languagesFor(frame: string, side: 'after' | 'before'): LanguageCues[] {
  // On a page in Latin script alone the answer is known without a look at the frame (scripts-present.ts).
  const scripts = scriptsOf(frame);
  if (!(scripts & NON_LATIN) || !OTHER_SCRIPT.test(frame)) {
    // After a quote every Latin pattern is anchored at the frame's start and fails at once on other words.
    // (Turkish first there: its only tags after a quote open with its own verbs, `diyor X`, `diyen … X,`.)
    // (Tagalog first where its markers stand, `ani`, `sabi ni`, `niya`, `Ayon kay`, lang/tl.ts.)
    // (Azerbaijani, by its ə, before Turkish, whose letters it shares: its tags follow the quote, lang/az.ts.)
    // (Turkmen beside it, by its own `diýip`, `diýdi`: Turkish reads its ş and would take its tags, lang/tk.ts.)
    // (Crimean Tatar before it, by its ñ, q or `dep` and no ə: Azerbaijani would take `dep <paper>` for a name, lang/crh.ts.)
    const azeri = [...(crimeanTatar.applies(frame) ? [crimeanTatar] : []), ...(azerbaijani.applies(frame) ? [azerbaijani] : []), ...(turkmen.applies(frame) ? [turkmen] : [])];
    // (Hausa, Uzbek and Yoruba where their own words stand, `in ji`, `ya ce`, `dedi`, `sọ pe`, lang/ha.ts, lang/uz.ts, lang/yo.ts.)
    // (Ilocano before Tagalog, whose `ni` it shares: `kinuna ni X`, lang/ilo.ts; Fijian, Romansh, Hawaiian, Scottish Gaelic, Kurmanji by their verbs, lang/fj.ts, rm.ts, haw.ts, gd.ts, ku.ts.)
    const marked = [...(ilocano.applies(frame) ? [ilocano] : []), ...(tagalog.applies(frame) ? [tagalog] : []), ...(hausa.applies(frame) ? [hausa] : []), ...(uzbek.applies(frame) ? [uzbek] : []), ...(yoruba.applies(frame) ? [yoruba] : []), ...(xhosa.applies(frame) ? [xhosa] : []), ...(zulu.applies(frame) ? [zulu] : []), ...(igbo.applies(frame) ? [igbo] : []), ...(swahili.applies(frame) ? [swahili] : []), ...(malagasy.applies(frame) ? [malagasy] : []), ...(kinyarwanda.applies(frame) ? [kinyarwanda] : []), ...(kirundi.applies(frame) ? [kirundi] : []), ...(javanese.applies(frame) ? [javanese] : []), ...(chichewa.applies(frame) ? [chichewa] : []), ...(shona.applies(frame) ? [shona] : []), ...(luganda.applies(frame) ? [luganda] : []), ...(setswana.applies(frame) ? [setswana] : []), ...(sesotho.applies(frame) ? [sesotho] : []), ...(wolof.applies(frame) ? [wolof] : []), ...(maori.applies(frame) ? [maori] : []), ...(cebuano.applies(frame) ? [cebuano] : []), ...(sundanese.applies(frame) ? [sundanese] : []), ...(somali.applies(frame) ? [somali] : []), ...(faroese.applies(frame) ? [faroese] : []), ...(luxembourgish.applies(frame) ? [luxembourgish] : []), ...(frisian.applies(frame) ? [frisian] : []), ...(breton.applies(frame) ? [breton] : []), ...(occitan.applies(frame) ? [occitan] : []), ...(sardinian.applies(frame) ? [sardinian] : []), ...(asturian.applies(frame) ? [asturian] : []), ...(basque.applies(frame) ? [basque] : []), ...(slovenePast.applies(frame) ? [slovenePast] : []), ...(finnishPronoun.applies(frame) ? [finnishPronoun] : []), ...(hungarian.applies(frame) ? [hungarian] : []), ...(haitian.applies(frame) ? [haitian] : []), ...(papiamento.applies(frame) ? [papiamento] : []), ...(vietnamese.applies(frame) ? [vietnamese] : []), ...(oromo.applies(frame) ? [oromo] : []), ...(twi.applies(frame) ? [twi] : []), ...(lingala.applies(frame) ? [lingala] : []), ...(esperanto.applies(frame) ? [esperanto] : []), ...(xitsonga.applies(frame) ? [xitsonga] : []), ...(ewe.applies(frame) ? [ewe] : []), ...(pulaar.applies(frame) ? [pulaar] : []), ...(bambara.applies(frame) ? [bambara] : []), ...(northernSami.applies(frame) ? [northernSami] : []), ...(guarani.applies(frame) ? [guarani] : []), ...(kabyle.applies(frame) ? [kabyle] : []), ...(nahuatl.applies(frame) ? [nahuatl] : []), ...(quechua.applies(frame) ? [quechua] : []), ...(tokPisin.applies(frame) ? [tokPisin] : []), ...(tongan.applies(frame) ? [tongan] : []), ...(samoan.applies(frame) ? [samoan] : []), ...(fijian.applies(frame) ? [fijian] : []), ...(romansh.applies(frame) ? [romansh] : []), ...(hawaiian.applies(frame) ? [hawaiian] : []), ...(scottishGaelic.applies(frame) ? [scottishGaelic] : []), ...(kurmanji.applies(frame) ? [kurmanji] : []), ...(greenlandic.applies(frame) ? [greenlandic] : [])];
    if (side === 'after') return turkish.applies(frame) ? [...azeri, turkish, ...marked, ...ALL_LATIN] : [...azeri, ...marked, ...ALL_LATIN];
    const short = frame.length <= SHORT_FRAME;
    // A long frame with no accented letter and none of these languages' small words is not in one of them.
    const old = (short || LATIN_FUNCTION_WORD.test(frame)) && LATIN_GATE.admits(frame) && cueAt(LATIN_CUES, frame, true) >= 0 ? LATIN.filter((language) => language.applies(frame)) : [];
    const fresh = (short || NEW_LATIN_WORD.test(frame)) && NEW_LATIN_GATE.admits(frame) && cueAt(NEW_LATIN_CUES, frame, true) >= 0 ? NEW_LATIN.filter((language) => language.applies(frame)) : [];
    return turkish.applies(frame) && !uzbek.applies(frame) ? [...azeri, ...marked, ...old, ...fresh, turkish] : [...azeri, ...marked, ...old, ...fresh];
  }
  // Each language's test needs a letter of its script: a script the frame lacks is not even tested.
  if (scripts & GREEK && greek.applies(frame)) return [greek];
  // (Persian after Arabic: `X، رئیس …، هشدار داد:`, `او … گفت:`, lang/fa.ts.)
  // (Urdu by the letters Arabic and Persian lack, lang/hi.ts: `X نے کہا`, Hindi's structure in Arabic script.)
  // (Pashto by its own letters, lang/ps.ts.)
  // (Uyghur by ۇ ۈ ۋ or its ى beside ې ە ھ ۆ, Sorani by ڕ ڵ ێ ە ۆ: before Pashto, whose ې Uyghur writes, lang/ug.ts, lang/ckb.ts.)
  // (Kashmiri first, by its ٲ, ۄ and vowel signs ٚ ٛ: Sorani and Uyghur would read its ێ, ۆ, lang/ks.ts.)
  if (scripts & ARABIC && kashmiri.applies(frame)) return [kashmiri];
  if (scripts & ARABIC && uyghur.applies(frame)) return [uyghur];
  if (scripts & ARABIC && sorani.applies(frame)) return [sorani];
  // (Sindhi by its own letters, before Urdu, whose ھ some Sindhi papers write too, lang/sd.ts.)
  if (scripts & ARABIC && sindhi.applies(frame)) return [sindhi];
  if (scripts & ARABIC && pashto.applies(frame)) return [pashto];
  if (scripts & ARABIC && urdu.applies(frame)) return [urdu];
  if (scripts & ARABIC && (arabic.applies(frame) || persian.applies(frame))) return [persian, arabic].filter((language) => language.applies(frame));
  // (Yiddish by its ligatures, rafe and own words, before Hebrew, whose letters it writes, lang/yi.ts.)
  if (scripts & HEBREW && yiddish.applies(frame)) return [yiddish];
  if (scripts & HEBREW && hebrew.applies(frame)) return [hebrew];
  // (Thaana, Tibetan, syllabics, Ol Chiki, Tifinagh: one language each here, lang/dv.ts, bo.ts, iu.ts, sat.ts, zgh.ts.)
  if (scripts & THAANA_TIBETAN_SYLLABICS) {
    const rare = [dhivehi, tibetan, inuktitut, santali, tamazight].filter((language) => language.applies(frame));
    if (rare.length > 0) return rare;
  }
  if (scripts & THAI && thai.applies(frame)) return [thai];
  if (scripts & THAI && lao.applies(frame)) return [lao];
  // (Bengali first: its danda । is Devanagari's. Gujarati shares its bit, lang/gu.ts.)
  // (Assamese first, by its own ৰ and ৱ and verbs, lang/as.ts; Bengali reads what it leaves.)
  if (scripts & BENGALI && assamese.applies(frame)) return [assamese, bengali];
  if (scripts & BENGALI && bengali.applies(frame)) return [bengali];
  if (scripts & BENGALI && gujarati.applies(frame)) return [gujarati];
  if (scripts & BENGALI && punjabi.applies(frame)) return [punjabi];
  if (scripts & BENGALI && odia.applies(frame)) return [odia];
  // (Nepali first where its own words stand, lang/ne.ts; Hindi after it. Marathi's `ती` is Nepali's "that" too: `ती वृद्धका अनुसार` is Nepali.)
  // (Maithili and Konkani first by their own words, lang/mai.ts, lang/gom.ts: Nepali and Marathi share some of them.)
  if (scripts & DEVANAGARI && hindi.applies(frame)) return maithili.applies(frame) ? [maithili, hindi] : konkani.applies(frame) ? [konkani, hindi] : marathi.applies(frame) && !hasNepaliAccording(frame) ? [marathi, hindi] : nepali.applies(frame) ? [nepali, hindi] : [hindi];
  if (scripts & TAMIL && tamil.applies(frame)) return [tamil];
  const southIndian = scripts & SOUTH_INDIC ? [telugu, kannada, malayalam, sinhala].filter((language) => language.applies(frame)) : [];
  if (southIndian.length > 0) return southIndian;
  // (Tigrinya by its own words before Amharic, whose script it shares, lang/ti.ts.)
  const mainland = scripts & MYANMAR_ETHIOPIC_KHMER ? [burmese, khmer, tigrinya.applies(frame) ? tigrinya : amharic].filter((language) => language.applies(frame)) : [];
  if (mainland.length > 0) return mainland;
  if (scripts & GEORGIAN && georgian.applies(frame)) return [georgian];
  if (scripts & ARMENIAN && armenian.applies(frame)) return [armenian];
  // Kana marks Japanese; Han alone is Chinese.
  if (scripts & KANA && japanese.applies(frame)) return [japanese];
  if (scripts & HANGUL && korean.applies(frame)) return [korean];
  if (scripts & HAN && chinese.applies(frame)) return [chinese];
  // (Bulgarian after Russian and Ukrainian, lang/bg.ts: its verbs are other words.)
  // (Kazakh after both: its tags hold its own verbs, `деді`, `деп …`, lang/kk.ts.)
  // (Mongolian first, by its ө and ү or its own words: a Russian reader would take its body names for people, lang/mn.ts.)
  // (Kyrgyz first, by its own words or ң: Mongolian would read its ө and ү; Belarusian, by its ў, before Russian: lang/ky.ts, lang/be.ts.)
  // (Tatar first, by its own `диде`, `дип`, җ: Kazakh would read its ә and ң, lang/tt.ts.)
  // (Bashkir first, by its ҙ, ҡ or `тине`, `тип`: Kazakh and Tatar would read its ә, ө, ң, lang/ba.ts.)
  // (Chuvash first, by its ӑ, ӗ, ӳ: no other reader knows its verbs, lang/cv.ts.)
  // (Ossetian by its æ, Sakha by its ҕ, ҥ or `диэтэ`, `диир`: Kazakh and Mongolian would read their ө, ү, һ, lang/os.ts, lang/sah.ts.)
  return scripts & CYRILLIC ? [tajik, udmurt, chechen, ossetian, buryat, sakha, chuvash, bashkir, tatar, kyrgyz, mongolian, belarusian, russianUkrainian, bulgarian, kazakh].filter((language) => language.applies(frame)) : [];
}

function firstFound(frame: string, side: 'after' | 'before', read: (language: LanguageCues) => SpeakerPhrase | null): SpeakerPhrase | null {
  // A subject left out is the weakest reading: `, disse a prefeitura.` is Italian `disse` and an adjunct,
  // but Portuguese gives it a subject, so another language's speaker wins over it.
  let leftOut: SpeakerPhrase | null = null;
  for (const language of languagesFor(frame, side)) {
    const found = read(language);
    if (found && !found.dropped) return found;
    leftOut ??= found;
  }
  return leftOut;
}

/**
 * Whether a language read here knows the frame's words (`, según El País`, `, écrit L'Écho…`): its
 * reader found no person on purpose, so no fallback may find one. After a quote only a word opening the frame counts.
 */
function knownCue(written: string, side: 'after' | 'before'): boolean {
  // (`, a encore dit X,`: an adverb between auxiliary and participle, lang/latin.ts.)
  const frame = withoutAuxiliaryAdverb(written);
  const latinAt = LATIN_GATE.admits(frame) ? cueAt(LATIN_CUES, frame) : -1;
  const at = latinAt >= 0 ? latinAt : NEW_LATIN_GATE.admits(frame) ? cueAt(NEW_LATIN_CUES, frame) : -1;
  return at >= 0 && (side === 'before' || at <= 2);
}

/** Whether a language read here knows the words opening a tag after a quote (`, ha aggiunto.`): lang/newlang-introduced.ts. */
export const isReadTag = (frame: string) => knownCue(frame, 'after');

/** Whether a tag after a quote is in one of the languages read since their batch (nl, pl, sv, ro, cs, id, el). */
export function isNewLanguageTag(frame: string): boolean {
  const at = NEW_LATIN_GATE.admits(frame) ? cueAt(NEW_LATIN_CUES, frame) : -1;
  return (at >= 0 && at <= 2) || (mayHold(GREEK, frame) && /^[—–-]?\s*\p{Script=Greek}/u.test(frame) && greek.applies(frame));
}

/** Failing every language, a name right beside the quote (lang/adjacent.ts), in words no language here knows. */
export function speakerAfterInOtherLanguages(written: string): SpeakerPhrase | null {
  return withRanksReadThrough(withoutOutletListener(withoutSaidOnDay(written)), readAfter);
}

export function speakerBeforeInOtherLanguages(written: string): SpeakerPhrase | null {
  // (`মেয়র X Y মঙ্গলবার বলেন`: the day said on is no word of the name, lang/said-on-day.ts.)
  const frame = withoutSaidOnDay(written);
  return withRanksReadThrough(frame, readBefore) ?? dutchRoleLabel(frame);
}

/**
 * `mówi mł. bryg. Jan Kos`, `Mag. Eva Huber, …, sagt:`: when a rank's full stop cut the words short, they are read
 * again with it as no sentence's end; the ranks before the name are its role (rank-abbreviations.ts).
 */
function withRanksReadThrough(written: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const found = read(written);
  if (!written.includes('.')) return found;
  // (Read whole, the name keeps the role its reader or the article gives it: `Verteidiger Mag. X` is a defender.)
  // (`řekl Ing. Petr Svoboda`, `dijo el Ing. Jorge Ruiz`: a reading of the rank alone is read again with it masked.)
  if (found?.kind === 'name' && !found.pronoun && !isRankAlone(found.phrase)) return withRanksRestored(written, found, false);
  // (`el Ing. X` read as a description: the article before a rank opens no description of its own.)
  const frame = withRankDotsMasked(written).replace(isRankAlone(found?.phrase ?? '') ? /(?<=\s)(?:el|la|le|il|lo|o|a|der|die|das)\s+(?=\p{Lu}\S*\u2024)/u : /$^/u, '');
  const masked = frame === written ? null : read(frame);
  return masked?.kind === 'name' && !masked.pronoun ? withRanksRestored(frame, masked) : found;
}

/**
 * `, sier 24-åringen.`, `– dodaje 67-latek, który …`, `, säger 79-åringen och suckar.`: a verb and a noun for the person by their
 * age in digits ("the 24-year-old") stand for the person the sentences before bring in, as a pronoun does.
 */
const AGE_NOUN_TAG = /^[\s,–—-]*\p{Ll}{3,}\s+\d{1,3}-(?:åringen|åringa|åriga|latek|latka|vuotias|aastane|éves|ročný|ročná|letý|letá|jarige|årige)(?![\p{L}])/u;

const agedDescriptor = (frame: string): SpeakerPhrase | null => (AGE_NOUN_TAG.test(frame) ? { ...pronoun('they'), descriptor: true } : null);

function readAfter(frame: string): SpeakerPhrase | null {
  // (`, σημείωσε αξιωματούχος του υπουργείου …, ο οποίος ζήτησε να μην κατονομαστεί.`: someone left unnamed on purpose, anonymity-clause.ts.)
  // (An indefinite after the verb already reads as someone unnamed, with its article: `tõdes üks külaelanik, kes …`.)
  const withheld = unnamedAfter(frame, isNewLanguageTag(frame)) ? null : withheldNameAfterTag(frame);
  if (withheld) return described(withheld);
  const found = accordingOfficeThenName(frame) ?? firstFound(frame, 'after', (language) => language.after(frame)); // (Malay `menurut <office>, X`, before German reads the office as a name.)
  // (`a spus un vecin, care …`, `zegt een oud-collega uit het college`: a reader that took the words after its verb for no
  // subject, or found none, is overruled by an indefinite article or a relative clause there, someone unnamed, lang/adjacent.ts.)
  if (!found || found.dropped) {
    const unnamed = unnamedAfter(frame, isNewLanguageTag(frame));
    if (unnamed) return unnamed;
    // (`, сподели посетителка от Казанлък, …`, `σχολίασε θεατής … από τη Λευκωσία`: someone unnamed from a place, origin-place.ts.)
    const fromPlace = describedFromPlace(frame.replace(/^[\s,–—-]*\p{Ll}+\s+/u, ''));
    if (fromPlace) return described(fromPlace);
  }
  return asSubject(withAgedAnaphor(frame, withDemonstrativeRole(found ?? unlessKnownCue(frame, 'after', adjacentSpeakerAfter(frame)) ?? agedDescriptor(frame))));
}

/** `– zapytała Annę Kowalską.`: a name in an object's case after the verb is whom it was said to; the subject is left out. */
const asSubject = (found: SpeakerPhrase | null): SpeakerPhrase | null => (found?.kind === 'name' && !found.pronoun && isObjectCaseName(found.phrase) ? pronoun('they') : found);

function readBefore(frame: string): SpeakerPhrase | null {
  const found = firstFound(frame, 'before', (language) => language.before(frame));
  // (`Een vaste klant, die …, was kort van stof:`, `… emekli bir öğretmen,`: an unnamed subject, lang/adjacent.ts.)
  if (!found || found.dropped || found.pronoun) {
    const unnamed = unnamedBefore(frame);
    if (unnamed) return unnamed;
  }
  return withAgedAnaphor(frame, withDemonstrativeRole(withoutAccordingClause(frame, found ?? nameWroteBefore(frame) ?? unlessKnownCue(frame, 'before', adjacentSpeakerBefore(frame)) ?? roleNameBeforeColon(frame.trimEnd()) ?? asVerbNameBeforeColon(frame.trimEnd())))); // (`… X portalui „Y“ sakė:`: a listener another language reads as its cue hides no role-name-verb tag; nor `Kā norāda X Y:`, as-verb-name-colon.ts.)
}

/**
 * The fallback's name, unless a language here knows the frame's words. The fallback reads first: it
 * finds nothing on most frames, and then the two big cue patterns are neither run nor compiled.
 */
function unlessKnownCue(frame: string, side: 'after' | 'before', found: SpeakerPhrase | null): SpeakerPhrase | null {
  return found && !knownCue(frame, side) ? found : null;
}

/** Whether a sentence holds a reporting verb or source word of a language read here (`aseguró`, `сказал`, `según`). */
export function speechInOtherLanguages(sentence: string): boolean {
  return languagesFor(sentence, 'before').some((language) => VERB_TESTED.has(language));
}

/** Readers whose cheap test needs one of their reporting verbs; the others' pass any text in their script (see naming-verbs.ts). */
const VERB_TESTED = new Set<LanguageCues>([...ALL_LATIN, greek, persian, russianUkrainian, bulgarian]);

/** `Dodaje: „…”`, `Říká:`: a lone capitalised word before a colon that a language here reads as its reporting verb is no name. */
// (Swahili `Alisema:`, isiZulu `Uthe:`, isiXhosa `Utshilo:`: a verb carrying its subject, capitalised as it opens the sentence.)
export const isReportingVerbAlone = (word: string): boolean => knownCue(` ${word.toLowerCase()}:`, 'before') || [swahili, xhosa, zulu, shona, occitan].some((language) => language.applies(`${word}:`));
