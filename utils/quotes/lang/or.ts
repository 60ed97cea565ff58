/**
 * Odia: `‘…’ ବୋଲି X କହିଛନ୍ତି।` (the words, "so saying", X said), `‘…,’ ସେ କହିଛନ୍ତି` (he or she said), `X କହିଛନ୍ତି, ‘…’`,
 * `X କହିଛନ୍ତି ଯେ ‘…’` (X said that), `X ଙ୍କ କହିବା ଅନୁସାରେ, ‘…’` (according to what X says), `ତାଙ୍କ ମତରେ` (in his view) and
 * the verb before its subject, `‘…,’ କହିଲେ X।`. The subject takes no agent marker (as Bengali's, lang/bn.ts), so the name
 * is the words right before the verb, back to a role noun, an honorific (dropped), a small word or four words; words
 * with a case ending glued on (`ସାମ୍ବାଦିକଙ୍କୁ`, to the reporters; `ଗାଁରେ`, in the village) are whom, where or when, no
 * name. ସେ / ସେମାନେ are a subject the sentence before introduced; `ଜଣେ` / `ଏକ` ("one") before a noun leaves it unnamed.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';

const ODIA = /[\u0b00-\u0b7f]/u;
/** The two letters a "wa" is written with (ୱ, ଵ): text typed on different keyboards holds either. */
const WA = '[\u0b71\u0b35]';
/** Verbs of saying in the third person, honorific and plain, present perfect, past and present; and a noun with a light verb. */
const SAID =
  '(?:କହିଛନ୍ତି|କହିଥିଲେ|କହିଲେ|କହନ୍ତି|କହୁଛନ୍ତି|କହିଛି|କହିଲା|କହିଥିଲା|ଜଣାଇଛନ୍ତି|ଜଣାଇଲେ|ଜଣାଇଥିଲେ|ଜଣାନ୍ତି|ଜଣାଇଛି|' +
  'ପଚାରିଛନ୍ତି|ପଚାରିଲେ|ପଚାରନ୍ତି|ପଚାରିଥିଲେ|ବୁଝାଇଛନ୍ତି|ବୁଝାଇଲେ|' +
  `(?:ସ୍ପଷ୍ଟ|ଅଭିଯୋଗ|ଦାବି|ପ୍ରଶ୍ନ|ସ${WA}ୀକାର|ଯୋଗ|ଉଲ୍ଲେଖ|ମନ୍ତବ୍ୟ|ଆଶଙ୍କା|ଆଶା|ଅନୁରୋଧ|ଗୁହାରି|ମତପ୍ରକାଶ)\\s+(?:କରିଛନ୍ତି|କଲେ|କରିଥିଲେ|କରନ୍ତି|କରିଛି)|` +
  '(?:ଚେତାବନୀ|ସୂଚନା|ପ୍ରତିକ୍ରିୟା|ଉତ୍ତର|ଆଶ୍ୱାସନା|ମତ)\\s+(?:ଦେଇଛନ୍ତି|ଦେଲେ|ଦେଇଥିଲେ|ଦିଅନ୍ତି|ଦେଇଛି))';
/** He or she, they, that one: the subject the sentence before named. */
const PRONOUN = '(?:ସେ|ସେମାନେ|ସେହି)';
/** Adverbs between a pronoun and its verb: further, also, again, then, later, here, now. */
const ADVERBS = new Set('ଆହୁରି ମଧ୍ୟ ପୁଣି ତେବେ ପରେ ଏଠାରେ ଏବେ ଆଜି କିନ୍ତୁ ବି ସ୍ପଷ୍ଟ ଭାବେ ଖୋଲାଖୋଲି'.split(' '));
/**
 * Offices and occupations written before a name (`ସରପଞ୍ଚ X`, `ଶିକ୍ଷକ X`); abbreviated offices (`ବିଡିଓ`) too. Not ପ୍ରଧାନ
 * ("head"), a common family name: `ପ୍ରଧାନ ଶିକ୍ଷକ` still reads as the role ଶିକ୍ଷକ.
 */
