/**
 * The third-person singular subject pronouns of the languages no module reads (batch q-rare), a closed class:
 * Macedonian `тој`/`таа`, Croatian and Slovene `ona`, Albanian `ai`/`ajo`, Icelandic `hann`/`hún`,
 * Lithuanian `jis`/`ji`, Latvian `viņš`/`viņa`, Estonian `ta`/`tema`. After a quote (`„…“, bætir hann við.`, `“…”, tha ai.`,
 * `„…“, – teigė ji.`) or opening a colon sentence (`Таа додаде: „…“`, `Viņa piebilda: “…”`) one stands for the person the
 * sentence before introduces, as a subject left out does (lang/newlang-introduced.ts). (Croatian and Slovene `on` is
 * English "on", so it is left out, and Serbian `он`/`она` are Russian's, read by lang/ru-uk.ts with their gender.)
 */

// (And the Malay and Indonesian respectful `beliau`: `Beliau menambah: “…”`.)
// (And Armenian `նա`, he or she: `»,- ընդգծեց նա։`, its stop read as ours, script-stops.ts.)
const LOWER = ['тој', 'таа', 'ona', 'ai', 'ajo', 'hann', 'hún', 'jis', 'ji', 'viņš', 'viņa', 'ta', 'tema', 'beliau', 'նա'];
const PRONOUN = `(?:${LOWER.join('|')})`;
const CAPITALISED = `(?:${LOWER.filter((word) => word !== 'ta').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})`;
/** Auxiliaries and particles a tag may hold beside its verb: South Slavic `je`, Icelandic `við`/`upp` ("adds he to"). */
// (Armenian `է`, "is", after a present participle: `»,- պատմում է նա։`.)
const AUXILIARY = '(?:je|е|је|ka|kishte|du|է)';
const PARTICLE = '(?:við|upp|frá)';

/** `, bætir hann við.`, `, tha ai.`, `, – teigė ji.`, `— рече таа.`: a verb (an auxiliary), the pronoun (a particle), the end. */
// (`”, tregon ai, “…`: between the two parts of a quote the tag ends at its comma.)
const PRONOUN_AFTER = new RegExp(`^\\s*,?\\s*[—–-]?\\s*(\\p{Ll}[\\p{L}-]*)(?:\\s+${AUXILIARY})?\\s+(${PRONOUN})(?:\\s+${PARTICLE})?\\s*(?:[.!](?:\\s|$)|,\\s*$)`, 'u');
/** `Таа додаде:`, `Viņa piebilda:`, `Ai shtoi:`: the pronoun opening the sentence, one to three lower-case words, the colon. */
// (`Viņš teica „Rīta Ziņām”:`: the outlet spoken to, its name in marks, may stand before the colon.)
const PRONOUN_BEFORE_COLON = new RegExp(`(?:^|[.!?]\\s+)${CAPITALISED}\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}(?:\\s+[„“"«][^„“”"«»\\n]{1,40}[”“"»])?\\s*:$`, 'u');

/** Whether the words after a quote are a verb and one of these pronouns as its subject (Lithuanian `ji` only after its past, -ė or -o). */
export function isPronounTag(frame: string): boolean {
  const found = PRONOUN_AFTER.exec(frame);
  return !!found && (found[2] !== 'ji' || /[ėo]$/u.test(found[1]!));
}

/** Whether the words before a quote are one of these pronouns, a verb and a colon. */
/** `Ob ogledu topov je dejal:`, `Na kraju je rekla:`: a South Slavic past, auxiliary and participle, its subject left out (as a pronoun is). */
const SOUTH_SLAVIC_PAST_COLON = /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}[\p{Ll}-]*){0,6}\s+)?(?:je|sta|so)\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}(?:l|la|li)\s*:$/u;

export const isPronounBeforeColon = (frame: string): boolean => PRONOUN_BEFORE_COLON.test(frame.trimEnd()) || SOUTH_SLAVIC_PAST_COLON.test(frame.trimEnd());

/**
 * `„…“ skrifaði hann á vefsíðu félagsins í gær.`, `sagði hún í samtali við blaðið.`: an Icelandic or Faroese verb, the
 * pronoun, then a preposition opening where or how it was said. The names inside that adjunct (a page's owner, an outlet)
 * are no speaker: the pronoun is. Gives `he` or `she`, or null.
 */
const NORTH_PRONOUN_ADJUNCT = /^\s*,?\s*[—–-]?\s*\p{Ll}[\p{L}-]*\s+(hann|hún|hon)(?:\s+(?:við|upp))?\s+(?:á|í|við|fyrir|frá|til|hjá|um|eftir|með|þegar|og|eisini|tó)\s/u;

export function northPronounBeforeAdjunct(frame: string): 'he' | 'she' | null {
  const found = NORTH_PRONOUN_ADJUNCT.exec(frame);
  return found ? (found[1] === 'hann' ? 'he' : 'she') : null;
}
