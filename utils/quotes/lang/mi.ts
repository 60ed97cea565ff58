/**
 * Te reo Māori: after a quote `,” tā X.` (X's words), `,” tā te Kaiwhakawā X.` (a title before the name), `,” tāna.` /
 * `,” hei tāna.` (his or hers: the person just quoted), `,” tā te kaumātua.` (an office: the one the text gave it), `,” tā
 * tētahi kuia.` (someone unnamed), `,” ka kī a X.` / `,” i kī ia.` (said X, said he or she), `,” e ai ki a X.`; before one
 * `I kī a X: “…”`, `Ka mea te <role>, a X: “…”`, `Hei tā X, “…”`, `Ki tā X, “…”`, `E ai ki a X, “…”`, `Ko tā X: “…”` and a
 * fronted subject `Ko X, <role>, i kī mai: “…”`. A name takes the personal article `a` (`a X`, `ki a X`), no part of it;
 * `tētahi` (a certain) opens someone left unnamed. Long vowels are written with macrons or doubled (`tā`, `taa`).
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** "Of", the possessive that names whose words they are: `tā`, doubled `taa`; `tāna` / `taana` his or hers. */
const TA = '(?:tā|taa|Tā|Taa)';
const TANA = '(?:tāna|taana|Tāna|Taana)';
/** Verbs of saying: say (kī, mea), speak, answer, add, explain, show, ask, insist, call out, warn, stress, agree. */
const SAY = '(?:kī|kii|mea|kōrero|koorero|whakautu|tāpiri|taapiri|whakamārama|whakamaarama|whakaatu|pātai|paatai|tohe|karanga|whakatūpato|whakatuupato|whakapūmau|whakaae|whakahē|whakahee|ui)';
/** Tense and aspect before a verb: past `i`, `ka` (and then), perfect `kua`, present `e`, `te` (the saying of). */
const TENSE = '(?:[IiKk]a|[Kk]ua|[Ee]|[Ii]|[Tt]e)';
/** Directional and other particles after a verb: towards (atu), hither (mai), again, also, indeed. */
const PARTICLES = '(?:\\s+(?:atu|mai|anō|ano|hoki|rā|ra|nei|tonu|ai))*';
/** Pronouns of one person: he or she (`ia`); `rātou`, `rāua` (they) are a group, no one person. */
const ONE = /^(?:ia)$/u;
const GROUP = /^(?:rātou|raatou|rāua|raaua|mātou|maatou|tātou|taatou)(?![\p{L}])/u;
/** Titles written before a name (judge, minister, prime minister, doctor, professor, mayor, councillor, elder, Mr, Mrs, Miss): its role. */
const TITLE = '(?:Kaiwhakawā|Kaiwhakawaa|Minita|Pirimia|Tākuta|Taakuta|Ahorangi|Koromatua|Kaunihera|Kaumātua|Kaumaatua|Matua|Whaea|Pāpā|Paapaa|Kōka|Kooka|Koro|Kuia|Tumuaki|Heamana|Rangatira|Tāhu|Te\\s+Tumu)';
/** Nouns heading a body's name (council, ministry, board, court, school, company, police, government, trust): no person. */
const BODY = /^(?:Te\s+)?(?:Kaunihera|Manatū|Manatu|Poari|Kooti|Kura|Kamupene|Pirihimana|Kāwanatanga|Kawanatanga|Tari|Rūnanga|Runanga|Rōpū|Roopu|Tarahiti|Whare|Hōhipera|Hohipera|Komihana|Pāremata|Paremata|Karauna)(?![\p{L}])/u;
/** Words after a name or tag that say how, where or to whom, not who (to, at, with, while, and, then, laughing). */
const NO_SUBJECT = /^(?:ki|i|kei|me|ā|a|ka|kua|nō|no|mō|mo|hoki|anō|ano|tonu|rā|ra|nei)(?![\p{L}])/u;
/** Articles: the (`te`, plural `ngā`), a (`he`). */
const ARTICLE = /^(?:te|ngā|nga|he)\s+/u;
/** A full stop after a title's short form ends no sentence (`Tkt.` doctor, `Ahr.` professor). */
const SENTENCE_END = '(?<!(?:^|\\s)(?:Tkt|Ahr|Dr|Prof))[.!?]\\s+';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:${TA}|${TANA}|${TENSE}\\s+${SAY}|[Ee]\\s+ai\\s+ki)(?=[\\s:,.;!?]|$)`, 'u'),
  name: new RegExp(`^(?:(${TITLE})\\s+)?(${NAME_RUN})$`, 'u'),
  // `tā X`, `hei tā X`, `ki tā X`, `ko tā X`: the possessive and what follows it up to the clause's end.
  possessed: new RegExp(`^[\\s,]*(?:(?:[Hh]ei|[Kk]i|[Kk]o)\\s+)?${TA}\\s+([^.!?;:“”"\\n]{1,120})`, 'u'),
  possessedPronoun: new RegExp(`^[\\s,]*(?:(?:[Hh]ei|[Kk]i|[Kk]o)\\s+)?${TANA}(?=[\\s.,;:!?]|$)`, 'u'),
  // `ka kī a X`, `i kī atu ia`, `e ai ki a X`: a verb of saying and its subject, or "according to".
  verbAfter: new RegExp(`^[\\s,]*(?:${TENSE}\\s+${SAY}${PARTICLES}|[Ee]\\s+ai\\s+ki)\\s+([^.!?;:“”"\\n]{1,120})`, 'u'),
  splitTag: new RegExp(`^[\\s,]*(?:(?:(?:[Hh]ei|[Kk]i)\\s+)?(?:${TA}\\s+[^.!?“”"\\n,]{1,60}|${TANA})|${TENSE}\\s+${SAY}${PARTICLES}\\s+[^.!?“”"\\n,]{1,60})\\s*,\\s*$`, 'u'),
  // Before a quote: `Hei tā X, “…”`, `Ki tā X:`, `Ko tā X:`, `Hei tāna:`.
  possessedBefore: new RegExp(`(?:^|${SENTENCE_END})(?:(?:Hei|Ki|Ko)\\s+)?(?:${TA}\\s+([^.!?“”"]{1,160}?)|${TANA})\\s*[:,]?\\s*$`, 'u'),
  // `I kī a X: “…”`, `Ka mea te heamana, a X:`, `E ai ki a X, “…”`, `I kī mai tētahi kuia …:`.
  verbBefore: new RegExp(`(?:^|${SENTENCE_END})(?:${TENSE}\\s+${SAY}${PARTICLES}|E\\s+ai\\s+ki)\\s+([^.!?“”"]{1,200}?)\\s*[:,]?\\s*$`, 'u'),
  // `Ko X, <role>, i kī mai: “…”`: a subject fronted by `ko`, then its verb.
  fronted: new RegExp(`(?:^|${SENTENCE_END})Ko\\s+([^.!?“”"]{2,200}?),?\\s+${TENSE}\\s+${SAY}${PARTICLES}\\s*:\\s*$`, 'u'),
}));

