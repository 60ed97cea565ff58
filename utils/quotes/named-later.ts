/**
 * A speaker the story describes first and names a little later: `A spokesperson for the utility said …. "…," the
 * spokesperson said.` and, a paragraph or two on, `The spokesperson, Ada Brennock, later told …`. The definite noun
 * with a name set beside it in commas points back at the one described: the quotes given to `the spokesperson`
 * before it are that person's. A text that says the speaker stays unnamed keeps the description.
 */
import type { AttributedSpan } from './attribute';
import { ANONYMOUS_SOURCE } from './lang/anonymous';

/** How many paragraph breaks past the quote's own the naming sentence may stand. */
const PARAGRAPHS_AHEAD = 3;
/** How far (characters) the naming may stand at most, whatever the paragraphs. */
const REACH = 3000;

/** `the spokesperson`, `the engineer`, `the retired engineer`: an article, up to two lower-case words, the noun. */
const DESCRIPTION = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]{2,})$/u;


/** Titles an apposed name may carry, left out of the name. */
const TITLE = '(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sgt|Capt|Insp|Supt|Cllr|Rep|Sen|Gov)\\.?\\s+)?';

/**
 * `The spokesperson, Ada Brennock,` opening a sentence: the name in the commas (two to four capitalised words); or the
 * reveal a delayed lede makes, `"…," the candidate said …. The candidate was Rep. Ada Brennock, D-Ore., and …`: the
 * definite noun, `was`/`is`, the name and nothing more before a comma or the sentence's end.
 */
function namingPattern(noun: string): RegExp {
  const name = `(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3})`;
  const apposedOrRevealed = `(?:,\\s+${TITLE}${name}(?=\\s*,|\\s+of\\s)|\\s+(?:was|is)\\s+${TITLE}${name}(?=\\s*[,.;]))`;
  return new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n\\s*)The\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}${apposedOrRevealed}`, 'u');
}

/** The name the next few paragraphs give the described speaker of `span`, or null. */
function namedLater(text: string, span: AttributedSpan): string | null {
  const noun = span.speakerKind === 'description' && span.speaker ? DESCRIPTION.exec(span.speaker)?.[1] : undefined;
  if (!noun) return null;
  // (A paragraph break is a run of line ends: `\n` in some texts, `\n\n` in others.)
  const window = text.slice(span.outerEnd, span.outerEnd + REACH);
  const breaks = [...window.matchAll(/\n\s*/g)];
  const ahead = window.slice(0, breaks[PARAGRAPHS_AHEAD]?.index);
  const naming = namingPattern(noun).exec(ahead);
  if (!naming) return null;
  // (The quote's own paragraph up to the naming may say the speaker asked not to be named: such a description stays.)
  const paragraphStart = text.lastIndexOf('\n', span.outerStart) + 1;
  return ANONYMOUS_SOURCE.test(text.slice(paragraphStart, span.outerEnd + naming.index)) ? null : (naming[1] ?? naming[2])!;
}

export function namedLaterSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  return spans.map((span) => {
    const name = namedLater(text, span);
    return name ? { ...span, speaker: name, role: null, speakerKind: 'name', speakerMention: null } : span;
  });
}
