/**
 * Samoan: after a quote `,” o le saunoa lea a X.` (so spoke X, the respectful word), `o le tala lea a X` (so said X), `o le
 * saunoa lea a le <role>, <Title> X.`, `o le tala lea a le <office>.` (the one the text gave it), `o lana tala lea.` / `na ia
 * fai mai ai.` (his or her words: left to the paragraph's subject); before one `Na saunoa (foi) X: “…”`, `Sa faapea mai X:`,
 * `Na tali mai le <office>:`, `Na ia faapea mai:` (he or she said), `Se <noun> …, fai mai:` (someone unnamed). The
 * possessive `a` (of) and the article `le` come off; a title before the name (`Susuga`, `Afioga`, `Tofā`) is its role.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying: speak (saunoa, respectful; tautala), say thus (faapea), say (fai mai), explain, answer, add, ask, announce. */
const SAY = "(?:saunoa|tautala|faapea|fa['ʻ’]apea|fai|faamatala|fa['ʻ’]amatala|tali|faaopoopo|fesili|faailoa|fa['ʻ’]ailoa|talanoa)";
/** Past `na` and `sa`, present `ua`, `e`; `foi` (also) and `mai` (hither) may follow the verb. */
const TENSE = '(?:[Nn]a|[Ss]a|[Uu]a)';
const PARTICLES = '(?:\\s+(?:mai|atu|foi|ai|lava))*';
/** Titles written before a name (honour for a chief, for a pastor or official, the highest chiefs, pastor, Dr, Mrs): its role. */
const TITLE = "(?:Lau\\s+Afioga|Lau\\s+Susuga|Afioga|Susuga|Tofā|Tofa|Faafeagaiga|Fa['ʻ’]afeagaiga|Dr\\.?|Tamaitai|Misi|Sui\\s+Palemia|Palemia|Minisita|Pulenuu|Ao\\s+o\\s+le\\s+Malo)";
/** Nouns heading a body's name (government, ministry, company, church, committee, police, court): no person. */
const BODY = /^(?:Malo|Matagaluega|Kamupani|Ekalesia|Komiti|Leoleo|Faamasinoga|Palemene|Ofisa|Aulotu)(?![\p{L}])/u;

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:o\\s+le\\s+(?:saunoa|tala)\\s+lea|o\\s+lana\\s+(?:saunoa|tala)\\s+lea|${TENSE}\\s+(?:ia\\s+)?${SAY}|fai\\s+mai)(?=[\\s:,.;!?]|$)`, 'u'),
  titled: new RegExp(`^(?:(${TITLE})\\s+)*(${NAME_RUN})$`, 'u'),
  spoken: new RegExp(`^[\\s,]*o\\s+le\\s+(?:saunoa|tala)\\s+lea\\s+a\\s+([^.!?;:“”"\\n]{1,160})`, 'u'),
  own: new RegExp(`^[\\s,]*(?:o\\s+lana\\s+(?:saunoa|tala)\\s+lea|${TENSE}\\s+ia\\s+${SAY}${PARTICLES})\\s*(?:[.,;!?]|$)`, 'u'),
  verbAfter: new RegExp(`^[\\s,]*${TENSE}\\s+${SAY}${PARTICLES}\\s+([^.!?;:“”"\\n]{1,160})`, 'u'),
  // (`Ina ua fesiligia …, na tali mai le <office>:`: a clause of time before the verb, behind a comma.)
  verbBefore: new RegExp(`(?:^|[.!?,]\\s+|\\n)${TENSE}\\s+${SAY}${PARTICLES}\\s+([^.!?“”"]{1,200}?)\\s*[:,]?\\s*$`, 'u'),
  // `Na faamatala e le Afioga X, le <role>, …`: the agent of a verb of saying, the quote after the sentence theirs.
  agentBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)${TENSE}\\s+${SAY}${PARTICLES}\\s+e\\s+([^.!?“”"]{1,200}?)\\s*[.:,]?\\s*$`, 'u'),
  heBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)${TENSE}\\s+ia\\s+${SAY}${PARTICLES}\\s*[:,]?\\s*$`, 'u'),
  // `Se alii talavou …, fai mai:`: a subject opened by `se` (a) or `o se` is someone unnamed.
  unnamedBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:O\\s+)?((?:Se|Sa|se|sa)\\s+[^.!?“”"]{2,200}?),?\\s+(?:${TENSE}\\s+)?(?:fai\\s+mai|${SAY}${PARTICLES})\\s*[:,]?\\s*$`, 'u'),
}));

/** `X`, `le <role>, Susuga X`, `Leiataua`, `le <office>` (the one the text gave it), `se <noun>` (unnamed), a body. */
function speakerIn(words: string): SpeakerPhrase | null {
  const groups = words.trim().split(/\s*,\s*/u).filter(Boolean);
  const head = groups[0] ?? '';
  if (/^(?:se|o\s+se)\s/u.test(head)) return described(groups.join(', '));
  const strip = (group: string) => group.replace(/^(?:le|lo|o)\s+(?=\p{Lu})/u, '').replace(/\s+(?:i|ma|mo)\s+\p{Ll}.*$/u, '');
  if (BODY.test(strip(head))) return described(head);
  const at = groups.findIndex((group) => patterns().titled.test(strip(group)));
  if (at >= 0) {
    const found = patterns().titled.exec(strip(groups[at]!))!;
    const name = cleanName(found[2]!);
    const before = groups.slice(0, at).map((group) => group.replace(/^(?:le|o\s+le)\s+/u, ''));
    // (`X, le taitaifono o le komiti, …`: the group right after the name opened by `le` is its role.)
    const after = /^le\s+\p{Ll}/u.test(groups[at + 1] ?? '') ? [groups[at + 1]!.replace(/^le\s+/u, '')] : [];
    return name ? person(name, [found[1], ...before, ...after].filter(Boolean).join(', ') || null) : null;
  }
  const office = /^le\s+(\p{Ll}+)$/u.exec(head)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const samoan: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { spoken, own, verbAfter } = patterns();
    // (`o lana tala lea`, `na ia fai mai ai`: his or her words; left to the paragraph's subject, who may be unnamed.)
    if (own.test(line)) return null;
    const words = spoken.exec(line)?.[1] ?? verbAfter.exec(line)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const { verbBefore, heBefore, unnamedBefore } = patterns();
    const unnamed = unnamedBefore.exec(frame)?.[1];
    if (unnamed) return described(unnamed);
    if (heBefore.test(frame)) return pronoun('they');
    const subject = verbBefore.exec(frame)?.[1] ?? patterns().agentBefore.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
