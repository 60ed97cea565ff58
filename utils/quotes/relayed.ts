/**
 * Relayed speech: a frame where someone passes the words on names the one who said them
 * (`Interfax quoted Ana Lopez, the mayor, as saying`, `John Roe was told by Jane Doe:`,
 * `Kim recalled Reyes telling him,`). The rarer frames, each behind words every match of it has.
 */

import { guarded } from '../patterns';
import { NAME_RUN, cleanName } from './names';
import { named, withRole, type SpeakerPhrase } from './speaker-phrase';

/** "John Roe was told by Jane Doe:": the one who told is the speaker; the subject only listened. */
const TOLD_BY = guarded('quotes/cues: told by', /(?:told|asked|reminded|warned)\s+by\s/u, ['was', 'were', 'been', 'being'], 'u', {
  prefix: '\\b',
  suffix: `\\s+(?:told|asked|reminded|warned)\\s+by\\s+(${NAME_RUN})`,
});
/** "Kim recalled Reyes telling him,": the one recalled as speaking said the words. */
const RECALLED_SAYING = guarded(
  'quotes/cues: recalled saying',
  /\s(?:saying|telling|asking|writing|declaring|warning|shouting)\b/u,
  'recalled|recalls|remembered|remembers|heard|hears|recounted|recounts|shows|showed|features|featured|captured|captures'.split('|'),
  'u',
  { prefix: '\\b', suffix: `\\s+(${NAME_RUN})\\s+(?:saying|telling|asking|writing|declaring|warning|shouting)\\b` },
);
const QUOTED_AS_SAYING = guarded('quotes/cues: quoted as saying', /\bquoted\s/u, [`(${NAME_RUN})`], 'u', {
  prefix: '\\bquoted\\s+',
  suffix: '(?:,\\s+([^,"“”]{1,80}),)?\\s+as\\s+say(?:ing|s)\\b',
});

/** "Interfax quoted Ana Lopez, the mayor, as saying": the outlet relays, the person named speaks; so does "was told by X". */
export function quotedAsSaying(frame: string): SpeakerPhrase | null {
  const toldBy = TOLD_BY.exec(frame);
  if (toldBy && cleanName(toldBy[1] ?? '')) return named(toldBy[1]);
  const recalled = RECALLED_SAYING.exec(frame);
  if (recalled && cleanName(recalled[1] ?? '')) return named(recalled[1]);
  const match = QUOTED_AS_SAYING.exec(frame);
  const phrase = match && cleanName(match[1] ?? '') ? named(match[1]) : null;
  return phrase && match?.[2] ? withRole(phrase, [match[2]]) : phrase;
}
