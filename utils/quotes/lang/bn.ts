/**
 * Bengali (batch q-rare): `<body>-এর <role> X বলেন, “…”`, `X জানান, “…”`, `তিনি আরও বলেন, “…”`, after a quote `“…,” বলেন
 * তিনি।` or `বলেন অধ্যাপক X।` (the verb before its subject) and `“…,” X বলেন।`. The script has no capitals, so the name is
 * read by structure: the words right before the verb of saying (or right after it, inverted), back to a role noun, an
 * honorific (dropped), a word in the genitive (`হাসপাতালের`: whose the role is) or four words. তিনি / সে / উনি are a
 * subject the sentence before introduced; `এক` / `একজন` ("a", "one") before the noun leaves the speaker unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const BENGALI = /[\u0980-\u09ff]/u;
/** Verbs of saying in the honorific third person (present, past, perfect) and with a light verb: বলেন, জানান, যোগ করেন. */
const VERB =
  '(?:বলেন|বলেছেন|বললেন|বলছেন|বলেছিলেন|বলছিলেন|জানান|জানিয়েছেন|জানালেন|জানাচ্ছেন|জানিয়েছিলেন|' +
  '(?:যোগ|উল্লেখ|মন্তব্য|প্রশ্ন|দাবি|অভিযোগ|স্বীকার|অনুরোধ|আহ্বান)\\s+(?:করেন|করেছেন|করলেন)|(?:আশ্বাস|বর্ণনা|ঘোষণা)\\s+(?:দেন|দিয়েছেন|দিলেন)|সতর্ক\\s+করেন)';
/**
 * The plain (non-honorific) forms, used of children and in quoting the young: `X বলে, “…”` ("X says"), `বলল`, `বলেছে`, `জানায়`.
 * `বলে` alone is also the quotative "that" (`… বলে জানান`), so it counts only right before the comma or colon of a quote.
 */
const PLAIN_VERB = '(?:বলল|বলেছে|বলছে|জানায়|জানাল|জানিয়েছে|বলে(?=\\s*[,:]))';
const PRONOUN = '(?:তিনি|তিনিও|সে|উনি)';
/** "These words", "this", "so" as the object of a verb of saying after a quote (`’—কথাগুলো বলছিলেন X।`, `’ এ কথা বলেন X।`). */
const THESE_WORDS = '(?:কথাগুলো|কথাগুলি|এ\\s+কথা|এই\\s+কথা|এসব\\s+কথা|এমনটাই|এমনটা|এভাবেই)';
/**
 * An outlet named as the listener (`X বার্তা সংস্থা Yকে বলেন`, "X told the news agency Y"): the outlet's noun before the
 * dative goes with it, never part of the speaker's name.
 */
const OUTLET_NOUNS = new Set('বার্তা সংস্থা সংবাদ সংবাদমাধ্যম সংবাদপত্র পত্রিকা দৈনিক টেলিভিশন চ্যানেল অনলাইন পোর্টাল রেডিও'.split(' '));
/** Offices and occupations written before a name (`পরিচালক X`, `মুখপাত্র X`); nouns for experts end in -বিদ, lawyers in -জীবী. */
const ROLES = new Set(
  ('পরিচালক মহাপরিচালক মুখপাত্র সভাপতি সম্পাদক প্রশাসক মন্ত্রী প্রতিমন্ত্রী উপদেষ্টা চেয়ারম্যান মেয়র কাউন্সিলর কর্মকর্তা চিকিৎসক ' +
    'অধ্যাপক শিক্ষক কৃষক ব্যবসায়ী কর্মী বাসিন্দা বিশেষজ্ঞ বিজ্ঞানী সচিব উপাচার্য অধ্যক্ষ কোচ অধিনায়ক ব্যবস্থাপক বিচারক চালক ' +
    'শ্রমিক নেতা সদস্য সাংসদ ইউএনও ওসি সুপার কমিশনার প্রকৌশলী নির্বাহী সমন্বয়ক গবেষক সাংবাদিক লেখক শিল্পী খেলোয়াড় ' +
    'ডেপুটি অ্যাটর্নি জেনারেল ব্যারিস্টার অ্যাডভোকেট কৌঁসুলি সংগঠক আহ্বায়ক ' +
    'অভিনেতা অভিনেত্রী নায়ক নায়িকা গায়ক গায়িকা অপারেটর নেত্রী শ্রমিকনেতা শ্রমিকনেত্রী উপসহকারী উপপরিচালক দিনমজুর রিকশাচালক গৃহিণী দোকানি ' +
    'প্রধান উপ সহকারী জ্যেষ্ঠ ভারপ্রাপ্ত শিক্ষার্থী ছাত্র ছাত্রী অভিভাবক মহাব্যবস্থাপক ব্যবস্থাপনা').split(' '),
);
// (`ধানচাষি`, `মৎস্যচাষী`: "rice farmer", "fish farmer", a crop glued before -চাষি is a farmer of it.)
const ROLE_SHAPE = /(?:বিদ|জীবী|চাষি|চাষী)$/u;
const HONORIFICS = new Set('ডা. ডাঃ ড. জনাব মিসেস শ্রী শ্রীমতী মাওলানা হাজী'.split(' '));
/** Bodies that speak through statements (`অধিদপ্তর জানায়`): a description, never a person's name. */
const BODIES = new Set('অধিদপ্তর মন্ত্রণালয় সরকার পুলিশ কর্তৃপক্ষ হাসপাতাল করপোরেশন বিভাগ কমিশন সমিতি সংস্থা দপ্তর'.split(' '));
/**
 * Small words that end a name going back: and, also, more, this, then, to/with; with the pronouns; and the postpositions
 * after a genitive (`রায়ের পর X বলেন`, "after the verdict X said"; `দোকানিদের পক্ষে X`, "on the shopkeepers' behalf"); and
 * conditionals ("when asked").
 */
