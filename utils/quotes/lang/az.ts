/**
 * Azerbaijani sets its tag after the quote and a dash, the verb last: `"…", - deyə X bildirib.` (the quotative deyə, the
 * subject, the verb), `"…", - X deyib.`, `"…", - o əlavə edib.` (o: he or she), `"…", - ekspert vurğulayıb.` (an office: the
 * one the text gave it); before a quote `X-ın sözlərinə görə, "…"` ("according to X", the name in the genitive) and
 * `Sürücü sonra əlavə edib: "…"`; and `X (isə) bildirib ki, …` ("X said that …"), or `X deyib:`, in the sentence before a quote
 * set apart (the name in the nominative, its role the lower-case words before it). Turkish (lang/tr.ts) puts the subject
 * first instead; only Azerbaijani writes ə.
 */

import { NAME_RUN } from '../names';
import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';

const AZERBAIJANI = /[əƏ]/u;
/** Verbs of saying in the past, present and evidential (`bildirib`, `deyir`, `əlavə edib`, `qeyd edib`, `soruşur`). */
const SAID = String.raw`(?:bildirib|bildirdi|bildirir|deyib|dedi|deyir|söyləyib|söylədi|söyləyir|vurğulayıb|vurğuladı|vurğulayır|soruşub|soruşdu|soruşur|xatırladıb|xatırladır|izah\s+edib|izah\s+edir|əlavə\s+edib|əlavə\s+etdi|əlavə\s+edir|qeyd\s+edib|qeyd\s+etdi|qeyd\s+edir|etiraf\s+edib|şikayətlənib|şikayətlənir|danışıb|danışır|açıqlayıb|deyə\s+cavab\s+verib|cavab\s+verib)`;
/** The genitive ending a name takes before `sözlərinə görə` (`Quliyevin`, `Əliyevanın`), with or without an apostrophe or hyphen. */
const GENITIVE = /['’-]?(?:nın|nin|nun|nün|ın|in|un|ün)$/u;
/** Up to four words before the name: lower-case role words, or a body in the genitive (`Agentliyin mətbuat katibi`, `ASCO-nun`). */
const ROLE_WORDS = String.raw`((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}-]*(?:nın|nin|nun|nün|ın|in|un|ün))\s+){1,4})?`;
/** Lower-case words between the subject and the verb: adverbs (`sonra`, `zarafatla`, `da`). */
const BETWEEN = String.raw`(?:\p{Ll}+\s+){0,3}?`;
/**
 * The head of a body's name, possessed (`Nazirliyi`, `Hakimiyyəti`, `İdarəsi`, `Xidməti`, `Bələdiyyəsi`): a run ending in one is
 * a body, no person; a family name ends otherwise (`-ov`, `-ova`, `-yev`, `-li`, `-zadə`).
 */
const BODY_HEAD = /(?:l[iıuü]y[iıuü]|l[ıi]ğ[ıi]|luğu|lüyü|[st][iıuü])$/u;
/** A body's noun alone (`Nazirlik`, `Bələdiyyə`, `Şirkət`): -lik and its harmonies, or a few heads of bodies. */
const BODY_NOUN = /^\p{Lu}\p{Ll}+(?:l[iıuü][kq])$|^(?:Bələdiyyə|Şirkət|Komitə|Agentlik|Xidmət|İdarə|Polis|Prokurorluq)$/u;
/** Trades and ranks the shared list lacks, and a trade by its suffix -çı/-çi (`balıqçı`, `işçi`). */
const AZERBAIJANI_OFFICE = /^(?:fermer|ekspert|mütəxəssis|rəis|polkovnik|mayor|deputat|nazir|jurnalist|\p{Ll}+ç[ıiuü])$/u;
const isOffice = (word: string) => isNewLanguageRoleNoun(word) || AZERBAIJANI_OFFICE.test(word);
/** A family name alone, by its ending (`Talıbov`, `Rzayeva`, `Məmmədli`, `Quluzadə`): one word may stand for a person only so. */
const FAMILY_NAME = /^\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|yev|yeva|li|lı|lu|lü|zadə|bəyli)$/u;

