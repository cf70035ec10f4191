import { defineConfig } from 'vitest/config';

// Two projects, one run and one report: the engine, CLI and protocol tests, and
// the tests in real editors (code-server in headless Chromium, and Neovim),
// which need scripts/e2e/setup-code-server.sh and npm run package first (npm
// test's pretest does both). `npm run test:unit` runs the first alone.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'editors',
          include: ['test-e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
