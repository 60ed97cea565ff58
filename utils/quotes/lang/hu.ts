/**
 * Hungarian tags the fallback (lang/adjacent.ts) leaves: the subject left out after a verb and its preverb or an adverb
 * (`– tette hozzá nevetve.`, `– mondta, miközben …`, `– magyarázta –,`), the article and a role noun with a clause
 * after it (`– mondta a pék, és lekapcsolta …`), and a role noun opening the words before a colon (`A megyei jegyző így
 * fogalmazott:`). Names (`– mondta Kovács Péter`) stay with the fallback, which reads Hungarian's name-first order.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, lazy, person, pronoun, type LanguageCues } from './shared';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { hungarianNameTags } from './hungarian-name-tags';
import { isHungarianDroppedBeforeColon } from './hungarian-dropped-colon';

/** Verbs of saying, past (-ta/-te, -t/-tt) and present (-ja/-i), as tags write them. */
const VERBS = alternation(
  ('mondta mondja mondott magyarázta magyarázza mesélte meséli közölte közli hangsúlyozta hangsúlyozza nyilatkozta ' +
    'nyilatkozza fogalmazott fogalmaz válaszolta válaszolja felelte feleli kérdezte kérdezi jelentette jelenti ' +
    'érvelt érvel sóhajtott nevetett írta írja idézte idézi emlékezett emlékszik panaszolta panaszolja').split(' '),
);
/** Preverbs written after their verb (`tette hozzá`, `jegyezte meg`, `mondta el`, `mutatott rá`). */
const SPLIT_VERBS = '(?:tette|teszi|fűzte|fűzi)\\s+hozzá|(?:jegyezte|jegyzi)\\s+meg|(?:mutatott|mutat)\\s+rá|(?:mondta|mondja)\\s+el|(?:ismerte|ismeri)\\s+el';
const VERB = lazy(() => `(?:${SPLIT_VERBS}|${VERBS})`);
/** One verb of saying alone, the whole word (`fogalmazott`), for the last word before a colon. */
const SAYING_VERB = lazy(() => new RegExp(`^(?:${VERBS})$`, 'u'));

/** What may follow a tag's last word: its end, a closing dash, or a comma opening a clause ("and", "while", "who", "then"). */
const TAG_END = String.raw`\s*(?:[.!?]|[–—]\s*,?|,\s+(?:és|majd|miközben|mire|aki|s|de|ám|mert|hiszen)\s.*)?\s*$`;

/** `– tette hozzá nevetve.`, `– mondta lapunknak.`: a verb and at most two lower-case words that are no article. */
const DROPPED = lazy(() => new RegExp(`^[\\s,]*[—–-]?\\s*(${VERB()})((?:\\s+(?!a\\s|az\\s|egy\\s)\\p{Ll}+){0,2})${TAG_END}`, 'u'));
/** `– mondta a pék, és …`, `– fogalmazott a megyei jegyző.`: the article, maybe an adjective, and a role noun. */
const ROLE_AFTER = lazy(() => new RegExp(`^[\\s,]*[—–-]?\\s*(?:${VERB()})\\s+(?:a|az)\\s+(?:(\\p{Ll}+)\\s+)?(\\p{Ll}[\\p{Ll}-]{2,})${TAG_END}`, 'u'));
/** `A megyei jegyző így fogalmazott:`, `Az elnök ezt mondta:`: the article, maybe an adjective, a role noun, a verb and a colon. */
const ROLE_BEFORE = lazy(() => new RegExp(`(?:^|[.!?]\\s+)(?:A|Az)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}[\\p{Ll}-]{2,})\\s+(?:(?:így|ezt|azt|erről|röviden|később|is)\\s+){0,2}(?:${VERB()})\\s*:\\s*$`, 'u'));

/** Adverbs of manner in -va/-ve (`nevetve`, `mosolyogva`) and datives (`lapunknak`): no subject, the verb's own. */
const NO_SUBJECT = /^(?:\p{Ll}+(?:va|ve|nak|nek)|hozzá|el|meg|még|később|aztán|is)$/u;

const roleDescriptor = (role: string): SpeakerPhrase => ({ phrase: 'they', kind: 'name', pronoun: true, descriptor: true, role, definite: role });

/** Names with an adjunct before the verb, and `Így reagált X` after a quote: lang/hungarian-name-tags.ts. */
const NAME_TAGS = lazy(() => hungarianNameTags(VERB(), isHungarianRoleNoun));

function after(frame: string): SpeakerPhrase | null {
  const named = NAME_TAGS().after(frame);
  if (named) return named;
  const role = ROLE_AFTER().exec(frame);
  if (role && isNewLanguageRoleNoun(role[2]!)) return roleDescriptor(role[2]!);
  const bare = DROPPED().exec(frame);
  if (!bare || !bare[2]!.trim().split(/\s+/u).filter(Boolean).every((word) => NO_SUBJECT.test(word))) return null;
  return pronoun('they');
}

