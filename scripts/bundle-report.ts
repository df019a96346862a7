import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { ChunkReport } from './build/bundle-report-plugin'

/**
 * `npm run bundle:report [-- --modules N] [-- <chunk name part>]`: builds the renderer and lists its
 * chunks with raw, gzip and brotli sizes, largest first, and the biggest modules inside each — what a
 * device downloads for a screen, and why.
 */
const root = join(import.meta.dirname, '..')
const reportFile = join(root, 'out', 'bundle-report.json')
const args = process.argv.slice(2)
const modulesAt = args.indexOf('--modules')
const topModules = modulesAt >= 0 ? Number(args[modulesAt + 1]) : 5
const filter = args.find((arg, index) => !arg.startsWith('--') && index !== modulesAt + 1)

execFileSync('npx', ['electron-vite', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BUNDLE_REPORT: reportFile },
})
const chunks = (JSON.parse(readFileSync(reportFile, 'utf8')) as ChunkReport[])
  .filter((chunk) => filter === undefined || chunk.file.includes(filter))
  .sort((a, b) => b.bytes - a.bytes)
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)}`.padStart(8)
console.log(`${'chunk'.padEnd(56)}      raw     gzip   brotli (KB)`)
for (const chunk of chunks) {
  const code = readFileSync(join(root, 'out', 'renderer', chunk.file))
  const kind = chunk.entry ? ' [entry]' : chunk.dynamic ? ' [lazy]' : ''
  console.log(
    `${(chunk.file + kind).padEnd(56)}${kb(code.byteLength)} ${kb(gzipSync(code).byteLength)} ${kb(brotliCompressSync(code).byteLength)}`,
  )
  for (const module of chunk.modules.slice(0, topModules))
    console.log(`    ${module.id.replace(/^node_modules\//, '').padEnd(70)}${kb(module.bytes)}`)
}
