import type { CopyActions } from '../../components/ArticleView';
import type { SanitizeHtml } from '../../components/ArticleBody';
import type { Extraction } from '../../utils/types';
import type { ReadingSettings } from '../../utils/settings';

/**
 * The in-page reader's UI is a script of its own (content-scripts/reader.js), injected only when
 * the reader first opens, so reading a page from the popup never loads it. Both scripts run in
 * the extension's isolated world of the page, whose global scope the page cannot see: the reader
 * script leaves its entry point there and the content script picks it up. The content script
 * keeps the data, the sanitizer, the copy actions and the settings store, and hands them over on
 * open, so the reader's own script is the UI alone.
 */
export interface ReaderView {
  extraction: Extraction;
  copy: CopyActions;
  sanitize: SanitizeHtml;
  settings: SettingsStore;
}

/** utils/settings-storage.ts, as the reader uses it. */
export interface SettingsStore {
  load(): Promise<ReadingSettings>;
  save(settings: ReadingSettings): Promise<void>;
  watch(onChange: (settings: ReadingSettings) => void): () => void;
}

export interface ReaderHost {
  open(view: ReaderView): void;
  close(): void;
  isOpen(): boolean;
}

export interface ReaderModule {
  createReaderHost(onStateChange: (open: boolean) => void): ReaderHost;
}

const READER_MODULE = Symbol.for('quotelight.reader');

export function provideReaderModule(module: ReaderModule): void {
  (globalThis as Record<symbol, unknown>)[READER_MODULE] ??= module;
}

export function loadedReaderModule(): ReaderModule | null {
  return ((globalThis as Record<symbol, unknown>)[READER_MODULE] as ReaderModule | undefined) ?? null;
}
