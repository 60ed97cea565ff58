/**
 * Azerbaijani sets its tag after the quote and a dash, the verb last: `"…", - deyə X bildirib.` (the quotative deyə, the
 * subject, the verb), `"…", - X deyib.`, `"…", - o əlavə edib.` (o: he or she), `"…", - ekspert vurğulayıb.` (an office: the
 * one the text gave it); before a quote `X-ın sözlərinə görə, "…"` ("according to X", the name in the genitive) and
 * `Sürücü sonra əlavə edib: "…"`. Turkish (lang/tr.ts) puts the subject first instead; only Azerbaijani writes ə.
 */

import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const AZERBAIJANI = /[əƏ]/u;
/** Verbs of saying in the past, present and evidential (`bildirib`, `deyir`, `əlavə edib`, `qeyd edib`, `soruşur`). */
const SAID = String.raw`(?:bildirib|bildirdi|bildirir|deyib|dedi|deyir|söyləyib|söylədi|söyləyir|vurğulayıb|vurğuladı|vurğulayır|soruşub|soruşdu|soruşur|xatırladıb|xatırladır|izah\s+edib|izah\s+edir|əlavə\s+edib|əlavə\s+etdi|əlavə\s+edir|qeyd\s+edib|qeyd\s+etdi|qeyd\s+edir|etiraf\s+edib|şikayətlənib|şikayətlənir|danışıb|danışır|açıqlayıb|deyə\s+cavab\s+verib|cavab\s+verib)`;
/** The genitive ending a name takes before `sözlərinə görə` (`Quliyevin`, `Əliyevanın`), with or without an apostrophe or hyphen. */
const GENITIVE = /['’-]?(?:nın|nin|nun|nün|ın|in|un|ün)$/u;
/** Up to four words before the name: lower-case role words, or a body in the genitive (`Agentliyin mətbuat katibi`, `ASCO-nun`). */
const ROLE_WORDS = String.raw`((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}-]*(?:nın|nin|nun|nün|ın|in|un|ün))\s+){1,4})?`;
/** Lower-case words between the subject and the verb: adverbs (`sonra`, `zarafatla`, `da`). */
const BETWEEN = String.raw`(?:\p{Ll}+\s+){0,3}?`;

const patterns = lazy(() => ({
  verb: new RegExp(String.raw`(?:^|\s)${SAID}(?=[\s.,:!?]|$)`, 'u'),
  pronounAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?o\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?${ROLE_WORDS}(${NAME_RUN})\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  officeAfter: new RegExp(String.raw`^[\s,]*[–—-]\s*(?:deyə\s+)?((?:\p{Ll}+\s+)?\p{Ll}{4,})\s+${BETWEEN}${SAID}(?=[\s.,!?]|$)`, 'u'),
  according: new RegExp(String.raw`(?:^|[\s,])(?:(?:\p{Ll}+\s+){0,3})(${NAME_RUN})\s+(?:sözlərinə\s+görə|fikrincə|dediyinə\s+görə)\s*,?\s*$`, 'u'),
  officeBefore: new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s+${BETWEEN}${SAID}\s*:\s*$`, 'u'),
}));

/** The office's head and its possessed noun (`avtobus sürücüsü`), or one noun (`ekspert`). */
function office(words: string): string {
  const all = words.trim().split(/\s+/u);
  return (all.length === 2 && /(?:sı|si|su|sü|ı|i|u|ü)$/u.test(all[1]!) ? all.join(' ') : all[0]!).toLowerCase();
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
    const noun = patterns().officeBefore.exec(frame.split('\n').at(-1)!)?.[1];
    return noun ? officeDescriptor(office(noun)) : null;
  },
};
