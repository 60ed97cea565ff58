/**
 * Hungarian names the fallback misses: a name (its office first, `A kör vezetője, dr. X Y`) with an adjunct before the verb
 * and colon (`X Y a közgyűlés után így fogalmazott:`), and after a quote a sentence opening on "so"/"this" with the verb
 * first and the name after it (`„…” Így reagált X Y, a vendégcsapat edzője.`).
 */

import type { SpeakerPhrase } from '../cues';
import { lazy, person } from './shared';

/** Two or three capitalised words, `dr.` before them dropped. */
const NAME = String.raw`(?:[Dd]r\.\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})`;
/** Verbs of judging and answering a sentence `Így …` opens, besides the saying verbs (`Így reagált`, `Így kommentálta`). */
const JUDGING = 'értékelt|értékelte|reagált|kommentált|kommentálta|összegzett|összegezte|summázott|vélekedett|indokolt|indokolta';

/** `X Y a közgyűlés után így fogalmazott:` (maybe `Role, X Y …`): lower-case words only between the name and the verb. */
const NAME_ADJUNCT_BEFORE = (verb: string) => lazy(() => new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:((?:A|Az)\s+[^,.:;!?„”]{2,60}),\s+)?${NAME}\s+((?:\p{Ll}+\s+){1,6})(?:${verb})\s*:\s*$`,
  'u',
));
/** `Így reagált X Y, a … edzője`: "so"/"this" opening the sentence, a verb, the name, maybe its office after a comma. */
const VERB_FIRST_AFTER = (verb: string) => lazy(() => new RegExp(
  String.raw`^\s*(?:Így|Ezt|Erről|Ekképp|Ekként)\s+(?:${verb}|${JUDGING})\s+${NAME}(?:\s*,\s*(?:a|az)\s+([^,.!?;:„”]{2,60}))?`,
  'u',
));

/** The role the words before the name give, its article off (`A kör vezetője` → `kör vezetője`). */
const roleOf = (words: string | undefined) => words?.replace(/^(?:A|Az)\s+/u, '') ?? null;

export function hungarianNameTags(verb: string, isRoleNoun: (word: string) => boolean) {
  const before = NAME_ADJUNCT_BEFORE(verb);
  const after = VERB_FIRST_AFTER(verb);
  return {
    before(frame: string): SpeakerPhrase | null {
      const found = before().exec(frame.trimEnd());
      if (!found) return null;
      // (`Kiss Anna polgármester így fogalmazott:`: a role noun right after the name is their office.)
      const titled = found[3]!.trim().split(/\s+/u)[0]!;
      return person(found[2]!, roleOf(found[1]) ?? (isRoleNoun(titled) ? titled : null));
    },
    after(frame: string): SpeakerPhrase | null {
      const found = after().exec(frame);
      return found ? person(found[1]!, found[2] ?? null) : null;
    },
  };
}
