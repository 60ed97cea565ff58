import { t } from './i18n';
import type { Article, LeadImage } from '../utils/types';

const FAST_WORDS_PER_MINUTE = 280;
const SLOW_WORDS_PER_MINUTE = 200;

/** Readers differ: a range from a brisk to an unhurried pace ("3–4"), or one number when they agree. */
export function readingMinutes(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  const fast = Math.max(1, Math.round(words / FAST_WORDS_PER_MINUTE));
  const slow = Math.max(1, Math.round(words / SLOW_WORDS_PER_MINUTE));
  return fast === slow ? String(fast) : `${fast}–${slow}`;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** In-page links would change the page's URL hash inside the reader's shadow root: scroll instead. */
function jumpToKeyQuotes(event: MouseEvent): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
  root.getElementById('ql-key-quotes')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/** Title, site, byline, date and reading time. */
export function ArticleHeader({ article, leadImage, keyQuoteCount }: { article: Article; leadImage: LeadImage | null; keyQuoteCount: number }) {
  const date = formatDate(article.publishedTime);
  const details = [article.byline, date, t('minutesRead', readingMinutes(article.textContent))].filter(Boolean);
  return (
    <header class="ql-article-header">
      {article.siteName && <p class="ql-site">{article.siteName}</p>}
      <h1 class="ql-title">{article.title}</h1>
      <p class="ql-details">
        {details.join(' · ')}
        {keyQuoteCount > 0 && (
          <>
            {' · '}
            <a class="ql-jump" href="#ql-key-quotes" onClick={jumpToKeyQuotes}>
              {keyQuoteCount === 1 ? t('oneKeyQuote') : t('keyQuoteCount', keyQuoteCount)}
            </a>
          </>
        )}
      </p>
      {leadImage && (
        <figure class="ql-lead-image">
          <img src={leadImage.src} alt={leadImage.alt} loading="lazy" referrerpolicy="no-referrer" />
          {leadImage.caption && <figcaption>{leadImage.caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
