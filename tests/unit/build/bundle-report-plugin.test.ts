import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { bundleReport, type ChunkReport } from '../../../scripts/build/bundle-report-plugin'

describe('the bundle report', () => {
  it('lists only chunks the build wrote: a chunk of nothing but CSS (its script dropped) is not listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-report-'))
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>')
    writeFileSync(join(dir, 'main.js'), "import('./only-style.css')\n")
    writeFileSync(join(dir, 'only-style.css'), 'body { color: red }\n')
    const reportFile = join(dir, 'report.json')
    process.env.BUNDLE_REPORT = reportFile
    try {
      await build({
        root: dir,
        logLevel: 'silent',
        plugins: [bundleReport(dir)],
        build: { outDir: join(dir, 'out') },
      })
    } finally {
      delete process.env.BUNDLE_REPORT
    }
    const chunks = JSON.parse(readFileSync(reportFile, 'utf8')) as ChunkReport[]
    expect(chunks.map((chunk) => chunk.file)).toContainEqual(expect.stringMatching(/^assets\/index-.*\.js$/))
    for (const chunk of chunks) expect(existsSync(join(dir, 'out', chunk.file)), chunk.file).toBe(true)
  })
})
