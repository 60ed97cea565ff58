import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, component and real-page tests. Each file picks its DOM with a
// `@vitest-environment` comment: jsdom for pages and sanitizing, happy-dom for components.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // Real pages under jsdom on a shared 2-core machine: a slow run is not a failure (speed lives in bench:speed).
    testTimeout: 30_000,
    // (popup-phases.test.ts reads every fixture page twice through jsdom: past 800 pages a worker's default heap of about
    // 4 GB ran out in CI, so workers get more room.)
    execArgv: ['--max-old-space-size=8192'],
    setupFiles: ['tests/setup/english-strings.ts'],
    projects: [
      {
        extends: true,
        // The quote finder's ~300 files are pure functions on text: sharing one module graph per worker saves
        // compiling its thousands of patterns for every file (the folder ran 5× faster).
        test: { name: 'quotes', include: ['tests/unit/quotes/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'pages-and-components',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/pages/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/quotes/**'],
        },
      },
    ],
  },
});
