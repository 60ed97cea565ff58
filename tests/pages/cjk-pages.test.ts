// Japanese, Chinese, Korean and Thai news pages end to end, through the pipeline function and through
// the command line: the story stays whole, the related-stories list goes (and is reported), the
// quotes come out with their exact texts, speakers and roles (the key quotes are those with a
// speaker), and reading time is counted in that script.
import { runJsonlBatch } from './cli-batch';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../components/ArticleHeader';
import { extractFromHtml } from '../../utils/cli/page';
import { isClutterHeadingText } from '../../utils/declutter/clutter-headings';
import { readingMinutesOf } from '../../utils/text-measure';
import type { Extraction } from '../../utils/types';

interface ScriptFixture {
  url: string;
  lang: string;
  mustContain: string[];
  mustNotContain: string[];
  relatedHeading: string;
  quotes: string[];
  /** Who said each quote, in the order of `quotes`. */
  speakers: { speaker: string | null; role: string | null }[];
  keyQuotes: string[];
  readingMinutes: [min: number, max: number];
}

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const SLUGS = ['cjk-japanese-story', 'cjk-chinese-simplified-story', 'cjk-chinese-traditional-story', 'cjk-korean-story', 'thai-story'];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const pagePath = (slug: string) => path.join(FIXTURES, slug, 'page.html');
const expectedOf = (slug: string): ScriptFixture => JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8'));

function checkExtraction(extraction: Extraction, expected: ScriptFixture): void {
  const { article, quotes, removed } = extraction;
  const text = collapse(article.textContent);
  let from = 0;
  for (const paragraph of expected.mustContain) {
    const at = text.indexOf(collapse(paragraph), from);
    expect(at, paragraph).toBeGreaterThanOrEqual(from);
    from = at + paragraph.length;
  }
  for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));

  const related = removed.find((block) => block.text.startsWith(expected.relatedHeading));
  expect(related?.kind).toBe('headline-list');
  for (const item of expected.mustNotContain.slice(1, -1)) expect(related?.text).toContain(item);

  for (const quoted of expected.quotes) {
    const quote = quotes.find((q) => q.text === quoted);
    expect(quote, quoted).toBeDefined();
    expect(article.textContent.slice(quote!.start, quote!.end)).toBe(quoted);
  }
  expect(expected.quotes.map((quoted) => quotes.find((q) => q.text === quoted)).map((q) => ({ speaker: q?.speaker, role: q?.role }))).toEqual(expected.speakers);
  expect(quotes.filter((q) => q.key).map((q) => q.text)).toEqual(expected.keyQuotes);
}

describe.each(SLUGS)('%s', (slug) => {
  const expected = expectedOf(slug);
  const extraction = extractFromHtml(readFileSync(pagePath(slug), 'utf8'), expected.url);

  it('keeps every paragraph in order, drops the related list and finds the quotes and who said them', () => {
    checkExtraction(extraction, expected);
    expect(extraction.article.lang).toBe(expected.lang);
  });

  it('knows the related-list heading as a clutter heading', () => {
    expect(isClutterHeadingText(expected.relatedHeading)).toBe(true);
  });

  it('gives a reading time counted in the page’s script', () => {
    const minutes = readingMinutesOf(extraction.article.textContent);
    expect(minutes).toBeGreaterThanOrEqual(expected.readingMinutes[0]);
    expect(minutes).toBeLessThanOrEqual(expected.readingMinutes[1]);
    const [fast, slow = fast] = readingMinutes(extraction.article.textContent).split('–').map(Number);
    expect(fast).toBeLessThanOrEqual(Math.ceil(minutes));
    expect(slow).toBeGreaterThanOrEqual(Math.floor(minutes));
  });
});

describe('clutter headings in these scripts match whole headings only', () => {
  it.each([
    '関連記事を読んだ読者から多くの意見が寄せられた',
    '相关新闻报道引起了市民的广泛讨论。',
    '관련 기사를 쓴 기자는 이렇게 설명했다.',
    'ข่าวที่เกี่ยวข้องกับโครงการนี้ถูกเผยแพร่เมื่อวานนี้',
  ])('%s', (sentence) => {
    expect(isClutterHeadingText(sentence)).toBe(false);
  });
});

describe('the command line on these pages', { timeout: 60_000 }, () => {
  it('answers each page as JSON with the same paragraphs, removed list and quotes', () => {
    const { status, answers } = runJsonlBatch(SLUGS.map((slug) => ({ id: slug, file: pagePath(slug), url: expectedOf(slug).url })));
    expect(status).toBe(0);
    expect(answers.map((a) => a.id)).toEqual(SLUGS);
    for (const answer of answers) {
      expect(answer.ok, answer.error).toBe(true);
      checkExtraction(answer as unknown as Extraction, expectedOf(answer.id));
    }
  });
});
