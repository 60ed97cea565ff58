/**
 * Hindi and Urdu, one language in two scripts: `जिलाधिकारी X ने कहा, “…”` / `چیئرمین X نے کہا، “…”`, `X ने बताया कि … ।
 * “…,” उन्होंने कहा।` / `“…،” انہوں نے کہا۔`, `X के मुताबिक` / `X کے مطابق`, `उनका कहना था` / `ان کا کہنا تھا`. Neither script has
 * capitals, so the name is the words right before the agent marker ने / نے (or before "according to"), back to a role
 * noun, an honorific (dropped), a postposition or three words. A pronoun subject after a quote leaves it to the person
 * the sentence before names (a subject left out). Each script's closed word classes are in `WORDS`; the reading is one.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import { epithetDescriptor, isEpithet } from './hindustani-epithet';
import { isDoerParticiple, withoutClauseBeforeAgent } from './hindustani-relative';
import { AUXILIARY, AUXILIARY_AFTER_VERB, GENITIVE, NAME_OPENERS } from './hindustani-closed-words';
import { withoutAgeAfterRole } from './hindustani-aged-role';
import { isAgentNoun } from './hindustani-agent-nouns';

export interface HindustaniWords {
  /** A letter of the script, which every word of a name holds. */
  letter: RegExp;
  /** Letters only this language writes in its script: a frame without one is not read. */
  marker: RegExp;
  /** Marks that end a word run: the script's stops, commas and quotation marks. */
  stops: string;
  agent: string;
  verb: string;
  according: string;
  /** `उनका कहना था`: "his (their) saying was", the subject just introduced. */
  pronounSaying: string;
  /** `X का कहना है`. */
  namedSaying: string;
  /** `“…,” X कहते हैं`: the present of saying, with no agent marker. */
  present?: string;
  /** `“…” यह कहना है X का`: "this is X's saying", after the words; the genitive that closes it (`का`, `کا`). */
  sayingOf?: string;
  sayingOfEnd?: string;
  /** `“…” यह सवाल X ने उठाया`: "this question (these words) X raised", the object opening the tag after the words. */
  theseWords?: string;
  pronounAgent: string;
  one: string;
  roles: Set<string>;
  honorifics: Set<string>;
  /** Forms of address written after a name and dropped from it (Urdu `X صاحب`, Hindi `X जी`). */
  addressAfter?: Set<string>;
  bodies: Set<string>;
  /** Fields written after an office (`उपसंचालक कृषि X`, deputy director of agriculture): part of the role, never a name. */
  fields?: Set<string>;
  /** The reflexive possessive (`X Y अपने बेटे के साथ …`): the words before it are the sentence's subject. */
  reflexive?: string;
  smallWords: Set<string>;
  /** The word after a number of years, "aged" (`61 वर्षीय`), which may stand right before a name; Hindi's by default. */
  aged?: string;
  /** Word endings no name has (Gujarati's genitive `-નું` and locative `-માં` written on the word). */
  notName?: RegExp;
  /** Sets off a marker the language writes on the word (Nepali `गुरुङले` → `गुरुङ ले`), so the words read as Hindi's. */
  normalize?: (text: string) => string;
  /** The word "that" before reported words (`X ने कहा कि “…”`); Hindi's and Urdu's by default, Punjabi's `ਕਿ`. */
  that?: string;
  /** Most words between the agent marker and the verb after a quote (`X ने … खड़े होकर कहा`); five by default. */
  tagGap?: number;
  /**
   * Urdu's reading of a sentence's subject: a lone word after a role before the agent marker is one (otherwise only two
   * words or more are), and `X کا کہنا ہے کہ …` names X before any agent inside the "that" clause.
   */
  loneAfterRole?: boolean;
  /**
   * A compound postposition of place (Urdu `کے کنارے`, "at the edge of"): the word before it is the place, so a name read
   * from the words after a role stops short of it (`استاد X پچ کے کنارے بیٹھے`, X alone).
   */
  placeAfter?: string;
  /** Most words a name's run before the agent holds, roles and qualifiers with it; six by default (Marathi `असे <role> X यांनी`). */
  span?: number;
}

export const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** A word bound to the next by the Urdu (Persian) izafat: a zer or a hamza above on its last letter (`وزیرِ`, `ادارۂ`). */
const IZAFAT = /[\u0650\u0654]$|ۂ$/u;

