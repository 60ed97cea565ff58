// Whole English news articles in house styles other than US political wire copy (British, local US paper,
// court, sport, business, interview, obituary, science, Indian, liveblog, profile, Australian; a fourth batch
// adds 1990s typewriter quotes, Scottish local, South African, tabloid, US TV station, a tech blog's press
// release, a disaster wire with translated quotes and a family long-read), written for this test with invented
// people and events, run end to end: every Key quotes item is a quote of the story with the speaker a reader
// would name, quoted headlines in related-links lists are never key, and Voices lists only the people who
// speak, in order.
import { describe, expect, it } from 'vitest';
import { articlePages, checkArticlePages } from './quote-articles';

const pages = articlePages(/^quotes-en-/);

describe('English news articles in other house styles, end to end', () => {
  it('has the held-out articles', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const [, page] of pages) expect(page.lang).toBe('en');
  });

  checkArticlePages(pages);
});
