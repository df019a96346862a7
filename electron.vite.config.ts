import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { bundleReport } from './scripts/build/bundle-report-plugin'
import { precompress } from './scripts/build/precompress-plugin'
import { rendererChunkGroups } from './scripts/build/renderer-chunks'

/**
 * One build for the three environments. Output: out/main, out/preload, out/renderer.
 * The hub is bundled into main (it runs in-process there); `npm run serve` runs its own bundle, out/hub
 * (scripts/build/hub-vite-config.ts, built after this by `npm run build`).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS; package.json's "type": "module" would make it ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // The hub serves the renderer at its root and deep links (/workshops/…) fall back to index.html,
    // so assets must load from /assets: electron-vite forces './' in builds unless a plugin says otherwise.
    plugins: [
      react(),
      { name: 'serve-from-hub-root', config: () => ({ base: '/' }) },
      precompress(),
      bundleReport(__dirname),
    ],
    build: {
      // Group devices load the app over venue Wi-Fi: ship it minified.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: {
        // The precompress plugin's Zopfli pass takes half a minute on purpose; no warning about it per build.
        checks: { bundlerTimings: false },
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // The print views alone, for PDF export (see renderer/src/print/print-main.tsx).
          print: resolve(__dirname, 'renderer/print.html'),
        },
        output: {
          codeSplitting: { groups: rendererChunkGroups(__dirname) },
        },
      },
    },
  },
})
