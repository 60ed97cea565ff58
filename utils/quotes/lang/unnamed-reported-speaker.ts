/**
 * Finnish and Estonian papers bring in someone who will not be named, report what they say in a sentence of
 * indirect speech, then give their words as an untagged dash line:
 *   `Eräs kalastaja, joka ei halua nimeään lehteen, sanoo saaliiden pienentyneen.` / `– Ennen verkot olivat täynnä.`
 * The dash line is that person's speech (dialogue.ts), and they are its speaker, kept as a description (dash-introduced.ts).
 */

import { findPersonMentions } from '../person-mentions';
import { findUnnamedIntroductions } from '../unnamed-introduction';

/** A Finnish or Estonian verb of saying, present or past (`sanoo`, `kertoi`, `ütleb`), or a Scandinavian one (`säger`, `siger`, `sier`). */
// (Swedish, Danish and Norwegian papers do the same: `En busschaufför, som inte vill framträda med namn, säger att …` / `– Det här …`.)
const SAYS = /(?<![\p{L}])(?:sanoo|sanoi|kertoo|kertoi|toteaa|totesi|arvioi|muistelee|muisteli|harmittelee|harmitteli|ütleb|ütles|räägib|rääkis|tõdeb|tõdes|säger|sade|berättar|berättade|siger|sagde|fortæller|fortalte|sier|sa|forteller|fortalde)(?![\p{L}])/u;
const QUOTE_MARK = /["“”«»„]/u;

/** The unnamed person whose saying the paragraph reports (naming no one, quoting nothing), as written: `eräs kalastaja`. */
export function unnamedReportedSpeaker(paragraph: string): string | null {
  if (!paragraph || QUOTE_MARK.test(paragraph) || !SAYS.test(paragraph) || findPersonMentions(paragraph).length > 0) return null;
  const introductions = findUnnamedIntroductions(paragraph, () => false);
  // (`Kylällä asiasta vaietaan. Eräs asukas … sanoo …`: the person is the one in the sentence of saying, not an earlier opening.)
  for (const introduction of [...introductions].reverse()) {
    const sentence = paragraph.slice(introduction.at).split(/(?<=[.!?])\s+/u)[0]!;
    if (SAYS.test(sentence)) return introduction.phrase;
  }
  return null;
}
