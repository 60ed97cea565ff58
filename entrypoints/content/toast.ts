/**
 * A short confirmation on the page (after "Copy key quotes" from the context menu), drawn in its
 * own shadow root and removed after a moment, leaving the page as it was.
 */
const VISIBLE_MS = 2500;

export function showToast(message: string): void {
  const host = document.createElement('quotelight-toast');
  host.style.cssText = 'all: initial !important; position: fixed !important; bottom: 24px !important; right: 24px !important; z-index: 2147483647 !important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  box.style.cssText = 'font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1f1f1f; padding: 8px 14px; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 25%);';
  shadow.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), VISIBLE_MS);
}
