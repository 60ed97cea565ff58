/**
 * Hawaiian: after a quote `,” wahi a X, ka <role> o …` (so said X), `,” wahi āna.` (his or her words: the person just
 * named), `,” wahi a ka <noun>.` (the one the text gave that noun), `,” wahi a kekahi <noun> …` (someone unnamed); before
 * one `Ua ʻōlelo ʻo X, he <role> …: “…”` (X said, the subject behind `ʻo`), `Wahi a X: “…”`, `Ua ʻōlelo ʻo ia:` (he or
 * she said). The ʻokina (U+02BB, often typed ‘ or ') and the kahakō (macron) are letters of the words and names
 * (`Kēhau`, `Kaʻaihue`); a title before the name (`Kauka` doctor, `ʻAnakē` auntie, `Kahu` pastor) is its role when no
 * other is given.
 */

import { lazy, officeDescriptor, described, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** The ʻokina as typed: the modifier letter, a left or right single quotation mark, an apostrophe. */
const OK = "[ʻ‘’']";
/** A Hawaiian name word: a capital, perhaps after the ʻokina, then letters and ʻokina. */
const NAME_WORD = `${OK}?\\p{Lu}[\\p{L}ʻ‘’'-]*`;
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
/** Titles before a name (doctor, auntie, uncle, pastor, teacher, Mr, Mrs): its role when no other is given. */
const TITLE = `(?:Kauka|${OK}?Anak[eē]|${OK}?Anakala|Kahu|Kumu|Makua|Dr\\.?)`;
/** Verbs of saying after `ua` (past) or `i` : say (ʻōlelo), explain (wehewehe), add (hoʻohui), ask (nīnau), answer (pane). */
const SAY = `(?:${OK}[ōo]lelo|wehewehe|ho${OK}ohui|n[īi]nau|pane|ha${OK}i)`;
/** The role set off by a comma after the name: `ka <role>` or `he <role>`, up to ` o ` (of) or ` ma ` (at). */
const ROLE_AFTER = `(?:,\\s+(?:ka|ke|he)\\s+([^,.;:!?“”"]{1,80}?)(?=\\s+(?:o|ma|no|i)\\s|[,.;:!?]|$))?`;

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:[Ww]ahi\\s+(?:a|āna|ana)|[Uu]a\\s+${SAY}\\s+${OK}o)(?![\\p{L}])`, 'u'),
  own: /^[\s,]*wahi\s+(?:āna|ana)(?![\p{L}])/u,
  someone: /^[\s,]*wahi\s+a\s+(kekahi\s+[^.,;:!?“”"]{1,80}?)\s*(?=[.,;!?]|$)/u,
  office: /^[\s,]*wahi\s+a\s+(?:ka|ke)\s+(\p{Ll}[\p{L}ʻ]*(?:\s+\p{Ll}[\p{L}ʻ]*)?)\s*[.!,](?:\s|$)/u,
  nameAfter: new RegExp(`^[\\s,]*wahi\\s+a\\s+(?:(${TITLE})\\s+)?(${NAME})${ROLE_AFTER}`, 'u'),
  nameBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:[Uu]a\\s+${SAY}\\s+${OK}o|Wahi\\s+a)\\s+(?:(${TITLE})\\s+)?(${NAME})${ROLE_AFTER}[^.!?“”":]{0,120}?\\s*[:,]\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)[Uu]a\\s+${SAY}\\s+${OK}o\\s+ia\\s*[:,]\\s*$`, 'u'),
}));

/** The person a match names: the role written after the name, or else the title before it. */
const named = (match: RegExpExecArray): SpeakerPhrase | null => person(match[2]!, match[3]?.trim() || match[1]?.trim() || null);

export const hawaiian: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { own, someone, office, nameAfter } = patterns();
    if (own.test(line)) return pronoun('they');
    const unnamed = someone.exec(line)?.[1];
    if (unnamed) return described(unnamed);
    const noun = office.exec(line)?.[1];
    if (noun) return officeDescriptor(noun);
    const match = nameAfter.exec(line);
    return match ? named(match) : null;
  },
  before(frame) {
    const match = patterns().nameBefore.exec(frame);
    if (match) return named(match);
    return patterns().pronounBefore.test(frame) ? pronoun('they') : null;
  },
};
