import type { Utterance } from './types';

/** Where a copied quote came from: printed under it so a quote never travels without its source. */
export interface Source {
  title: string;
  url: string;
  /** The outlet, when the page names it. */
  siteName?: string | null;
  /** When the article was published, as the page gives it (ISO dates are cut to the day). */
  publishedTime?: string | null;
}

/** What a copy needs of a quote or of an utterance (the parts of a split quote, joined). */
export type Said = Pick<Utterance, 'text' | 'speaker' | 'role'> & { parts?: ReadonlyArray<{ text: string }> };

/** `Name, role`, `Name`, or nothing when nobody is named. */
export function attribution({ speaker, role }: Pick<Said, 'speaker' | 'role'>): string {
  if (!speaker) return '';
  return role ? `${speaker}, ${role}` : speaker;
}

/** `“quote” — Name, role`, then the article's title, outlet, date and URL on the next line. */
export function formatQuote(said: Said, source: Source): string {
  return `${quoteLine(said)}\n${citation(source)}`;
}

/** One person's quotes: a `“quote” — Name, role` paragraph each, then the source once. */
export function formatQuotesOf(said: readonly Said[], source: Source): string {
  return [...said.map(quoteLine), citation(source)].join('\n\n');
}

/** Markdown: one blockquote per quote with `— Name, role` and a link to the quote in the page, then a link to the article. */
export function formatQuotesMarkdown(said: readonly Said[], source: Source): string {
  const blocks = said.map((quote) => {
    const lines = `“${quote.text}”`.split(/\n+/).map((line) => `> ${line}`);
    const where = `[in context](${escapeLinkTarget(quoteLink(source.url, partTexts(quote)))})`;
    const who = attribution(quote);
    lines.push('>', who ? `> — ${who}, ${where}` : `> — ${where}`);
    return lines.join('\n');
  });
  const about = outletAndDate(source);
  const link = `[${escapeLinkText(source.title || source.url)}](${escapeLinkTarget(source.url)})${about ? ` — ${about}` : ''}`;
  return [...blocks, link].join('\n\n') + '\n';
}

/** Words at each end of a long quote that a text fragment matches by (start,end keeps URLs short). */
const FRAGMENT_EDGE_WORDS = 4;

/**
 * A link that opens the article scrolled to the quote and highlights it: a URL text fragment
 * (`#:~:text=start,end`), each part percent-encoded, dashes too, since the syntax reserves them.
 * A split quote (its parts in order) is matched from its first part's first words to its last
 * part's last words, so the attribution between them is highlighted too.
 */
export function quoteLink(url: string, quote: string | readonly string[]): string {
  const parts = (typeof quote === 'string' ? [quote] : [...quote]).map(wordsOf).filter((words) => words.length > 0);
  const first = parts[0] ?? [];
  const last = parts.at(-1) ?? [];
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  const directive =
    parts.length <= 1 && first.length <= FRAGMENT_EDGE_WORDS * 2
      ? encode(first.join(' '))
      : `${encode(first.slice(0, FRAGMENT_EDGE_WORDS).join(' '))},${encode(last.slice(-FRAGMENT_EDGE_WORDS).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
}

/** The texts a link to `said` should match: its parts when it has several, else its text. */
export function partTexts(said: Said): string[] {
  return said.parts && said.parts.length > 1 ? said.parts.map((part) => part.text) : [said.text];
}

function wordsOf(text: string): string[] {
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim().replace(/^[,;:]+|[,;:]+$/g, '');
  return trimmed ? trimmed.split(' ') : [];
}

function quoteLine(said: Said): string {
  const who = attribution(said);
  return `“${said.text}”${who ? ` — ${who}` : ''}`;
}

function citation(source: Source): string {
  return [source.title, outletAndDate(source), source.url].filter(Boolean).join(' — ');
}

/** `Outlet, 2023-09-13`: the day of an ISO timestamp, any other date string as the page wrote it. */
function outletAndDate({ siteName, publishedTime }: Source): string {
  const date = publishedTime?.trim().match(/^\d{4}-\d{2}-\d{2}(?=T|\s|$)/)?.[0] ?? publishedTime?.trim();
  return [siteName?.trim(), date].filter(Boolean).join(', ');
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}

function escapeLinkTarget(url: string): string {
  const escapes: Record<string, string> = { '(': '%28', ')': '%29' };
  return url.replace(/[()\s]/g, (ch) => escapes[ch] ?? encodeURIComponent(ch));
}
