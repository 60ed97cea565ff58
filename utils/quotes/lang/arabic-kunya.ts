/**
 * `قال سليم العمري (أبو خالد)، …` and later `يقول أبو خالد`: an Arabic kunya, "father of" or "mother of" a name, that the
 * text set in brackets after a full name stands for that person (lang/shared.ts `person` leaves the brackets out of the name).
 */

const KUNYA = /^(?:أبو|أم)\s+\p{Script=Arabic}+$/u;

/** The earlier speaker the text wrote with `name` in brackets after them, when `name` is a kunya; else null. */
export function kunyaHolder(text: string, name: string, earlierSpeakers: Iterable<string | null>): string | null {
  if (!KUNYA.test(name) || !text.includes(`(${name})`)) return null;
  for (const speaker of earlierSpeakers) if (speaker && speaker !== name && text.includes(`${speaker} (${name})`)) return speaker;
  return null;
}
