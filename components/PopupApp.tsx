import type { Extraction } from '../utils/types';
import { ArticleView, type CopyActions } from './ArticleView';
import { ReaderSwitch } from './ReaderSwitch';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; extraction: Extraction };

interface Props {
  state: PopupState;
  readerOpen: boolean;
  canUseReader: boolean;
  onToggleReader: (open: boolean) => void;
  copy: CopyActions;
}

/** The toolbar popup: the reader switch on top, then the clean article or a sentence saying why not. */
export function PopupApp({ state, readerOpen, canUseReader, onToggleReader, copy }: Props) {
  return (
    <main class="ql-popup">
      <div class="ql-toolbar">
        <span class="ql-brand">Quotelight</span>
        <ReaderSwitch checked={readerOpen} disabled={!canUseReader} onChange={onToggleReader} />
      </div>
      {state.status === 'loading' && (
        <p class="ql-message" role="status">
          Reading the page…
        </p>
      )}
      {state.status === 'unavailable' && (
        <p class="ql-message" role="status">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <ArticleView extraction={state.extraction} copy={copy} />}
    </main>
  );
}
