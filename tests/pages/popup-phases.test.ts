// The popup runs the pipeline in two phases (the article first, its quotes after it is drawn).
// That may not change the answer: the popup and `npm run extract` read a page the same way. (That a copy of a page reads as the
// page itself is page-copy.test.ts's question; here both sides read the same copy.)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { copyPage, documentFromCopy } from '../../utils/page-copy';
import { runPipeline } from '../../utils/pipeline';
import { readPageCopy } from '../../entrypoints/popup/page-reader';
import type { Extraction } from '../../utils/types';

const FIXTURES = path.resolve(__dirname, '../fixtures');

const allPages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'page.html')))
  .map((entry) => entry.name)
  .sort();
// Every page of the extraction fixtures, and one in three of the 800-odd whole-article quote pages (small pages of one
// shape, each batch written alike): reading them all twice took a quarter of CI's time; the page tests read every one.
const quotePages = allPages.filter((name) => name.startsWith('quotes-'));
const pages = allPages.filter((name) => !name.startsWith('quotes-') || quotePages.indexOf(name) % 3 === 0);

/** Everything but the timings. */
const answer = ({ ms: _ms, ...rest }: Extraction) => rest;

function popupWindow(): Window {
  return documentFromHtml('', 'chrome-extension://quotelight/popup.html').defaultView!;
}

describe('the popup’s two phases give the command line’s answer', () => {
  it.each(pages)('%s', async (name) => {
    // (Every jsdom window made here is closed after the page: left open, 800 pages' windows fill a worker's heap.)
    const windows: Window[] = [];
    const fresh = () => {
      const win = popupWindow();
      windows.push(win);
      return win;
    };
    try {
      await samePipeline(name, fresh, windows);
    } finally {
      for (const win of windows) win.close();
    }
  });
});

async function samePipeline(name: string, fresh: () => Window, windows: Window[]): Promise<void> {
  const html = readFileSync(path.join(FIXTURES, name, 'page.html'), 'utf8');
  const doc = documentFromHtml(html, 'https://news.example/story');
  windows.push(doc.defaultView!);
  const page = { tree: JSON.stringify(copyPage(doc)), url: 'https://news.example/story', baseUrl: doc.baseURI };
  let direct: ReturnType<typeof answer> | 'no article';
  try {
    const win = fresh();
    direct = answer(runPipeline(documentFromCopy(page.tree, page.baseUrl, win), { win }));
  } catch {
    direct = 'no article';
  }
  const first = readPageCopy(page, fresh());
  if (direct === 'no article') {
    expect(first.reply.ok).toBe(false);
    expect(first.findQuotes).toBeNull();
    return;
  }
  if (!first.reply.ok || !first.findQuotes) throw new Error(`phase 1 found no article in ${name}`);
  // Phase 1: the article as the command line has it, with nothing of phase 2 yet.
  expect(first.reply.extraction.article).toEqual(direct.article);
  expect(first.reply.extraction.leadImage).toEqual(direct.leadImage);
  expect([first.reply.extraction.quotes, first.reply.extraction.voices, first.reply.extraction.removed]).toEqual([[], [], []]);
  const whole = await first.findQuotes();
  if (!whole.reply.ok) throw new Error(`phase 2 failed on ${name}`);
  expect(answer(whole.reply.extraction)).toEqual(direct);
  expect(whole.body).toBe(first.body);
}
