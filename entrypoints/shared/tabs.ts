import { browser } from 'wxt/browser';
import type { BackgroundToContent, PopupToContent } from '../../utils/messages';
import { isReaderStateReply } from '../../utils/messages';

/**
 * How extension pages and the background reach a tab: inject the content script on demand
 * (activeTab + scripting; nothing runs on pages the user never asked about), then message it.
 * Not an entrypoint: WXT ignores a folder without an index file.
 */
const CONTENT_SCRIPT = '/content-scripts/content.js';

export function sendToTab(tabId: number, message: PopupToContent | BackgroundToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Injects the content script unless this page load already has it (the script guards itself too).
 * Resolves to whether the reader is open, which the ping answers anyway.
 */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, { type: 'popup:get-reader-state' });
    if (isReaderStateReply(reply)) return reply.open;
  } catch {
    // No receiver yet: inject below.
  }
  // Only the popup reads what the script answers on start: it need not copy the page for us.
  await browser.scripting.executeScript({ target: { tabId }, func: markQuietStart });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  return false;
}

/** Runs in the tab's isolated world, just before the content script (see QUIET_START there). */
function markQuietStart(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('quotelight.quiet-start')] = true;
}

/**
 * Injects the content script, or runs its file again where this page load already has it (the
 * script then answers from the running instance), and resolves to what it answers on start: a
 * ContentStart, unchecked (the caller checks its shape). One round trip for the popup.
 */
export async function startContentScript(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  return frame?.result;
}

const READER_SCRIPT = '/reader.js';

/** Adds the in-page reader's UI to a tab whose content script is already there (a no-op the second time). */
export async function ensureReaderScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
}

const PIPELINE_SCRIPT = '/pipeline.js';

/** Adds the page-side pipeline, for actions that need an extraction when no popup has made one. */
export async function ensurePipelineScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PIPELINE_SCRIPT] });
}
