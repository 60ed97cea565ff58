import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isActionReply, isContentToBackground, isFromOwnContentScript, isNeedsPipelineReply, type BackgroundToContent } from '../utils/messages';
import { t } from '../components/i18n';
import { ensureContentScript, ensurePipelineScript, ensureReaderScript, sendToTab } from './shared/tabs';

/**
 * Wiring only: the keyboard command and the page context menu act on the tab the user is on
 * (each grants activeTab), and the toolbar icon shows whether the reader is open or an error happened.
 */
const TOGGLE_COMMAND = 'toggle-reader';
const MENU_OPEN_READER = 'open-reader';
const MENU_COPY_KEY_QUOTES = 'copy-key-quotes';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_OPEN_READER, title: t('menuOpenReader'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_COPY_KEY_QUOTES, title: t('menuCopyKeyQuotes'), contexts: ['page', 'selection'] });
  });

  const onCommand = (command: string, tabId: number) =>
    command === TOGGLE_COMMAND ? act(tabId, { type: 'background:toggle-reader' }) : Promise.resolve();
  const onMenuItem = (menuItemId: string | number, tabId: number) => {
    if (menuItemId === MENU_OPEN_READER) return act(tabId, { type: 'background:open-reader' });
    if (menuItemId === MENU_COPY_KEY_QUOTES) return act(tabId, { type: 'background:copy-key-quotes' });
    return Promise.resolve();
  };
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void onCommand(command, tab.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void onMenuItem(info.menuItemId, tab.id);
  });
  // Automation cannot press browser shortcuts or open context menus: the test build (only)
  // lets end-to-end tests call the same handlers. Compiled out of the shipped build.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { quotelightTest: { onCommand, onMenuItem } });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromOwnContentScript(sender, browser.runtime.id) || !isContentToBackground(message)) return;
    void showReaderState(sender.tab!.id!, message.open);
  });

  // A new page load starts without a reader.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearBadge(tabId);
  });
});

async function act(tabId: number, message: BackgroundToContent): Promise<void> {
  try {
    await ensureContentScript(tabId);
    if (message.type !== 'background:copy-key-quotes') await ensureReaderScript(tabId);
    let reply = await sendToTab(tabId, message);
    // No popup has read this page load: the pipeline goes into the page, once, and we ask again.
    if (isNeedsPipelineReply(reply)) {
      await ensurePipelineScript(tabId);
      reply = await sendToTab(tabId, message);
    }
    if (isActionReply(reply) && !reply.ok) await showError(tabId, reply.message);
  } catch {
    await showError(tabId, t('cannotRun'));
  }
}

async function showReaderState(tabId: number, open: boolean): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: open ? 'ON' : '' });
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
  await toolbarButton().setTitle({ tabId, title: open ? t('badgeOn') : t('actionTitle') });
}

async function showError(tabId: number, message: string): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '!' }).catch(() => {});
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#b91c1c' }).catch(() => {});
  await toolbarButton().setTitle({ tabId, title: t('badgeError', message) }).catch(() => {});
}

async function clearBadge(tabId: number): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '' }).catch(() => {});
  await toolbarButton().setTitle({ tabId, title: t('actionTitle') }).catch(() => {});
}

/** MV3's `action`, or Firefox MV2's `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
