import type { Extraction } from '../utils/types';
import type { ReadingSettings } from '../utils/settings';
import { SettingsPanel } from './SettingsPanel';
import { ThemedRoot } from './ThemedRoot';
import { ArticleView, type CopyActions } from './ArticleView';
import type { SanitizeHtml } from './ArticleBody';
import { t } from './i18n';

interface Props {
  extraction: Extraction;
  copy: CopyActions;
  sanitize: SanitizeHtml;
  onClose: () => void;
  settings: ReadingSettings;
  onSettingsChange: (settings: ReadingSettings) => void;
}

/** The in-page reader: a full-window dialog over the page with the same article view as the popup. */
export function ReaderOverlay({ extraction, copy, sanitize, onClose, settings, onSettingsChange }: Props) {
  return (
    <ThemedRoot settings={settings} view="reader">
      <div class="ql-reader" role="dialog" aria-modal="true" aria-label={t('readerLabel', extraction.article.title)} tabIndex={-1}>
        <div class="ql-reader-bar">
          <span class="ql-brand">{t('brand')}</span>
          <div class="ql-toolbar-actions">
            <SettingsPanel settings={settings} onChange={onSettingsChange} idPrefix="ql-reader" />
            <button type="button" class="ql-button" onClick={onClose}>
              {t('closeReader')}
            </button>
          </div>
        </div>
        <div class="ql-reader-page">
          <ArticleView extraction={extraction} copy={copy} sanitize={sanitize} />
        </div>
      </div>
    </ThemedRoot>
  );
}
