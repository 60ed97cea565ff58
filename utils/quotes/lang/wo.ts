/**
 * Wolof: after a quote `», la X wax.` / `la X yokk` (so X said, added: `la` focusing the words, the subject before the
 * verb), `», la mu wax.` (he or she said: the person the text is on), `», la kapiteen bi wax.` (said the captain: a noun
 * and its article, the one the text gave that office; `fajkat bi`, the healer: someone described), `», X moo ko wax.` (X is the one who said it); before one `X,
 * <who he is>, neena: «…»` / `ne na:` / `nee na:` (X said), `Mu ne: «…»` (he or she said). Forms of address (Sëriñ,
 * Soxna, Kapiteen, Doktoor, Imaam …) come off names.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying after `la X`: said (wax, ne), added, asked, answered, explained, stressed, told, recounted. */
const VERB = '(?:wax|ne|yokk|laaj|tontu|leeral|indi|dellu\\s+wax|nettali|xamle|biral|dëggal|digle)';
/** `neena`, `ne na`, `nee na`, `wax na`, `yokk na` (has said, has added), with `ne` (that) after them, before a colon. */
const SAID = '(?:neena|ne\\s+na|nee\\s+na|wax\\s+na|yokk\\s+na|tontu\\s+na|biral\\s+na|xamle\\s+na|yégle\\s+na)(?:\\s+ne)?';
/** Forms of address before a name: Serigne, Sokhna (and their Wolof spellings), captain, doctor, imam, teacher, Mr, Mrs. */
const ADDRESS = /^(?:(?:Sëriñ|Serigne|Soxna|Sokhna|Kapiteen|Kapitaine|Doktoor|Dr\.?|Imaam|Imam|Ustaas|Oustaz|Ndeyu\s+Mbill|Njiit|Ministar|Meer|Mme|M\.)\s+)+(?=\p{Lu})/u;
/** A noun with its definite article (`kapiteen bi`, `doktoor ba`, `njiit li`): the one the text gave that noun. */
const DEFINITE = /^(\p{Ll}[\p{Ll}'-]+)\s+(?:bi|ba|ji|ja|gi|ga|mi|ma|si|sa|wi|wa|ki|ka|li|la|yi|ya|ñi|ña)$/u;
/** Offices a story names its speaker by (`la kapiteen bi wax`): captain, head, leader, mayor, minister, secretary, president, imam, commissioner. */
const OFFICES = /^(?:kapiteen|njiit|kilifa|meer|ministar|sekreteer|prezidaa|imaam|komiseer|kòmandaa|kumandaa|jawriñ)$/u;
/** Nouns heading a body's name: government, ministry, police, gendarmerie, association, union, hospital, town hall, company. */
const BODY = /^(?:Nguur|Ministeer|Polis|Sàndarmeri|Kurél|Sindikaa|Lopitaal|Meeri|Kompaañi|Pàrti|Daara|Kër\s+Liggéey)(?![\p{L}])/u;
/** Capitalised words opening a phrase of place, time or manner: in, at, but, now, as for. */
const OPENING = /^(?:Ci|Ca|Fi|Fa|Waaye|Léegi|Ndax|Bi|Ba|Te|Moom|Ñoom)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  // (`la X wax`, `la mu wax`, `la kapiteen bi yokk`: the subject between `la` and the verb.)
  focused: new RegExp(`^[\\s,]*la\\s+([^.!?«»“”"\\n,]{1,80}?)\\s+${VERB}(?=[\\s.,;!?»]|$)`, 'u'),
  // (`X moo ko wax`, `mu ne`: X is the one who said it.)
  emphatic: new RegExp(`^[\\s,]*([^.!?«»“”"\\n,]{1,80}?)\\s+moo\\s+ko\\s+${VERB}(?=[\\s.,;!?»]|$)`, 'u'),
  splitTag: new RegExp(`^[\\s,]*la\\s+[^.!?«»“”"\\n,]{1,80}?\\s+${VERB}\\s*,\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:Mu|Moom\\s*,?\\s*mu|Dafa)\\s+(?:${VERB}|${SAID})(?:\\s+ne)?\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?«»“”"]{2,200}?),?\\s+${SAID}\\s*:\\s*$`, 'u'),
}));

/** The name a group of words is, its forms of address taken off (`Kapiteen X Y` → `X Y`), or null. */
export function wolofName(group: string): string | null {
  const words = group.trim().replace(ADDRESS, '');
  if (OPENING.test(words) || BODY.test(words) || !patterns().name.test(words)) return null;
  return cleanName(words) || null;
}

/** `Kapiteen X Y, kilifa …,`: the name among comma-set groups, the lower-case groups around it its role. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !OPENING.test(group));
  const at = groups.findIndex((group) => wolofName(group) !== null);
  if (at < 0) return groups.length > 0 ? lowerSubject(groups[0]!) : null;
  // (`34 at` (aged 34), `moom` (as for him): no role.)
  const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^(?:moom|mu|\d)/u.test(group));
  const role = [...groups.slice(0, at), ...after].join(', ');
  return person(wolofName(groups[at]!)!, role || null);
}

/** A subject with no name: `mu` (he or she), a noun with its article (an office), a body, or someone described. */
function lowerSubject(words: string): SpeakerPhrase | null {
  if (/^(?:mu|moom)$/iu.test(words)) return pronoun('they');
  if (/^(?:ñu|ñoom)$/iu.test(words)) return null;
  if (BODY.test(words)) return described(words);
  if (/^\p{Lu}/u.test(words)) return null;
  // (`la fajkat bi wax`, the healer: any other noun is someone described, maybe unnamed on purpose.)
  const noun = DEFINITE.exec(words)?.[1];
  return noun && OFFICES.test(noun) ? officeDescriptor(noun) : described(words);
}

function subjectOf(words: string): SpeakerPhrase | null {
  const name = wolofName(words);
  return name ? person(name) : lowerSubject(words.trim());
}

export const wolof: LanguageCues = {
  applies: (frame) => new RegExp(`(?:^|[\\s,«»])(?:la\\s+[^.!?«»\\n]{1,80}?\\s+${VERB}|moo\\s+ko\\s+wax|${SAID})(?=[\\s:,.;!?»]|$)|(?:^|[.!?]\\s+)Mu\\s+ne\\s*:`, 'u').test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { focused, emphatic } = patterns();
    const found = focused.exec(line) ?? emphatic.exec(line);
    if (!found) return null;
    const speaker = subjectOf(found[1]!);
    // (`», la X wax, jaaykat ci marse bi.`: a lower-case group after the verb's comma is the name's role.)
    const role = /^\s*,\s*(\p{Ll}[^.!?«»“”"\n,]{2,120})/u.exec(line.slice(found[0].length))?.[1];
    return speaker?.kind === 'name' && !speaker.pronoun && role ? person(speaker.phrase, role) : speaker;
  },
  before(frame) {
    const { splitTag, pronounBefore, subjectBefore } = patterns();
    // (`«…», la X wax, «…»`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return wolof.after(frame);
    if (pronounBefore.test(frame)) return pronoun('they');
    const subject = subjectBefore.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
