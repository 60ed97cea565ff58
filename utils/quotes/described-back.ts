/**
 * A described speaker the sentence just before the quote names: `X, an urban studies lecturer at …, said … . "…," the
 * academic said.` or a paragraph `Bolden promised …` then `"…," the coach said.` Journalists swap the name for an
 * occupational epithet to avoid repeating it; the one the sentence before is about is the speaker. Only a role or
 * occupation noun is read so (`the father`, `the woman` may be someone new), and only when that sentence is about a
 * person and does not itself speak of the noun (`Ruiz said the coach had left. "…," the coach said` stays).
 */
import type { AttributedSpan } from './attribute';
import { looksLikePerson } from './names';
import { ROLE_NOUNS } from './roles';

/** `the coach`, `the veteran coach`: the definite article, up to two lower-case words, the noun. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]{2,})$/u;
/** Epithets for a person's line of work that no office list holds (`the academic`, `the scholar`). */
const OCCUPATIONAL_EPITHETS = new Set(['academic', 'scholar', 'expert', 'analyst', 'researcher', 'scientist', 'economist', 'veteran']);
/** A sentence opening with a name, perhaps a description in commas, then a lower-case verb: `Bolden promised`, `X, a lecturer, said`. */
const NAME_SUBJECT = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})(?:,[^,.;:"“”]{1,160},)?\s+\p{Ll}/u;
/** How far back (characters) the sentence before may start. */
const REACH = 800;

/** The sentence that ends right before `at` (after at most one paragraph break), or null. */
function sentenceBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - REACH), at).trimEnd();
  if (!/[.!?]["”’]?$/u.test(before)) return null;
  const pieces = before.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})|\n/u);
  return pieces.at(-1)?.trim() ?? null;
}

/**
 * `X Y, reeve of the district, said …. "…," the reeve said`: the sentence before gives the very noun as the apposition of
 * its named subject, so the noun is that person whether or not an office list holds it.
 */
function apposedSubject(sentence: string, noun: string): string | null {
  const apposed = new RegExp(`^(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3}),\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${noun}(?:\\s+(?:of|for|at|in)\\s+[^,;:"“”]{1,120})?,\\s+(?:[^,;"“”]{1,160},\\s+)?\\p{Ll}`, 'u');
  const subject = apposed.exec(sentence)?.[1];
  return subject && looksLikePerson(subject) ? subject : null;
}

function namedBefore(text: string, span: AttributedSpan, spans: AttributedSpan[], index: number): string | null {
  const noun = span.speakerKind === 'description' && span.speaker ? DEFINITE_DESCRIPTION.exec(span.speaker)?.[1] : undefined;
  if (!noun) return null;
  const sentence = sentenceBefore(text, span.outerStart);
  const apposed = sentence ? apposedSubject(sentence, noun) : null;
  if (apposed) return apposed;
  if (!(ROLE_NOUNS.has(noun) || OCCUPATIONAL_EPITHETS.has(noun))) return null;
  const subject = sentence ? NAME_SUBJECT.exec(sentence)?.[1] : undefined;
  const nounWord = new RegExp(`(?:^|[^\\p{L}])${noun}(?![\\p{L}])`, 'u');
  if (!sentence || !subject || nounWord.test(sentence)) return null;
  // (An office noun must be one the text gave that person before, `hired X as its new fire chief`: `Shopkeeper X … "…," the
  // teacher said` is someone else; an epithet such as `the academic` needs no such earlier word.)
  const family = subject.split(/\s+/u).at(-1)!;
  if (!OCCUPATIONAL_EPITHETS.has(noun) && !text.slice(0, span.outerStart).split(/(?<=[.!?])\s+|\n/u).some((earlier) => earlier.includes(family) && nounWord.test(earlier))) return null;
  // (A family name alone is the person an earlier quote already gave in full: `Bolden` of `Terrence Bolden`.)
  if (!/\s/u.test(subject)) return spans.slice(0, index).map((earlier) => earlier.speaker).find((name) => !!name && name.endsWith(` ${subject}`) && looksLikePerson(name)) ?? null;
  return looksLikePerson(subject) ? subject : null;
}

export function namedBeforeSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  let carried: { description: string; name: string; role: string | null; end: number } | null = null;
  return spans.map((span, index) => {
    // (`"…," the chief said. "…"`: the same paragraph's next piece, read with the same description, is the same person.)
    const sameRun = carried && span.speaker === carried.description && !text.slice(carried.end, span.outerStart).includes('\n');
    const name = sameRun ? carried!.name : namedBefore(text, span, spans, index);
    // (`X, reeve of the district, …. "…," the reeve said`: the noun the text gave that person is the role.)
    const noun = name && !span.role && !sameRun ? DEFINITE_DESCRIPTION.exec(span.speaker ?? '')?.[1] : undefined;
    const sentence = noun ? sentenceBefore(text, span.outerStart) : null;
    const role = span.role ?? (sameRun ? carried!.role : noun && sentence && apposedSubject(sentence, noun) === name ? noun : null);
    carried = name && span.speaker ? { description: span.speaker, name, role, end: span.outerEnd } : sameRun ? carried : null;
    return name ? { ...span, speaker: name, role, speakerKind: 'name', speakerMention: null } : span;
  });
}
