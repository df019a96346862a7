// Adds up the JSON reports of vitest and Playwright into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
let passed = 0
let failed = 0
let skipped = 0

const vitestFile = join(dir, 'vitest.json')
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'))
  passed += report.numPassedTests ?? 0
  const failedTests = report.numFailedTests ?? 0
  // A file that fails to load fails no single test; count such files so the line is never falsely green.
  failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0)
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
} else {
  console.log('No vitest report was written (the unit tests did not run to the end).')
  failed += 1
}

const playwrightFile = join(dir, 'playwright.json')
if (existsSync(playwrightFile)) {
  const { stats } = JSON.parse(readFileSync(playwrightFile, 'utf8'))
  // A flaky test (failed, then passed on its retry) passes, but is named so it is looked at.
  if (stats.flaky)
    console.log(`${stats.flaky} browser test(s) passed only on retry (flaky); see the list above.`)
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  skipped += stats.skipped ?? 0
} else {
  console.log('No Playwright report was written (the browser tests did not run).')
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
