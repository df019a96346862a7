import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import type { Plugin } from 'vite'

/** One chunk of the renderer build: its size and the modules that make it up, largest first. */
export interface ChunkReport {
  file: string
  bytes: number
  entry: boolean
  dynamic: boolean
  imports: string[]
  modules: { id: string; bytes: number }[]
}

/**
 * With BUNDLE_REPORT=<file>, writes what each output chunk holds (rendered bytes per module) as JSON,
 * for scripts/bundle-report.ts (`npm run bundle:report`). Rollup's own data, no extra dependency.
 */
export function bundleReport(root: string): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    // After writing, not while generating: vite drops a chunk of nothing but CSS (a lazy font sheet) after
    // the plugins' generateBundle, and the report must list only files that exist.
    writeBundle(_options, bundle) {
      const file = process.env.BUNDLE_REPORT
      if (!file) return
      const chunks: ChunkReport[] = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk'
          ? [
              {
                file: output.fileName,
                bytes: Buffer.byteLength(output.code),
                entry: output.isEntry,
                dynamic: output.isDynamicEntry,
                imports: output.imports,
                modules: Object.entries(output.modules)
                  .map(([id, module]) => ({ id: relative(root, id), bytes: module.renderedLength }))
                  .sort((a, b) => b.bytes - a.bytes),
              },
            ]
          : [],
      )
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, JSON.stringify(chunks, null, 1))
    },
  }
}
