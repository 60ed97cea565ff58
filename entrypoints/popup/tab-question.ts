import { browser } from 'wxt/browser';
import { askForPageCopy, injectContentScript } from '../shared/tabs';

/**
 * The popup's one question to its tab, asked by the popup's first, small script (popup-start.js,
 * run before the main one is loaded) so the tab copies its page while the popup loads the rest.
 * The main script takes it from there, or asks itself when that script did not run.
 */
export interface TabQuestion {
  tabId: Promise<number | undefined>;
  /** What the page-copy script returned: a ContentStart, unchecked (the caller checks its shape). */
  answer: Promise<unknown>;
  /** Resolves once the content script runs in the tab (messages to it wait for this); never rejects. */
  contentScript: Promise<void>;
}

const KEY = Symbol.for('quotelight.popup-question');

/** `popup.html?tab=<id>` shows that tab (for tests); otherwise the active tab of this window. */
async function targetTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Asks in one round trip: a small script answers with the page copy (or the extraction this page
 * load already has). The content script, which keeps the result and serves the reader, is injected
 * alongside, off that path.
 */
export function askTab(): TabQuestion {
  const tabId = targetTabId().catch(() => undefined);
  const answer = tabId.then((id) => (id === undefined ? undefined : askForPageCopy(id)));
  // Handled here so a refused injection is no unhandled rejection before the main script awaits it.
  answer.catch(() => {});
  const contentScript = tabId.then((id) => (id === undefined ? undefined : injectContentScript(id))).catch(() => {});
  return { tabId, answer, contentScript };
}

export function leaveQuestion(question: TabQuestion): void {
  (globalThis as Record<symbol, unknown>)[KEY] = question;
}

/** The question popup-start.js asked, or a new one. */
export function takeQuestion(): TabQuestion {
  const scope = globalThis as Record<symbol, unknown>;
  const left = scope[KEY] as TabQuestion | undefined;
  delete scope[KEY];
  return left && left.answer instanceof Promise ? left : askTab();
}
