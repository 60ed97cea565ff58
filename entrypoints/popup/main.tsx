import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { makeCopyActions } from '../../components/copy-actions';
import { isExtractionReply, isReaderStateReply, type PopupToContent } from '../../utils/messages';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../utils/settings';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-storage';
import '../../components/reader.css';
import { t } from '../../components/i18n';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** `popup.html?tab=<id>` shows that tab (for tests); otherwise the active tab of this window. */
async function targetTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(tabId: number, message: PopupToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Injects the content script unless this page load already has it (it guards itself as well). */
async function ensureContentScript(tabId: number): Promise<void> {
  try {
    if (isReaderStateReply(await send(tabId, { type: 'popup:get-reader-state' }))) return;
  } catch {
    // No receiver yet: inject below.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [url, setUrl] = useState('');
  const [readerOpen, setReaderOpen] = useState(false);
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);

  useEffect(() => {
    loadSettings().then(setSettings, () => {});
    return watchSettings(setSettings);
  }, []);
  const changeSettings = (next: ReadingSettings) => {
    setSettings(next);
    saveSettings(next).catch(() => {});
  };

  useEffect(() => {
    (async () => {
      const id = await targetTabId();
      if (id === undefined) return setState({ status: 'unavailable', message: t('cannotRun') });
      try {
        await ensureContentScript(id);
      } catch {
        return setState({ status: 'unavailable', message: t('cannotRun') });
      }
      setTabId(id);
      const reader = await send(id, { type: 'popup:get-reader-state' }).catch(() => null);
      if (isReaderStateReply(reader)) setReaderOpen(reader.open);
      const reply = await send(id, { type: 'popup:get-extraction' }).catch(() => null);
      if (!isExtractionReply(reply)) return setState({ status: 'unavailable', message: t('readFailed') });
      if (!reply.ok) return setState({ status: 'unavailable', message: reply.message });
      setUrl(reply.url);
      setState({ status: 'ready', extraction: reply.extraction });
    })();
  }, []);

  const toggleReader = async (open: boolean) => {
    if (tabId === undefined) return;
    const reply = await send(tabId, { type: 'popup:set-reader', open }).catch(() => null);
    if (isReaderStateReply(reply)) setReaderOpen(reply.open);
  };

  const copy =
    state.status === 'ready'
      ? makeCopyActions(state.extraction, url, (text) => navigator.clipboard.writeText(text))
      : { onCopyQuote: async () => {}, onCopyLink: async () => {}, onCopyAll: async () => {} };

  return (
    <PopupApp
      state={state}
      readerOpen={readerOpen}
      canUseReader={state.status === 'ready'}
      onToggleReader={toggleReader}
      copy={copy}
      settings={settings}
      onSettingsChange={changeSettings}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
