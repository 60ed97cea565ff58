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
  await injectContentScript(tabId);
  return false;
}

/** Injects the content script; a second injection into the same page load only finds the first. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

const PAGE_COPY_SCRIPT = '/page-copy.js';

/**
 * The popup's question to a tab in one round trip: what the page-copy script returns, a
 * ContentStart, unchecked (the caller checks its shape).
 */
export async function askForPageCopy(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_COPY_SCRIPT] });
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