const ROLES = new Set(
  ('ପ୍ରଧାନଶିକ୍ଷକ ପ୍ରଧାନଶିକ୍ଷୟିତ୍ରୀ ଶିକ୍ଷକ ଶିକ୍ଷୟିତ୍ରୀ ଅଧ୍ୟାପକ ଅଧ୍ୟାପିକା ଛାତ୍ର ଛାତ୍ରୀ ଅଭିଭାବକ ଅଧିକାରୀ ସରପଞ୍ଚ ଜିଲ୍ଲାପାଳ ଉପଜିଲ୍ଲାପାଳ ' +
    'ମନ୍ତ୍ରୀ ମୁଖ୍ୟମନ୍ତ୍ରୀ ବିଧାୟକ ସାଂସଦ ଅଧ୍ୟକ୍ଷ ଅଧ୍ୟକ୍ଷା ଉପାଧ୍ୟକ୍ଷ ସଭାପତି ସମ୍ପାଦକ ମୁଖପାତ୍ର ଡାକ୍ତର ଚିକିତ୍ସକ କୃଷକ ଚାଷୀ ବ୍ୟବସାୟୀ ' +
    'ଦୋକାନୀ ବାସିନ୍ଦା ଯନ୍ତ୍ରୀ ଇଞ୍ଜିନିୟର ଓକିଲ ବିଚାରପତି ତହସିଲଦାର ସଚିବ ନିର୍ଦ୍ଦେଶକ ପରିଚାଳକ କର୍ମଚାରୀ ଶ୍ରମିକ ବିଶେଷଜ୍ଞ ଗବେଷକ ' +
    'ସାମ୍ବାଦିକ ଲେଖକ ଲେଖିକା କଳାକାର ଖେଳାଳି ପ୍ରଶିକ୍ଷକ ଅଧିନାୟକ ଡ୍ରାଇଭର ଚାଳକ ନେତା ସଦସ୍ୟ ସଭ୍ୟ ପୂଜକ ସେବାୟତ ମେୟର କର୍ପୋରେଟର ' +
    'କମିଶନର ଏସପି ବିଡିଓ ବିଇଓ ଡିଇଓ ଆଇଆଇସି ଓସି ନର୍ସ ମହିଳା ଯୁବକ ଯୁବତୀ ବୃଦ୍ଧ ବୃଦ୍ଧା ବରିଷ୍ଠ ସହକାରୀ ମୁଖ୍ୟ').split(' '),
);
/**
 * Lawyers end in -ଜୀବୀ, residents in -ବାସୀ, officers in -ଧିକାରୀ (`ଥାନାଧିକାରୀ`), collectors in -ପାଳ; an office written by its
 * English initials ends in the letter ଓ, "O(fficer)" (`ବିଡିଓ`, `ସିଡିଏମଓ`): no Odia word ends in that letter but borrowed ones.
 */
const ROLE_SHAPE = /(?:ଜୀବୀ|ବାସୀ|ଧିକାରୀ|ପାଳ)$|^\S{2,}ଓ$/u;
const HONORIFICS = new Set('ଶ୍ରୀ ଶ୍ରୀମତୀ ସୁଶ୍ରୀ କୁମାରୀ ଡ. ଡଃ ଡକ୍ଟର ପ୍ରଫେସର ପ୍ରଫେ.'.split(' '));
/** Bodies that speak through statements (`ପ୍ରଶାସନ କହିଛି`): a description, never a person's name. */
const BODIES = new Set('ପ୍ରଶାସନ ସରକାର ବିଭାଗ ପୋଲିସ କମ୍ପାନୀ ମନ୍ତ୍ରଣାଳୟ କମିଶନ ସମିତି ସଂସ୍ଥା କାର୍ଯ୍ୟାଳୟ ପଞ୍ଚାୟତ ପୌରସଂସ୍ଥା ନିଗମ ବୋର୍ଡ'.split(' '));
/** Small words that end a name going back: and, also, but, this, that, the pronouns, "one" and the "that" before reported words. */
const SMALL = new Set([...ADVERBS, ...'ଓ ଏବଂ ଏହି ଏହା ଏ ସେ ସେମାନେ ସେହି ଯେ କି ନେଇ ଜଣେ ଏକ ଯିଏ ଯାହା ତାଙ୍କ ତାଙ୍କର ଆମର ବୋଲି ଜଣ'.split(' ')]);
/** Case endings glued on a word: locative, dative, ablative, the honorific oblique (`-ଙ୍କ`, `-ଙ୍କୁ`), the plural. */
const CASE_ENDING = /(?:ରେ|କୁ|ରୁ|ଙ୍କ|ଙ୍କୁ|ଙ୍କର|ଙ୍କଠାରୁ|ଠାରୁ|ଠାରେ|ମାନେ|ମାନଙ୍କ|ମାନଙ୍କୁ|ଦ୍ୱାରା|ସହ)$/u;
/** "one" (a person, a thing): an unnamed person's description opens with it. */
const ONE = new Set(['ଜଣେ', 'ଏକ']);
/** `ନାମ ପ୍ରକାଶ ନକରିବା ସର୍ତ୍ତରେ` ("on condition of the name not being published"). */
const ANONYMITY = /ନାମ\s+(?:ପ୍ରକାଶ|ଗୋପନ)/u;

