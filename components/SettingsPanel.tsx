import { useState } from 'preact/hooks';
import {
  FONT_FAMILIES,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  stepFontSize,
  type ReadingSettings,
} from '../utils/settings';
import { t } from './i18n';

const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const;
const FONT_LABELS = { serif: 'fontSerif', sans: 'fontSans' } as const;
const WIDTH_LABELS = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } as const;

interface Props {
  settings: ReadingSettings;
  onChange: (settings: ReadingSettings) => void;
  /** Distinguishes ids when the popup and a reader panel could share a document. */
  idPrefix: string;
}

/** "Reading settings": theme, text size, font, line width and spacing, collapsed until asked for. */
export function SettingsPanel({ settings, onChange, idPrefix }: Props) {
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<ReadingSettings>) => onChange({ ...settings, ...patch });
  const panelId = `${idPrefix}-settings`;
  return (
    <div class="ql-settings">
      <button type="button" class="ql-button" aria-expanded={open ? 'true' : 'false'} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('readingSettings')}
      </button>
      <div id={panelId} class="ql-settings-panel" hidden={!open}>
        <fieldset>
          <legend>{t('theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="ql-choice">
              <input type="radio" name={`${idPrefix}-theme`} checked={settings.theme === theme} onChange={() => set({ theme })} />
              {t(THEME_LABELS[theme])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('font')}</legend>
          {FONT_FAMILIES.map((fontFamily) => (
            <label key={fontFamily} class="ql-choice">
              <input type="radio" name={`${idPrefix}-font`} checked={settings.fontFamily === fontFamily} onChange={() => set({ fontFamily })} />
              {t(FONT_LABELS[fontFamily])}
            </label>
          ))}
        </fieldset>
        <div class="ql-setting-row" role="group" aria-label={t('textSize')}>
          <span>{t('textSize')}</span>
          <button type="button" class="ql-button" aria-label={t('smallerText')} onClick={() => set({ fontSize: stepFontSize(settings.fontSize, -1) })}>
            A−
          </button>
          <output aria-live="polite">{settings.fontSize}px</output>
          <button type="button" class="ql-button" aria-label={t('largerText')} onClick={() => set({ fontSize: stepFontSize(settings.fontSize, 1) })}>
            A+
          </button>
        </div>
        <label class="ql-setting-row">
          <span>{t('lineWidth')}</span>
          <select value={settings.lineWidth} onChange={(event) => set({ lineWidth: (event.currentTarget as HTMLSelectElement).value as ReadingSettings['lineWidth'] })}>
            {LINE_WIDTHS.map((width) => (
              <option key={width} value={width}>
                {t(WIDTH_LABELS[width])}
              </option>
            ))}
          </select>
        </label>
        <label class="ql-setting-row">
          <span>{t('lineSpacing')}</span>
          <select value={String(settings.lineHeight)} onChange={(event) => set({ lineHeight: Number((event.currentTarget as HTMLSelectElement).value) })}>
            {LINE_HEIGHTS.map((height) => (
              <option key={height} value={String(height)}>
                {height}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
