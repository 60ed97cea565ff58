import type { Article } from '../utils/types';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** Title, site, byline, date and reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const date = formatDate(article.publishedTime);
  const details = [article.byline, date, `${readingMinutes(article.textContent)} min read`].filter(Boolean);
  return (
    <header class="ql-article-header">
      {article.siteName && <p class="ql-site">{article.siteName}</p>}
      <h1 class="ql-title">{article.title}</h1>
      <p class="ql-details">{details.join(' · ')}</p>
    </header>
  );
}
