import type { Quote } from './types';

/** Where a copied quote came from: printed under it so a quote never travels without its source. */
export interface Source {
  title: string;
  url: string;
}

/** `“quote” — Speaker`, then the article title and URL on the next line. */
export function formatQuote(quote: Quote, source: Source): string {
  const attribution = quote.speaker ? ` — ${quote.speaker}` : '';
  return `“${quote.text}”${attribution}\n${citation(source)}`;
}

/** Markdown: one blockquote per quote with `— Speaker`, then a link to the article. */
export function formatQuotesMarkdown(quotes: Quote[], source: Source): string {
  const blocks = quotes.map((quote) => {
    const lines = `“${quote.text}”`.split(/\n+/).map((line) => `> ${line}`);
    if (quote.speaker) lines.push('>', `> — ${quote.speaker}`);
    return lines.join('\n');
  });
  const link = `[${escapeLinkText(source.title || source.url)}](${escapeLinkTarget(source.url)})`;
  return [...blocks, link].join('\n\n') + '\n';
}

function citation(source: Source): string {
  return source.title ? `${source.title} — ${source.url}` : source.url;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}

function escapeLinkTarget(url: string): string {
  const escapes: Record<string, string> = { '(': '%28', ')': '%29' };
  return url.replace(/[()\s]/g, (ch) => escapes[ch] ?? encodeURIComponent(ch));
}
