import { render } from 'preact';
import { ReaderOverlay } from '../../components/ReaderOverlay';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../utils/settings';
import type { ReaderHost, ReaderView } from '../shared/page-modules';
import readerStyles from '../../components/reader.css?inline';

/**
 * Shows the reader over the page in a shadow root (so neither side's styles leak) and removes
 * every trace on close: one host element added, the same element removed, scroll and focus
 * put back. The page's own nodes, styles and attributes are never touched.
 */
export function createReaderHost(onStateChange: (open: boolean) => void): ReaderHost {
  let host: HTMLElement | null = null;
  let restore: (() => void) | null = null;
  // Known settings at hand so the reader draws at once; storage answers a moment later.
  let settings: ReadingSettings = DEFAULT_SETTINGS;

  function open({ extraction, copy, sanitize, settings: store }: ReaderView): void {
    if (host) return;
    const { scrollX, scrollY } = window;
    const previousFocus = document.activeElement as HTMLElement | null;

    host = document.createElement('quotelight-reader');
    // Inline and important, so no page stylesheet can hide or shrink the reader's host.
    host.style.cssText = 'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = readerStyles;
    const mount = document.createElement('div');
    mount.className = 'ql-mount';
    shadow.append(style, mount);
    document.documentElement.append(host);

    const draw = () =>
      render(
        <ReaderOverlay extraction={extraction} copy={copy} sanitize={sanitize} onClose={close} settings={settings} onSettingsChange={changeSettings} />,
        mount,
      );
    const changeSettings = (next: ReadingSettings) => {
      settings = next;
      draw();
      store.save(next).catch(() => {});
    };
    draw();
    store.load().then((stored) => {
      settings = stored;
      if (host) draw();
    }, () => {});
    // Changes made in the popup apply here at once.
    const unwatchSettings = store.watch((next) => {
      settings = next;
      if (host) draw();
    });

    // Esc closes wherever focus is: on the page, in the reader, or nowhere. Tab stays inside.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab') return keepFocusInside(event, shadow, host!);
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    shadow.querySelector<HTMLElement>('.ql-reader')?.focus({ preventScroll: true });
    onStateChange(true);

    restore = () => {
      // The page first, with DOM calls only: after an extension reload or update every browser
      // API throws, and the page must still come back.
      window.removeEventListener('keydown', onKeyDown, true);
      host?.remove();
      host = null;
      window.scrollTo(scrollX, scrollY);
      if (previousFocus && previousFocus !== document.body && previousFocus.isConnected) {
        previousFocus.focus({ preventScroll: true });
      }
      render(null, mount);
      try {
        unwatchSettings();
      } catch {
        // The extension is gone; so is its storage listener.
      }
    };
  }

  function close(): void {
    const undo = restore;
    restore = null;
    if (!undo) return;
    undo();
    try {
      onStateChange(false);
    } catch {
      // No extension to tell (reloaded or removed): the page is already back.
    }
  }

  return { open, close, isOpen: () => host !== null };
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A modal reader keeps Tab and Shift+Tab cycling through its own controls. */
function keepFocusInside(event: KeyboardEvent, shadow: ShadowRoot, host: Element): void {
  const focusable = [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement === host ? shadow.activeElement : null;
  const wrapTo = !active ? first : event.shiftKey && active === first ? last : !event.shiftKey && active === last ? first : null;
  if (!wrapTo) return;
  event.preventDefault();
  event.stopPropagation();
  wrapTo.focus();
}
