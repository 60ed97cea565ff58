import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { t } from '../../components/i18n';
import { isContentStart, isExtractionReply, isPageCopy, isReaderStateReply, type ExtractionReply } from '../../utils/messages';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../utils/settings';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-storage';
import { ensureReaderScript, sendToTab } from '../shared/tabs';
import { takeQuestion } from './tab-question';
import type { TabClock } from '../page-copy';
import '../../components/reader.css';

const TOGGLE_COMMAND = 'toggle-reader';

/** Steps on the popup's own timeline (from its navigation start), read by `npm run bench:speed`. */
type Step = 'script-start' | 'reader-loaded' | 'warmed-up' | 'tab-ready' | 'tab-answered' | 'extracted' | 'article-shown' | 'quotes-found' | 'quotes-shown';
const mark = (step: Step) => performance.mark(`quotelight:${step}`);
mark('script-start');
// The pipeline, requested before anything else, in two chunks: phase 1 (the article, ~110 kB),
// which reads the tab's answer, and phase 2 (the quote rules, larger), asked for only once the
// article is drawn (page-reader.ts) or a selection is read: evaluating that chunk while the tab's
// answer arrives held the answer up (bench:speed, click → article 3.5× → 3.2× load-and-start).
const pageReader = import('./page-reader');
let quotePhaseLoad: ReturnType<Awaited<typeof pageReader>['loadQuotePhase']> | null = null;
const quotePhase = () => (quotePhaseLoad ??= pageReader.then(({ loadQuotePhase }) => loadQuotePhase()));

/** The tab's own clock (see entrypoints/page-copy): when it copied its page, on this popup's timeline. */
function markTabClock(started: unknown): void {
  const clock = (started as { tabClock?: Partial<TabClock> } | null)?.tabClock;
  if (typeof clock?.copyStarted !== 'number' || typeof clock.copyDone !== 'number') return;
  performance.mark('quotelight:tab-copy-started', { startTime: clock.copyStarted - performance.timeOrigin });
  performance.mark('quotelight:tab-copy-done', { startTime: clock.copyDone - performance.timeOrigin });
}

type TabAnswer = { id: number; readerOpen: boolean; answer: unknown } | { id?: undefined };

// Asked by popup-start.js before this script was even loaded, when it ran (see tab-question.ts).
const question = takeQuestion();
/** Resolves once the content script runs in the tab (messages to it wait for this); never rejects. */
const contentScript = question.contentScript;

async function tabAnswer(): Promise<TabAnswer> {
  const id = await question.tabId;
  if (id === undefined) return {};
  let started: unknown;
  try {
    started = await question.answer;
  } catch {
    return {};
  }
  mark('tab-ready');
  markTabClock(started);
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
const tabAnswered = tabAnswer();
let tabHasAnswered = false;
question.answer.finally(() => (tabHasAnswered = true)).catch(() => {});
pageReader.then(({ warmUpWhile }) => {
  mark('reader-loaded');
  // Until the tab answers, the popup has nothing to do: it compiles the pipeline on a page of its own.
  warmUpWhile(() => !tabHasAnswered, window, () => mark('warmed-up'));
}, () => {});
// Requested at once, awaited only when needed: the article view with the sanitizer.
const articleView = import('./article-view');
// While the tab copies its page: the date formatter's first use loads locale data (a few ms), and
// setting up the sanitizers (DOMPurify's factory, the configuration parsed) is a few ms more.
articleView.then(({ longDateFormat, preparePurifiers }) => {
  longDateFormat();
  // Only while waiting: once the tab has answered, the pipeline sets up the one it needs itself.
  if (!tabHasAnswered) preparePurifiers(window);
}, () => {});

/** Resolves after the browser has painted what was just drawn (the next frame, then a task). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The reader command's current key binding, which the person may have changed in the browser. */
async function readerShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === TOGGLE_COMMAND)?.shortcut || null;
}

/** An answer to show: `body` holds the article's sanitized nodes when the pipeline ran in this popup (see PipelineResult). */
interface Read {
  reply: unknown;
  body: Element | null;
  /** Phase 2 of the pipeline, when the article came without its quotes (see page-reader.ts). */
  findQuotes?: (() => Promise<{ reply: ExtractionReply; body: Element | null }>) | null;
}

