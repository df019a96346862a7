import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { defineConfig } from 'vite'

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * `npm run serve` runs this bundle with plain Node: compiling TypeScript at every start (tsx) cost more
 * than a second. It lands in out/hub/, two levels below the project root like electron/hub/app-paths.ts,
 * so the paths that file derives (renderer, demo file, package.json) hold in both.
 * Packages stay in node_modules (better-sqlite3 is native and must load Node's build; see ensure-node-sqlite;
 * exceljs is CommonJS that is loaded only when a workbook is first asked for).
 */
export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  build: {
    ssr: join(ROOT, 'electron/hub/cli/serve.ts'),
    outDir: join(ROOT, 'out/hub'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'es', entryFileNames: 'serve.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { target: 'node', noExternal: true, external: ['better-sqlite3', 'playwright-core', 'exceljs'] },
})
