// Vitest config for the end-to-end suite (`npm run test:e2e`): real Chromium against the built
// app, served once for the run (globalSetup). Two files run at a time on the 2-core machines this
// project targets (E2E_WORKERS overrides): much of an e2e test waits on the browser, not the CPU.
// Files are not isolated, so each worker keeps one browser of each kind across its files
// (tests/support/browser.ts, sharedChromium). Under CI a failed test runs once more (a timer on
// a CPU-starved software-WebGL page can miss its window); the retry reporter names every test that
// needed it, so flakiness stays visible.
import { defineConfig } from 'vitest/config';

const workers = Math.max(1, Number(process.env.E2E_WORKERS) || 2);

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    pool: 'forks',
    isolate: false,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', './tests/support/retryReporter.ts', './tests/support/timingReporter.ts'],
  },
});
