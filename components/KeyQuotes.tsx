import type { Utterance } from '../utils/types';
import { attribution } from '../utils/format';
import { CopyButton } from './CopyButton';
import { t } from './i18n';

interface Props {
  /** The key quotes as said: a quote split by its attribution is one item, its parts joined. */
  quotes: Utterance[];
  onCopyQuote: (quote: Utterance) => Promise<void>;
  onCopyLink: (quote: Utterance) => Promise<void>;
  onCopyAll: () => Promise<void>;
}

/** The "Key quotes" list: each item holds the quote, its speaker (and role) and a "Copy quote" button. */
export function KeyQuotes({ quotes, onCopyQuote, onCopyLink, onCopyAll }: Props) {
  if (quotes.length === 0) return null;
  return (
    <section class="ql-key-quotes" id="ql-key-quotes" aria-labelledby="ql-key-quotes-heading">
      <div class="ql-key-quotes-head">
        <h2 id="ql-key-quotes-heading">{t('keyQuotes')}</h2>
        <CopyButton label={t('copyAllQuotes')} onCopy={onCopyAll} />
      </div>
      <ol class="ql-quote-list" aria-label={t('keyQuotes')}>
        {quotes.map((quote) => (
          <li key={quote.parts[0]?.start} class="ql-quote-item">
            <blockquote class="ql-quote-text">“{quote.text}”</blockquote>
            <div class="ql-quote-meta">
              <p class="ql-speaker">— {attribution(quote) || t('unknownSpeaker')}</p>
              <span class="ql-quote-actions">
                <CopyButton label={t('copyQuote')} onCopy={() => onCopyQuote(quote)} />
                <CopyButton label={t('copyLinkToQuote')} onCopy={() => onCopyLink(quote)} />
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
