import { inBothLanguages } from '../../shared/i18n/both-languages'
import { defineCatalogue } from '../../shared/i18n/catalogue'

/**
 * What `npm start` prints. The terminal is shared by facilitators and developers of either language, so every
 * message is given in English and Chinese together, and each one ends with what to do next.
 */
const zhCN = {
  downloadingElectron: '首次启动：正在从 {{host}} 下载 {{electron}} 桌面运行环境（约 100 MB，仅此一次）……',
  missingElectron: [
    '无法安装 Electron 桌面运行环境，因此无法在此启动桌面版。',
    '原因：{{reason}}',
    '（查找位置：{{expectedPath}}）',
    '如需通过代理上网，请设置 ELECTRON_GET_USE_PROXY=true 和 HTTPS_PROXY；如无法访问 github.com，请设置镜像',
    '（例如 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/），然后重新运行 npm start。',
    '也可以改用浏览器版：运行  npm run serve  ，然后打开它显示的网址。',
  ].join('\n'),
  rebuildingSqlite:
    '正在为 Electron 重新编译 SQLite 模块（better-sqlite3），桌面版无法加载为 Node 编译的版本……',
  sqliteSwitchedToElectron: [
    '提示：better-sqlite3 现已为 Electron 编译。`npm test` 会自动改回 Node 版本；',
    '运行 `npm run serve` 之前，请先执行 `npm rebuild better-sqlite3`。',
  ].join('\n'),
  sqliteRebuildFailed: [
    '无法为 Electron 编译 SQLite 模块（better-sqlite3），桌面版因此无法启动。',
    '原因：{{reason}}',
    '编译需要 Electron 头文件（从 electronjs.org 下载）和 C++ 编译工具。',
    '在此期间可以使用浏览器版：npm run serve',
  ].join('\n'),
  buildFailed: '构建失败，请查看上方的错误信息。',
}

const en = {
  downloadingElectron:
    'First start: downloading the {{electron}} desktop runtime (about 100 MB, once) from {{host}}…',
  missingElectron: [
    'The Electron desktop runtime could not be installed, so the desktop app cannot start here.',
    'Reason: {{reason}}',
    '(Looked for: {{expectedPath}})',
    'Behind a proxy, set ELECTRON_GET_USE_PROXY=true and HTTPS_PROXY; where github.com is blocked, set a mirror',
    '(e.g. ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/); then run npm start again.',
    'Or run the app in a browser instead:  npm run serve   then open the address it prints.',
  ].join('\n'),
  rebuildingSqlite:
    'Rebuilding the SQLite module (better-sqlite3) for Electron; the desktop app cannot load the Node build…',
  sqliteSwitchedToElectron: [
    'Note: better-sqlite3 is now built for Electron. `npm test` switches it back to Node by itself;',
    'before `npm run serve`, run `npm rebuild better-sqlite3`.',
  ].join('\n'),
  sqliteRebuildFailed: [
    'The SQLite module (better-sqlite3) could not be built for Electron, so the desktop app would not start.',
    'Reason: {{reason}}',
    'Building it needs the Electron headers (downloaded from electronjs.org) and a C++ toolchain.',
    'Meanwhile the browser version works:  npm run serve',
  ].join('\n'),
  buildFailed: 'Building the app failed; see the errors above.',
}

export const launcherMessages = defineCatalogue('launcher', zhCN, en)

export function downloadingElectronMessage(version: string | undefined, host: string): string {
  const electron = version ? `Electron ${version}` : 'Electron'
  return inBothLanguages(launcherMessages, 'downloadingElectron', { electron, host })
}

export function missingElectronMessage(expectedPath: string, reason: string): string {
  return inBothLanguages(launcherMessages, 'missingElectron', { expectedPath, reason })
}

export function rebuildingSqliteMessage(): string {
  return inBothLanguages(launcherMessages, 'rebuildingSqlite')
}

export function sqliteSwitchedToElectronMessage(): string {
  return inBothLanguages(launcherMessages, 'sqliteSwitchedToElectron')
}

export function sqliteRebuildFailedMessage(reason: string): string {
  return inBothLanguages(launcherMessages, 'sqliteRebuildFailed', { reason })
}

export function buildFailedMessage(): string {
  return inBothLanguages(launcherMessages, 'buildFailed')
}
