// One run of the command line's --jsonl batch mode, as a user pipes it: requests in, one answer a line out.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface CliAnswer {
  id: string;
  ok: boolean;
  error?: string;
  [field: string]: unknown;
}

/** Sends every request (one JSON object a line) to `utils/cli/extract.ts --jsonl` and parses each answer line. */
export function runJsonlBatch(requests: object[]): { status: number | null; answers: CliAnswer[] } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'utils/cli/extract.ts'), '--jsonl'], {
    input: `${requests.map((request) => JSON.stringify(request)).join('\n')}\n`,
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
  });
  return { status: result.status, answers: result.stdout.trim().split('\n').map((line) => JSON.parse(line) as CliAnswer) };
}
