/**
 * Tagalog (Filipino): after a quote `,” ani X, <role>.`, `,” sabi ni X.`, `,” dagdag pa niya.` / `aniya` (he or she), `,”
 * paliwanag ng propesor.` (an office, `ng` before a common noun: the one the text gave it); before one `Ayon kay X, <role>, “…”`
 * ("according to X") and `Giit pa ni X: “…”`. `ni`/`kay` mark a person's name, the forms of address `Mang`, `Aling`, `Ka` go.
 */

import type { SpeakerPhrase } from '../cues';
import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

/** Nouns of saying that open a tag: `sabi`, `wika`, `dagdag`, `giit`, `paliwanag` ("explanation of"), `tanong`, `sagot`. */
const SAYING = '(?:sabi|wika|dagdag|giit|paliwanag|pahayag|saad|tanong|sagot|tugon|paalala|babala|diin|kuwento|reklamo)';
const ADDRESS = '(?:(?:Mang|Aling|Ka|Atty\\.|Dr\\.|Engr\\.|Sen\\.|Rep\\.|Gov\\.|Kap\\.|Mayor|G\\.|Gng\\.|Bb\\.)\\s+)?';
const NAMED = `${ADDRESS}(${NAME_RUN})`;
/** The role set off by a comma after the name, up to the clause's end or a lower-case `sa` of place and time. */
const ROLE_AFTER = '(?:,\\s+(\\p{Ll}[^,.;:!?“”"]{1,100}?))?';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*(?:aniya|${SAYING}(?:\\s+pa)?\\s+niya)(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(?:ani|${SAYING}(?:\\s+pa)?\\s+ni)\\s+${NAMED}${ROLE_AFTER}(?=[,.;:!?]|\\s+(?:sa|habang|nang|noong)\\s|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*${SAYING}(?:\\s+pa)?\\s+ng\\s+(\\p{Ll}{4,})\\s*[.!,](?:\\s|$)`, 'u'),
  according: new RegExp(`(?:^|[.!?]\\s+)Ayon\\s+kay\\s+${NAMED}${ROLE_AFTER},?\\s*$`, 'u'),
  sayingBefore: new RegExp(`(?:^|[.!?]\\s+)\\p{Lu}\\p{Ll}+(?:\\s+pa)?\\s+(?:ni|kay)\\s+${NAMED}\\s*:\\s*$`, 'u'),
}));

export const tagalog: LanguageCues = {
  applies: (frame) => /(?:^|[\s,])(?:ani|aniya|niya|ni|kay|ng|Ayon)(?=[\s.,:!?]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const named = patterns().nameAfter.exec(line);
    if (named) return person(named[1]!, named[2]?.trim() || null);
    const office = patterns().officeAfter.exec(line)?.[1];
    return office ? officeDescriptor(office) : null;
  },
  before(frame): SpeakerPhrase | null {
    const source = patterns().according.exec(frame);
    if (source) return person(source[1]!, source[2]?.trim() || null);
    const said = patterns().sayingBefore.exec(frame);
    return said ? person(said[1]!) : null;
  },
};
