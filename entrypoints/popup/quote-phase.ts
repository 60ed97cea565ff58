/**
 * The popup's second chunk: phase 2 of the pipeline (quotes, speakers, Voices, removed blocks) and
 * "Read selection", which finds quotes too. Loaded once the article is drawn (see page-reader.ts).
 */
export { findQuotesIn } from '../../utils/pipeline';
export { extractSelectionCopy } from '../shared/extraction-reply';
