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
  return GREEK_BODY_IN_GENITIVE.test(run) && run.split(/\s+/u).length <= 2 && /(?:^|\s)(?:του|της|των)\s+$/u.test(text.slice(Math.max(0, at - 5), at));
}
