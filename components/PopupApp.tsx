import type { ComponentChildren } from 'preact';
import type { ReadingSettings } from '../utils/settings';
import { SettingsPanel } from './SettingsPanel';
import { ThemedRoot } from './ThemedRoot';
import { ReaderSwitch } from './ReaderSwitch';
import { t } from './i18n';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string; canReadSelection: boolean }
  /** The article view itself is loaded apart from the popup's first paint and handed in as `article`. */
  | { status: 'ready'; article: ComponentChildren };

interface Props {
  state: PopupState;
  readerOpen: boolean;
  canUseReader: boolean;
  onToggleReader: (open: boolean) => void;
  onReadSelection: () => void;
  /** The reader command's key binding, or null when the person removed it. */
  shortcut: string | null;
  settings: ReadingSettings;
  onSettingsChange: (settings: ReadingSettings) => void;
}

/** The toolbar popup: the reader switch on top, then the clean article or a sentence saying why not. */
export function PopupApp({ state, readerOpen, canUseReader, onToggleReader, onReadSelection, shortcut, settings, onSettingsChange }: Props) {
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
          <div class="ql-unavailable">
            <p class="ql-message" role="status">
              {state.message}
            </p>
            {state.canReadSelection && (
              <button type="button" class="ql-button" onClick={onReadSelection}>
                {t('readSelection')}
              </button>
            )}
          </div>
        )}
        {state.status === 'ready' && state.article}
        <p class="ql-shortcut">{shortcut ? t('shortcut', shortcut) : t('shortcutUnset')}</p>
      </main>
    </ThemedRoot>
  );
}
