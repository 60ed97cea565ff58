import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideModule } from '../shared/page-modules';
import { extractionReplyFor } from '../shared/extraction-reply';

/**
 * The pipeline inside the page, for the keyboard command and the context menu when no popup has
 * read this page load yet (the popup reads a copy of the page in its own process instead).
 * Injected by the background only then; it registers itself and the content script calls it.
 */
export default defineUnlistedScript(() => {
  provideModule('pipeline', { extractPage: () => extractionReplyFor(document, location.href, window, true) });
});