const isRole = (word: string) => ROLES.has(word) || ROLE_SHAPE.test(word);
/** Verb endings no name has: the perfect and past (`-ଛନ୍ତି`, `-ଥିଲେ`, `-ଇଲା`), the verbal noun (`ହେବା`, `ହେବାର`). */
const VERB_ENDING = /(?:ଛନ୍ତି|ଥିଲେ|ଥିଲା|ଉଛି|ିଛି|ିବା|ବାର|ିଲେ|ିଲା)$/u;

const isNameWord = (word: string) => ODIA.test(word) && !/[\d୦-୯]/u.test(word) && !VERB_ENDING.test(word) && !isRole(word) && !HONORIFICS.has(word) && !SMALL.has(word) && !CASE_ENDING.test(word) && !BODIES.has(word);

const patterns = lazy(() => {
  const word = '[^\\s,।:?!‘’“”"]+';
  return {
    // (`’ ବୋଲି ଶ୍ରୀ X ସାମ୍ବାଦିକଙ୍କୁ କହିଛନ୍ତି।`: up to eight words, the subject and to whom, between ବୋଲି and the verb.)
    after: new RegExp(`^[\\s,]*(?:ବୋଲି\\s+)?((?:${word}\\s+){0,8}?)${SAID}(?=[\\s,।.!?]|$)`, 'u'),
    // `’, କହିଲେ ପ୍ରଧାନଶିକ୍ଷକ X।`: the verb before its subject.
    inverted: new RegExp(`^[\\s,]*${SAID}\\s+(${word}(?:\\s+${word}){0,4}?)\\s*(?:[।.!?]|,\\s*[‘“]|$)`, 'u'),
    before: new RegExp(`(?:^|[\\s,।])(${word}(?:\\s+${word}){0,9}?)\\s+${SAID}(?:\\s+ଯେ)?\\s*[,:]?\\s*$`, 'u'),
    // (`ତାଙ୍କ କହିବା ଅନୁସାରେ ନୂଆ ଘର ହେବ।`: a sentence opening "according to him" reports him; the quote after it is his.)
    openingAccording: new RegExp(`^\\s*(${word}(?:\\s+${word}){0,3}?)\\s+(?:(?:କହିବା|ମତ)\\s+)?(?:ଅନୁସାରେ|ଅନୁଯାୟୀ|ମତରେ|ଭାଷାରେ)[\\s,]+[^।?!]+[।?!]?\\s*$`, 'u'),
    // `X ଙ୍କ କହିବା ଅନୁସାରେ`, `X ଙ୍କ ମତରେ`, `X ଙ୍କ ଭାଷାରେ`: the owner in the genitive, honorific -ଙ୍କ or plain -ର.
    according: new RegExp(`(?:^|[\\s,।])(${word}(?:\\s+${word}){0,5}?)\\s+(?:(?:କହିବା|ମତ)\\s+)?(?:ଅନୁସାରେ|ଅନୁଯାୟୀ|ମତରେ|ଭାଷାରେ)\\s*[,:]?\\s*$`, 'u'),
  };
});

/** The person the words before (or after) a verb of saying name, with the role written before the name. */
function nameIn(words: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  if (ANONYMITY.test(words)) return described(words);
  // (`ଜଣେ ବୟସ୍କ ଗ୍ରାମବାସୀ କାନ୍ଥକୁ ଅନେଇ କହିଲେ`: "one elderly villager", whatever he did while saying it.)
  const one = tokens.findIndex((token) => ONE.has(token));
  if (one >= 0 && one < tokens.length - 1 && !tokens.slice(one + 1).some((token) => HONORIFICS.has(token))) return described(tokens.slice(one, one + 4).join(' '));
  // Whom, where and when it was said, after the name (`X ସାମ୍ବାଦିକଙ୍କୁ କହିଛନ୍ତି`, `X ଆଜି କହିଛନ୍ତି`).
  while (tokens.length > 1 && (SMALL.has(tokens.at(-1)!) || CASE_ENDING.test(tokens.at(-1)!))) tokens.pop();
  if (tokens.length === 1 && new RegExp(`^${PRONOUN}$`, 'u').test(tokens[0]!)) return pronoun('they');
  const name: string[] = [];
  while (tokens.length > 0 && name.length < 4 && isNameWord(tokens.at(-1)!)) name.unshift(tokens.pop()!);
  if (tokens.length > 0 && BODIES.has(tokens.at(-1)!)) return described([tokens.at(-1)!, ...name].join(' '));
  while (tokens.length > 0 && HONORIFICS.has(tokens.at(-1)!)) tokens.pop();
  let roleStart = tokens.length;
  while (roleStart > 0 && isRole(tokens[roleStart - 1]!)) roleStart--;
  // (`ବିଦ୍ୟାଳୟର ପ୍ରଧାନଶିକ୍ଷକ X`: a word in the genitive before the role says whose office it is.)
  if (roleStart < tokens.length && roleStart > 0 && /ର$/u.test(tokens[roleStart - 1]!)) roleStart--;
  const role = tokens.slice(roleStart).join(' ') || null;
  // (`ବୋଲି ବିଡିଓ କହିଛନ୍ତି`: an office with no name is its holder when the text named one with it, else someone unnamed.)
  if (name.length === 0) return role ? { ...described(role)!, role, office: true } : null;
  // One word with no role before it may be a family name written in full before (lang/fuller-names.ts), else no one.
  return person(name.join(' '), role);
}

