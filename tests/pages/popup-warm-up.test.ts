// The popup warms the pipeline on a small page of its own while the tab copies its page
// (entrypoints/popup/warm-up.ts). That page must read as an article, or the later stages would
// never run and stay cold; and the warm-up must stop when told to (the tab has answered).
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { warmUpSteps, warmUpWhile } from '../../entrypoints/popup/warm-up';
import { readArticle, readArticleInSteps } from '../../utils/pipeline';

const popupWindow = () => documentFromHtml('', 'chrome-extension://quotelight/popup.html').defaultView!;

describe('the popup’s warm-up', () => {
  it('reads its own page through every stage of phase 1, one stage a step', () => {
    const steps = warmUpSteps(popupWindow());
    let count = 0;
    while (!steps.next().done) count++;
    // The copy rebuilt, then extract, declutter, captions and sanitize, text and the gate.
    expect(count).toBe(5);
  });

  it('runs to the end while allowed, and stops at once when not', async () => {
    const finished = await new Promise<boolean>((resolve) => {
      warmUpWhile(() => true, popupWindow(), () => resolve(true));
    });
    expect(finished).toBe(true);

    let asked = 0;
    let done = false;
    warmUpWhile(() => ++asked <= 2, popupWindow(), () => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(false);
    expect(asked).toBe(3);
  });
});

describe('phase 1 in steps', () => {
  it('answers as phase 1 in one go does', () => {
    const html = documentFromHtml(
      `<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>${'<p>The harbour ferry is running again after its repairs, with a new engine and room for bicycles on board.</p>'.repeat(6)}</article></body></html>`,
      'https://news.example/ferry',
    );
    const steps = readArticleInSteps(html, {});
    let step = steps.next();
    while (!step.done) step = steps.next();
    const { ms: _a, ...stepped } = step.value.extraction;
    const { ms: _b, ...direct } = readArticle(html).extraction;
    expect(stepped).toEqual(direct);
    expect(stepped.article.textContent).toContain('new engine');
  });
});
