/**
 * A feature lede that describes its subject and names her in the next paragraph: `A Co Antrim farmer who lost half
 * his herd says the scheme came "far too late".` then `Declan Ferris, 59, from Kilbride, applied in March.` The
 * indefinite description (`a … farmer`) is the person the next paragraph opens on with a name and an age in commas;
 * only a lede of that shape (the paragraph opening on the description and its `who` clause) is read so, and a paragraph
 * that opens on someone who speaks for themself (`X, 41, said …`) is a new voice and leaves it alone.
 */
import type { AttributedSpan } from './attribute';
import { looksLikePerson } from './names';

/** `A Co Antrim farmer`, `an 80-year-old widow`: an indefinite article, a few words, a lower-case noun last. */
const INDEFINITE_DESCRIPTION = /^(?:[Aa]n?)\s+(?:\S+\s+){0,4}\p{Ll}[\p{Ll}-]{2,}$/u;
/** A paragraph opening `Name Surname, 68,`: two to four capitalised words, then an age in commas. */
// (Irish and British papers put the age in brackets: `Name Surname (68), from Kilbride,`.)
const NAME_AND_AGE = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:,\s+\d{1,3},|\s+\(\d{1,3}\)[,\s])/u;
/** Verbs of speaking in the naming sentence: that person speaks on their own account. */
const SPEAKS = /(?<![\p{L}])(?:said|says|told|tells|added|adds)(?![\p{L}])/u;

function namedNextParagraph(text: string, span: AttributedSpan): string | null {
  if (span.speakerKind !== 'description' || !span.speaker || !INDEFINITE_DESCRIPTION.test(span.speaker.trim())) return null;
  // (The feature lede's own shape, its paragraph opening on the description and a `who` clause: `A Welsh Government
  // spokesperson said: "…"` before a paragraph on someone else is a voice of its own.)
  const paragraph = text.slice(text.lastIndexOf('\n', span.outerStart) + 1, span.outerStart);
  if (!paragraph.toLowerCase().startsWith(`${span.speaker.trim().toLowerCase()} who`)) return null;
  const paragraphEnd = text.indexOf('\n', span.outerEnd);
  if (paragraphEnd < 0) return null;
  const next = text.slice(paragraphEnd).replace(/^\s+/u, '');
  const naming = NAME_AND_AGE.exec(next);
  const sentence = next.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  if (!naming || SPEAKS.test(sentence) || /["“”]/u.test(sentence)) return null;
  return looksLikePerson(naming[1]!) ? naming[1]! : null;
}

export function ledeRevealSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  return spans.map((span) => {
    const name = namedNextParagraph(text, span);
    return name ? { ...span, speaker: name, speakerKind: 'name', speakerMention: null } : span;
  });
}
