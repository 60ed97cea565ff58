import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The command line through real pipes, as people use it: big answers must reach the reader whole
 * (the process may not end before stdout drains), a reader that leaves early (`| head -1`) ends the
 * run quietly, and batch answers come out as each request is done.
 */
const ROOT = resolve(__dirname, '../..');
const CLI = `"${resolve(ROOT, 'node_modules/.bin/tsx')}" "${resolve(ROOT, 'utils/cli/extract.ts')}"`;
const work = mkdtempSync(join(tmpdir(), 'quotelight-cli-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// About 65 kB of page and 130 kB of answer (text and HTML): twice a pipe buffer, so an early exit would cut it.
const paragraph = `<p>${'The harbour board met again on Thursday to go through the repairs the storm left along the northern quay. '.repeat(8)}</p>`;
const bigPage = `<html><head><title>Harbour repairs</title></head><body><article><h1>Harbour repairs</h1>${paragraph.repeat(60)}</article></body></html>`;
const bigFile = join(work, 'big.html');
writeFileSync(bigFile, bigPage);
const requests = join(work, 'requests.jsonl');
writeFileSync(requests, Array.from({ length: 40 }, (_, id) => JSON.stringify({ id, html: bigPage, url: 'https://harbour.example/a' })).join('\n') + '\n');

// A separate Node process on the far end of the pipe: prints what it could parse.
const CONSUMER = `node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const l=s.split('\\\\n').filter(Boolean);console.log(JSON.stringify(l.map(x=>JSON.parse(x))))})"`;

function shell(script: string) {
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extract through a pipe', { timeout: 120_000 }, () => {
  it('answers 40 large requests with 40 whole lines, in order', () => {
    const { code, stdout, stderr } = shell(`${CLI} --jsonl < "${requests}" | ${CONSUMER}`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answers = JSON.parse(stdout) as Array<{ id: number; ok: boolean; article: { textContent: string } }>;
    expect(answers.map((answer) => answer.id)).toEqual(Array.from({ length: 40 }, (_, id) => id));
    expect(answers.every((answer) => answer.ok && answer.article.textContent.length > 50_000)).toBe(true);
  });

  it('writes the --json of a large page whole', () => {
    const { code, stdout } = shell(`${CLI} "${bigFile}" --json | ${CONSUMER}`);
    expect(code).toBe(0);
    const [extraction] = JSON.parse(stdout) as Array<{ article: { title: string; textContent: string } }>;
    expect(extraction?.article.title).toBe('Harbour repairs');
    expect(extraction?.article.textContent.length).toBeGreaterThan(50_000);
  });

  it('ends quietly with status 0 when the reader leaves early (| head -1)', () => {
    const batch = shell(`${CLI} --jsonl < "${requests}" 2>"${work}/batch.err" | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"; cat "${work}/batch.err"`);
    expect(batch.stdout).toBe('0\n');
    const page = shell(`${CLI} "${bigFile}" 2>"${work}/page.err" | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"; cat "${work}/page.err"`);
    expect(page.stdout).toBe('0\n');
  });

  it('streams: each answer comes out as soon as its request is done, before the input ends', async () => {
    const child = spawn('bash', ['-c', `${CLI} --jsonl`], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const ids: unknown[] = [];
    for (const id of ['first', 'second', 'third']) {
      child.stdin.write(`${JSON.stringify({ id, text: `"We will sail at dawn," ${id} mate Ana Ruiz said.` })}\n`);
      const { value } = await lines.next();
      ids.push(JSON.parse(value as string).id);
    }
    child.stdin.end();
    const code = await new Promise((done) => child.on('close', done));
    expect(ids).toEqual(['first', 'second', 'third']);
    expect(code).toBe(0);
  });
});
