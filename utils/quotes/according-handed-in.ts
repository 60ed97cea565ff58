/**
 * `"…," according to written testimony submitted by X, the deputy engineer.`: words a person put in a paper they
 * handed in (testimony, a letter, a statement they submitted, filed or signed). The one named after `by` is the
 * source, not the paper. (`according to a report by Y` stays a document's: a report is a body's, not one person's.)
 */
import { NAME_RUN, cleanName, looksLikePerson } from './names';
import { lazyPattern, named, withRole, type SpeakerPhrase } from './speaker-phrase';

/** Papers that carry one person's own words. */
const PERSONAL_PAPER = '(?:testimony|letter|memo|memorandum|e-?mail|message|note|statement|submission|affidavit|declaration|remarks)';
/** How the person handed the paper in: `submitted by`, `filed by`, `signed by`. */
const HANDED_IN = '(?:submitted|written|filed|sent|signed|issued|delivered|prepared|lodged)';
/** `according to (the) (written) testimony submitted by (deputy engineer) X` (group 1: the name; group 2: an appositive after it). */
const ACCORDING_HANDED_IN_BY = lazyPattern(
  () => new RegExp(`\\b[Aa]ccording to (?:(?:a|an|the|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${PERSONAL_PAPER}\\s+${HANDED_IN}\\s+by\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME_RUN})(?:,\\s+([^,;:"“”()]{2,100}?)(?=[,.;]|$))?`, 'u'),
);

/** The person whose handed-in paper a frame after a quote gives as its source, or null. */
export function accordingHandedIn(frame: string): SpeakerPhrase | null {
  // (No `according to`, no source: the pattern is left unbuilt.)
  if (!/\b[Aa]ccording to /u.test(frame)) return null;
  const found = ACCORDING_HANDED_IN_BY().exec(frame);
  if (!found || found.index > 120 || !looksLikePerson(cleanName(found[1]!))) return null;
  const phrase = named(found[1]);
  return phrase && found[2] ? withRole(phrase, [found[2]]) : phrase;
}
