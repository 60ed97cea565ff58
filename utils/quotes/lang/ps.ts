/**
 * Pashto sets the verb last: after a quote `«…،» X وايي.` (X says), `«…،» هغه وویل.` (he said; هغې, she), `«…،» د ادارې ویاند
 * وویل.` (the office's spokesman: the one the text gave that office); before one `<role> X Y وايي: «…»`, `X، <role>، وویل:
 * «…»` and `<role> X Y په وینا، «…»` ("in the words of"). Its script has no capitals, so a name is the words right before
 * the verb, back to a role noun, the genitive د or a pronoun. Read on frames with letters Persian and Arabic lack.
 */

import type { SpeakerPhrase } from '../cues';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** ټ ډ ړ ښ ږ ځ څ ګ ڼ ۍ ې: letters only Pashto writes. */
const PASHTO_LETTER = /[\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06ab\u06bc\u06cd\u06d0]/u;
/** "says", "said", "added", "stated" (with their light verbs). */
const VERB = '(?:وايي|وايې|وویل|ووېل|وویلې|زیاته\\s+کړه|زیاتوي|څرګنده\\s+کړه|ویلي\\s+دي|وویل\\s+چې)';
/** Offices and standings written before a name or for it: spokesman, engineer, expert, resident, seller, director, minister. */
const ROLES = new Set(
  'ویاند ویانده انجنیر کارپوه اوسېدونکی اوسېدونکې پلورونکی چلوونکی رییس رئیس مشر وزیر والي ښاروال ډاکټر استاد مدیر مامور کارکوونکی دوکاندار'.split(' '),
);
/** Words no name holds: pronouns, the genitive د, "and", "also", "this". */
const NOT_NAME = new Set('هغه هغې دوی زه موږ د او هم دا دې په چې یې'.split(' '));

const WORD = '[^\\s،,:.«»"“”؟!]+';
const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s،,]*(?:هغه|هغې|دوی)\\s+(?:${WORD}\\s+){0,2}?${VERB}`, 'u'),
  namedAfter: new RegExp(`^[\\s،,]*((?:${WORD}\\s+){1,5}?)${VERB}\\s*[.،]?\\s*$`, 'u'),
  namedBefore: new RegExp(`(?:^|[.!؟]\\s+|\\s)((?:${WORD}\\s+){1,6}?)${VERB}\\s*:\\s*$`, 'u'),
  apposed: new RegExp(`(?:^|[.!؟]\\s+)((?:${WORD}\\s+){0,2}${WORD})،\\s+([^،:«»]{3,90})،\\s+(?:${WORD}\\s+){0,3}?${VERB}\\s*:?\\s*$`, 'u'),
  according: new RegExp(`(?:^|\\s)((?:${WORD}\\s+){1,6}?)په\\s+وینا\\s*،?\\s*$`, 'u'),
}));

/** The name at the end of `words`, back to a role noun (kept as the role), د, a pronoun or three words. */
function nameAtEnd(words: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 1 && /^(?:هغه|هغې)$/u.test(tokens[0]!)) return pronoun('they');
  const name: string[] = [];
  while (tokens.length > 0 && name.length < 3 && !ROLES.has(tokens.at(-1)!) && !NOT_NAME.has(tokens.at(-1)!) && !/\d/u.test(tokens.at(-1)!)) name.unshift(tokens.pop()!);
  const role = tokens.length > 0 && ROLES.has(tokens.at(-1)!) ? tokens.slice(Math.max(0, tokens.lastIndexOf('د'))).join(' ') : null;
  // (`د ادارې ویاند وویل`: the office with no name after it is the one the text gave it.)
  if (name.length === 0) return role ? officeDescriptor(tokens.at(-1)!) : null;
  return person(name.join(' '), role);
}

export const pashto: LanguageCues = {
  applies: (frame) => PASHTO_LETTER.test(frame) || new RegExp(`(?:^|\\s)(?:${VERB}|په\\s+وینا)(?=[\\s:،.]|$)`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().namedAfter.exec(line);
    return named ? nameAtEnd(named[1]!) : null;
  },
  before(frame) {
    const sentence = frame.split('\n').at(-1)!;
    const apposed = patterns().apposed.exec(sentence);
    if (apposed && !apposed[1]!.split(/\s+/u).some((word) => NOT_NAME.has(word))) return person(apposed[1]!, apposed[2]!.trim());
    const found = patterns().namedBefore.exec(sentence) ?? patterns().according.exec(sentence);
    return found ? nameAtEnd(found[1]!) : null;
  },
};
