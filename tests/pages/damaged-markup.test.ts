// Damaged markup through the command line's functions (jsdom): a page is never lost to a parser.
// Every input answers with an article or an error that is a sentence; never a throw of anything
// else. Truncations are seeded, so every run feeds the same pages.
import { readFileSync } from 'node:fs';
import { runJsonlBatch } from './cli-batch';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, PageReadError } from '../../utils/cli/page';
import { NoArticleError } from '../../utils/pipeline';
import { PageTooLargeError } from '../../utils/extract';

const ROOT = path.resolve(__dirname, '../..');
const URL = 'https://herald.example/news/bridge-to-reopen';
const STORY = [
  'The Elm Street bridge will reopen to traffic on Monday after eight months of repairs, the council said on Thursday.',
  'Engineers replaced the steel bearings and resurfaced the deck, and a new footway on the west side is wider than the old one.',
  '"The detour added twenty minutes to every journey, and people have been very patient," said councillor Ada Park.',
  'Buses will return to their usual route from the first morning service, and the temporary lights on Mill Lane will be removed.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('\n');
const page = (body: string, { doctype = '<!DOCTYPE html>', head = '' } = {}) =>
  `${doctype}<html lang="en"><head><meta charset="utf-8"><title>Bridge to reopen on Monday</title>${head}</head><body><article><h1>Bridge to reopen on Monday</h1>${body}</article></body></html>`;

type Outcome = { kind: 'article'; text: string } | { kind: 'error'; message: string };

/** An article, or one of the pipeline's sentences; anything else thrown fails the test. */
function read(html: string): Outcome {
  try {
    return { kind: 'article', text: extractFromHtml(html, URL).article.textContent.replace(/\s+/g, ' ') };
  } catch (error) {
    if (error instanceof NoArticleError || error instanceof PageTooLargeError || error instanceof PageReadError) return { kind: 'error', message: error.message };
    throw error;
  }
}

const SENTENCE = /^[A-Z].*\S[.)]\.?$/s;

function expectAnswer(outcome: Outcome): void {
  if (outcome.kind === 'error') expect(outcome.message).toMatch(SENTENCE);
  else expect(typeof outcome.text).toBe('string');
}

function expectStory(outcome: Outcome): void {
  expect(outcome).toMatchObject({ kind: 'article' });
  for (const sentence of STORY) expect((outcome as { text: string }).text).toContain(sentence);
}

describe('markup jsdom rejects: only the rejected part is dropped, the story is read', () => {
  it.each([
    ['SCSS left in a style attribute', `<div style="width: calc(($a - $b) / 16 * 9)"><p>Photo</p></div>${story}`],
    ['template syntax in style attributes, on SVG too', `<div style="{{ box.style }}">x</div><svg style="height: calc(( 100% - ))"><rect/></svg>${story}`],
    ['a rejected style beside accepted ones', `<p style="color: red">Lead.</p><span style="margin: calc((1px - ))">x</span>${story}`],
    ['a rejected style inside a <template> and on MathML', `<template><div style="width: calc(($a))">t</div></template><math><mi style="a: calc(($x))">z</mi></math>${story}`],
  ])('%s', (_label, body) => {
    expectStory(read(page(body)));
  });

  it('keeps the style attributes jsdom accepts', () => {
    // Seen through the page's own document: the retry parse drops only the rejected attribute.
    const html = page(`<div id="ok" style="display: none">hidden</div><div id="bad" style="width: calc(($a))">shown</div>${story}`);
    const outcome = read(html);
    expectStory(outcome);
    expect((outcome as { text: string }).text).not.toContain('hidden');
  });

  it.each([
    ['a name with a "<"', '<!DOCTYPE h<tml>'],
    ['a quoted name', '<!DOCTYPE "html">'],
    ['a name ending in a colon', '<!DOCTYPE html:>'],
    ['a name starting with a digit', '<!DOCTYPE 1html>'],
    ['no name at all', '<!DOCTYPE>'],
    ['a public id left open', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'],
  ])('a damaged doctype: %s', (_label, doctype) => {
    expectStory(read(page(story, { doctype })));
  });
});

describe('damaged markup never throws (an article or a sentence)', () => {
  const cases: [string, string][] = [
    ['unclosed tags', page(`<div><p>${STORY[0]}<span><b><i>${STORY[1]}<table><tr><td>${STORY[2]}`).replace(/<\/(article|body|html)>/g, '')],
    ['NUL bytes in text and attributes', page(story.replace(/ the /g, ' the\u0000 ') + '<p title="a\u0000b">x</p>')],
    ['bogus CSS in <style>', page(story, { head: '<style>@media (min-width:{{{ } .a{color:red;;}} @import url(; p { width: calc(($a - $b)) }</style>' })],
    ['bogus CSS in many style attributes', page(STORY.map((p, i) => `<p style="${['@media screen{', 'color:', 'url(', '}}}{{{', 'width: calc((1 - ))'][i % 5]}">${p}</p>`).join(''))],
    ['attribute names only the HTML parser allows', page(`<div @click="go()" [prop]="x" :class="y" 1a="b" a"b="c" ="d">${story}</div>`)],
    ['a stray </html> and </body> mid-page', page(`${STORY.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</body></html><p>${STORY[2]}</p><p>${STORY[3]}</p>`)],
    ['5,000 unclosed <div>', page(`${'<div>'.repeat(5000)}${story}`)],
    ['two declarative shadow roots on one host', page(`<div><template shadowrootmode="open"><p>a</p></template><template shadowrootmode="closed"><p>b</p></template></div>${story}`)],
    ['only a doctype', '<!DOCTYPE h<tml>'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
  ];
  // Parsing and closing 5,000 nested elements takes seconds in jsdom on a busy machine.
  it.each(cases)('%s', (_label, html) => {
    expectAnswer(read(html));
  }, 60_000);

  it('reads the story when only the markup around it is broken', () => {
    for (const label of ['NUL bytes in text and attributes', 'bogus CSS in <style>', 'attribute names only the HTML parser allows', 'a stray </html> and </body> mid-page']) {
      const outcome = read(cases.find(([name]) => name === label)![1]);
      expect(outcome.kind, label).toBe('article');
    }
  });

  it('answers for 24 seeded random truncations of a fixture page', { timeout: 120_000 }, () => {
    const fixture = readFileSync(path.join(ROOT, 'tests/fixtures/gate-webpage-story/page.html'), 'utf8');
    const random = seeded(20251130);
    for (let i = 0; i < 24; i++) expectAnswer(read(fixture.slice(0, Math.floor(random() * fixture.length))));
  });
});

describe('damaged markup through the CLI', { timeout: 60_000 }, () => {
  it('answers every --jsonl request, with a sentence when it fails', () => {
    const requests = [
      { id: 'scss-style', html: page(`<div style="width: calc(($a - $b) / 16 * 9)">x</div>${story}`) },
      { id: 'bad-doctype', html: page(story, { doctype: '<!DOCTYPE h<tml>' }) },
      { id: 'deep', html: page(`${'<div>'.repeat(5000)}${story}`) },
    ].map((request) => ({ ...request, url: URL }));
    const { answers } = runJsonlBatch(requests);
    expect(answers.map(({ id, ok }) => [id, ok])).toEqual([
      ['scss-style', true],
      ['bad-doctype', true],
      ['deep', false],
    ]);
    expect(answers[2]!.error).toMatch(SENTENCE);
  });
});

/** mulberry32: a small seeded generator, so the truncations are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
