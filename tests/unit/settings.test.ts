import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, settingsStyle, stepFontSize } from '../../utils/settings';

describe('reading settings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['dark', DEFAULT_SETTINGS],
    [{ theme: 'neon', fontSize: 99, lineHeight: 'tall' }, DEFAULT_SETTINGS],
    [{ theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 1.8 }, { theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 1.8 }],
    [{ theme: 'dark' }, { ...DEFAULT_SETTINGS, theme: 'dark' }],
  ])('normalizes %j', (stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });

  it('steps the font size along its scale and stops at the ends', () => {
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(19, -1)).toBe(18);
    expect(stepFontSize(15, -1)).toBe(15);
    expect(stepFontSize(28, 1)).toBe(28);
  });

  it('gives the popup a smaller size than the reader', () => {
    expect(settingsStyle(DEFAULT_SETTINGS, 'reader')['--ql-font-size']).toBe('19px');
    expect(settingsStyle(DEFAULT_SETTINGS, 'popup')['--ql-font-size']).toBe('16px');
  });
});
