import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Environment boundaries (docs/architecture.md "Boundaries"): the hub runs the same in Electron and under
 * plain Node, so it never imports `electron`; the renderer is served to browsers; `shared/` is pure domain
 * code that both sides and the tests import, so it reaches neither Node nor the DOM.
 */
const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
]
const noElectron = {
  paths: [
    {
      name: 'electron',
      message:
        'Only electron/main and electron/preload may use Electron; the hub, shared/ and the renderer run without it.',
    },
  ],
  patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may use Electron.' }],
}
const noNode = {
  paths: NODE_BUILTINS.map((name) => ({
    name,
    message: 'This code also runs in the browser: no Node built-ins.',
  })),
  patterns: [{ group: ['node:*'], message: 'This code also runs in the browser: no Node built-ins.' }],
}
const noUiOrServerLibraries = {
  patterns: [
    {
      group: [
        'react',
        'react-*',
        'antd',
        'antd/*',
        '@ant-design/*',
        'fastify',
        '@fastify/*',
        'better-sqlite3',
      ],
      message: 'shared/ holds pure domain code: no UI, server or storage libraries.',
    },
  ],
}
const DOM_AND_NODE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'fetch',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: 'shared/ must not depend on the DOM or on Node.' }))

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.ts',
      'tests/**/*.ts',
      '*.config.ts',
      '*.config.js',
      '.ci/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain CommonJS preloaded into other programs' Node processes (see electron/launcher/installer-error-tap.cjs).
    files: ['electron/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...noElectron.paths, ...noNode.paths],
          patterns: [...noElectron.patterns, ...noNode.patterns],
        },
      ],
    },
  },
  {
    files: ['electron/hub/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noElectron.paths, ...noNode.paths],
          patterns: [...noElectron.patterns, ...noNode.patterns, ...noUiOrServerLibraries.patterns],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_AND_NODE_GLOBALS],
    },
  },
)
