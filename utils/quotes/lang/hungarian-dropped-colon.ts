/**
 * `X az éjszakát a helyszínen töltötte. Kedd reggel a közösségi oldalán így fogalmazott: „…”`: Hungarian leaves the
 * subject out when the sentence before named it, and a sentence of when and where, then the verb of saying and a colon,
 * is that person's (read like a dropped tag after a quote). No nominative may stand among those words: `A férfi így
 * fogalmazott:`, `A kemping egyik üzemeltetője ezt mondta:` have a subject of their own.
 */

/** Times of day and sentence adverbs (`reggel`, `később`, `ezután`) and the pointers before the verb (`így`, `ezt`). */
const ADVERB = /^(?:reggel|este|délután|délelőtt|éjjel|hajnalban|később|utóbb|aztán|majd|ma|tegnap|ezután|utána|végül|akkor|most|ismét|szintén|röviden|is|így|ezt|azt|erről|arról|erre|arra|pedig|még|már|nyilvánosan|egyértelműen)$/u;
/** Weekdays, a weekday's adjective (`szerdai`) or a time word opening the sentence; an article before a case-marked noun. */
const OPENER = /^(?:Hétfőn|Kedden|Szerdán|Csütörtökön|Pénteken|Szombaton|Vasárnap|Hétfő|Kedd|Szerda|Csütörtök|Péntek|Szombat|Reggel|Este|Délután|Később|Aztán|Majd|Ma|Tegnap|Ezután|Utána|Végül|Akkor|Most|Így|Ezt|Erről|A|Az)$/u;
/** A noun in a case other than the nominative (`oldalán`, `ülésen`, `levelében`, `interjúban`, `kérdésre`, `végén`). */
const CASED = /\p{Ll}(?:ban|ben|ba|be|on|en|ön|án|én|ján|jén|n|kor|ig|ról|ről|ra|re|nak|nek|val|vel|ból|ből|tól|től|hoz|hez|höz|nál|nél|ként)$/u;

/** Whether the words before a colon are a Hungarian sentence with its subject left out, ending on `verb`. */
export function isHungarianDroppedBeforeColon(frame: string, verb: RegExp): boolean {
  const sentence = /(?:^|[.!?]\s+)([^.!?:„”"]{2,120}?)\s*:\s*$/u.exec(frame.trimEnd())?.[1];
  const words = sentence?.split(/\s+/u) ?? [];
  if (words.length < 2 || !verb.test(words.at(-1)!) || !OPENER.test(words[0]!)) return false;
  const middle = words.slice(1, -1);
  // (An adjective in -i before its noun, `közösségi oldalán`, is no subject either; the word before the adverbs must be cased.)
  const content = middle.filter((word) => !ADVERB.test(word));
  if (/^(?:A|Az)$/u.test(words[0]!) && content.length === 0) return false;
  // (An article, `a közösségi oldalán`, opens such a cased noun too.)
  return middle.every((word, i) => ADVERB.test(word) || CASED.test(word) || (/^(?:a|az|\p{Ll}+i)$/u.test(word) && i < middle.length - 1 && (CASED.test(middle[i + 1]!) || /\p{Ll}i$/u.test(middle[i + 1]!))));
}
