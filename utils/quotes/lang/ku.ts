/**
 * Kurmanji Kurdish (Latin script): the verb closes the clause. After a quote `”, X, <role>, ji <paper> re got.` (X told
 * the paper), `”, X got.`, `”, muxtar got.` (the one the text gave that noun), `”, cotkarekî … got.` (someone unnamed: the
 * indefinite -ek, -ekî); before one `<Office>ê <Place>ê X Y got: “…”`. An office before the name is joined to what
 * follows by the ezafe (`Muxtarê Kaniyê`, the headman of Kaniyê; `berpirsê Odeyê`): a word ending in it is no part of the
 * name, and the run's first such word is the role.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagWordsReader } from './tag-pattern-reader';

/** Verbs of saying closing the clause: said (got), says (dibêje), stated (diyar kir), informed, expressed, answered, asked. */
const SAID = '(?:got|gotiye|dibêje|digot|diyar\\s+kir|da\\s+zanîn|anî\\s+ziman|bersiv\\s+da|pirsî|axivî|destnîşan\\s+kir)';
/** Whom it was said to: `ji <paper> re`, `bo <paper>`, `ji me re` (to us). */
const TO = '(?:\\s+(?:ji|bo)\\s+[^,.!?;:“”"\\n]{1,60}?(?:\\s+re)?)?';
/** He or she (`wî`, `wê`, `ew`): the person just named. */
const HE_OR_SHE = /^(?:wî|wê|ew|Wî|Wê|Ew)$/u;

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|\\s)${SAID}(?![\\p{L}])`, 'u'),
  after: new RegExp(`^[\\s,]*([^.!?;:“”"\\n]{1,200}?)${TO}\\s+${SAID}\\s*(?:[.,;!?:]|$)`, 'u'),
  before: new RegExp(`(?:^|[.!?]\\s+|\\n)([^.!?;:“”"\\n]{1,160}?)${TO}\\s+${SAID}\\s*:\\s*$`, 'u'),
  named: new RegExp(`^(${NAME_RUN})(?:,\\s+([^,]{1,100}),?)?$`, 'u'),
}));

/** `Muxtarê Kaniyaşînê Ehmed Baran`: the words in the ezafe (-ê, -a, -ên) before the name are the office and its complement. */
function withoutOffice(run: string): { name: string; role: string | null } {
  const words = run.split(/\s+/u);
  let at = 0;
  while (at < words.length - 2 && /\p{L}{3,}(?:ê|ên)$/u.test(words[at]!)) at++;
  return { name: words.slice(at).join(' '), role: at > 0 ? words[0]!.replace(/(?:ê|ên)$/u, '').toLowerCase() : null };
}

/** `X`, `X, <role>`, an office (`muxtar`), someone unnamed (`cotkarekî ciwan ku …`), he or she. */
function speakerIn(words: string): SpeakerPhrase | null {
  const text = words.trim();
  if (HE_OR_SHE.test(text)) return pronoun('they');
  const found = patterns().named.exec(text);
  if (found) {
    const { name, role } = withoutOffice(found[1]!);
    // (`berpirsê Odeya Çandiniyê`: the role's head noun, without the ezafe joining it to the body.)
    const roleAfter = found[2]?.trim().split(/\s+/u)[0]?.replace(/(?:ê|a|ên)$/u, '');
    return person(name, roleAfter || role);
  }
  if (/^\p{Ll}+$/u.test(text)) return /(?:ek|ekî|eke)$/u.test(text) ? described(text) : officeDescriptor(text);
  return /^\p{Ll}+(?:ek|ekî|eke)\s/u.test(text) ? described(text.replace(/\s+ku\s.*$/u, '')) : null;
}

// (`got` is English too: a frame needs Kurdish letters, or an office of four letters or more alone before the verb, `, muxtar got.`.)
export const kurmanji: LanguageCues = tagWordsReader((frame) => patterns().cue.test(frame) && (/[êîû]/u.test(frame) || /^[\s,]*\p{Ll}{4,}\s+got\s*\./u.test(frame)), patterns, speakerIn);
