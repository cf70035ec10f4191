import { defineConfig } from 'vitest/config';

// The real-VS-Code tests: code-server in headless Chromium. Run after
// scripts/e2e/setup-code-server.sh and npm run package (see .ci/run).
export default defineConfig({
  test: {
    include: ['test-e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
