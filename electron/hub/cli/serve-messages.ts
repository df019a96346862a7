import { inBothLanguages, labelInBothLanguages } from '../../../shared/i18n/both-languages'
import { defineCatalogue, type MessageKey } from '../../../shared/i18n/catalogue'

/**
 * What `npm run serve` prints, in English and Chinese together: the terminal is shared by facilitators and
 * developers of either language. The address line keeps "Open http://…/" first: tests read it from there.
 */
const zhCN = {
  usage: '用法',
  needsValue: '{{option}} 后面需要给出一个值。',
  badPort: '--port 应为 0 到 65535 之间的数字，而不是“{{port}}”。',
  unknownOption: '未知选项“{{option}}”。',
  demoAdded: '已添加演示培训班：{{title}}',
  demoSkipped: '数据文件夹中已有培训班，未添加演示培训班。',
  running: '规划工坊服务正在运行。数据文件夹：{{dataDir}}',
  open: '请在浏览器中打开 {{url}}/ 。按 Ctrl+C 停止。',
  portInUse: '该端口已被占用。请用 --port N 另选端口（0 表示任选一个空闲端口）。',
  rebuildingSqlite: 'better-sqlite3 是为另一个运行环境（Electron）编译的，正在为 Node 重新编译……',
  staleBuild:
    '注意：out/hub 中构建好的服务比源代码旧，现在运行的是上次构建时的代码。请运行 npm run build，然后重新启动。',
}

const en = {
  usage: 'Usage',
  needsValue: '{{option}} needs a value.',
  badPort: '--port must be a number from 0 to 65535, not "{{port}}".',
  unknownOption: 'Unknown option "{{option}}".',
  demoAdded: 'Demo workshop added: {{title}}',
  demoSkipped: 'The data folder already has workshops; the demo workshop was not added.',
  running: 'Plan Workshop hub is running. Data folder: {{dataDir}}',
  open: 'Open {{url}}/ in a browser. Press Ctrl+C to stop.',
  portInUse: 'That port is already in use. Choose another with --port N (0 picks a free one).',
  rebuildingSqlite: 'better-sqlite3 was built for another runtime (Electron); rebuilding it for Node…',
  staleBuild:
    'Note: the built hub in out/hub is older than the source code, so this runs the code of the last build. Run npm run build, then start again.',
}

export const serveMessages = defineCatalogue('serve', zhCN, en)

export const SERVE_USAGE =
  'npm run serve -- [--data DIR] [--port N] [--host H] [--demo] [--restore-backup NAME|latest] [--start-empty] [--recovery] [--verbose]'

export function serveMessage(key: MessageKey<typeof zhCN>, values?: Record<string, unknown>): string {
  return inBothLanguages(serveMessages, key, values)
}

/** A usage mistake: what is wrong, then how to call `serve`, each in both languages. */
export function serveUsageMessage(key: 'needsValue' | 'badPort' | 'unknownOption', values: object): string {
  return `${serveMessage(key, { ...values })}\n${labelInBothLanguages(serveMessages, 'usage')}: ${SERVE_USAGE}`
}