const SMALL = new Set(
  ('ও এবং আরও এ এই ওই সেই উক্ত সে সময় এসময় তখন পরে আজ গতকাল তিনি তিনিও উনি এক একজন যে যা কিন্তু তবে অবশ্য অবশ্যই আবার এখন নিজেই ' +
    'পর আগে শেষে পক্ষে বিষয়ে সম্পর্কে কাছে মধ্যে জন্য সঙ্গে সাথে দিকে মাধ্যমে ' +
    // (`জানতে চাইলে X বলেন`, "when asked, X said": a conditional verb before the name is none of it.)
    'চাইলে করলে হলে ' +
    // (`৭২ বছর বয়সী X Y`: "aged 72 years" before a name is none of it; `উদ্বোধনী বক্তব্যে`, "in the opening speech", the
    // occasion's adjective before its noun in the locative.)
    'বছর বয়সী বছরের উদ্বোধনী সমাপনী স্বাগত ' +
    // (`X রবিবার ঘাটে বসে বলেন`: the day he spoke, between the name and the verb, is none of it.)
    'রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার').split(' '),
);
/** "This", "that", "the said" before a role (`এই আইনজীবী`, "this lawyer"): the person the text already named with it. */
const DEMONSTRATIVE = new Set('এই ওই সেই উক্ত'.split(' '));
/** A word in the genitive (`হাসপাতালের`, `অধিদপ্তরের`) or the dative (`সাংবাদিকদের`, `প্রতিবেদককে`) is whose or to whom, no name. */
const CASE_ENDING = /(?:ের|দের|কে)$/u;

/** `নাম প্রকাশ না করার শর্তে` ("on condition his name not be published"), `নাম প্রকাশে অনিচ্ছুক` ("unwilling to be named"). */
const ANONYMITY = /\s*নাম\s+(?:প্রকাশ\s+না\s+করার\s+শর্তে|প্রকাশ\s+না\s+করে|প্রকাশে\s+অনিচ্ছুক)$/u;

/** A word in the locative (`ঘটনাস্থলে`, "at the scene"; `হাসপাতালে`) or a participle of manner (`হেসে`): where or how, no name. */
const LOCATIVE = /^[\u0980-\u09ff]{3,}\u09c7$/u;

/** A postposition or participle in -ে (`পাশে`, "beside"; `বসে`, "sitting"): no name's last word, no role. */
const IN_E = /^[\u0980-\u09ff]{2,}\u09c7$/u;

