import type { Extraction } from '../types';

/** The article and its quotes as a person reads them in a terminal. */
export function renderForPerson({ article, quotes, removed }: Extraction): string {
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
  const lines = [article.title, '='.repeat(Math.min(article.title.length, 80))];
  if (meta) lines.push(meta);
  lines.push('', article.textContent, '');
  const keyQuotes = quotes.filter((quote) => quote.key);
  lines.push(`Key quotes (${keyQuotes.length} of ${quotes.length} quotes):`);
  keyQuotes.forEach((quote, i) => lines.push(`${i + 1}. “${quote.text}” — ${quote.speaker ?? 'unknown speaker'}`));
  const others = quotes.filter((quote) => !quote.key);
  if (others.length) {
    lines.push('', 'Other quotes:');
    for (const quote of others) lines.push(`- “${quote.text}” — ${quote.speaker ?? 'unknown speaker'}`);
  }
  if (removed.length) lines.push('', `Removed ${removed.length} clutter block(s): ${[...new Set(removed.map((r) => r.kind))].join(', ')}`);
  return `${lines.join('\n')}\n`;
}
