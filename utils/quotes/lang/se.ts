/**
 * Northern Sami (Latin script): after a quote or a dash paragraph `», dadjá X Y.` (says), `– …, muitala X.` (tells), `», X
 * deattuha.` (the name before the verb), `, son dadjá.` (he or she), `, dadjá okta boazoisit.` (okta, "one": someone unnamed); before one `X dadjá: «…»` and `Son celkkii:
 * «…»`. Its verbs of saying and its letters ŋ, ŧ, đ are its own among the Latin languages read here.
 */

import { described, lazy, person, pronoun, type LanguageCues } from './shared';

/** Says, said, tells, told, stresses, adds, asks, answers, explains, thinks, writes: present and past. */
const SAID =
  '(?:dadjá|dajai|celkkii|cealká|muitala|muitalii|lohká|logai|deattuha|deattuhii|lasiha|lasihii|jearrá|jearai|vástida|vástidii|čilge|čilgii|oaivvilda|oaivvildii|čállá|čálii)';
const OWN_WORD = new RegExp(`(?:^|[^\\p{L}])${SAID}(?![\\p{L}])|[ŋŧŊŦ]`, 'u');
/** He or she, they. */
const PRONOUN = '(?:son|sii)';
const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = `${WORD}(?:\\s+${WORD}){0,3}`;
const LEAD = '^[\\s,]*[–—-]?\\s*';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`${LEAD}(?:${SAID}\\s+${PRONOUN}|${PRONOUN}\\s+${SAID})(?=[\\s.,!?]|$)`, 'u'),
  // (`, dadjá okta boarráset olmmoš.`: okta, "one", brings in someone the text does not name.)
  someoneAfter: new RegExp(`${LEAD}${SAID}\\s+(okta(?:\\s+\\p{Ll}+){1,3}?)\\s*(?:[.!,]|$)`, 'u'),
  nameAfter: new RegExp(`${LEAD}${SAID}\\s+((?:\\p{Ll}+\\s+){0,3})(${NAME})(?=[\\s.,!?]|$)`, 'u'),
  nameFirst: new RegExp(`${LEAD}(${NAME})\\s+${SAID}(?=[\\s.,!?:]|$)`, 'u'),
  colon: new RegExp(`(?:^|[.!?]\\s+)(?:(\\p{Ll}+(?:\\s+\\p{Ll}+){0,2})\\s+)?(${NAME})\\s+(?:\\p{Ll}+\\s+){0,2}?${SAID}\\s*:\\s*$`, 'u'),
  pronounColon: new RegExp(`(?:^|[.!?]\\s+)(?:Son|Sii)\\s+(?:\\p{Ll}+\\s+){0,3}?${SAID}\\s*:\\s*$`, 'u'),
}));

/** Words opening a sentence that are no name though capitalised (he or she, they, this, then, now). */
const NO_NAME = /^(?:Son|Sii|Dat|Dát|Dalle|Dál|Go|Muhto|Ja|Mii|Mun|Don)$/u;

export const northernSami: LanguageCues = {
  applies: (frame) => OWN_WORD.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const someone = patterns().someoneAfter.exec(line)?.[1];
    if (someone) return described(someone);
    const named = patterns().nameAfter.exec(line);
    if (named) return person(named[2]!, named[1]?.trim() || null);
    const first = patterns().nameFirst.exec(line)?.[1];
    if (first && !NO_NAME.test(first)) return person(first);
    // (`, lohká sátnejođiheaddji.`: a noun for the person is left to the stage, which matches it to the role the text gave.)
    return null;
  },
  before(frame) {
    if (patterns().pronounColon.test(frame)) return pronoun('they');
    const colon = patterns().colon.exec(frame);
    if (!colon || NO_NAME.test(colon[2]!)) return null;
    return person(colon[2]!, colon[1] ?? null);
  },
};
