import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the data that lives beside the repository, never inside it, is found: the seed page and
 * the two dev corpora. A fresh clone has none of it, so every suite and benchmark that reads it
 * asks here, and says in one line what is missing and which variable points to it.
 *
 *   QUOTELIGHT_SHARED             the folder holding seed/ and corpus/ (default: ../shared)
 *   QUOTELIGHT_EXTRACTION_CORPUS  the extraction corpus (default: $QUOTELIGHT_SHARED/corpus/extraction-dev)
 *   QUOTELIGHT_QUOTES_CORPUS      the quotes corpus (default: $QUOTELIGHT_SHARED/corpus/quotes-dev)
 *   QUOTELIGHT_REQUIRE_CORPORA=1  a missing folder fails instead of skipping (set by .ci/run)
 */
export type SharedData = 'seed' | 'extraction-dev' | 'quotes-dev';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const VARIABLE: Record<SharedData, string> = {
  seed: 'QUOTELIGHT_SHARED',
  'extraction-dev': 'QUOTELIGHT_EXTRACTION_CORPUS',
  'quotes-dev': 'QUOTELIGHT_QUOTES_CORPUS',
};

export function sharedRoot(): string {
  return resolve(process.env.QUOTELIGHT_SHARED || join(REPO, '../shared'));
}

/** The folder for `which`, whether or not it exists. */
export function sharedDir(which: SharedData): string {
  if (which === 'seed') return join(sharedRoot(), 'seed');
  return resolve(process.env[VARIABLE[which]] || join(sharedRoot(), 'corpus', which));
}

export const corporaRequired = (): boolean => process.env.QUOTELIGHT_REQUIRE_CORPORA === '1';

/** The one line that explains a missing folder: what, where, and which variable points to it. */
export function missingSharedLine(which: SharedData, who: string): string {
  const variable = which === 'seed' ? 'QUOTELIGHT_SHARED' : `${VARIABLE[which]} or QUOTELIGHT_SHARED`;
  return `${who}: no ${which} folder at ${sharedDir(which)} (set ${variable})`;
}

/** The folder if it is there; otherwise undefined, or an error when corpora are required. */
export function findShared(which: SharedData, who: string): string | undefined {
  const dir = sharedDir(which);
  if (existsSync(dir)) return dir;
  if (corporaRequired()) throw new Error(`${missingSharedLine(which, who)}; QUOTELIGHT_REQUIRE_CORPORA=1 makes this a failure.`);
  return undefined;
}

/** For scripts (benchmarks): prints the one line and returns the exit status, 0 (skipped) or 2 (required). */
export function skipScript(which: SharedData, script: string): number {
  const required = corporaRequired();
  process.stderr.write(`${missingSharedLine(which, `${script} ${required ? 'cannot run' : 'skipped'}`)}\n`);
  return required ? 2 : 0;
}
