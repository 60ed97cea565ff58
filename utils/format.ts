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

/** Markdown: one blockquote per quote with `— Speaker` linking to the quote in the page, then a link to the article. */
export function formatQuotesMarkdown(quotes: Quote[], source: Source): string {
  const blocks = quotes.map((quote) => {
    const lines = `“${quote.text}”`.split(/\n+/).map((line) => `> ${line}`);
    const where = `[in context](${escapeLinkTarget(quoteLink(source.url, quote.text))})`;
    lines.push('>', quote.speaker ? `> — ${quote.speaker}, ${where}` : `> — ${where}`);
    return lines.join('\n');
  });
  const link = `[${escapeLinkText(source.title || source.url)}](${escapeLinkTarget(source.url)})`;
  return [...blocks, link].join('\n\n') + '\n';
}

/** Words at each end of a long quote that a text fragment matches by (start,end keeps URLs short). */
const FRAGMENT_EDGE_WORDS = 4;

/**
 * A link that opens the article scrolled to the quote and highlights it: a URL text fragment
 * (`#:~:text=start,end`), each part percent-encoded, dashes too, since the syntax reserves them.
 */
export function quoteLink(url: string, quoteText: string): string {
  const words = quoteText.replace(/[\s\u00a0]+/g, ' ').trim().replace(/^[,;:]+|[,;:]+$/g, '').split(' ');
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  const directive =
    words.length <= FRAGMENT_EDGE_WORDS * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, FRAGMENT_EDGE_WORDS).join(' '))},${encode(words.slice(-FRAGMENT_EDGE_WORDS).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
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
