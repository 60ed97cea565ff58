/**
 * Tok Pisin: after a quote `,” X i tok.`, `,” <role> bilong <place>, X, i tok.`, `,” em i tok.` (he or she, the person just
 * quoted), `,” dokta i tok.` (an office: the one the text gave it); before one `X i tok: “…”`, `X i tok olsem: “…”`, `Em i
 * tok:`, `Wanpela <noun> … i tok:` (someone unnamed). The predicate marker `i` follows every subject but a pronoun `mi`,
 * `yu`; `bin` marks the past, `olsem` (thus) may follow the verb. A title before the name (`Dokta`, `Inspekta`) is its role.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying: say, talk, ask, answer, explain, shout, add (`tok moa`), tell a story, announce, agree. */
const SAY = '(?:tok(?:\\s+moa|\\s+klia|\\s+strong|aut)?|toktok|askim|bekim(?:\\s+tok)?|singaut|stori|autim|tokim|tok\\s+save)';
/** The predicate marker, the past `bin`, and `olsem` (thus) or `tu` (too) after the verb. */
const VERB = `i\\s+(?:bin\\s+)?${SAY}(?:\\s+(?:olsem|tu|gen))*`;
/** Titles written before a name (doctor, inspector, mayor, minister, governor, mister, missus, sister, pastor): its role. */
const TITLE = '(?:Lod\\s+Mea|Praim\\s+Minista|Polis\\s+Komanda|Dokta|Inspekta|Konstabel|Sajen|Kapten|Minista|Gavana|Kaunsela|Mista|Misis|Sista|Pasta|Bisop|Jaj|Mama|Papa|Bos|Tisa|Pikinini\\s+Misis)';
/** Nouns heading a body's name (council, government, police, company, school, hospital, church, court): no person. */
const BODY = /^(?:Kaunsil|Gavman|Polis|Kampani|Skul|Haus\s+Sik|Sios|Kot|Palamen|Dipatmen|Ofis|Bang|Komiti|Yunivesiti)(?![\p{L}])/u;
/** A subject's words, no sentence end or quotation mark among them. */
const WORDS = '[^.!?“”"\\n]{1,160}?';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:${VERB}|bilong|olsem)(?=[\\s:,.;!?]|$)`, 'u'),
  titled: new RegExp(`^(?:(${TITLE})\\s+)?(${NAME_RUN})$`, 'u'),
  after: new RegExp(`^[\\s,]*(${WORDS}),?\\s+${VERB}\\s*(?:[.,;!?]|$)`, 'u'),
  before: new RegExp(`(?:^|[.!?]\\s+|\\n)(${WORDS}),?\\s+${VERB}\\s*[:,]?\\s*$`, 'u'),
}));

function titledName(words: string): SpeakerPhrase | null {
  if (BODY.test(words)) return null;
  const found = patterns().titled.exec(words.trim());
  const name = found ? cleanName(found[2]!) : null;
  return name ? person(name, found![1] ?? null) : null;
}

/**
 * The subject before `i tok`: `em` (he or she), `X`, `<Title> X`, `<role> bilong <place>, X,` (the role is the group before the
 * name), `wanpela <noun> …` (someone unnamed), `dokta` (an office alone), `ol` (they, a group: no one person).
 */
function speakerIn(words: string): SpeakerPhrase | null {
  const subject = words.trim();
  if (/^(?:[Ee]m|[Ee]mi)$/u.test(subject)) return pronoun('they');
  if (/^(?:[Oo]l|[Oo]lgeta|[Mm]ipela|[Yy]umi)(?![\p{L}])/u.test(subject)) return null;
  if (/^(?:[Ww]anpela|[Ss]ampela|[Nn]arapela)\s/u.test(subject)) return described(subject);
  const groups = subject.split(/\s*,\s*/u).filter(Boolean);
  for (let at = groups.length - 1; at >= 0; at--) {
    const found = titledName(groups[at]!);
    if (!found) continue;
    const role = [found.role, ...groups.slice(0, at)].filter(Boolean).join(', ');
    return person(found.phrase, role || null);
  }
  if (BODY.test(subject)) return described(subject);
  const office = /^(?:dispela\s+)?(\p{Ll}+)$/u.exec(subject)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const tokPisin: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const words = patterns().after.exec(frame.split('\n')[0]!)?.[1];
    if (words && /^\s*[Ee]m\s*$/u.test(words)) return null;
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    return words ? speakerIn(words) : null;
  },
};
