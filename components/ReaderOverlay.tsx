import type { Extraction } from '../utils/types';
import { ArticleView, type CopyActions } from './ArticleView';

interface Props {
  extraction: Extraction;
  copy: CopyActions;
  onClose: () => void;
}

/** The in-page reader: a full-window dialog over the page with the same article view as the popup. */
export function ReaderOverlay({ extraction, copy, onClose }: Props) {
  return (
    <div class="ql-reader" role="dialog" aria-modal="true" aria-label={`Reader: ${extraction.article.title}`} tabIndex={-1}>
      <div class="ql-reader-bar">
        <span class="ql-brand">Quotelight</span>
        <button type="button" class="ql-button" onClick={onClose}>
          Close reader
        </button>
      </div>
      <div class="ql-reader-page">
        <ArticleView extraction={extraction} copy={copy} />
      </div>
    </div>
  );
}
