// Two projects: `unit` (Node; DOM tests opt into happy-dom with a `@vitest-environment` comment)
// and `e2e` (real browsers through tests/e2e/harness.ts; the browser comes from SFR_BROWSER).
// `npm test` runs them as separate stages (scripts/test-all.mjs).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          // Bounded, with room for a loaded machine: a corpus-wide test takes 2–3 s alone and
          // passed 5 s (vitest's default) under a load of 15 on two cores (issue 13).
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Any feature's browser specs: tests/e2e/*.e2e.ts, tests/clean/*.e2e.ts, …
          include: ['tests/**/*.e2e.ts'],
          environment: 'node',
          // One browser at a time: two cores, and the browsers share one local server port.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
