import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
const dir = '/work/shared/corpus/extraction-dev';
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const step = files.length / 12;
const sample = Array.from({ length: 12 }, (_, i) => files[Math.floor(i * step)]!);
const script = readFileSync('/tmp/popuppath-exp/p1.js', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext();
const reps = Number(process.env.REPS ?? 3);
const results: Record<string, number[]> = { N: [], W: [], Nb: [], Wb: [], warm: [] };
async function fresh(url: string, html: string) {
  const page = await ctx.newPage();
  await page.route('**/*', (r) => (r.request().url() === url ? r.fulfill({ body: html, contentType: 'text/html' }) : r.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
for (let rep = 0; rep < reps; rep++) {
  for (const [i, f] of sample.entries()) {
    const html = readFileSync(`${dir}/${f}`, 'utf8');
    const src = await fresh(`http://127.0.0.1:9/${rep}-${i}.html`, html);
    await src.evaluate(script);
    const tree = (await src.evaluate('ql.copy()')) as string;
    await src.close();
    for (const variant of (rep + i) % 2 ? ['N', 'W'] : ['W', 'N']) {
      const page = await fresh(`http://127.0.0.1:${10 + rep}/${variant}-${i}.html`, '<!doctype html><html><head><title>x</title></head><body><div id="app">Reading the page…</div></body></html>');
      await page.evaluate(script);
      if (variant === 'W') results.warm!.push((await page.evaluate('ql.warm()')) as number);
      await page.waitForTimeout(30);
      const r = (await page.evaluate(([t, b]) => (globalThis as any).ql.phase1(t, b), [tree, `http://127.0.0.1:9/${f}`])) as { build: number; phase1: number; ok: boolean };
      results[variant]!.push(r.phase1);
      results[variant + 'b']!.push(r.build);
      await page.close();
    }
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [k, v] of Object.entries(results)) console.log(k, 'median', med(v).toFixed(1), 'n', v.length);
const ratios = results.W!.map((w, i) => w / results.N![i]!);
console.log('per-page W/N phase1 median', med(ratios).toFixed(2));
await browser.close();
