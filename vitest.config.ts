import { defineConfig } from 'vitest/config'

/**
 * Unit and integration tests run under Node. Playwright specs (tests/e2e) and benchmarks are excluded:
 * they run through `playwright test` and `npm run bench`.
 */
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['electron/hub/cli/ensure-node-sqlite.ts', 'tests/support/ensure-built.ts'],
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/vitest.json` }]] : ['default'],
  },
})