/** A noun in the locative, `-এ` (`ঘটনাস্থলে`) or `-য়` after a long vowel (`পালায়`, "in the play"); not `রায়`, too short. */
const isLocativeNoun = (word: string) => LOCATIVE.test(word) || /^[\u0980-\u09ff]{2,}া(?:য়|য়)$/u.test(word);
// (`চা-দোকানি`, "tea-shopkeeper"; `মাছ-ব্যবসায়ী`, "fish trader": a compound written with a hyphen is the role its last part is.)
const isRole = (word: string) => ROLES.has(word) || ROLE_SHAPE.test(word) || (word.includes('-') && ROLES.has(word.slice(word.lastIndexOf('-') + 1)));
/** Whether a word is a verb of saying (`বলেন`, `জানান`), no name's last word (for lang/bn-fuller-name.ts). */
const sayingVerb = lazy(() => new RegExp(`^(?:${VERB}|${PLAIN_VERB})$`, 'u'));
export const isBengaliSayingVerb = (word: string) => sayingVerb().test(word);
/** Whether a word is an office or occupation written before a name (for lang/bn-fuller-name.ts). */
export const isBengaliRole = (word: string) => isRole(word);
const isNameWord = (word: string) => BENGALI.test(word) && !/^[(（]/u.test(word) && !/[\d০-৯]/u.test(word) && !isRole(word) && !HONORIFICS.has(word) && !SMALL.has(word) && !CASE_ENDING.test(word);

const patterns = lazy(() => ({
  before: new RegExp(`(?:^|[\\s,।:])([^\\s,।:“”"]+(?:\\s+[^\\s,।:“”"]+){0,9}?)\\s+(?:${VERB}|${PLAIN_VERB})\\s*[,:]?\\s*$`, 'u'),
  // (`তিনি পরে নতুন পরিকল্পনার কথা জানান:`: up to four words, what he spoke of, between the pronoun and the verb.)
  // (`… তিনি কেঁদে ফেলেন বলে জানান।` and a quote as the next paragraph: the sentence that reports his words introduces it.)
  pronounBefore: new RegExp(`(?:^|[\\s,।])${PRONOUN}(?:\\s+[^\\s,।:“”"]+){0,4}?\\s+${VERB}\\s*[,:।]?\\s*$`, 'u'),
  // (`’ বললেন … শিক্ষার্থী X Y, ‘…’`: the subject after the verb may end at the comma before the quote goes on.)
  // (`’ কেঁদে বললেন তিনি।`: a participle of manner, "weeping", may come before the verb.)
  // (`’—কথাগুলো বলছিলেন X গ্রামের Y Z।`: a dash and "these words", the object, may open the tag before the verb.)
  // (`’ হাসতে হাসতে বললেন তিনি।`: the participle doubled, "laughing and laughing".)
  // (`’ স্থানীয় রেডিও X-কে বলেন Y Z।`: whom it was told, a listener in the dative up to five words, before the verb.)
  invertedAfter: new RegExp(`^[\\s,—–-]*(?:${THESE_WORDS}\\s+)?(?:(?:[^\\s,।‘’“”]+\\s+){0,4}[^\\s,।‘’“”]+কে\\s+)?(?:[^\\s,।‘’“”]+(?:ে|য়ে)\\s+){0,2}${VERB}\\s+([^,।:“”"‘’]+?)\\s*(?:[।.]|,\\s*[‘“]|,?\\s*$)`, 'u'),
  // (`কৃষক X Y (৫৮) শুক্রবার নিজের খেতে দাঁড়িয়ে বলেন, “…”`: the age in brackets closes the name; when, where and how he
  // spoke may stand between it and the verb.)
  agedBefore: new RegExp(`(?:^|[\\s,।:])([^\\s,।:“”"]+(?:\\s+[^\\s,।:“”"]+){0,5}?)\\s+\\([০-৯\\d]{1,3}\\)((?:\\s+[^\\s,।:“”"()]+){1,8}?)\\s+${VERB}\\s*[,:]?\\s*$`, 'u'),
  // (`একজন সদস্য নাম প্রকাশ না করার শর্তে বলেন, এমন বৈঠক আগেও হয়েছে। “…”`: a sentence giving the gist of what someone said
  // opens the quote after it; the words before its verb are the speaker.)
  gistBefore: new RegExp(`(?:^|[\\s,।:])([^\\s,।:“”"]+(?:\\s+[^\\s,।:“”"]+){0,9}?)\\s+${VERB}\\s*,[^।“”"‘’]+।\\s*$`, 'u'),
  // `চিকিৎসক X-এর মতে, ‘…’`, `X-এর ভাষ্য, ‘…’`: "in X's opinion", "X's account", the owner in the genitive.
  according: new RegExp(`(?:^|[\\s,।])([^\\s,।:“”"‘’]+(?:\\s+[^\\s,।:“”"‘’]+){0,5}?)\\s+(?:মতে|ভাষ্য|ভাষ্যমতে|ভাষায়)\\s*[,:]?\\s*$`, 'u'),
  // (`বাজারের এক দোকানি … বলে জানান।` and a quote as the next paragraph: someone unnamed, whom the sentence opens with.)
  unnamedReport: new RegExp(`^\\s*(?:[^\\s,।:“”"]+\\s+){0,2}((?:এক|একজন)\\s+[^\\s,।:“”"]+)(?:\\s+[^\\s,।:“”"]+){0,8}\\s+${VERB}\\s*।\\s*$`, 'u'),
  // (`‘…,’ তিনি বলেন, ‘…’`: the tag may stand between the two parts of one quote, a comma and the quote going on after it.)
  namedAfter: new RegExp(`^[\\s,]*([^,।:“”"]+?)\\s+${VERB}\\s*(?:[।.]|,\\s*[‘“]|$)`, 'u'),
  // (`‘…,’ তিনি বলেন, ‘…’`: a pronoun tag closing on a comma between two parts; a named one there opens the next quote.)
  pronounIncise: new RegExp(`^[\\s,]*${PRONOUN}\\s+${VERB}\\s*,\\s*$`, 'u'),
}));

/**
 * Whether the last word, shaped like a genitive (`-ের`, `-দের`), is a name's last word (`নাসের`, `তাহের`): it follows a role (or a
 * bracket, an honorific) and one to three name words, and only the verb, a place (`ঘটনাস্থলে`) or a listener (`সাংবাদিকদের`)
 * comes after it. A genitive owned by a postposition or a noun after it (`X-এর সঙ্গে`, `X-এর বৈঠকের পর`) is none.
 */
function endsAsGenitive(tokens: string[], after: string | undefined): boolean {
  const last = tokens.at(-1) ?? '';
  if (!/ের$/u.test(last) || isRole(last.replace(/(?:দের|ের)$/u, '')) || !BENGALI.test(last)) return false;
  if (after !== undefined && (SMALL.has(after) || (!LOCATIVE.test(after) && !/(?:দের|কে)$/u.test(after)))) return false;
  let at = tokens.length - 2;
  while (at >= 0 && at > tokens.length - 5 && isNameWord(tokens[at]!)) at--;
  return at < tokens.length - 2 && at >= 0 && (isRole(tokens[at]!) || HONORIFICS.has(tokens[at]!) || /[)）]$/u.test(tokens[at]!));
}