const HINDI: HindustaniWords = {
  letter: /[\u0900-\u097f]/u,
  marker: /[\u0900-\u097f]/u,
  stops: '।:,“”"',
  agent: 'ने',
  /** Verbs of saying after ने, in the past: कहा, बताया, जोड़ा, लिखा, पूछा, उठाया (a question), दोहराया, स्वीकारा. */
  // (`शिकायत की`, `सवाल किया`: "complained", "asked", a noun and the light verb.)
  verb: '(?:कहा|बताया|जोड़ा|लिखा|पूछा|उठाया|दोहराया|स्वीकारा|स्वीकार\\s+किया|दावा\\s+किया|आरोप\\s+लगाया|चेतावनी\\s+दी|अपील\\s+की|टिप्पणी\\s+की|शिकायत\\s+की|सवाल\\s+किया|जवाब\\s+दिया|उत्तर\\s+दिया)',
  // (`मुताबिक़`: with the nukta, combining or precomposed.)
  according: 'के\\s+(?:मुताबि(?:क\u093c?|\u0958)|अनुसार)',
  // (`… मुस्कुराते हुए वे कहते हैं, “…”`: he/they and the present of saying.)
  pronounSaying: '(?:(?:उनका|उसका|इनका)\\s+(?:कहना|मानना)\\s+(?:है|था|थी)|(?:वे|वह|वो)\\s+(?:कहते|कहती|बताते|बताती)\\s+(?:हैं|है))',
  // (`X कहते हैं, “…”`: a name and the present of saying before the words, too.)
  namedSaying: '(?:का\\s+(?:कहना|मानना)\\s+(?:है|था)|(?:कहते|कहती|बताते|बताती)\\s+(?:हैं|है))',
  pronounAgent: '(?:उन्होंने|उसने)',
  one: 'एक',
  /** Offices and descriptions written before a name; the word before one may qualify it (`विपक्षी पार्षद`). */
  roles: words(
    'जिलाधिकारी पार्षद मंत्री मुख्यमंत्री प्रवक्ता अध्यक्ष अधिकारी निवासी वैज्ञानिक विधायक सांसद आयुक्त प्रधानाचार्य डॉक्टर ' +
      'सचिव निदेशक कलेक्टर महापौर मेयर सरपंच प्रमुख उपाध्यक्ष न्यायाधीश वकील अधिवक्ता प्रबंधक कोच कप्तान शिक्षक शिक्षिका ' +
      'किसान दुकानदार कर्मचारी विशेषज्ञ प्रोफेसर थानाध्यक्ष एसपी डीएम इंस्पेक्टर पुलिसकर्मी ' +
      // Courts, parents and trades (batch 15): `न्यायमूर्ति X`, `अभिभावक X`, `याचिकाकर्ता X`; district officers (batch q-rare).
      'न्यायमूर्ति जस्टिस याचिकाकर्ता अभिभावक छात्र छात्रा व्यापारी ग्रामीण महासचिव संयोजक पत्रकार लेखक कलाकार अभिनेता अभिनेत्री निर्देशक खिलाड़ी ' +
      'उपसंचालक संचालक उपनिदेशक ' +
      // Trades and visitors of a feature story (`61 वर्षीय मल्लाह X`, `पर्यटक X`).
      'नाविक मल्लाह मछुआरा मछुआरे पर्यटक पुजारी शिक्षक शिक्षिका ' +
      // (An entrepreneur and a designer, `युवा उद्यमी X`, `फैशन डिजाइनर X`.)
      'उद्यमी डिजाइनर ' +
      // (A housewife, an engineer, a domestic worker, a driver, a labourer: `गृहिणी X`, `अधीक्षण अभियंता X`, `घरेलू कामगार X`.)
      'गृहिणी अभियंता इंजीनियर कामगार चालक ड्राइवर मजदूर श्रमिक कारीगर ' +
      // (A village head, a district collector as Bihar writes it, the engineer in its conjunct spelling, an office-bearer, a head
      // teacher: `मुखिया X`, `समाहर्ता X`, `अभियन्ता X`, `पदाधिकारी X`, `प्रधानाध्यापक X`.)
      'मुखिया समाहर्ता अभियन्ता पदाधिकारी प्रधानाध्यापक ' +
      // (A technician, a mechanic, an electrician: `युवा तकनीशियन ने बताया`, an occupation, never a name.)
      'तकनीशियन मिस्त्री मैकेनिक इलेक्ट्रीशियन',
  ),
  // (A priest's or an abbot's title, `पंडित X Y`, `महंत X`, is none of the name, as `श्री` is not.)
  honorifics: words('डॉ. डॉ श्री श्रीमती सुश्री कुमारी प्रो. पंडित पं. महंत'),
  fields: words('कृषि शिक्षा स्वास्थ्य राजस्व खाद्य उद्यानिकी पशुपालन'),
  reflexive: '(?:अपने|अपनी|अपना)',
  /** Bodies that speak through statements: `नगर निगम ने … दावा किया`, a council, never a person's name; nor `… करने वाली संस्था X`. */
  bodies: words('निगम प्रशासन सरकार विभाग पुलिस कंपनी मंत्रालय आयोग बोर्ड केंद्र समिति संघ विश्वविद्यालय अस्पताल परिषद बैंक पार्टी संस्था संगठन ट्रस्ट फाउंडेशन'),
  /** Postpositions and other small words that end the name going back (वाला/वाली/वाले close a participle clause). */
  // (`वर्षीय`, "aged", after the number of years: `61 वर्षीय मल्लाह X`.)
  // (`ट्रक चला रहे यादव`: an auxiliary of the verb before a word, `रहे`, `गए`, `हैं`, ends any name going back.)
  // (`कर्मचारी उनके खेत तक …`: a possessive pronoun opens no name either.)
  smallWords: words(
    'के की का में से को पर ने और भी तो कि है था थी ही वाला वाली वाले वर्षीय रहा रहे रही हुआ हुए हुई गया गए गई हैं थे ' +
      'उनके उनकी उनका उसके उसकी उसका इनके इनकी इनका मेरे मेरी मेरा हमारे हमारी हमारा अपने अपनी अपना इसे उसे इन्हें उन्हें',
  ),
  present: '(?:कहते|कहती|बताते|बताती)\\s+(?:हैं|है)',
  sayingOf: 'यह\\s+कहना\\s+(?:है|था)',
  sayingOfEnd: 'का',
  theseWords: '(?:यह|ये)\\s+(?:सवाल|बात|शब्द)',
};