const patterns = lazy(() => ({
  verb: new RegExp(String.raw`(?:^|\s)${SAID}(?=[\s.,:!?]|$)`, 'u'),
  pronounAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?o\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?${ROLE_WORDS}(${NAME_RUN})\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  officeAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?((?:\p{Ll}+\s+)?\p{Ll}{4,})\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  according: new RegExp(String.raw`(?:^|[\s,])(?:(?:\p{Ll}+\s+){0,3})(${NAME_RUN})\s+(?:sözlərinə\s+görə|fikrincə|dediyinə\s+görə)\s*,?\s*$`, 'u'),
  // (`… müavini X Y bildirib ki, …`, `X Y isə deyib:`: the subject's name, a topic particle, the verb, `ki` or a colon.)
  subjectSaid: new RegExp(String.raw`(?:^|[\s,])${ROLE_WORDS}(${NAME_RUN})\s+(?:(?:isə|da|də|bir\s+daha)\s+)?${BETWEEN}${SAID}(?:\s+ki(?=[\s,])|\s*:\s*$)`, 'u'),
  unnamedBefore: new RegExp(String.raw`(?:^|[.!?]\s+)((?:\S+\s+){0,6}?bir\s+\p{Ll}{3,})\s+${BETWEEN}${SAID}\s*:\s*$`, 'u'),
  officeBefore: new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s+${BETWEEN}${SAID}\s*:\s*$`, 'u'),
}));

/**
 * `“A, – deyə X qeyd edib. – B”`: the author's words between dashes inside one pair of marks, opened by the quotative deyə;
 * groups as ru-uk-dialogue.ts splitInnerTags reads them (the stop before, the tag, the stop after).
 */
export const AZERBAIJANI_INNER_TAG = /([,!?…])\s+[—–-]\s+(deyə\s[^“”"«»—–\n]{2,80}?)([,.])\s+[—–-]\s+(?=\p{L})/u;

/** The office's head and its possessed noun (`avtobus sürücüsü`), or one noun (`ekspert`). */
function office(words: string): string {
  const all = words.trim().split(/\s+/u);
  return (all.length === 2 && /(?:sı|si|su|sü|ı|i|u|ü)$/u.test(all[1]!) ? all.join(' ') : all[0]!).toLowerCase();
}

/**
 * The person a sentence says spoke (`X bildirib ki, …`, `X deyib:`): a full name, or a family name alone, an office opening
 * the sentence (`Fermer X Y`) its role. A body (`Nazirlik`, `Şəhər İcra Hakimiyyəti`) speaks as itself, described.
 */
function subjectBefore(line: string): SpeakerPhrase | null {
  const sentence = line.slice(line.search(/[^.!?]*[.!?:]?\s*$/u));
  const found = patterns().subjectSaid.exec(sentence.length > 2 ? sentence : line);
  const name = found?.[2]?.trim() ?? '';
  const words = name.split(/\s+/u);
  if (!name) return null;
  if (BODY_HEAD.test(words.at(-1)!) || (words.length === 1 && BODY_NOUN.test(name))) return described(name);
  if (words.length === 1 && !FAMILY_NAME.test(name)) return null;
  const office = words.length > 2 && isOffice(words[0]!.toLowerCase()) ? words.shift()! : '';
  return person(words.join(' '), [found![1]?.trim(), office].filter(Boolean).join(' ') || null);
}

export const azerbaijani: LanguageCues = {
  // (`", - ekspert vurğulayıb.`: a tag may hold no ə; its verb of saying then tells.)
  applies: (frame) => AZERBAIJANI.test(frame) || patterns().verb.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    if (named) return person(named[2]!, named[1]?.trim() || null);
    const noun = patterns().officeAfter.exec(line)?.[1];
    return noun ? officeDescriptor(office(noun)) : null;
  },
  before(frame) {
    const source = patterns().according.exec(frame)?.[1];
    if (source) {
      const words = source.split(/\s+/u);
      return person([...words.slice(0, -1), words.at(-1)!.replace(GENITIVE, '')].join(' '));
    }
    const subject = subjectBefore(frame.split('\n').at(-1)!);
    if (subject) return subject;
    // (`Adını açıqlamaq istəməyən bir sakin deyib:`: `bir` and a noun, someone unnamed, described as written.)
    const unnamed = patterns().unnamedBefore.exec(frame.split('\n').at(-1)!)?.[1];
    if (unnamed) return described(unnamed);
    const noun = patterns().officeBefore.exec(frame.split('\n').at(-1)!)?.[1];
    return noun ? officeDescriptor(office(noun)) : null;
  },
};
