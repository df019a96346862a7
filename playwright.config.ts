import { defineConfig } from '@playwright/test'

/**
 * Browser tests: the built renderer served by a real `npm run serve` hub (one per test, on a fresh data
 * folder), driven in Debian's Chromium — `npx playwright install` cannot download browsers here.
 */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Each test starts its own hub process (the built hub); two at a time is what two cores carry.
  workers: 2,
  // On CI a journey that times out once on a loaded machine gets one more try; the report still lists it as
  // flaky, so a real fault (which fails twice) stays red.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    // The app switches antd's animations off for reduced motion: clicks never land on a popup still zooming in.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    // A failure keeps its trace's DOM snapshots; the screencast frames are left out, as they cost about as much
    // CPU as the test itself (the screenshot on failure still shows the screen).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
