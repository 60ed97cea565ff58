/**
 * Greek bodies in the genitive after their article: `του Δήμου Αρναίας`, `της Περιφέρειας Κεντρικής Μακεδονίας`,
 * `του Εμπορικού Συλλόγου`. "Of the municipality of X" is whose an office is, never a person (person-mentions.ts).
 */
const GREEK_BODY_IN_GENITIVE = /^(?:Δήμου|Δήμων|Υπουργείου|Συλλόγου|Περιφέρειας|Πανεπιστημίου|Νοσοκομείου|Επιμελητηρίου|Οργανισμού|Λιμένα|Κοινότητας|Νομού|Συμβουλίου|Ινστιτούτου|Σωματείου|Ομίλου|Κόμματος|Ένωσης|Ομοσπονδίας|Εταιρείας|Αρχής|Επιτροπής|Γραφείου)(?:\s|$)/u;

/**
 * Whether the capitalised run at `at` is a Greek body in the genitive, its article right before it; of two words at most, as
 * a longer run may go on to the person (`του Υπουργείου Γεωργίας Ανδρέας Πέτρου`).
 */
export function isGreekBodyInGenitive(text: string, at: number, run: string): boolean {
  if (!GREEK_BODY_IN_GENITIVE.test(run) || !/(?:^|\s)(?:του|της|των)\s+$/u.test(text.slice(Math.max(0, at - 5), at))) return false;
  const words = run.split(/\s+/u);
  if (words.length <= 2) return true;
  // (`του Σωματείου Ιδιοκτητών Φούρνων Βόλου`: past a genitive plural, words that do not open as a given name does, in a
  // nominative ending, go on naming the body.)
  // (A name is two words: one left after it, `Αρτοποιών Πάτρας`, is the body's place.)
  const plural = words.findLastIndex((word) => /ών$/u.test(word));
  if (plural <= 0) return false;
  const rest = words.slice(plural + 1);
  return rest.length < 2 || !/(?:ος|ός|ας|άς|ης|ής|α|ά|η|ή)$/u.test(rest[0]!);
}