/** The tag's clause only: after the words up to the first stop, before them from the last sentence's end. */
const firstLine = (frame: string) => frame.split('\n')[0]!;

export const odia: LanguageCues = {
  applies: (frame) => ODIA.test(frame),
  after(frame) {
    const line = firstLine(frame);
    const inverted = patterns().inverted.exec(line);
    if (inverted) return nameIn(inverted[1]!);
    const found = patterns().after.exec(line);
    if (!found) return null;
    // (`’ ବୋଲି କହିଛନ୍ତି।`: no subject at all is the one just quoted or named.)
    return found[1]!.trim() ? nameIn(found[1]!) : pronoun('they');
  },
  before(frame) {
    const found = patterns().before.exec(frame);
    if (found) return nameIn(found[1]!);
    const lastSentence = frame.replace(/[।?!]\s*$/u, '').split(/[।?!]/u).at(-1)!;
    const according = patterns().according.exec(frame)?.[1] ?? patterns().openingAccording.exec(lastSentence)?.[1];
    if (!according) return null;
    const owner = according.trim().split(/\s+/u).at(-1)!;
    if (/^(?:ତାଙ୍କ|ତାଙ୍କର|ତା|ତାର)$/u.test(owner)) return pronoun('they');
    // (The owner's last word in the genitive: honorific `-ଙ୍କ`, `-ଙ୍କର`, or plain `-ର`; `ସୂଚନା ଅନୁଯାୟୀ`, "according to information", is no one.)
    return /(?:ଙ୍କ|ଙ୍କର)$/u.test(owner) ? nameIn(according.replace(/(?:ଙ୍କ|ଙ୍କର)$/u, '')) : null;
  },
};

/**
 * The person a sentence introduces, whatever its verb: a role (or an honorific) and the two or three words after it
 * (`ଗାଁର ସରପଞ୍ଚ X Y ଏଥିରେ ସନ୍ତୁଷ୍ଟ ନୁହନ୍ତି।`), the honorific oblique off the last (`ଅଧିକାରୀ X Yଙ୍କ ସହ`, "with officer X Y").
 */
export function odiaSubject(sentence: string): SpeakerPhrase | null {
  // (A sentence holding quoted words is the cue readers' business: its nouns may be the speaker's words, not her title.)
  if (/[‘“"]/u.test(sentence)) return null;
  const tokens = sentence.replace(/[।.!?]\s*$/u, '').trim().split(/\s+/u);
  for (let i = 0; i < tokens.length; i++) {
    // (`ସେ ଡାକ୍ତର ହେବାର …`, "she … of becoming a doctor": a role after a pronoun or "one" is said of someone, no title.)
    if (!(isRole(tokens[i]!) || HONORIFICS.has(tokens[i]!)) || isRole(tokens[i + 1] ?? '') || SMALL.has(tokens[i - 1] ?? '')) continue;
    let at = i + 1;
    while (HONORIFICS.has(tokens[at] ?? '')) at++;
    const role = tokens.slice(i, at).filter((token) => !HONORIFICS.has(token)).join(' ');
    const name: string[] = [];
    for (; at < tokens.length && name.length < 3; at++) {
      const token = tokens[at]!.replace(/,$/u, '');
      const oblique = /^(.{2,}?)ଙ୍କ(?:ର|ୁ)?$/u.exec(token)?.[1];
      // (A third word only when a non-name follows it: `X Y ପ୍ରତିଦିନ ପାଞ୍ଚ`, "every day five", is X Y.)
      if (name.length === 2 && isNameWord(tokens[at + 1] ?? '') && !/,$/u.test(tokens[at]!)) break;
      if (oblique && isNameWord(oblique)) {
        name.push(oblique);
        break;
      }
      if (!isNameWord(token) || new RegExp(`^${SAID}$`, 'u').test(token)) break;
      name.push(token);
      if (tokens[at]!.endsWith(',')) break;
    }
    if (name.length >= 2) return person(name.join(' '), role || null);
  }
  return null;
}

/** Whether a word before a family name may be a given name (for `ଶ୍ରୀ X` after `<role> Y X`, lang/fuller-names.ts). */
export const mayBeOdiaGivenName = (word: string) => isNameWord(word) && !ONE.has(word);
