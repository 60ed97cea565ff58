import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideModule } from '../shared/page-modules';
import { createReaderHost } from './reader-host';

/**
 * The in-page reader's UI, injected into the content script's world the first time the reader
 * opens (see entrypoints/shared/tabs.ts). It only registers itself; the content script drives it.
 */
export default defineUnlistedScript(() => {
  provideModule('reader', { createReaderHost });
});