/** `A megyei jegyző szerint „…”`: the article, maybe an adjective, a role noun and "according to" right before the words. */
const ROLE_ACCORDING = /(?:^|[.!?]\s+)(?:A|Az)\s+(?:\p{Ll}+\s+)?(\p{Ll}[\p{Ll}-]{2,})\s+szerint\s*,?\s*$/u;

/** A listed role noun, or a compound ending in one or in "leader" (`városvezető`, `csoportvezető`, `alpolgármester`). */
function isHungarianRoleNoun(word: string): boolean {
  if (isNewLanguageRoleNoun(word)) return true;
  for (let cut = 3; cut <= word.length - 4; cut++) if (word.slice(cut) === 'vezető' || isNewLanguageRoleNoun(word.slice(cut))) return true;
  return false;
}

function before(frame: string): SpeakerPhrase | null {
  const named = NAME_TAGS().before(frame);
  if (named) return named;
  const role = ROLE_BEFORE().exec(frame.trimEnd());
  if (role) return isNewLanguageRoleNoun(role[1]!) ? roleDescriptor(role[1]!) : null;
  // (`Kedd reggel a közösségi oldalán így fogalmazott:`: the subject left out, the person named before, hungarian-dropped-colon.ts.)
  if (isHungarianDroppedBeforeColon(frame, SAYING_VERB())) return pronoun('they');
  // (Such a noun is a paraphrase of the person named before, `a városvezető` for the mayor: it is read as them and
  // gives them no new role, so the office the story gave stays.)
  const according = ROLE_ACCORDING.exec(frame.trimEnd());
  return according && isHungarianRoleNoun(according[1]!) ? { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, definite: according[1]! } : null;
}

/**
 * `A 31 éves irányító a büntetőt „…” nevezte. „…” – mesélte.`: the sentence before the quote opening on the article,
 * maybe an age and an adjective, and a role noun; a tag with its subject left out is that person's, the one the text named
 * with the role (`X Y irányító`), not the latest speaker.
 */
const ROLE_OPENING = /^(?:A|Az)\s+(?:\d+\s+éves\s+)?(?:\p{Ll}+\s+)?(\p{Ll}[\p{Ll}-]{2,})\s/u;
export function hungarianOpeningRoleHolder(text: string, sentence: string, at: number): SpeakerPhrase | null {
  const role = ROLE_OPENING.exec(sentence.trim())?.[1];
  if (!role) return null;
  // (A noun no list holds, `irányító`, stands for someone only when the text wrote it right after their name.)
  const holder = isHungarianRoleNoun(role) ? hungarianRoleHolder(text, role, at) : titledRightAfterName(text, role, at);
  return holder ? person(holder, role) : null;
}

/** The latest name before `at` the noun follows directly as a title (`Kiss Anna irányító`), or null. */
function titledRightAfterName(text: string, noun: string, at: number): string | null {
  const pattern = new RegExp(`(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
  return [...text.slice(0, at).matchAll(pattern)].at(-1)?.[1] ?? null;
}

/** Whether a tag after a quote is a Hungarian verb with its subject left out (lang/newlang-introduced.ts reads whom). */
export const isHungarianDroppedTag = (frame: string): boolean => after(frame)?.dropped === true;

const CUE = /(?:^|[\s–—-])(?:szerint|mondt|mondj|mondott|magyaráz|mesél|közöl|közli|hangsúlyoz|nyilatkoz|fogalmaz|válaszol|felel|kérdez|jelent|érvel|sóhajt|nevetett|írt|írj|idéz|emlékez|emlékszik|panaszol|tette|teszi|fűzte|fűzi|jegyez|jegyzi|mutat|ismer|értékel|reagál|kommentál|összeg|summáz|vélekedett|indokol)/u;

export const hungarian: LanguageCues = { applies: (frame) => CUE.test(frame), after, before };

/** Two or three capitalised words (`Kerekesné Fodor Piroska`, a married name first), up to two lower-case words, then the role. */
const NAME_THEN_ROLE = String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?:\s+\p{Ll}+){0,2}?\s+`;

/** The person the text named right before the role noun (`Mészáros Judit megyei jegyző`), the latest before `at`, or null. */
export function hungarianRoleHolder(text: string, role: string, at: number): string | null {
  const pattern = new RegExp(`${NAME_THEN_ROLE}${role.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
  let found: string | null = null;
  for (const match of text.slice(0, at).matchAll(pattern)) found = match[1]!;
  return found;
}