/** Resolves once the tab keeps this popup's extraction: the reader, opened from here, shows it. */
let extractionKept: Promise<unknown> = Promise.resolve();

type ArticleViewFor = Awaited<typeof articleView>['articleViewFor'];

async function stateFrom(reply: unknown, view: ReturnType<ArticleViewFor> | null, quotesPending: boolean): Promise<PopupState> {
  if (!isExtractionReply(reply)) return { status: 'unavailable', message: t('readFailed'), canReadSelection: false };
  if (!reply.ok) return { status: 'unavailable', message: reply.message, canReadSelection: reply.reason === 'no-article' };
  try {
    const draw = view ?? (await articleView).articleViewFor(reply.url, null);
    return { status: 'ready', article: draw(reply.extraction, quotesPending) };
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

  /** Draws an answer; true when it is an article (its `shown` mark is set just before the paint). */
  const draw = async (reply: unknown, view: ReturnType<ArticleViewFor> | null, quotesPending: boolean, shown: Step): Promise<boolean> => {
    const next = await stateFrom(reply, view, quotesPending);
    setState(next);
    if (next.status !== 'ready') return false;
    // Preact draws before the next frame; this callback runs after it, just before the paint.
    requestAnimationFrame(() => mark(shown));
    return true;
  };

  /**
   * Shows an answer: the article first, then (when the pipeline ran here in two phases) its quotes,
   * found after the article is painted. The tab keeps the whole extraction for the reader, copy and menu.
   */
  const show = async (id: number, { reply, body, findQuotes }: Read) => {
    // Set before the article is drawn: its reader switch is usable from then on.
    let kept = () => {};
    if (findQuotes) extractionKept = new Promise<void>((resolve) => (kept = resolve));
    const view = isExtractionReply(reply) && reply.ok ? (await articleView).articleViewFor(reply.url, body) : null;
    const drawn = await draw(reply, view, Boolean(findQuotes), 'article-shown');
    if (!findQuotes) return;
    if (drawn) await afterPaint();
    const whole = await findQuotes();
    mark('quotes-found');
    void tellTab(id, { type: 'popup:store-extraction', reply: whole.reply }).catch(() => {}).finally(kept);
    await draw(whole.reply, view, false, 'quotes-shown');
  };

  /** The tab's answer as an extraction: when it sent its page, read it here. */
  const extractionFrom = async (id: number, reply: unknown): Promise<Read> => {
    if (!isPageCopy(reply)) return { reply, body: null };
    if (reply.page.selectedText !== undefined) {
      const selection = (await quotePhase()).extractSelectionCopy(reply.page, window);
      mark('extracted');
      void tellTab(id, { type: 'popup:store-extraction', reply: selection }).catch(() => {});
      return { reply: selection, body: null };
    }
    const read = (await pageReader).readPageCopy(reply.page, window);
    mark('extracted');
    // No article: the tab keeps the answer at once (there are no quotes to wait for).
    if (!read.findQuotes) void tellTab(id, { type: 'popup:store-extraction', reply: read.reply }).catch(() => {});
    return read;
  };

  useEffect(() => {
    (async () => {
      const asked = await tabAnswered;
      if (asked.id === undefined) return setState({ status: 'unavailable', message: t('cannotRun'), canReadSelection: false });
      setReaderOpen(asked.readerOpen);
      setTabId(asked.id);
      await show(asked.id, await extractionFrom(asked.id, asked.answer));
    })();
  }, []);

  const toggleReader = async (open: boolean) => {
    if (tabId === undefined) return;
    // The reader's own code goes into the page only when someone opens it.
    if (open) await ensureReaderScript(tabId).catch(() => {});
    await extractionKept;
    const reply = await tellTab(tabId, { type: 'popup:set-reader', open }).catch(() => null);
    if (isReaderStateReply(reply)) setReaderOpen(reply.open);
  };

  const readSelection = async () => {
    if (tabId === undefined) return;
    await show(tabId, await extractionFrom(tabId, await tellTab(tabId, { type: 'popup:read-selection' }).catch(() => null)));
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
