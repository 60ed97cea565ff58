import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, component and real-page tests. Each file picks its DOM with a
// `@vitest-environment` comment: jsdom for pages and sanitizing, happy-dom for components.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/pages/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Real pages under jsdom on a shared 2-core machine: a slow run is not a failure (speed lives in bench:speed).
    testTimeout: 30_000,
    // (popup-phases.test.ts reads every fixture page twice through jsdom: past 800 pages a worker's default heap of about
    // 4 GB ran out in CI, so workers get more room.)
    execArgv: ['--max-old-space-size=8192'],
    setupFiles: ['tests/setup/english-strings.ts'],
  },
});
