import { collectText } from './text';
import { findQuotes } from './quotes';
import { findVoices } from './voices';
import { serializeChildren } from './html';
import type { Extraction } from './types';

/**
 * "Read selection": the text a person selected becomes the article when a page has none that
 * Readability can find. Built from text nodes only (no page markup), so nothing needs sanitizing.
 */
export function extractSelection(doc: Document, selectedText: string, now: () => number = () => performance.now()): Extraction | null {
  const started = now();
  const paragraphs = selectedText
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;

  const body = doc.createElement('div');
  for (const paragraph of paragraphs) {
    const element = doc.createElement('p');
    element.textContent = paragraph;
    body.append(element);
  }
  const title = doc.title.trim() || paragraphs[0]!.slice(0, 80);
  const { text } = collectText(body);
  const quotes = findQuotes(text, { title });
  return {
    article: {
      title,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: doc.documentElement.getAttribute('lang'),
      dir: doc.documentElement.getAttribute('dir'),
      excerpt: paragraphs[0]!.slice(0, 200),
      textContent: text,
      content: serializeChildren(body),
      readerable: false,
    },
    leadImage: null,
    quotes,
    voices: findVoices(quotes),
    removed: [],
    ms: { readability: 0, total: now() - started },
  };
}