/** Urdu (batch q-rare): the same words in Arabic script, with Urdu's own stop ۔ and comma ،. */
const URDU: HindustaniWords = {
  letter: /[\u0620-\u064a\u0660-\u06d3]/u,
  /** ٹ ڈ ڑ ں ھ ہ ے: Urdu's letters that Arabic and Persian lack. */
  marker: /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u,
  stops: '۔:,،“”"',
  agent: 'نے',
  // (`ہدایت کی`, `تنقید کی`, `وضاحت کی`: "instructed", "criticised", "explained", a noun and کی.)
  verb: '(?:کہا|بتایا|لکھا|پوچھا|دہرایا|سوال\\s+اٹھایا|دعویٰ\\s+کیا|دعوی\\s+کیا|الزام\\s+لگایا|اعتراف\\s+کیا|انکشاف\\s+کیا|اضافہ\\s+کیا|خبردار\\s+کیا|مطالبہ\\s+کیا|اپیل\\s+کی|ہدایت\\s+کی|تنقید\\s+کی|وضاحت\\s+کی|شکایت\\s+کی)',
  according: 'کے\\s+(?:مطابق|بقول)',
  // (`’’…؟‘‘ وہ پوچھتی ہیں۔`: he or she and the present of saying or asking, as in Hindi.)
  pronounSaying: '(?:(?:ان|اس|انکا|اسکا)\\s+(?:کا\\s+)?(?:کہنا|ماننا)\\s+(?:ہے|تھا|تھی)|(?:وہ|یہ)\\s+(?:کہتے|کہتی|بتاتے|بتاتی|پوچھتے|پوچھتی)\\s+(?:ہیں|ہے))',
  namedSaying: '(?:کا\\s+(?:کہنا|ماننا)\\s+(?:ہے|تھا)|(?:کہتے|کہتی|بتاتے|بتاتی|پوچھتے|پوچھتی)\\s+(?:ہیں|ہے))',
  present: '(?:کہتے|کہتی|بتاتے|بتاتی|پوچھتے|پوچھتی)\\s+(?:ہیں|ہے)',
  pronounAgent: '(?:انہوں|انھوں|اس)\\s+نے',
  one: 'ایک',
  roles: words(
    'چیئرمین صدر نائب وزیر وزیراعلیٰ وزیراعظم ترجمان افسر کمشنر ڈائریکٹر سیکرٹری رکن ماہر پروفیسر کسان دکاندار مزدور رہنما ' +
      'جج وکیل کوچ کپتان منیجر مالک شہری استاد طالبعلم میئر ناظم انسپکٹر ایس‌پی ڈی‌سی صحافی مصنف اداکار اداکارہ کھلاڑی ' +
      'استانی رہائشی سربراہ ٹیچر معلمہ انجینئر ' +
      // (Officers, players and traders of a town story: `چیف آفیسر X`, `فاسٹ بولر X`, `کپڑا فروش`.)
      'آفیسر کرکٹر بولر بیٹسمین تاجر ڈرائیور طالبہ فروش ' +
      // (An organiser, an administrator: `منتظم X`, `منتظمہ X`.)
      'منتظم منتظمہ',
  ),
  honorifics: words('ڈاکٹر ڈاکٹر. جناب محترمہ محترم مسٹر مسز حاجی مولانا مفتی علامہ'),
  addressAfter: words('صاحب صاحبہ'),
  bodies: words('کمپنی حکومت محکمہ محکمۂ پولیس وزارت ادارہ اتھارٹی بورڈ کمیشن یونین ایسوسی‌ایشن ایسوسی بینک جماعت عدالت کارپوریشن تنظیم'),
  // (`’…‘ انھوں نے کہا۔ ’…‘`: the pronoun before نے is no one's name; the sentence before says who.)
  // (`کوچ X Y Z کل میدان میں`: a time or a quantifier after a name ends it as a postposition does.)
  smallWords: words(
    'کے کی کا میں سے کو پر نے اور بھی تو کہ ہے تھا تھی ہی والا والی والے جو انہوں انھوں اس وہ یہ جنہوں جنھوں ' +
      'سب ہر کوئی کچھ آج کل اب یہاں وہاں پھر صرف جب',
  ),
  placeAfter: 'کے\\s+(?:کنارے|پاس|سامنے|قریب|اندر|باہر|نیچے|اوپر|پیچھے|درمیان)',
  /** `34 سالہ X Y`: "aged", after the number of years. */
  aged: 'سالہ',
  fields: words('تعلیم صحت خزانہ زراعت داخلہ خوراک بلدیات'),
  reflexive: '(?:اپنے|اپنی|اپنا)',
  loneAfterRole: true,
  // (`“…” یہ کہنا تھا 55 سالہ X Y کا، جو …`: "this was X's saying", the speaker named after the words.)
  sayingOf: 'یہ\\s+(?:کہنا|ماننا)\\s+(?:ہے|تھا)',
  sayingOfEnd: 'کا',
  theseWords: '(?:یہ)\\s+(?:سوال|بات|الفاظ)',
};

