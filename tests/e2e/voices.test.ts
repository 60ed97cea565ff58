import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REPO, highlightedQuotesIn, openPopup, openServedPage, seedPageHtml, type PageSession } from './harness';
import { withShared } from '../with-shared';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each highlighted mark under `selector` as speaker and state: chosen, muted or plain. */
function markStates(page: Page, selector: string) {
  return page.locator(`${selector} mark.ql-quote`).evaluateAll((marks) =>
    marks.map((mark) => ({
      speaker: (mark as HTMLElement).dataset.speaker ?? '',
      state: mark.classList.contains('ql-voice-chosen') ? 'chosen' : mark.classList.contains('ql-voice-muted') ? 'muted' : 'plain',
      background: getComputedStyle(mark).backgroundColor,
    })),
  );
}

function voiceButton(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('list', { name: 'Voices' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

// The repository's seed-shaped page always; the seed itself too when ../shared is beside the repo.
const seed = withShared('seed', __filename);
const pages: Array<[string, () => string, { first: string; second: string }]> = [
  ['seed-shaped page', seedPageHtml, { first: 'Amara Osei', second: 'Henrik Dahl' }],
  ...(seed.present ? [['seed page', () => seed.read('kim-putin.html'), { first: 'Kim Jong Un', second: 'Vladimir Putin' }] as [string, () => string, { first: string; second: string }]] : []),
];

/** Voices in real Chromium with the built extension: the first speaker has 2 quotes, the second 3. */
describe.each(pages)('Voices on the %s in Chromium', (_, html, { first, second }) => {
  let session: PageSession;
  let popup: Page;

  beforeAll(async () => {
    session = await openServedPage(html());
    popup = await openPopup(session.browser, session.tabId);
    await popup.locator('.ql-article-body mark').first().waitFor({ timeout: 15_000 });
  });
  afterAll(() => session?.close());

  it('lists both speakers in order of first appearance with their counts', async () => {
    const items = popup.getByRole('list', { name: 'Voices' }).getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toMatch(new RegExp(`${first}[\\s\\S]*2 quotes`));
    expect(await items.nth(1).innerText()).toMatch(new RegExp(`${second}[\\s\\S]*3 quotes`));
    expect(await popup.getByRole('button', { name: 'All', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('choosing a person highlights only their quotes and scrolls to the first; choosing again restores', async () => {
    const putin = voiceButton(popup, second);
    await putin.click();
    expect(await putin.getAttribute('aria-pressed')).toBe('true');
    const states = await markStates(popup, '.ql-article-body');
    const putinMarks = states.filter((mark) => mark.speaker === second);
    expect(putinMarks.length).toBeGreaterThanOrEqual(3);
    expect(putinMarks.every((mark) => mark.state === 'chosen')).toBe(true);
    const others = states.filter((mark) => mark.speaker !== second);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((mark) => mark.state === 'muted' && mark.background === 'rgba(0, 0, 0, 0)')).toBe(true);
    await expect.poll(() => popup.locator('.ql-article-body mark.ql-voice-chosen').first().isVisible()).toBe(true);
    const firstChosen = await popup.locator('.ql-article-body mark.ql-voice-chosen').first().boundingBox();
    const viewport = popup.viewportSize()!;
    expect(firstChosen!.y).toBeGreaterThanOrEqual(0);
    expect(firstChosen!.y).toBeLessThan(viewport.height);

    // No serious or critical axe finding with one voice chosen.
    await popup.evaluate(axeSource);
    const violations = await popup.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe;
      const result = await axe.run({ include: [['body']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    });
    expect(violations).toEqual([]);

    await putin.click();
    expect(await putin.getAttribute('aria-pressed')).toBe('false');
    expect((await markStates(popup, '.ql-article-body')).every((mark) => mark.state === 'plain')).toBe(true);
  });

  it('the keyboard reaches a person, Enter chooses them, "All" restores', async () => {
    const kim = voiceButton(popup, first);
    await kim.focus();
    await popup.keyboard.press('Enter');
    expect(await kim.getAttribute('aria-pressed')).toBe('true');
    expect((await markStates(popup, '.ql-article-body')).filter((mark) => mark.state === 'chosen').every((mark) => mark.speaker === first)).toBe(true);
    await popup.getByRole('button', { name: 'All', exact: true }).click();
    expect(await kim.getAttribute('aria-pressed')).toBe('false');
    expect((await markStates(popup, '.ql-article-body')).every((mark) => mark.state === 'plain')).toBe(true);
  });

  it('a person’s copy button puts all their quotes, attributed, on the clipboard', async () => {
    const item = popup.getByRole('list', { name: 'Voices' }).getByRole('listitem').filter({ hasText: second });
    await item.getByRole('button', { name: `Copy quotes by ${second}` }).click();
    await expect.poll(() => item.innerText()).toContain('Copied');
    // Read back from the loopback page, as seed-flows does: automation gets no clipboard permission on extension pages.
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    await session.page.bringToFront();
    const clipboard = await session.page.evaluate(() => navigator.clipboard.readText());
    const quoteLines = clipboard.split('\n\n').filter((block) => block.startsWith('“'));
    expect(quoteLines).toHaveLength(3);
    for (const line of quoteLines) expect(line).toMatch(new RegExp(`” — ${second}(, [^\n]+)?$`));
    expect(new Set(quoteLines).size).toBe(3);
    expect(clipboard).not.toContain(`${first}”`);
    expect(clipboard).toContain(session.url);
  });

  it('the in-page reader shows Voices too, and choosing a person there highlights only theirs', async () => {
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    await readerSwitch.click();
    const reader = session.page.locator('quotelight-reader');
    const kim = voiceButton(reader, first);
    await kim.waitFor();
    await kim.click();
    expect(await kim.getAttribute('aria-pressed')).toBe('true');
    const states = await markStates(session.page, 'quotelight-reader .ql-article-body');
    expect(states.filter((mark) => mark.speaker === first).every((mark) => mark.state === 'chosen')).toBe(true);
    expect(states.filter((mark) => mark.speaker !== first).every((mark) => mark.state === 'muted')).toBe(true);
    await session.page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
  });
});

describe('a split quote in Chromium', () => {
  let session: PageSession;
  afterAll(() => session?.close());

  it('is one Key quotes item with both parts highlighted in the text', async () => {
    // Our own small page (tests/fixtures/split-quote-he-said), served by the test.
    session = await openServedPage(readFileSync(join(REPO, 'tests/fixtures/split-quote-he-said/page.html'), 'utf8'), '/local/marlow-ferry.html');
    const popup = await openPopup(session.browser, session.tabId);
    const items = popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3);
    const first = await items.nth(0).innerText();
    expect(first).toContain('The crossing is safe again and the timetable is back to every half hour … We ran sea trials all week');
    expect(first).toContain('Ines Calder');
    const highlighted = await highlightedQuotesIn(popup, '.ql-article-body');
    const texts = highlighted.map((quote) => quote.text);
    expect(texts).toContain('The crossing is safe again and the timetable is back to every half hour,');
    expect(texts).toContain('We ran sea trials all week and the new shaft held up in every tide.');
    expect(highlighted.filter((quote) => quote.speaker === 'Ines Calder')).toHaveLength(2);
    const keyMarks = await popup.locator('.ql-article-body mark.ql-key').evaluateAll((marks) => marks.map((mark) => mark.textContent ?? ''));
    expect(keyMarks.join(' ')).toContain('We ran sea trials');
  });
});
