// Whole news articles in twelve languages, written for this test (invented places and people), run
// end to end by the shared checks in quote-articles.ts.
import { describe, expect, it } from 'vitest';
import { articlePages, checkArticlePages } from './quote-articles';

const pages = articlePages(/^quotes-(?:fr|de|es|it|pt|ru|uk|ar|he|ja|zh|ko)-/);
/** Languages with no lexicon of their own until their batch was written (lang/newlang-*.ts), one article or more each. */
const newLanguagePages = articlePages(/^quotes-(?:nl|pl|sv|tr|id|ro|cs|el|da|fi|hu|vi|hr|no|sk|sl|et|th|fa|hi|tl)-/);
/** Languages tried beside one of the same script (batch 7): Malay beside Indonesian, Bulgarian beside Russian (lang/bg.ts). */
const sameScriptPages = articlePages(/^quotes-(?:ms|bg)-/);
/** Languages first written in batch q-rare (one article each, no module of their own): the fallback readers on their own. */
const rarePages = articlePages(/^quotes-(?:sr|mk|lt|lv|ca|gl|eu|is|sq|bn|ur|sw)-/);

describe('news articles in every language, end to end', () => {
  it('has at least two articles per language', () => {
    const perLanguage = new Map<string, number>();
    for (const [slug] of pages) perLanguage.set(slug.split('-')[1]!, (perLanguage.get(slug.split('-')[1]!) ?? 0) + 1);
    expect([...perLanguage.keys()].sort()).toEqual(['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'pt', 'ru', 'uk', 'zh']);
    for (const count of perLanguage.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  checkArticlePages(pages);
});

describe('news articles in languages written after the lexicons, end to end', () => {
  checkArticlePages(newLanguagePages);
});

describe('news articles in languages tried beside one of the same script, end to end', () => {
  checkArticlePages(sameScriptPages);
});

describe('news articles in languages we barely have (batch q-rare), end to end', () => {
  checkArticlePages(rarePages);
});
