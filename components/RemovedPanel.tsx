import { useState } from 'preact/hooks';
import type { RemovedBlock, RemovedKind } from '../utils/types';
import { t, type MessageKey } from './i18n';

const KIND_LABELS: Record<RemovedKind, MessageKey> = {
  'headline-list': 'kindHeadlineList',
  'ad-label': 'kindAdLabel',
  teaser: 'kindTeaser',
  'share-bar': 'kindShareBar',
  newsletter: 'kindNewsletter',
  tags: 'kindTags',
  byline: 'kindByline',
  navigation: 'kindNavigation',
  notice: 'kindNotice',
  'pull-quote': 'kindPullQuote',
  comments: 'kindComments',
  promo: 'kindPromo',
  contact: 'kindContact',
  boilerplate: 'kindBoilerplate',
  other: 'kindOther',
};
const EXCERPT_LENGTH = 160;

interface Props {
  removed: RemovedBlock[];
  restored: ReadonlySet<number>;
  onRestore: (index: number) => void;
}

/**
 * "Show removed": what declutter took out, collapsed until asked for, each with a one-click
 * "Restore". The button keeps its name; aria-expanded says whether the list is open.
 */
export function RemovedPanel({ removed, restored, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  if (removed.length === 0) return null;
  return (
    <section class="ql-removed" aria-label={t('removedRegion')}>
      <button type="button" class="ql-button" aria-expanded={open ? 'true' : 'false'} aria-controls="ql-removed-list" onClick={() => setOpen(!open)}>
        {t('showRemoved', removed.length)}
      </button>
      <ul id="ql-removed-list" class="ql-removed-list" hidden={!open}>
        {removed.map((block, index) => (
          <li key={index} class="ql-removed-item">
            <span class="ql-removed-kind">{t(KIND_LABELS[block.kind])}</span>
            <span class="ql-removed-text">{excerpt(block.text)}</span>
            <button type="button" class="ql-button" disabled={restored.has(index)} onClick={() => onRestore(index)}>
              {restored.has(index) ? t('restored') : t('restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}
