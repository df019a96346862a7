import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { bundleReport } from './scripts/build/bundle-report-plugin'
import { deviceChunk } from './scripts/build/device-chunk'
import { precompress } from './scripts/build/precompress-plugin'

/** The icons a group device needs to join and write (see the icons groups below). */
const DEVICE_ICONS = [
  'ArrowLeftOutlined',
  'BarsOutlined',
  'CheckCircleFilled',
  'CheckOutlined',
  'CloseCircleFilled',
  'CloseOutlined',
  'CommentOutlined',
  'CopyOutlined',
  'DatabaseOutlined',
  'DisconnectOutlined',
  'DoubleLeftOutlined',
  'DownOutlined',
  'EditOutlined',
  'EnterOutlined',
  'ExclamationCircleFilled',
  'EyeInvisibleOutlined',
  'EyeOutlined',
  'GlobalOutlined',
  'HistoryOutlined',
  'InfoCircleFilled',
  'LeftOutlined',
  'LoadingOutlined',
  'LockOutlined',
  'NotificationOutlined',
  'PlusOutlined',
  'QuestionCircleOutlined',
  'RightOutlined',
  'SearchOutlined',
  'StopOutlined',
  'SyncOutlined',
  'UpOutlined',
  'WarningFilled',
]

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
          codeSplitting: {
            groups: [
              // React and the router, which every screen starts with, under their own name (an icon pulls
              // React into its group otherwise).
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
                priority: 2,
              },
              // The app's icons are a few hundred bytes each: one file instead of a request per icon
              // (a join fetched seventeen of them, a round trip each on the venue Wi-Fi). Two files in
              // fact: the icons a group device shows while it joins and writes (its screens' and those
              // antd's alerts, inputs, messages and drawers draw), and all the facilitator's others, which
              // a phone would otherwise download with them. The join bench lists the files a phone fetched.
              {
                name: 'icons',
                test: new RegExp(
                  // The icons' own code (not an icon), and the device's icons (their components and paths).
                  `@ant-design[\\\\/]icons[\\\\/](?!es[\\\\/]icons[\\\\/])|@ant-design[\\\\/]icons.*[\\\\/](${DEVICE_ICONS.join('|')})\\.js$`,
                ),
                priority: 1,
              },
              { name: 'icons-facilitator', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 0 },
              // The join and plan pages' own code in one file instead of dozens (see device-chunk.ts). Not their
              // dependencies: the entry and the groups above already hold those, and taking them along would
              // move React and Ant Design into it.
              { name: deviceChunk(__dirname, 'device'), priority: -1, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  },
})
