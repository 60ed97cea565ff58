/**
 * `„…“, – sakė archeologas.`, `– kalbėjo kaunietė.`: a Lithuanian past verb (`-ė`, `-o`) and one noun in the nominative
 * (`-as`, `-is`, `-ys`, `-us`, `-ė`, `-a`) after a quote is the verb and its subject, a description of someone the text
 * has (the one introduced with that noun, else the person its paragraph names), not a verb with its subject left out.
 */

/** A Lithuanian past verb of the third person (`sakė`, `pasakojo`, `kalbėjo`). */
const PAST_VERB = /^\p{Ll}{2,}(?:ė|o)$/u;
/** A nominative singular noun of five letters or more (`archeologas`, `žvejys`, `kaunietė`, `vedėja`); `tada`, `ji` are too short. */
const NOMINATIVE = /^\p{Ll}{3,}(?:as|is|ys|us|ė|ja|ta|ka)$/u;

/** Whether `verb noun` after a quote is a Lithuanian verb and a described subject (not two verbs, not a verb left alone). */
export function isLithuanianNounSubject(verb: string, noun: string | undefined): boolean {
  return !!noun && PAST_VERB.test(verb) && NOMINATIVE.test(noun) && /[ąčęėįšųūž]/u.test(`${verb}${noun}`);
}

/** `– sakė archeologas.`: ['', verb, noun] when the tag is that verb and noun alone, else null. */
export function lithuanianNounAfter(frame: string): [string, string, string] | null {
  const match = /^[—–-]?\s*(\p{Ll}+)\s+(\p{Ll}+)\s*[.!]?\s*$/u.exec(frame.trim());
  return match && isLithuanianNounSubject(match[1]!, match[2]) ? ['', match[1]!, match[2]!] : null;
}
