import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { extractFromHtml } from './page';
import { findQuotes } from '../quotes';
import { findVoices } from '../voices';
import { renderForPerson } from './print';

/**
 * `npm run extract -- FILE.html [--url URL] [--json]`: one page, for a person or as JSON.
 * `npm run --silent extract -- --jsonl`: one JSON request a line on stdin, one answer a line,
 * each written as soon as it is ready.
 *
 * Output is never lost: the process ends by running out of work (process.exitCode), never by
 * process.exit() with writes still queued for a pipe; and a reader that leaves early (`| head -1`)
 * ends the run quietly with status 0.
 */
const USAGE = 'usage: npm run extract -- FILE.html [--url URL] [--json]\n       npm run --silent extract -- --jsonl  (requests on stdin)';

interface Request {
  id?: unknown;
  file?: unknown;
  html?: unknown;
  url?: unknown;
  text?: unknown;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.jsonl) return serveJsonLines();
  if (!args.file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const path = resolve(args.file);
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (error) {
    process.stderr.write(`Cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const extraction = extractFromHtml(html, args.url ?? pathToFileURL(path).href);
    await output.write(args.json ? `${JSON.stringify(extraction)}\n` : renderForPerson(extraction));
    return 0;
  } catch (error) {
    process.stderr.write(`${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
}

function parseArgs(argv: string[]): { file?: string; url?: string; json: boolean; jsonl: boolean } {
  const result: { file?: string; url?: string; json: boolean; jsonl: boolean } = { json: false, jsonl: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') result.json = true;
    else if (arg === '--jsonl') result.jsonl = true;
    else if (arg === '--url') result.url = argv[++i];
    else if (arg.startsWith('--url=')) result.url = arg.slice('--url='.length);
    else result.file = arg;
  }
  return result;
}

async function serveJsonLines(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  output.onClosed(() => lines.close());
  for await (const line of lines) {
    if (output.closed) break;
    if (!line.trim()) continue;
    await output.write(`${JSON.stringify(answer(line))}\n`);
  }
  return 0;
}

/**
 * stdout with backpressure: a write resolves once the pipe has taken it (so a slow reader slows
 * the batch instead of piling answers up in memory), and a reader that went away (EPIPE) closes
 * the output instead of throwing.
 */
const output = (() => {
  let closed = false;
  const closers = new Set<() => void>();
  const close = () => {
    if (closed) return;
    closed = true;
    closers.forEach((closer) => closer());
    process.stdin.destroy();
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    close();
  });
  return {
    get closed() {
      return closed;
    },
    onClosed: (closer: () => void) => closers.add(closer),
    write: (text: string) =>
      new Promise<void>((done) => {
        if (closed) return done();
        if (process.stdout.write(text)) return done();
        const settle = () => {
          process.stdout.off('drain', settle);
          closers.delete(settle);
          done();
        };
        process.stdout.on('drain', settle);
        closers.add(settle);
      }),
  };
})();

/** One request in, one answer out; a failing page is an answer too, and the batch goes on. */
export function answer(line: string): Record<string, unknown> {
  let request: Request;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, ok: false, error: 'The request line is not valid JSON.' };
  }
  const id = request?.id ?? null;
  try {
    if (typeof request.text === 'string') {
      const quotes = findQuotes(request.text);
      return { id, ok: true, quotes, voices: findVoices(quotes) };
    }
    const url = typeof request.url === 'string' && request.url ? request.url : undefined;
    if (typeof request.html === 'string') return { id, ok: true, ...extractFromHtml(request.html, url ?? 'https://example.invalid/') };
    if (typeof request.file === 'string') {
      const path = resolve(request.file);
      return { id, ok: true, ...extractFromHtml(readFileSync(path, 'utf8'), url ?? pathToFileURL(path).href) };
    }
    return { id, ok: false, error: 'A request needs "file", "html" or "text".' };
  } catch (error) {
    return { id, ok: false, error: (error as Error).message || String(error) };
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
