import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'vitest';
import { findShared, missingSharedLine, type SharedData } from './shared-data';

/**
 * A test file's door to data beside the repository (see shared-data.ts). When the folder is
 * missing, the file's suites that need it are registered as one skipped test each, and one line
 * says what is missing and which variable points to it; with QUOTELIGHT_REQUIRE_CORPORA=1 the file fails.
 */
export function withShared(which: SharedData, testFile: string) {
  const dir = findShared(which, basename(testFile));
  if (!dir) process.stderr.write(`${missingSharedLine(which, `${basename(testFile)} skips what needs it`)}\n`);
  const skipped = (name: string) => describe.skip(name, () => it(`needs the ${which} folder`, () => {}));
  return {
    dir,
    present: dir !== undefined,
    /** `describe` when the folder is there; otherwise a skipped suite whose body never runs. */
    describe: ((name: string, body: () => void) => (dir ? describe(name, body) : skipped(name))) as (name: string, body: () => void) => void,
    /** A file from the folder, or '' when it is missing (only read it inside this.describe). */
    read: (name: string): string => (dir ? readFileSync(join(dir, name), 'utf8') : ''),
  };
}
