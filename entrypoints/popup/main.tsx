import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { t } from '../../components/i18n';
import { isContentStart, isExtractionReply, isPageCopy, isReaderStateReply } from '../../utils/messages';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../utils/settings';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-storage';
import { askForPageCopy, ensureReaderScript, injectContentScript, sendToTab } from '../shared/tabs';
import '../../components/reader.css';

const TOGGLE_COMMAND = 'toggle-reader';

/** Steps on the popup's own timeline (from its navigation start), read by `npm run bench:speed`. */
const mark = (step: 'script-start' | 'tab-ready' | 'tab-answered' | 'extracted' | 'article-shown') => performance.mark(`quotelight:${step}`);
mark('script-start');

type TabAnswer = { id: number; readerOpen: boolean; answer: unknown } | { id?: undefined };

/** Resolves once the content script runs in the tab (messages to it wait for this); never rejects. */
let contentScript: Promise<void> = Promise.resolve();

/**
 * The tab is asked before anything else is drawn or loaded, in one round trip: a small script
 * answers with the page copy (or the extraction this page load already has), made in the tab's
 * process while this one loads the rest. The content script, which keeps the result and serves
 * the reader, is injected alongside, off that path.
 */
async function askTab(): Promise<TabAnswer> {
  const id = await targetTabId();
  if (id === undefined) return {};
  const asked = askForPageCopy(id);
  contentScript = injectContentScript(id).catch(() => {});
  let started: unknown;
  try {
    started = await asked;
  } catch {
    return {};
  }
  mark('tab-ready');
  if (isContentStart(started)) {
    mark('tab-answered');
    return { id, readerOpen: started.readerOpen, answer: started.answer };
  }
  // No usable answer: the content script answers the same questions as messages.
  await contentScript;
  const state = await sendToTab(id, { type: 'popup:get-reader-state' }).catch(() => null);
  const answer = await sendToTab(id, { type: 'popup:get-extraction' }).catch(() => null);
  mark('tab-answered');
  return { id, readerOpen: isReaderStateReply(state) && state.open, answer };
}

/** Messages to the tab go to its content script, once it is there. */
async function tellTab(id: number, message: Parameters<typeof sendToTab>[1]): Promise<unknown> {
  await contentScript;
  return sendToTab(id, message);
}
const tabAnswer = askTab();
// Requested at once, awaited only when needed: the pipeline, which reads the copy of the tab's
// page here, and the article view with the sanitizer.
const pageReader = import('../shared/extraction-reply');
const articleView = import('./article-view');

/** `popup.html?tab=<id>` shows that tab (for tests); otherwise the active tab of this window. */
async function targetTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The reader command's current key binding, which the person may have changed in the browser. */
async function readerShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut || null;
}

/** `body`: the article's sanitized nodes when the pipeline ran in this popup (see PipelineResult). */
async function stateFrom(reply: unknown, body: Element | null): Promise<PopupState> {
  if (!isExtractionReply(reply)) return { status: 'unavailable', message: t('readFailed'), canReadSelection: false };
  if (!reply.ok) return { status: 'unavailable', message: reply.message, canReadSelection: reply.reason === 'no-article' };
  try {
    const { renderArticle } = await articleView;
    return { status: 'ready', article: renderArticle(reply.extraction, reply.url, body) };
  } catch {
    return { status: 'unavailable', message: t('readFailed'), canReadSelection: false };
  }
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [readerOpen, setReaderOpen] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);

  useEffect(() => {
    loadSettings().then(setSettings, () => {});
    readerShortcut().then(setShortcut, () => {});
    return watchSettings(setSettings);
  }, []);

  const show = async ({ reply, body }: { reply: unknown; body: Element | null }) => {
    const next = await stateFrom(reply, body);
    setState(next);
    // Preact draws before the next frame; this callback runs after it, just before the paint.
    if (next.status === 'ready') requestAnimationFrame(() => mark('article-shown'));
  };

  /** The tab's answer as an extraction: when it sent its page, read it here and give the tab the result to keep. */
  const extractionFrom = async (id: number, reply: unknown): Promise<{ reply: unknown; body: Element | null }> => {
    if (!isPageCopy(reply)) return { reply, body: null };
    const { extractPageCopy, extractSelectionCopy } = await pageReader;
    const read = reply.page.selectedText === undefined ? extractPageCopy(reply.page, window) : { reply: extractSelectionCopy(reply.page, window), body: null };
    mark('extracted');
    // Kept by the tab for the reader, copy and menu; the article is shown without waiting for it.
    void tellTab(id, { type: 'popup:store-extraction', reply: read.reply }).catch(() => {});
    return read;
  };

  useEffect(() => {
    (async () => {
      const asked = await tabAnswer;
      if (asked.id === undefined) return setState({ status: 'unavailable', message: t('cannotRun'), canReadSelection: false });
      setReaderOpen(asked.readerOpen);
      setTabId(asked.id);
      await show(await extractionFrom(asked.id, asked.answer));
    })();
  }, []);

  const toggleReader = async (open: boolean) => {
    if (tabId === undefined) return;
    // The reader's own code goes into the page only when someone opens it.
    if (open) await ensureReaderScript(tabId).catch(() => {});
    const reply = await tellTab(tabId, { type: 'popup:set-reader', open }).catch(() => null);
    if (isReaderStateReply(reply)) setReaderOpen(reply.open);
  };

  const readSelection = async () => {
    if (tabId === undefined) return;
    await show(await extractionFrom(tabId, await tellTab(tabId, { type: 'popup:read-selection' }).catch(() => null)));
  };

  const changeSettings = (next: ReadingSettings) => {
    setSettings(next);
    saveSettings(next).catch(() => {});
  };

  return (
    <PopupApp
      state={state}
      readerOpen={readerOpen}
      canUseReader={state.status === 'ready'}
      onToggleReader={toggleReader}
      onReadSelection={readSelection}
      shortcut={shortcut}
      settings={settings}
      onSettingsChange={changeSettings}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