/** The person the words before (or after) a verb of saying name, with the role written before the name. */
function nameIn(words: string): SpeakerPhrase | null {
  // (`একজন দোকানি নাম প্রকাশ না করে আমাদের বলেন`: whom it was told and the asking for anonymity come off first.)
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  let after: string | undefined;
  while (tokens.length > 1 && (SMALL.has(tokens.at(-1)!) || CASE_ENDING.test(tokens.at(-1)!)) && !endsAsGenitive(tokens, after)) after = tokens.pop();
  if (after?.endsWith('কে')) while (tokens.length > 1 && OUTLET_NOUNS.has(tokens.at(-1)!)) tokens.pop();
  // (`X সময়ের আলো টেলিভিশনকে বলেন`: a genitive and a noun before the outlet's dative noun are the outlet's title, "Light of the Times".)
  if (after && OUTLET_NOUNS.has(after.replace(/কে$/u, '')) && tokens.length > 2 && /ের$/u.test(tokens.at(-2)!)) after = tokens.pop();
  const anonymous = ANONYMITY.exec(tokens.join(' '));
  if (anonymous) tokens.splice(tokens.length - anonymous[0].trim().split(/\s+/u).length);
  if (tokens.length === 1 && /^(?:তিনি|তিনিও|সে|উনি)$/u.test(tokens[0]!)) return pronoun('they');
  // (`এক রোগীর স্বজন বলেন`: "one" up to four words before the verb opens an unnamed person.)
  const one = tokens.findIndex((word) => word === 'এক' || word === 'একজন');
  if (one >= 0 && one >= tokens.length - 4 && one < tokens.length - 1) return described(tokens.slice(one).join(' '));
  // Words to whom, where or when it was said, after the name (`X সাংবাদিকদের বলেন`, `X ঘটনাস্থলে বলেন`, `X এ সময় বলেন`).
  // (`X ঘাটে বসে বলেন`: a participle of two letters and -ে, "sitting", goes too.)
  while (tokens.length > 1 && (SMALL.has(tokens.at(-1)!) || CASE_ENDING.test(tokens.at(-1)!) || IN_E.test(tokens.at(-1)!)) && !endsAsGenitive(tokens, after)) after = tokens.pop();
  const name: string[] = [];
  if (endsAsGenitive(tokens, after)) name.unshift(tokens.pop()!);
  // (`খেতের পাশে বসে X Y বলছিলেন`: a postposition or participle in -ে, "beside", "sitting", before two name words ends the name.)
  while (tokens.length > 0 && name.length < 4 && isNameWord(tokens.at(-1)!) && !(name.length >= 2 && IN_E.test(tokens.at(-1)!))) name.unshift(tokens.pop()!);
  while (tokens.length > 0 && HONORIFICS.has(tokens.at(-1)!)) tokens.pop();
  // (`নির্বাহী কর্মকর্তা (ইউএনও) X`: the office's short form in brackets after it goes with the role.)
  const short = tokens.length >= 2 && /^[(（][\u0980-\u09ff.]+[)）]$/u.test(tokens.at(-1)!) && isRole(tokens.at(-2)!) ? tokens.pop()! : '';
  let roleStart = tokens.length;
  while (roleStart > 0 && isRole(tokens[roleStart - 1]!)) roleStart--;
  // (`হাসপাতালের তত্ত্বাবধায়ক X`: a word no list holds between a genitive, whose it is, and the name is the role.)
  if (roleStart === tokens.length && tokens.length >= 2 && /ের$/u.test(tokens.at(-2)!) && BENGALI.test(tokens.at(-1)!) && !SMALL.has(tokens.at(-1)!) && !IN_E.test(tokens.at(-1)!)) roleStart--;
  const role = [...tokens.slice(roleStart), short].filter(Boolean).join(' ') || null;
  if (name.some((word) => BODIES.has(word))) return described(name.join(' '));
  // (`বললেন ৬০ বছর বয়সী এই অধিকারী`, "said this 60-year-old troupe owner": a word after "this" is a noun for what the person is,
  // never a name, even one that is a family name too.)
  if (name.length === 1 && roleStart === tokens.length && DEMONSTRATIVE.has(tokens.at(-1) ?? '')) return officeDescriptor(name[0]!);
  if (name.length === 0 && role && DEMONSTRATIVE.has(tokens[roleStart - 1] ?? '')) return officeDescriptor(role);
  if (name.length === 0) return role ? { ...described(role)!, role, office: true } : null;
  // One word with no role before it may be a family name written in full before (lang/fuller-names.ts), else no one.
  return person(name.join(' '), role);
}

