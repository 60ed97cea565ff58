import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { CJK_MENTION_CASES } from './cjk-mentions-table';

/**
 * Rows not read yet (expected failures: a row that starts passing fails here and must move to the table proper).
 * First run, before the mention finder: 16 of 37 rows passed.
 */
const NOT_YET = new Set<string>([
  'zh 选手X…。他对记者说：',
  'zh 本地姑娘X夺得…。她笑着说：',
  'zh 他说 two paragraphs after the person, a plain paragraph between',
  'zh 她说 goes to the woman (女士) over the man named after her (先生)',
  'zh 他说 goes to the man (先生) named after the woman',
  'zh split quote `“…，”这位冠军笑着说，“…”`: first part',
  'zh split quote `“…，”这位冠军笑着说，“…”`: second part, one speaker',
  'zh-Hant 選手X…。他對記者說：「…」',
  'zh-Hant 她笑著說 two paragraphs after 本地姑娘X',
  'zh-Hant split quote `「…，」這位冠軍笑著說，「…」`: second part',
  'zh-Hant 他說 after 市民X先生 and a plain sentence',
  'ko 기관 X 연구사는: name, then the office',
  'ko 그는 after 어민 X 씨, a plain paragraph between',
  'ko 그녀는 after 간호사 X 씨, a body as the subject between',
  'ko 그는 after a new person introduced since the last speaker',
  'ko 황보 씨 after 황보민호(40) 씨: a two-syllable family name',
  'ko 그는 after 정하늘 시 관광과장 and 한편 서울시는',
  'ja 彼は after X さん（45）は, a plain paragraph between',
  'ja 彼女は after 同市の農家、Xさん',
  'ja Xさん … and a left-out subject two paragraphs on',
  'ja 彼は after a new person introduced since the last speaker',
]);

function check(text: string, quote: string, speaker: string, role: string | null): void {
  const quotes = findQuotes(text);
  const found = quotes.find((candidate) => candidate.text.startsWith(quote));
  expect(found, `quotes found: ${JSON.stringify(quotes.map((candidate) => candidate.text))}`).toBeDefined();
  const got = { speaker: found!.speaker, kind: found!.speakerKind, role: found!.role };
  if (speaker === '<unnamed>') expect(got.kind, JSON.stringify(got)).not.toBe('name');
  else expect(got.speaker, JSON.stringify(got)).toBe(speaker);
  if (role === null) expect(got.role, JSON.stringify(got)).toBeNull();
  else if (role !== '<any>') expect((got.role ?? '').toLowerCase(), JSON.stringify(got)).toContain(role.toLowerCase());
}

describe('people mentions in scripts without capitals (zh, ko, ja), and ar/he unchanged', () => {
  for (const [name, text, quote, speaker, role] of CJK_MENTION_CASES) {
    if (NOT_YET.has(name)) it.fails(name, () => check(text, quote, speaker, role));
    else it(name, () => check(text, quote, speaker, role));
  }
});
