import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
// The repository's own page in the seed's shape, so a fresh clone runs every case.
const SEED_PAGE = resolve(ROOT, 'tests/fixtures/seed-shape-two-leaders/page.html');
const CLI = resolve(ROOT, 'utils/cli/extract.ts');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function run(args: string[], input?: string) {
  const result = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a Node process that loads jsdom: seconds on a busy machine, so no 5 s default.
describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints the clean article and the five key quotes for a person', () => {
    const { code, stdout } = run([SEED_PAGE]);
    expect(code).toBe(0);
    expect(stdout).toContain('Amara Osei meets Henrik Dahl');
    expect(stdout).toContain('Key quotes (5 of');
    expect(stdout).toContain('— Henrik Dahl');
    // "met Nordish Prime Minister Henrik Dahl": a role written once is carried to his later quotes.
    expect(stdout).toContain('Voices (2):\n- Amara Osei (2 quotes)\n- Henrik Dahl, Nordish Prime Minister (3 quotes)');
    expect(stdout).not.toContain('Top Headlines');
  });

  it('runs as package.json’s script, with the node options it gives', () => {
    // `npm run extract` is `node <V8 options> --import tsx …`: an option this Node does not know would fail every run.
    const result = spawnSync('npm', ['run', '--silent', 'extract', '--', SEED_PAGE, '--json'], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).voices.map((voice: { name: string }) => voice.name)).toEqual(['Amara Osei', 'Henrik Dahl']);
  });

  it('prints one JSON object with --json', () => {
    const { code, stdout } = run([SEED_PAGE, '--json', '--url', 'https://news.example/a']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.article.title).toContain('Amara Osei');
    expect(result.quotes.filter((quote: { key: boolean }) => quote.key)).toHaveLength(5);
    // Every quote keeps the contract's fields and adds role, speakerKind and utterance.
    for (const quote of result.quotes) {
      expect(Object.keys(quote)).toEqual(expect.arrayContaining(['text', 'speaker', 'start', 'end', 'key', 'role', 'speakerKind', 'utterance']));
    }
    expect(result.voices).toEqual([
      { name: 'Amara Osei', role: null, quotes: 2 },
      { name: 'Henrik Dahl', role: 'Nordish Prime Minister', quotes: 3 },
    ]);
  });

  it('answers JSON lines in order, one per request, and goes on after a failure', () => {
    const requests = [
      { id: 'page', file: SEED_PAGE, url: 'https://news.example/a' },
      { id: 'empty', html: '<html><body></body></html>', url: 'https://news.example/b' },
      { id: 'text', text: 'Intro.\n\n"We will be there on time," Ada Park said.' },
      { id: 'missing', file: resolve(ROOT, 'no-such-file.html') },
    ];
    const { code, stdout } = run(['--jsonl'], requests.map((r) => JSON.stringify(r)).join('\n') + '\nnot json\n');
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => [a.id, a.ok])).toEqual([
      ['page', true],
      ['empty', false],
      ['text', true],
      ['missing', false],
      [null, false],
    ]);
    const [page, empty, text] = answers;
    expect(Object.keys(page.article).sort()).toEqual(
      ['byline', 'content', 'dir', 'excerpt', 'lang', 'publishedTime', 'readerable', 'siteName', 'textContent', 'title'].sort(),
    );
    expect(page.ms.readability).toBeGreaterThanOrEqual(0);
    expect(page.ms.total).toBeGreaterThanOrEqual(page.ms.readability);
    expect(empty.error).toMatch(/no article/i);
    expect(text.quotes[0]).toMatchObject({ text: 'We will be there on time,', speaker: 'Ada Park', role: null });
    expect(text.voices).toEqual([{ name: 'Ada Park', role: null, quotes: 1 }]);
    expect(page.voices.map((voice: { name: string }) => voice.name)).toEqual(['Amara Osei', 'Henrik Dahl']);
  });

  it('explains its usage when given nothing', () => {
    const { code, stderr } = run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
