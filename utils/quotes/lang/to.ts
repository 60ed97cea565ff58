/**
 * Tongan: after a quote `,” ko e lau ia ʻa X.` (so said X), `ko e lau ia ʻa e <office>.` (the one the text gave it), `ko ʻene
 * lau ia.` (his or her words), `naʻe pehē ʻe X,` (said X, splitting a quote); before one `Naʻe pehē ʻe X: “…”`, `Naʻá ne
 * pehē: “…”` (he or she said), `Ko ha <noun> …, naʻá ne pehē: “…”` (someone unnamed). The agent takes `ʻe`, the subject
 * `ʻa`, a name's article none; `e` is "the". The ʻokina (U+02BB, often typed ‘ or ') opens words and sits inside names
 * (`ʻAna`, `Kaufusiʻaho`). A title before the name (`Dr.`, `Hon.`, `Fineʻeiki`, `Faifekau`) is its role.
 */

import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** The ʻokina as typed: the modifier letter, a left or right single quotation mark, an apostrophe. */
const OK = "[ʻ‘’']";
/** Verbs of saying: say thus (pehē), say (lau, tala), explain (fakamatala), ask (ʻeke), answer (tali), add (tānaki), declare (fakahā). */
const SAY = `(?:pehē|pehe|lau|tala|fakamatala|${OK}eke|tali|tānaki|tanaki|fakahā|fakaha|fakamahino|fakamamafa)`;
/** Past `naʻe` and, with a pronoun subject, `naʻá ne` / `naʻa ne` (he or she did); present `ʻoku`; `kuo` perfect. */
const TENSE = `(?:[Nn]a${OK}[eá]|[Nn]a${OK}a|${OK}[Oo]ku|[Kk]uo)`;
/** Verbs whose subject (`ʻa X`) speaks: thank, request, promise, warn, speak, answer. */
const TELL = `(?:fakamālō|fakamalo|kole|tala${OK}ofa|fakatokanga|lea|tali)`;
/** A Tongan name word: a capital, perhaps after the ʻokina, then letters, ʻokina and hyphens. */
const NAME_WORD = `${OK}?\\p{Lu}[\\p{L}${OK.slice(1, -1)}-]*`;
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,5}`;
/** Titles written before a name (doctor, honourable, Mrs, Mr, reverend, noble, minister, prime minister, chair): its role. */
const TITLE = `(?:Dr\\.?|Hon\\.?|Fine${OK}eiki|Tangata${OK}eiki|Faifekau|Sea|Minisitā|Minisita|Palēmia|Palemia|Nōpele|Nopele|Pilinisi|Talēkita|Talekita|Tōketā|Toketa)`;
/** A title's short form, whose full stop ends no sentence (`Dr.`, `Hon.`). */
const ABBREVIATED = '(?:(?:Dr|Hon)\\.\\s+)';
/** Nouns heading a body's name (government, ministry, company, church, office, committee, police): no person. */
const BODY = new RegExp(`^(?:Pule${OK}anga|Potungāue|Potungaue|Kautaha|Siasi|${OK}Ōfisi|Ofisi|Komiti|Kōmiti|Polisi|Fale\\s+Alea|Kōvana)(?![\\p{L}])`, 'u');

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:ko\\s+e\\s+lau\\s+ia|ko\\s+${OK}ene\\s+lau|${TENSE}\\s+(?:ne\\s+)?${SAY}|${TENSE}\\s+${TELL}\\s+${OK}a)(?=[\\s:,.;!?]|$)`, 'u'),
  titled: new RegExp(`^(?:(${TITLE})\\s+)*(${NAME})$`, 'u'),
  // `ko e lau ia ʻa X`, `ko ʻene lau ia`, `naʻe pehē ʻe X`, `naʻá ne pehē`.
  laua: new RegExp(`^[\\s,]*ko\\s+e\\s+(?:lau|tala)\\s+ia\\s+${OK}a\\s+(${ABBREVIATED}?[^.!?;:“”"\\n]{1,160})`, 'u'),
  own: new RegExp(`^[\\s,]*ko\\s+${OK}ene\\s+(?:lau|tala)\\s+ia(?=[\\s.,;!?]|$)`, 'u'),
  verbAfter: new RegExp(`^[\\s,]*${TENSE}\\s+${SAY}(?:\\s+(?:mai|atu|foki))*\\s+${OK}e\\s+(${ABBREVIATED}?[^.!?;:“”"\\n]{1,160})`, 'u'),
  heSaid: new RegExp(`^[\\s,]*${TENSE}\\s+ne\\s+${SAY}(?:\\s+(?:mai|atu|foki))*\\s*(?:[.,;!?]|$)`, 'u'),
  // Before a quote: `Naʻe pehē ʻe X:`, `Naʻá ne pehē:`, `Ko ha faiako …, naʻá ne pehē:`.
  verbBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)${TENSE}\\s+${SAY}(?:\\s+(?:mai|atu|foki))*\\s+${OK}e\\s+(${ABBREVIATED}?[^.!?“”"]{1,200}?)\\s*[:,]?\\s*$`, 'u'),
  // `Ko ha <noun> …, naʻá ne pehē …`: someone unnamed telling, the quote after the sentence theirs.
  unnamedTelling: new RegExp(`^Ko\\s+(ha\\s+[^.!?“”",]{2,120}?),?\\s+${TENSE}\\s+ne\\s+${SAY}(?![\\p{L}])`, 'u'),
  // `Naʻe fakamālō ʻa X ki he …`: X thanked, asked, promised or warned, and the quote after the sentence is X's.
  subjectTelling: new RegExp(`^${TENSE}\\s+${TELL}\\s+${OK}a\\s+(${NAME})(?=[\\s,.;]|$)`, 'u'),
  heBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:(Ko\\s+[^.!?“”"]{1,200}?),?\\s+)?${TENSE}\\s+ne\\s+${SAY}(?:\\s+(?:mai|atu|foki))*\\s*[:,]?\\s*$`, 'u'),
}));

/**
 * The speaker after `ʻa` or `ʻe`: `X`, `Dr. X, ko e <role>`, `e <office>` (the one the text gave it), `ha <noun>` (someone
 * unnamed), a body (no person).
 */
function speakerIn(words: string): SpeakerPhrase | null {
  const groups = words.trim().split(/\s*,\s*/u).filter(Boolean);
  const head = groups[0] ?? '';
  if (/^ha\s/u.test(head)) return described(groups.join(', '));
  const bare = head.replace(/^(?:he|e)\s+(?=\p{Lu}|[ʻ‘’'])/u, '');
  // (`he kōmiti`, `e Puleʻanga`: a body, capitalised or not, described so that no person is read from it.)
  const unarticled = head.replace(/^(?:he|e)\s+/u, '');
  if (BODY.test(unarticled.charAt(0).toUpperCase() + unarticled.slice(1))) return described(head);
  // (`e ʻŌfisa Kolo ʻo <place>, X`: the groups before the name are its role; after it, one opened by `ko e` is too.)
  const at = groups.findIndex((group, index) => patterns().titled.test(index === 0 ? bare : group));
  if (at >= 0) {
    const found = patterns().titled.exec(at === 0 ? bare : groups[at]!)!;
    const before = groups.slice(0, at).map((group) => group.replace(/^(?:he|e)\s+/u, ''));
    const after = groups.slice(at + 1).filter((group) => /^ko\s+(?:e|ha)\s/u.test(group)).map((group) => group.replace(/^ko\s+(?:e|ha)\s+/u, ''));
    return person(found[2]!, [found[1], ...before, ...after].filter(Boolean).join(', ') || null);
  }
  const office = /^(?:he|e)\s+(\p{Ll}[\p{L}ʻ]*)$/u.exec(head)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const tongan: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { laua, own, verbAfter, heSaid } = patterns();
    // (`ko ʻene lau ia`, `naʻá ne pehē`: his or her words; left to the paragraph's subject, which may be someone unnamed.)
    if (own.test(line) || heSaid.test(line)) return null;
    const words = laua.exec(line)?.[1] ?? verbAfter.exec(line)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const { verbBefore, heBefore } = patterns();
    const agent = verbBefore.exec(frame)?.[1];
    if (agent) return speakerIn(agent);
    const he = heBefore.exec(frame);
    if (!he) {
      const { unnamedTelling, subjectTelling } = patterns();
      const unnamed = unnamedTelling.exec(frame.trim())?.[1];
      if (unnamed) return described(unnamed);
      const subject = subjectTelling.exec(frame.trim())?.[1];
      return subject ? speakerIn(subject) : null;
    }
    // (`Ko ha faiako …, naʻá ne pehē:`: a subject fronted by `ko ha` is someone unnamed; `Ko X, …, naʻá ne pehē:` is X.)
    const fronted = he[1]?.replace(/^Ko\s+/u, '');
    return fronted ? speakerIn(fronted) : pronoun('they');
  },
};
