import type { SanitizeHtml } from './ArticleBody';
import { REMOVED_MARKER_ATTRIBUTE } from '../utils/types';

/**
 * Puts a removed block back where its marker stands in the shown article, re-sanitized through
 * the HTML module, inside a wrapper that shows it was restored. Returns false when the marker is gone.
 */
export function restoreRemovedBlock(container: Element, index: number, html: string, sanitize: SanitizeHtml): boolean {
  const marker = container.querySelector(`[${REMOVED_MARKER_ATTRIBUTE}="${index}"]`);
  if (!marker) return false;
  const wrapper = container.ownerDocument.createElement('div');
  wrapper.className = 'ql-restored';
  wrapper.append(sanitize(html, container.ownerDocument));
  marker.replaceWith(wrapper);
  return true;
}
