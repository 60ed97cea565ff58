import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askTab, leaveQuestion } from './popup/tab-question';

/**
 * The popup's first script, a classic one in popup.html's head: it asks the tab for its page at
 * once, before the popup's main module is loaded, parsed and run (entrypoints/popup/main.tsx takes
 * the question from here). Small on purpose: the browser API and two injections.
 */
export default defineUnlistedScript(() => {
  performance.mark('quotelight:asked-early');
  leaveQuestion(askTab());
});