export const bengali: LanguageCues = {
  applies: (frame) => BENGALI.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const inverted = patterns().invertedAfter.exec(line);
    if (inverted) return nameIn(inverted[1]!);
    if (patterns().pronounIncise.test(line)) return pronoun('they');
    const named = patterns().namedAfter.exec(line);
    return named ? nameIn(named[1]!) : null;
  },
  before(frame) {
    if (patterns().pronounBefore.test(frame)) return pronoun('they');
    const unnamed = patterns().unnamedReport.exec(frame);
    if (unnamed) return described(unnamed[1]!);
    const aged = patterns().agedBefore.exec(frame);
    // (Not `X (৫৮) ও তাঁর ছেলে Y বলেন`: another person, a role or "and" between the age and the verb, is the subject.)
    if (aged && !aged[2]!.trim().split(/\s+/u).some((word) => isRole(word) || word === 'ও' || word === 'এবং')) return nameIn(aged[1]!);
    const found = patterns().before.exec(frame);
    if (found) return nameIn(found[1]!);
    const gist = patterns().gistBefore.exec(frame);
    if (gist) return nameIn(gist[1]!);
    // (The owner's last word in the genitive, -এর after a consonant, -র after a vowel sign: `করিমের`, `রুমানার`.)
    const according = patterns().according.exec(frame)?.[1]!;
    return according && /(?:ের|[\u09be-\u09cc]র)$/u.test(according) ? nameIn(according.replace(/(?:ের|(?<=[\u09be-\u09cc])র)$/u, '')) : null;
  },
};

/**
 * The person a sentence introduces, whatever its verb: a role and the name after it (`কীটতত্ত্ববিদ অধ্যাপক X মনে করেন, …`), or a
 * name closing the sentence after an honorific verb (`… বসে ছিলেন শাহানা বেগম।`, the subject put last).
 */
