import { t } from './i18n';
import { readingMinutesOf } from '../utils/text-measure';
import type { Article, LeadImage } from '../utils/types';

/**
 * Readers differ: a brisk reader takes about 15% less than the average time and an unhurried one
 * about 15% more (the spread of adult reading speeds in the IReST study, whose per-language averages
 * readingMinutesOf uses: 228 English words, 255 Chinese or 357 Japanese characters a minute).
 */
const FAST_FACTOR = 0.85;
const SLOW_FACTOR = 1.15;

/** A range from a brisk to an unhurried pace ("3–4"), or one number when they agree; in every script. */
export function readingMinutes(text: string): string {
  const minutes = readingMinutesOf(text);
  const fast = Math.max(1, Math.round(minutes * FAST_FACTOR));
  const slow = Math.max(1, Math.round(minutes * SLOW_FACTOR));
  return fast === slow ? String(fast) : `${fast}–${slow}`;
}

let longDate: Intl.DateTimeFormat | null = null;

/**
 * One formatter, made on first use: making it loads the locale's calendar data (a few ms in a fresh
 * popup), which the popup does while it waits for the tab rather than while it draws the article.
 */
export function longDateFormat(): Intl.DateTimeFormat {
  return (longDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }));
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDateFormat().format(date);
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
        {/* Its width is kept from the first draw on, so the count arriving with the quotes moves nothing; an inline block drops a leading space, hence the no-break one. */}
        <span class="ql-jump-slot">
          {keyQuoteCount > 0 && (
            <>
              {'\u00a0· '}
              <a class="ql-jump" href="#ql-key-quotes" onClick={jumpToKeyQuotes}>
                {keyQuoteCount === 1 ? t('oneKeyQuote') : t('keyQuoteCount', keyQuoteCount)}
              </a>
            </>
          )}
        </span>
      </p>
      {leadImage && (
        <figure class="ql-lead-image">
          {/* Width and height give the box its shape before the picture loads (CSS keeps it fluid). */}
          <img src={leadImage.src} alt={leadImage.alt} width={leadImage.width ?? undefined} height={leadImage.height ?? undefined} loading="lazy" referrerpolicy="no-referrer" />
          {leadImage.caption && <figcaption>{leadImage.caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