/** The name a group of words is, `a` (the personal article) and a title taken off; the title is its role. */
function maoriName(group: string): { name: string; title: string | null } | null {
  const words = group.trim().replace(/^(?:ki\s+)?a\s+(?=\p{Lu})/u, '').replace(/^te\s+(?=\p{Lu})/u, '');
  if (BODY.test(words)) return null;
  const found = patterns().name.exec(words);
  if (!found) return null;
  const name = cleanName(found[2]!);
  return name ? { name, title: found[1] ?? null } : null;
}

/**
 * The speaker in the words after a tag or before a colon: `X`, `a X, <role>`, `te <role>, a X`, `te Kaiwhakawā X`, `ia`,
 * `te <office>` (the one the text gave it), `tētahi <noun> …` (someone unnamed), a body (no person).
 */
function speakerIn(words: string): SpeakerPhrase | null {
  const groups = words.split(/\s*,\s*/u).map((group) => group.trim()).filter(Boolean);
  const head = groups[0] ?? '';
  if (!head || ONE.test(head.split(/\s+/u)[0]!) || /^a\s+ia(?![\p{L}])/u.test(head)) return pronoun('they');
  // (`tā rātou`: their words, a group's; the English "they", never one person.)
  if (GROUP.test(head)) return { phrase: 'they', kind: 'name', pronoun: true };
  const at = groups.findIndex((group) => maoriName(group.split(/\s+(?=\p{Ll})(?!(?:a|te)\s+\p{Lu})/u)[0]!) !== null);
  if (at >= 0) {
    const found = maoriName(groups[at]!.split(/\s+(?=\p{Ll})(?!(?:a|te)\s+\p{Lu})/u)[0]!)!;
    // (`te heamana o te poari, a X`: the group before the name is its role; after it, a lower-case group that is no adjunct.)
    // (An article opening a role comes off it: `te heamana` the chair, `he kaihī ika` a fisher.)
    const before = groups.slice(0, at).map((group) => group.replace(ARTICLE, ''));
    const after = groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !NO_SUBJECT.test(group)).map((group) => group.replace(ARTICLE, ''));
    return person(found.name, [...before, ...after].join(', ') || found.title);
  }
  // (`te Kaunihera o X`, `Te Poari`: a body, described so that no person is read from it.)
  const bare = head.replace(/^te\s+(?=\p{Lu})/u, '');
  if (BODY.test(bare)) return described(head);
  if (/^\p{Lu}/u.test(head)) return null;
  // (`tētahi kuia nō te hapū`: a certain elderly woman, someone left unnamed.)
  if (/^(?:tētahi|tetahi|tēteahi|tētehi|tetehi)\s/u.test(head)) return described(groups.join(', '));
  // (`te kaiwhakawā`, `te tumuaki`: "the" and an office alone is the one the text gave it.)
  const office = /^te\s+(\p{Ll}+)$/u.exec(head)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const maori: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { possessed, possessedPronoun, verbAfter } = patterns();
    if (possessedPronoun.test(line)) return pronoun('they');
    const words = possessed.exec(line)?.[1] ?? verbAfter.exec(line)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const { splitTag, possessedBefore, verbBefore, fronted } = patterns();
    // (`“…,” tā X, “…”`: the words between two parts of a quote are a tag after the first.)
    if (splitTag.test(frame)) return maori.after(frame);
    const possessed = possessedBefore.exec(frame);
    if (possessed) return possessed[1] ? speakerIn(possessed[1]) : pronoun('they');
    const subject = verbBefore.exec(frame)?.[1] ?? fronted.exec(frame)?.[1];
    return subject ? speakerIn(subject) : null;
  },
};
