import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type ReadingSettings } from './settings';

/**
 * Where reading settings live: browser sync storage (follows the user across devices where the
 * browser syncs, local otherwise). The one file in utils/ that touches a browser API.
 */
const readingSettings = storage.defineItem<ReadingSettings>('sync:readingSettings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<ReadingSettings> {
  return normalizeSettings(await readingSettings.getValue());
}

export async function saveSettings(settings: ReadingSettings): Promise<void> {
  await readingSettings.setValue(normalizeSettings(settings));
}

/** Calls back with the new settings whenever any view changes them. */
export function watchSettings(onChange: (settings: ReadingSettings) => void): () => void {
  return readingSettings.watch((value) => onChange(normalizeSettings(value)));
}
