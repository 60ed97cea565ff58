import { useState } from 'preact/hooks';
import {
  FONT_FAMILIES,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  stepFontSize,
  type ReadingSettings,
} from '../utils/settings';

const THEME_LABELS = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark' } as const;
const FONT_LABELS = { serif: 'Serif', sans: 'Sans-serif' } as const;
const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;

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
        Reading settings
      </button>
      <div id={panelId} class="ql-settings-panel" hidden={!open}>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="ql-choice">
              <input type="radio" name={`${idPrefix}-theme`} checked={settings.theme === theme} onChange={() => set({ theme })} />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Font</legend>
          {FONT_FAMILIES.map((fontFamily) => (
            <label key={fontFamily} class="ql-choice">
              <input type="radio" name={`${idPrefix}-font`} checked={settings.fontFamily === fontFamily} onChange={() => set({ fontFamily })} />
              {FONT_LABELS[fontFamily]}
            </label>
          ))}
        </fieldset>
        <div class="ql-setting-row" role="group" aria-label="Text size">
          <span>Text size</span>
          <button type="button" class="ql-button" aria-label="Smaller text" onClick={() => set({ fontSize: stepFontSize(settings.fontSize, -1) })}>
            A−
          </button>
          <output aria-live="polite">{settings.fontSize}px</output>
          <button type="button" class="ql-button" aria-label="Larger text" onClick={() => set({ fontSize: stepFontSize(settings.fontSize, 1) })}>
            A+
          </button>
        </div>
        <label class="ql-setting-row">
          <span>Line width</span>
          <select value={settings.lineWidth} onChange={(event) => set({ lineWidth: (event.currentTarget as HTMLSelectElement).value as ReadingSettings['lineWidth'] })}>
            {LINE_WIDTHS.map((width) => (
              <option key={width} value={width}>
                {WIDTH_LABELS[width]}
              </option>
            ))}
          </select>
        </label>
        <label class="ql-setting-row">
          <span>Line spacing</span>
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
