import type { Extraction, Utterance } from '../types';
import { attribution } from '../format';
import { utterancesOf } from '../quotes/utterances';

/** The article, its voices and its quotes as a person reads them in a terminal. */
export function renderForPerson({ article, quotes, voices, removed }: Extraction): string {
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
  const lines = [article.title, '='.repeat(Math.min(article.title.length, 80))];
  if (meta) lines.push(meta);
  lines.push('', article.textContent, '');
  if (voices.length) {
    lines.push(`Voices (${voices.length}):`);
    for (const voice of voices) lines.push(`- ${attribution({ speaker: voice.name, role: voice.role })} (${voice.quotes === 1 ? '1 quote' : `${voice.quotes} quotes`})`);
    lines.push('');
  }
  // A quote split by its attribution is one item, its parts joined.
  const utterances = utterancesOf(quotes);
  const keyQuotes = utterances.filter((utterance) => utterance.key);
  lines.push(`Key quotes (${keyQuotes.length} of ${utterances.length} quotes):`);
  keyQuotes.forEach((utterance, i) => lines.push(`${i + 1}. ${line(utterance)}`));
  const others = utterances.filter((utterance) => !utterance.key);
  if (others.length) {
    lines.push('', 'Other quotes:');
    for (const utterance of others) lines.push(`- ${line(utterance)}`);
  }
  if (removed.length) lines.push('', `Removed ${removed.length} clutter block(s): ${[...new Set(removed.map((r) => r.kind))].join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function line(utterance: Utterance): string {
  return `“${utterance.text}” — ${attribution(utterance) || 'unknown speaker'}`;
}
