import type { Extraction } from '../utils/types';
import type { ReadingSettings } from '../utils/settings';
import { SettingsPanel } from './SettingsPanel';
import { ThemedRoot } from './ThemedRoot';
import { ArticleView, type CopyActions } from './ArticleView';
import { ReaderSwitch } from './ReaderSwitch';
import { t } from './i18n';

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
  settings: ReadingSettings;
  onSettingsChange: (settings: ReadingSettings) => void;
}

/** The toolbar popup: the reader switch on top, then the clean article or a sentence saying why not. */
export function PopupApp({ state, readerOpen, canUseReader, onToggleReader, copy, settings, onSettingsChange }: Props) {
  return (
    <ThemedRoot settings={settings} view="popup">
      <main class="ql-popup">
        <div class="ql-toolbar">
          <span class="ql-brand">{t('brand')}</span>
          <div class="ql-toolbar-actions">
            <SettingsPanel settings={settings} onChange={onSettingsChange} idPrefix="ql-popup" />
            <ReaderSwitch checked={readerOpen} disabled={!canUseReader} onChange={onToggleReader} />
          </div>
        </div>
        {state.status === 'loading' && (
          <p class="ql-message" role="status">
            {t('readingPage')}
          </p>
        )}
        {state.status === 'unavailable' && (
          <p class="ql-message" role="status">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && <ArticleView extraction={state.extraction} copy={copy} />}
      </main>
    </ThemedRoot>
  );
}