/** An honorific verb closing the subject (`বলেন`, `জানান`, `জানায়`); not a name ending alike (`হাসান`, `রহমান`, `সেন`). */
const SUBJECT_VERB = /^(?:\S{2,}েন|জানান|জানায়)[,;:]?$/u;

/** A light verb after its noun (`দাবি করেন`, "claimed"; `ঘোষণা দেন`, "announced"): the noun before it is the verb's, no name. */
const LIGHT_VERB = /^(?:করেন|করেছেন|করলেন|দেন|দিয়েছেন|দিলেন)[,;:]?$/u;

export function bengaliSubject(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.replace(/[।.!?]\s*$/u, '').trim().split(/\s+/u);
  for (let i = 0; i < tokens.length; i++) {
    if (!isRole(tokens[i]!) || isRole(tokens[i + 1] ?? '')) continue;
    let at = i + 1;
    // (`প্রকৌশলী (সড়ক) মো. X`: the office's branch in brackets goes with it.)
    while (/^[(（]/u.test(tokens[at] ?? '') && at < i + 3) at = tokens.findIndex((token, k) => k >= at && /[)）]$/u.test(token)) + 1 || tokens.length;
    while (HONORIFICS.has(tokens[at] ?? '')) at++;
    const name: string[] = [];
    // (`অভিনেত্রী X Y Z পালায় …`: a word in the locative, "in the play", after two name words ends the name.)
    while (at < tokens.length && name.length < 4 && isNameWord(tokens[at]!) && !SUBJECT_VERB.test(tokens[at]!) && !LIGHT_VERB.test(tokens[at + 1] ?? '') && !(name.length >= 2 && isLocativeNoun(tokens[at]!))) name.push(tokens[at++]!);
    // (`অধ্যাপক X জানান, …`: one name word right before the verb of saying is the family name the text gave in full before.)
    if (name.length >= 2 || (name.length === 1 && (SUBJECT_VERB.test(tokens[at] ?? '') || LIGHT_VERB.test(tokens[at + 1] ?? '')))) return person(name.join(' '), tokens.slice(i, at - name.length).join(' '));
  }
  // (`৪৮ বছর বয়সী X Y এখন …`: the name right after "aged N years" opens the sentence as its subject.)
  const agedWord = tokens.findIndex((token, k) => token === 'বয়সী' && tokens[k - 1] === 'বছর' && /^[০-৯\d]{1,3}$/u.test(tokens[k - 2] ?? ''));
  if (agedWord >= 0) {
    const name: string[] = [];
    for (let at = agedWord + 1; at < tokens.length && name.length < 4 && isNameWord(tokens[at]!) && !SUBJECT_VERB.test(tokens[at]!); at++) name.push(tokens[at]!);
    if (name.length >= 2) return person(name.join(' '));
  }
  // (`… একজন মো. X Y (৪৮)।`: a name with the age in brackets after it, Bengali or Latin digits, whatever the verb.)
  const aged = tokens.findIndex((token) => /^\([০-৯\d]{1,3}\)[,।]?$/u.test(token));
  if (aged > 0) {
    const name: string[] = [];
    // (Three words at most, `মো.` (Muhammad) before them the fourth: a word further back is what the person is.)
    for (let at = aged - 1; at >= 0 && (name.length < 3 || /^(?:মো\.|মোহাম্মদ|মুহাম্মদ)$/u.test(tokens[at]!)) && name.length < 4 && isNameWord(tokens[at]!) && !SUBJECT_VERB.test(tokens[at]!); at--) name.unshift(tokens[at]!);
    if (name.length >= 2) return person(name.join(' '));
  }
  const last = /\S+েন\s+([^\s,।]+(?:\s+[^\s,।]+){1,2})\s*[।.]?\s*$/u.exec(sentence);
  // (Not `… ফেলেন বলে জানান।`: the quotative "that" and a verb of saying close a sentence reporting speech, no name.)
  return last && last[1]!.split(/\s+/u).every((word) => isNameWord(word) && word !== 'বলে' && !SUBJECT_VERB.test(word)) ? person(last[1]!) : null;
}

/** Whether a word before a family name may be a given name (for `হাসান` after `তানভীর হাসান`, lang/fuller-names.ts). */
export const mayBeBengaliGivenName = (word: string) => isNameWord(word) && !BODIES.has(word);
