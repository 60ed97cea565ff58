/**
 * `Campaigners, who have set up a group …, described the timetable as "far too late"`: a capitalised word opening a
 * sentence only because it opens it, shaped like a plural noun for people and never written elsewhere in the text but
 * at a sentence's start nor inside anyone's name, is a group (a description), never a person's family name.
 * (`Flowers, who …, called the plan "…"` after `Dana Flowers` is still her.)
 */

/** English plurals of nouns for people: "campaigners", "commuters", "activists", "residents", "locals", "critics". */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ours|ists|ians|ants|ents|als|ics|ees|ives)$/u;

/** Whether every use of `word` in `text` stands at a sentence's or paragraph's start (`Campaigners, who …`). */
function onlyOpensSentences(word: string, text: string): boolean {
  const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}’'-])${word}(?![\\p{L}’'-])`, 'gu'))];
  return uses.length > 0 && uses.every((use) => /(?:^|[.!?]["”’']?\s+|\n\s*)$/u.test(text.slice(Math.max(0, use.index! - 4), use.index!)));
}

/** Whether a one-word speaker is a group's plural noun rather than a family name: `Campaigners`, not `Sanders` named in full before. */
export function isGroupPluralSubject(name: string, text: string, personNames: readonly string[]): boolean {
  if (name.includes(' ') || !PEOPLE_PLURAL.test(name)) return false;
  if (personNames.some((person) => person !== name && person.split(' ').includes(name))) return false;
  return onlyOpensSentences(name, text);
}
