import type { CopyActions } from '../../components/ArticleView';
import type { SanitizeHtml } from '../../components/ArticleBody';
import type { Extraction } from '../../utils/types';
import type { ExtractionReply } from '../../utils/messages';
import type { ReadingSettings } from '../../utils/settings';

/**
 * Scripts the content script loads into the page only when a feature needs them (injected by the
 * popup or the background, see tabs.ts): the in-page reader's UI (reader.js) and the page-side
 * pipeline (pipeline.js, for the keyboard command and the context menu when the popup has not
 * extracted the page yet). All run in the extension's isolated world of the page, whose global
 * scope the page cannot see: each leaves its entry point there and the content script picks it up.
 *
 * The content script keeps the data, the sanitizer, the copy actions and the settings store, and
 * hands them to the reader on open, so the reader's own script is the UI alone.
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

export interface PipelineModule {
  /** The whole pipeline on this page, as the reply the popup would have stored. */
  extractPage(): ExtractionReply;
}

interface PageModules {
  reader: ReaderModule;
  pipeline: PipelineModule;
}

const KEYS: Record<keyof PageModules, symbol> = {
  reader: Symbol.for('quotelight.reader'),
  pipeline: Symbol.for('quotelight.pipeline'),
};

/** Called by a lazily injected script; a second injection keeps the first registration. */
export function provideModule<Name extends keyof PageModules>(name: Name, module: PageModules[Name]): void {
  (globalThis as Record<symbol, unknown>)[KEYS[name]] ??= module;
}

export function loadedModule<Name extends keyof PageModules>(name: Name): PageModules[Name] | null {
  return ((globalThis as Record<symbol, unknown>)[KEYS[name]] as PageModules[Name] | undefined) ?? null;
}
