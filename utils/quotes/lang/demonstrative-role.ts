import type { SpeakerPhrase } from '../cues';

/** The Japanese and Korean readers take `同` and `이` for a family name before a role: it is a demonstrative. */
export function withDemonstrativeRole(found: SpeakerPhrase | null): SpeakerPhrase | null {
  // (`同氏は`, "the same person": the one just named, whoever it is, as a subject left out is.)
  if (found && !found.pronoun && found.kind === 'name' && found.phrase === '同' && !found.role) return { ...found, phrase: '同氏', dropped: true };
  if (!found || found.pronoun || found.kind !== 'name' || !found.role) return found;
  if (found.phrase === '同' && /^\p{Script=Han}{1,4}$/u.test(found.role)) return { ...found, phrase: `同${found.role}`, kind: 'description', role: undefined };
  if (/^(?:이|그|해당)$/u.test(found.phrase) && /^\p{Script=Hangul}{1,4}$/u.test(found.role)) return { ...found, phrase: `${found.phrase} ${found.role}`, kind: 'description', role: undefined };
  return found;
}