export function hindustaniReader(script: HindustaniWords) {
  const word = `[^\\s${script.stops}]+`;
  const run = `(${word}(?:\\s+${word}){0,${(script.span ?? 6) - 1}})`;
  const that = script.that ?? 'कि|کہ';
  // (`ایک مزدور نے، جو …، کہا:`: a comma may follow the agent marker.)
  const agentMark = `\\s+${script.agent}(?=[\\s،,])[\\s،,]*`;
  const gap = (most: number) => `(?:[^\\s${script.stops.replace(/[,:،]/gu, '')}]+\\s+){0,${most}}?`;
  const patterns = lazy(() => ({
    agent: new RegExp(`(?:^|\\s)${run}${agentMark}${gap(12)}${script.verb}(?=[\\s,،:${script.stops[0]}]|$)`, 'gu'),
    according: new RegExp(`(?:^|\\s)${run}\\s+${script.according}(?=\\s|,|،)`, 'gu'),
    pronounSaying: new RegExp(`(?:^|\\s)${script.pronounSaying}[\\s,،:]*(?:(?:${that})[\\s,،:]*)?$`, 'u'),
    // `“…،” ان کا کہنا تھا۔`: the same after the quote.
    pronounSayingAfter: new RegExp(`^[\\s,،]*${script.pronounSaying}(?=[\\s,،${script.stops[0]}.]|$)`, 'u'),
    namedSaying: new RegExp(`(?:^|\\s)${run}\\s+${script.namedSaying}[\\s,،:]*(?:(?:${that})[\\s,،:]*)?$`, 'u'),
    namedSayingThat: new RegExp(`(?:^|\\s)${run}\\s+${script.namedSaying}[\\s,،:]*(?:${that})\\s`, 'u'),
    // `उन्होंने जोड़ा, “…”`: the honorific pronoun and a verb of saying before the words.
    // (`انہوں نے گفتگو کرتے ہوئے کہا کہ ’’…‘‘`: "that" after the verb, as after a name.)
    // (`انہوں نے صحافیوں سے گفتگو کرتے ہوئے کہا`: a participle clause between, as after a name; `उन्होंने लिखा था`, its perfect.)
    pronounBefore: new RegExp(`(?:^|\\s)${script.pronounAgent}\\s+${gap(script.tagGap ?? 5)}${script.verb}(?:\\s+${AUXILIARY_AFTER_VERB})?[\\s,،:]*(?:(?:${that})[\\s,،:]*)?$`, 'u'),
    pronounAfter: new RegExp(`^[\\s,،]*${script.pronounAgent}\\s+${gap(3)}${script.verb}`, 'u'),
    // (`X ने पानी की बाल्टी उठाते हुए कहा`: a participle clause of up to five words between ने and the verb.)
    namedAfter: new RegExp(`^[\\s,،]*${run}${agentMark}${gap(script.tagGap ?? 5)}${script.verb}`, 'u'),
    // (`“…,” नदी के पास बसे टोले के किसान X Y Z ने कहा।`: a longer subject, its place before the role, when the verb closes the
    // sentence; one closing on a comma (`… अभिभावक X Y ने बताया, “…”`) introduces the next quote.)
    namedAfterLong: new RegExp(`^[\\s,،]*(${word}(?:\\s+${word}){0,13})${agentMark}${gap(script.tagGap ?? 5)}${script.verb}\\s*[${script.stops[0]}.]`, 'u'),
    anyVerb: new RegExp(`(?:^|\\s)${run}${agentMark}`, 'u'),
    agents: new RegExp(`(?:^|\\s)${run}${agentMark}`, 'gu'),
    presentAfter: script.present ? new RegExp(`^[\\s,،]*${run}\\s+${script.present}(?=[\\s,،${script.stops[0]}.]|$)`, 'u') : null,
    // (`“…,” कहती हैं समिति की सचिव X Y।`: the verb first, the speaker after it closing the sentence.)
    presentBeforeSpeaker: script.present ? new RegExp(`^[\\s,،]*${script.present}\\s+${run}\\s*(?:[${script.stops[0]}.]|$)`, 'u') : null,
    sayingOfAfter: script.sayingOf ? new RegExp(`^[\\s,،।.]*${script.sayingOf}\\s+(${word}(?:\\s+${word}){0,6}?)\\s+${script.sayingOfEnd ?? 'का'}(?=[\\s,،${script.stops[0]}]|$)`, 'u') : null,
    // (`“…” یہ سوال گاؤں کے X Y نے اٹھایا`: "this question" opening the tag is the object, the subject after it.)
    theseWordsAfter: script.theseWords ? new RegExp(`^[\\s,،।.]*${script.theseWords}\\s+${run}${agentMark}${gap(script.tagGap ?? 5)}[^\\s${script.stops}]+`, 'u') : null,
  }));

  const isRole = (token: string) => script.roles.has(token) || script.roles.has(token.replace(IZAFAT, '')) || isAgentNoun(token);
  // (`کسان X Y کا، جو …`: a small word with a comma or stop after it is still one, no third part of the name.)
  const isStop = (token: string) => isRole(token) || script.honorifics.has(token) || script.smallWords.has(token.replace(/[،,۔।:;]+$/u, '')) || !script.letter.test(token) || /\d/u.test(token) || !!script.notName?.test(token);

  /** The name at the end of `words`, back to a role, honorific or postposition; the role (with one qualifier) kept apart. */
  function nameAtEnd(words: string): SpeakerPhrase | null {
    const tokens = words.trim().split(/\s+/u);
    // (`بھٹی صاحب نے کہا`: a form of address after the name is none of it; nor is an age in brackets, `X Y (61) نے کہا`.)
    while (tokens.length > 1 && (script.addressAfter?.has(tokens.at(-1)!) || /^\(\d{1,3}\)$/u.test(tokens.at(-1)!))) tokens.pop();
    // (`रेडियो चैनल 'Y' ने बताया`: a name in quotation marks right before the agent marker is a station's or a paper's, no person.)
    if (/['‘’"“”]$/u.test(tokens.at(-1) ?? '')) return null;
    // (`मौजूद एक बुजुर्ग किसान ने … कहा`: "one/a" up to three words before the agent marker opens an unnamed person.)
    const one = tokens.lastIndexOf(script.one);
    if (one >= 0 && one >= tokens.length - 4 && one < tokens.length - 1 && !tokens.slice(one + 1).some((token) => script.smallWords.has(token))) return described(tokens.slice(one).join(' '));
    const name: string[] = [];
    while (tokens.length > 0 && name.length < 3 && !isStop(tokens.at(-1)!)) name.unshift(tokens.pop()!);
    // (`وزیرِ تعلیم X Y`: a word after one ending in the izafat's zer or hamza is that word's complement, part of the role.)
    while (name.length > 2 && IZAFAT.test(tokens.at(-1) ?? '')) tokens.push(name.shift()!);
    // (`उपसंचालक कृषि X Y`: a field right after an office is the office's; `محکمۂ صحت` keeps its field, a body's name.)
    if (name.length > 1 && script.fields?.has(name[0]!) && isRole(tokens.at(-1) ?? '')) tokens.push(name.shift()!);
    while (tokens.length > 0 && script.honorifics.has(tokens.at(-1)!)) tokens.pop();
    withoutAgeAfterRole(tokens, script.aged ?? 'वर्षीय', isRole);
    const ownedRole = roleAfterGenitive(tokens, name);
    if (ownedRole) return person(name.join(' '), ownedRole);
    // (`कंकड़बाग के निवासी X`: the word before a role is its qualifier unless a postposition ends it; Urdu `ماہر معاشیات X`:
    // a role noun and the field after it.)
    const last = tokens.length - 1;
    const roleAt = last >= 0 && isRole(tokens[last]!) ? last : last >= 1 && isRole(tokens[last - 1]!) && !script.smallWords.has(tokens[last]!) && script.letter.test(tokens[last]!) ? last - 1 : -1;
    // (`55 سالہ کسان X`: the age word is no qualifier of the role.)
    const qualified = roleAt > 0 && roleAt === last && !script.smallWords.has(tokens[roleAt - 1]!) && tokens[roleAt - 1] !== (script.aged ?? 'वर्षीय') && !/[:\d]/u.test(tokens[roleAt - 1]!) ? roleAt - 1 : roleAt;
    if (name.some((token) => script.bodies.has(token))) return described(name.join(' '));
    // (`کمپنی کے ترجمان نے بتایا`, `ترجمان نے کہا`, `प्रवक्ता ने कहा`: a role noun with no name after it is its unnamed holder
    // unless the text introduced someone with it (`मंत्री ने कहा` after `मंत्री राजेश वर्मा`), lang/unnamed-office.ts.)
    // (`बुज़ुर्ग कलाकार ने कहा`: an epithet of age before the noun points back at someone named, lang/hindustani-epithet.ts.)
    if (name.length === 0) return roleAt === last && last >= 0 ? (roleAt > 0 && isEpithet(tokens[roleAt - 1]!) ? epithetDescriptor() : { ...described(tokens[roleAt]!)!, role: tokens[roleAt]!, office: true }) : null;
    // A lone word (`गुप्ता ने कहा`) is kept for attribute.ts to read as the family name of someone named in full before (fuller-names.ts), or no one.
    return person(name.join(' '), roleAt >= 0 ? tokens.slice(qualified).join(' ') : null);
  }

  /**
   * `منصوبے کی منتظم X Y نے بتایا` ("the project's organiser X Y"): three words right after a genitive postposition are the
   * owned noun, a role no list holds, and a two-word name; the noun comes off the name (`name` loses it). Not when the first
   * word opens names (`گاؤں کے محمد علی خان`).
   */
  function roleAfterGenitive(tokens: string[], name: string[]): string | null {
    if (name.length !== 3 || !GENITIVE.test(tokens.at(-1) ?? '') || NAME_OPENERS.has(name[0]!) || isRole(name[0]!)) return null;
    return name.shift()!;
  }

  /** `न्यायमूर्ति X की एकल पीठ ने कहा`: a judge's bench speaks for its judge, the owner before की. */
  const BENCH = /^(.*\S)\s+की\s+(?:\S+\s+)?(?:पीठ|खंडपीठ|बेंच)$/u;
  const speakerOf = (words: string) => nameAtEnd(BENCH.exec(words.trim())?.[1] ?? words);

  function lastMatch(pattern: RegExp, frame: string): RegExpExecArray | null {
    pattern.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let match = pattern.exec(frame); match; match = pattern.exec(frame)) last = match;
    return last;
  }

  // (`X Y, जो …, ने कहा`: a clause between the name and the agent marker is dropped, hindustani-relative.ts.)
  const plain = (text: string) => withoutClauseBeforeAgent(script.normalize?.(text) ?? text, script.agent);
  const cues: LanguageCues = {
    applies: (frame) => script.marker.test(frame),
    after(written) {
      const frame = plain(written);
      const { pronounAfter, pronounSayingAfter, namedAfter } = patterns();
      // `“…,” उन्होंने कहा।`: the honorific pronoun gives no gender; the subject is the one just introduced.
      if (pronounAfter.test(frame) || pronounSayingAfter.test(frame)) return pronoun('they');
      const theseWords = patterns().theseWordsAfter?.exec(frame);
      if (theseWords) return speakerOf(theseWords[1]!);
      // (`“…” अजय ने जवाब दिया, “…”`: a tag closing on a comma or colon introduces the next words, not these.)
      // (`“…”, X ने कहा, “…”`: a verb of saying, not of answering, makes the tag an incise, both parts the speaker's.)
      const named = /[,،:]\s*$/u.test(frame) && /(?:जवाब|उत्तर|جواب)\s+(?:दिया|دیا)[,،:]\s*$/u.test(frame) ? null : namedAfter.exec(frame) ?? patterns().namedAfterLong.exec(frame);
      if (named) return speakerOf(named[1]!);
      // (`“…,” मोहन कहते हैं`, `“…” यह कहना है 61 वर्षीय मल्लाह X Y का`.)
      const present = patterns().presentAfter?.exec(frame) ?? patterns().sayingOfAfter?.exec(frame) ?? patterns().presentBeforeSpeaker?.exec(frame);
      // (`“…,” अमित मुस्कुराते हुए बताते हैं`: a participle of manner, "smiling", between the name and the verb is no part of the name.)
      return present ? speakerOf(present[1]!.replace(/\s+\S+(?:ते|ती)\s+(?:हुए|हुई)$/u, '')) : null;
    },
    before(written) {
      const frame = plain(written);
      const { agent, according, pronounSaying, namedSaying, pronounBefore } = patterns();
      if (pronounSaying.test(frame) || pronounBefore.test(frame)) return pronoun('they');
      const saying = namedSaying.exec(frame);
      if (saying) return speakerOf(saying[1]!);
      const found = lastMatch(agent, frame) ?? lastMatch(according, frame);
      return found ? speakerOf(found[1]!) : null;
    },
  };

  /** `वरिष्ठ अधिवक्ता X ने दलील दी कि …।`: the person a sentence names before the agent marker, whatever the verb. */
  function subject(written: string): SpeakerPhrase | null {
    const sentence = plain(written);
    // (Urdu `<role> X Y کا کہنا ہے کہ نئے ٹیکس نے …`: the one whose saying the sentence reports, not an agent inside the "that" clause.)
    const saying = script.loneAfterRole ? patterns().namedSayingThat.exec(sentence) : null;
    const said = saying ? speakerOf(saying[1]!) : null;
    if (said?.kind === 'name') return said;
    const agent = patterns().anyVerb.exec(sentence);
    const found = agent ? speakerOf(agent[1]!) : null;
    // (Urdu `یونین کے صدر X نے اعلان کیا`: one word right after a role is a family name too, the person named in full before.)
    const named = found?.kind === 'name' && (found.phrase.includes(' ') || (script.loneAfterRole && !!found.role));
    return named ? found : (agent ? null : roleThenName(sentence));
  }

  /**
   * `… बाजार के दुकानदार X Y चालीस बरस से … बैठते हैं।`: with no agent marker, a role noun and the two words after it
   * (three when a postposition follows the third) are the sentence's subject; so are they after the age (`52 वर्षीय X Y`).
   */
  function roleThenName(sentence: string): SpeakerPhrase | null {
    // (`संयोजक डॉ. X Y …`: an honorific right after the role is none of the name.)
    const tokens = sentence.trim().split(/\s+/u).filter((token, i, all) => !(i > 0 && script.honorifics.has(token) && isRole(all[i - 1]!)));
    // (`नाव चलाने वाले X Y`, `पंडित X Y`: a doer's participle or a title opens the name as the age word does, with no role.)
    const aged = (token: string, i: number) => token === (script.aged ?? 'वर्षीय') || isDoerParticiple(tokens, i) || script.honorifics.has(token);
    const at = tokens.findIndex((token, i) => (isRole(token) || aged(token, i)) && [1, 2].every((k) => mayBeGivenName(tokens[i + k] ?? '')));
    if (at >= 0) return person(nameAfterRole(tokens, at).join(' '), aged(tokens[at]!, at) ? null : tokens[at]!);
    // (`पंडित X इसे … मानते हैं`: one word after a title before a stop is the family name of someone named in full before.)
    const titled = tokens.findIndex((token, i) => script.honorifics.has(token) && mayBeGivenName(tokens[i + 1] ?? '') && isStop(tokens[i + 2] ?? '।'));
    if (titled >= 0) return person(tokens[titled + 1]!, null);
    // (`गाँव की X Y (38) के पति …`: two words before an age in brackets; `… में X Y अपने बेटे के साथ …`: before the reflexive.)
    const reflexive = script.reflexive ? new RegExp(`^${script.reflexive}$`, 'u') : null;
    const end = tokens.findIndex((token, i) => i >= 2 && (/^\(\d{1,3}\)/u.test(token) || !!reflexive?.test(token)) && [1, 2].every((k) => mayBeGivenName(tokens[i - k]!)) && (i === 2 || isStop(tokens[i - 3]!)));
    return end < 0 ? null : person(tokens.slice(end - 2, end).join(' '), null);
  }

  /** The two words after the role or age at `at` (three when a stop follows the third; one before a place's postposition). */
  function nameAfterRole(tokens: string[], at: number): string[] {
    // (`अध्यक्ष X Y Z उस दिन …`: a word before `दिन`, "day", or `रात`, "night", is a time, no name; the third word before it is.)
    const timeAfter = /^(?:दिन|रात|राति)$/u.test(tokens[at + 5] ?? '');
    // (`52 वर्षीय X Y बताती हैं कि …`: a word before the auxiliary "is/was" is the verb, no third part of the name.)
    const verbBefore = AUXILIARY.test(tokens[at + 4] ?? '');
    const size = mayBeGivenName(tokens[at + 3] ?? '') && (isStop(tokens[at + 4] ?? '।') || timeAfter) && !verbBefore ? 3 : 2;
    const place = !!script.placeAfter && new RegExp(`^${script.placeAfter}(?:\\s|$)`, 'u').test(tokens.slice(at + 1 + size).join(' '));
    return tokens.slice(at + 1, at + (place ? size : 1 + size));
  }

  /**
   * `شاہد نے بتایا` after `فاسٹ بولر شاہد رفیق`, `بھٹہ` after `استاد غلام سرور بھٹہ (64)`: a short name (one word or two) is
   * the first name the text wrote in full after a role, an honorific or an age that holds it; null when none does.
   */
  function introducedInFull(before: string, short: string): string | null {
    const tokens = before.split(/\s+/u).filter(Boolean);
    const wanted = short.split(/\s+/u);
    for (let at = 0; at < tokens.length - 2; at++) {
      if (!introducesName(tokens[at]!) || ![1, 2].every((k) => mayBeGivenName(tokens[at + k]!))) continue;
      const name = nameAfterRole(tokens, at);
      const from = name.indexOf(wanted[0]!);
      if (name.length > wanted.length && from >= 0 && wanted.every((word, k) => name[from + k] === word)) return name.join(' ');
    }
    // (`رکن صوبائی اسمبلی چوہدری فیصل وڑائچ نے …`: else the subject of an agent marker, read back from it as the cues read it.)
    for (const match of before.matchAll(patterns().agents)) {
      const found = speakerOf(match[1]!);
      const name = found?.kind === 'name' ? found.phrase.split(' ') : [];
      const from = name.indexOf(wanted[0]!);
      if (name.length > wanted.length && from >= 0 && wanted.every((word, k) => name[from + k] === word)) return name.join(' ');
    }
    return null;
  }

  /** Whether a word before a family name may be a given name: no role, honorific, postposition or other small word. */
  const mayBeGivenName = (token: string) => !isStop(token) && !script.bodies.has(token) && !script.fields?.has(token);

  /** `संघ के अध्यक्ष मनोज गुप्ता`: the role written right before a name (`upToName` ends with it), or null. */
  function roleBefore(upToName: string, name: string): string | null {
    const found = nameAtEnd(upToName);
    return found?.kind === 'name' && found.phrase === name ? (found.role ?? null) : null;
  }

  /** Whether a word may stand right before a name the text introduces: a role, an honorific or the age word (`61 वर्षीय`). */
  const introducesName = (token: string) => isRole(token) || script.honorifics.has(token) || token === (script.aged ?? 'वर्षीय') || /^(?:वाला|वाले|वाली)$/u.test(token);

  return { cues, subject, mayBeGivenName, roleBefore, introducesName, introducedInFull };
}

const hindiReader = hindustaniReader(HINDI);
const urduReader = hindustaniReader(URDU);
export const hindi = hindiReader.cues;
export const urdu = urduReader.cues;
export const hindiSubject = hindiReader.subject;
export const urduSubject = urduReader.subject;
export const mayBeHindiGivenName = hindiReader.mayBeGivenName;
export const hindustaniRoleBefore = (upToName: string, name: string) => (/\p{Script=Arabic}/u.test(name) ? urduReader : hindiReader).roleBefore(upToName, name);
export const introducesHindiName = hindiReader.introducesName;
/** For fuller-names.ts: an Urdu short name's full form, as the text introduced it. */
export const urduIntroducedInFull = urduReader.introducedInFull;
