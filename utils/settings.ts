/** Reading settings shared by the popup and the in-page reader: shape, defaults and how they style. */

export type Theme = 'light' | 'dark' | 'sepia' | 'auto';
export type FontFamily = 'serif' | 'sans';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface ReadingSettings {
  theme: Theme;
  /** Body text size in CSS pixels for the in-page reader; the popup scales it down. */
  fontSize: number;
  fontFamily: FontFamily;
  lineWidth: LineWidth;
  lineHeight: number;
}

export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const FONT_SIZES = [15, 16, 17, 18, 19, 20, 22, 24, 26, 28] as const;
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;

/** Looks right on a laptop (about 70 characters a line) and still reads in a 400-pixel popup. */
export const DEFAULT_SETTINGS: ReadingSettings = {
  theme: 'auto',
  fontSize: 19,
  fontFamily: 'serif',
  lineWidth: 'medium',
  lineHeight: 1.6,
};

const LINE_WIDTH_EM: Record<LineWidth, number> = { narrow: 34, medium: 40, wide: 50 };
const FONT_STACKS: Record<FontFamily, string> = {
  serif: "Georgia, 'Iowan Old Style', 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};
/** The popup is narrow: text a few pixels smaller than in the full-window reader. */
const POPUP_SIZE_OFFSET = 3;

/** Anything stored (possibly by an older version, or edited by hand) becomes valid settings. */
export function normalizeSettings(value: unknown): ReadingSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ReadingSettings, unknown>>;
  const pick = <T>(options: readonly T[], candidate: unknown, fallback: T): T =>
    options.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    theme: pick(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    fontSize: pick<number>(FONT_SIZES, raw.fontSize, DEFAULT_SETTINGS.fontSize),
    fontFamily: pick(FONT_FAMILIES, raw.fontFamily, DEFAULT_SETTINGS.fontFamily),
    lineWidth: pick(LINE_WIDTHS, raw.lineWidth, DEFAULT_SETTINGS.lineWidth),
    lineHeight: pick<number>(LINE_HEIGHTS, raw.lineHeight, DEFAULT_SETTINGS.lineHeight),
  };
}

/** The next larger or smaller size on the scale, staying within it. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((size) => size >= current);
  const next = (index < 0 ? FONT_SIZES.length - 1 : index) + direction;
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, next))]!;
}

/** CSS custom properties for a view's root element. */
export function settingsStyle(settings: ReadingSettings, view: 'popup' | 'reader'): Record<string, string> {
  const size = view === 'popup' ? settings.fontSize - POPUP_SIZE_OFFSET : settings.fontSize;
  return {
    '--ql-font-size': `${size}px`,
    '--ql-font-family': FONT_STACKS[settings.fontFamily],
    '--ql-line-height': String(settings.lineHeight),
    '--ql-line-width': `${LINE_WIDTH_EM[settings.lineWidth]}em`,
  };
}
