/**
 * Growth check for `npm run bench:speed`: the same 60-paragraph article with more and more
 * link-heavy footer items, so the time per 1,000 elements shows whether cost grows linearly with
 * page size (real pages carry thousands of navigation and footer links around a short story).
 */
import { documentFromHtml } from '../../utils/cli/page';
import { type Failure, errorLine, ms, ratio, say } from './speed-common';
import { CLOCK_NAME, measurePair, type PairTiming } from './speed-node';

export const SYNTHETIC_SIZES = [1_000, 5_000, 20_000, 50_000];
const PARAGRAPHS = 60;
const REPEATS = 3;
const URL = 'https://news.example/2024/05/city-council-budget';

function paragraph(i: number): string {
  // Every third paragraph quotes someone, so quote finding and highlighting have work to do.
  const quote = i % 3 === 0 ? ` “We have to settle item ${i} before the winter comes,” said Maria Lopez, the council’s chair.` : '';
  return `<p>The council spent part of Tuesday on item ${i} of the budget, which covers roads, libraries and the harbour.${quote} Officials said the figures would be published next week.</p>`;
}

function footerItem(i: number): string {
  return `<li><a href="/news/story-${i}">Related story ${i}: what the budget means for your street</a></li>`;
}

/** A page with about `elements` elements: a fixed article, then footer items (2 elements each) to fill. */
export function syntheticPage(elements: number): string {
  const article = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i)).join('\n');
  const fixed = PARAGRAPHS + 12; // the article's paragraphs plus the html/head/body/main/h1/footer scaffolding
  const items = Math.max(0, Math.ceil((elements - fixed) / 2));
  const footer = Array.from({ length: items }, (_, i) => footerItem(i)).join('');
  return `<!doctype html><html lang="en"><head><title>Council settles the budget</title><meta charset="utf-8"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Council settles the budget</h1><p class="byline">By Sam Reed</p>
${article}
</article></main>
<footer><h2>More stories</h2><ul>${footer}</ul></footer></body></html>`;
}

export interface SyntheticResult {
  sizes: Array<{ target: number; elements: number; timing: PairTiming }>;
  failures: Failure[];
}

export function benchSynthetic(): SyntheticResult {
  const result: SyntheticResult = { sizes: [], failures: [] };
  for (const target of SYNTHETIC_SIZES) {
    let doc: Document | undefined;
    try {
      doc = documentFromHtml(syntheticPage(target), URL);
      const elements = doc.getElementsByTagName('*').length;
      result.sizes.push({ target, elements, timing: measurePair(doc, REPEATS, false) });
    } catch (error) {
      result.failures.push({ id: `synthetic-${target}`, where: 'node', message: errorLine(error) });
    } finally {
      doc?.defaultView?.close();
    }
  }
  return result;
}

export function printSynthetic({ sizes, failures }: SyntheticResult): void {
  say(`Growth (jsdom, ${CLOCK_NAME} time): ${PARAGRAPHS}-paragraph article + link-heavy footer, median of ${REPEATS} alternating runs`);
  // "added" is the cost of each 1,000 elements beyond the smallest page: flat means linear growth.
  say(`  ${'elements'.padStart(8)}  ${'Readability'.padStart(11)} ${'per 1k'.padStart(9)} ${'added/1k'.padStart(9)}  ${'ours'.padStart(11)} ${'per 1k'.padStart(9)} ${'added/1k'.padStart(9)}  ratio`);
  const base = sizes[0];
  for (const { elements, timing } of sizes) {
    const per = (value: number) => ms((value * 1000) / elements).padStart(9);
    const added = (value: number, baseValue: number) =>
      (base && elements > base.elements ? ms(((value - baseValue) * 1000) / (elements - base.elements)) : '').padStart(9);
    const [r, o] = [timing.readability, timing.ours];
    say(
      `  ${String(elements).padStart(8)}  ${ms(r).padStart(11)} ${per(r)} ${added(r, base?.timing.readability ?? 0)}  ` +
        `${ms(o).padStart(11)} ${per(o)} ${added(o, base?.timing.ours ?? 0)}  ${ratio(o / r)}`,
    );
  }
  for (const failure of failures) say(`  FAILED ${failure.id}: ${failure.message}`);
}
