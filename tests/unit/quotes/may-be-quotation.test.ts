import { describe, expect, it } from 'vitest';
import type { AttributedSpan, AttributionSource } from '../../../utils/quotes/attribute';
import { isQuotation, mayBeQuotation } from '../../../utils/quotes/filter';
import { findQuoteSpans } from '../../../utils/quotes/find';

// findQuotes reads no one's name when no span could be a quotation (index.ts): that shortcut is right only if
// `mayBeQuotation` says yes wherever some attribution makes `isQuotation` say yes.
const TEXTS = [
  'The town installed "smart" meters in every house last spring.',
  'He now believes the country "needs a much better trade deal" with them.',
  'The mayor appeared on Channel 9\'s "Valley Morning Report" on Sunday.',
  'The baker signed copies of her cookbook, "Bread for the Long Winter," after the fair.',
  'She wore a "Save Our Valley Bridge" cap to the council meeting. Readers call the stretch "the old road."',
  '"No," replied Ana Lopez. "We will rebuild the hall by spring," she said.',
  'Asked which bakery won, the judge said, "Neither." The coach replied: "NEXT QUESTION."',
  '“The budget is late,” said Tom Reyes, “and the schools pay for it.” He called the plan “a slow disaster for families.”',
  '—Nunca —respondió Ortega—. La alcaldesa dijo que el proyecto es «una estafa a los vecinos del barrio».',
  '« Nous sommes prêts », a-t-il assuré. Le maire a parlé d’un « moment historique ».',
  '「遺憾だ」と述べた。住民は「まだ分からない」と話した。',
];

const SOURCES: (AttributionSource | null)[] = ['after', 'before', 'continued', 'context', null];

describe('mayBeQuotation', () => {
  it.each(TEXTS)('says yes wherever some attribution makes a quotation: %s', (text) => {
    for (const span of findQuoteSpans(text)) {
      const some = SOURCES.some((attribution) => [null, 'Ana Lopez'].some((speaker) => {
        const attributed: AttributedSpan = { ...span, attribution, speaker, role: null, speakerKind: speaker ? 'name' : null };
        return isQuotation(text, attributed);
      }));
      if (some) expect(mayBeQuotation(text, span), span.text).toBe(true);
    }
  });

  it('says no to scare quotes, titles and words of emphasis', () => {
    for (const text of [TEXTS[0]!, TEXTS[2]!, TEXTS[4]!]) {
      expect(findQuoteSpans(text).every((span) => !mayBeQuotation(text, span)), text).toBe(true);
    }
  });

  it('says yes to words a speaker could have said, before anyone is read', () => {
    const text = TEXTS[1]!;
    expect(findQuoteSpans(text).map((span) => mayBeQuotation(text, span))).toEqual([true]);
  });

  it('says yes to a sentence quoted with its tag', () => {
    const text = TEXTS[5]!;
    expect(findQuoteSpans(text).map((span) => mayBeQuotation(text, span))).toEqual([true, true]);
  });
});
