/**
 * A quotation running over paragraphs, each paragraph reopening it and only the last closing it with its tag:
 * `‘Hij schreef bijna alleen voor kooplieden. ¶ ‘Dat hij hier een kind wegliet, zegt iets over de koper,’ vertelde ze.`
 * Single marks are paired paragraph by paragraph (find.ts), so the opening paragraph is a span of its own with no tag;
 * the words are the same speaker's as the paragraph that goes on with them. Only a span left open at its paragraph's end
 * with no speaker (or only one carried over from the quote before), followed at once by the next paragraph's span opening with the same mark, takes that span's speaker.
 */

import type { AttributedSpan } from './attribute';

/** Closing marks: a span whose last character before its outer end is one of these was closed in its paragraph. */
const CLOSING_MARK = /[’'”"»«›‹“„‚‘]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

export function runOnSpeakers(text: string, spans: AttributedSpan[]): AttributedSpan[] {
  const result = [...spans];
  for (let i = result.length - 2; i >= 0; i--) {
    const span = result[i]!;
    const next = result[i + 1]!;
    // (A speaker carried over from the quote before, `zei ze: ‘…’ ¶ ‘A ¶ ‘B’, zegt X`, yields to the run's own closing tag.)
    const carriedOver = span.attribution === 'continued' || span.attribution === 'context';
    if ((span.speaker && !(carriedOver && next.attribution === 'after')) || !next.speaker || next.speakerKind !== 'name') continue;
    const opener = text[span.outerStart];
    const leftOpen = !CLOSING_MARK.test(text[span.outerEnd - 1] ?? '');
    const between = text.slice(span.outerEnd, next.outerStart);
    // (Russian and Ukrainian open a « quotation once and close it once: the next paragraph's span opens with no mark, `«A ¶ B», — сказала X`.)
    const carried = opener === '«' && next.outerStart === next.start && CYRILLIC_LETTER.test(text[next.start] ?? '');
    if (leftOpen && opener && (text[next.outerStart] === opener || carried) && /^[ \t]*\n\s*$/u.test(between) && between.includes('\n\n')) {
      result[i] = { ...span, speaker: next.speaker, role: next.role, speakerKind: next.speakerKind, attribution: 'continued', speakerMention: next.speakerMention ?? null };
    }
  }
  return result;
}
