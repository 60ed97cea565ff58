import type { SpeakerPhrase } from '../cues';
import { isRoleWord } from '../roles';

/**
 * `По словам Иванова, в школах отменены занятия`, `Según X, la escuela cerrará`: after a source preposition the
 * comma closes the source, and what follows is the sentence's own clause, no apposition saying what X is.
 */
const ACCORDING_TO =
  /(?:^|[\s,.;:(«"“—–-])(?:по\s+словам|по\s+мнению|за\s+словами|на\s+думку|según|selon|d[’']après|laut|secondo|segundo|volgens|za\s+słowami|według|podle|ifølge|enligt|据|وفقا?\s*ل|وفقاً\s*ل|بحسب|حسب|לדברי|לפי)\s*(?:ل|ـ)?/giu;

/** The words after the role: a comma closes a real apposition (`Según X, directora del hospital, …`). */
function closedApposition(frame: string, roleEnd: number): boolean {
  return /^\s*[,،，]/u.test(frame.slice(roleEnd));
}

/** The found speaker without a role that is only the clause after `According to X,`. */
export function withoutAccordingClause(frame: string, found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found?.role || found.pronoun) return found;
  const roleAt = frame.lastIndexOf(found.role);
  if (roleAt < 0) return found;
  for (const match of frame.matchAll(ACCORDING_TO)) {
    const afterSource = match.index + match[0].length;
    if (afterSource > roleAt) break;
    // Only the source's name (no full stop, no other comma) between the preposition and the comma before the role.
    const between = frame.slice(afterSource, roleAt);
    if (!/^[^,،，.!?;:]{1,80}[,،，]\s*$/u.test(between)) continue;
    const firstWord = found.role.split(/\s+/u)[0] ?? '';
    if (closedApposition(frame, roleAt + found.role.length) || isRoleWord(firstWord)) return found;
    return { ...found, role: undefined };
  }
  return found;
}
