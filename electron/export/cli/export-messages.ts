import { inBothLanguages, labelInBothLanguages } from '../../../shared/i18n/both-languages'
import { defineCatalogue, type MessageKey } from '../../../shared/i18n/catalogue'
import { createI18n, translator } from '../../../shared/i18n/translator'
import type { Locale } from '../../../shared/locale/locale'
import type { ExportEvent, ExportResult } from '../export-plans'

/**
 * What `npm run export` prints. Errors are given in English and Chinese together (the terminal is
 * shared by facilitators and developers of either language) and each says what to do next; progress
 * lines are in the export's language.
 */
const zhCN = {
  usage: '用法',
  needsValue: '{{option}} 后面需要给出一个值。',
  badLang: '--lang 只能是 zh-CN 或 en，而不是“{{lang}}”。',
  unknownOption: '未知选项“{{option}}”。',
  missingOut: '请用 --out DIR 指定 PDF 的保存文件夹。',
  dataFolderMissing: '在 {{dir}} 中找不到规划工坊的数据。请用 --data DIR 指定应用使用的数据文件夹。',
  noWorkshops: '数据文件夹 {{dir}} 中还没有培训班。请先在应用中创建培训班。',
  chooseWorkshop: '数据文件夹中有多个培训班。请用 --workshop ID 选择其中一个：',
  unknownWorkshop: '没有编号为“{{id}}”的培训班。现有培训班：',
  unknownCounty: '培训班中没有“{{id}}”这个县。请使用下列编号（或县名）之一，或 --county all：',
  noCounties: '培训班“{{workshop}}”中没有县，因此没有可导出的方案。',
  chromiumEnvMissing:
    'CHROMIUM_PATH 设置为 {{path}}，但该位置没有浏览器程序。请改正它，或取消设置以在常见位置查找。',
  chromiumNotFound:
    '找不到 Chromium 或 Google Chrome，而打印 PDF 需要它。请安装 Chromium（Debian：apt-get install chromium），或用 CHROMIUM_PATH 指定浏览器程序的位置。',
  searched: '已查找',
  chromiumFailed: '无法启动位于 {{path}} 的 Chromium：{{reason}}',
  rendererNotBuilt: '打印页面尚未构建。请先运行 npm run build，然后重新导出。',
  outFolderUnusable: '无法把 PDF 写入 {{dir}}：{{reason}}。请用 --out DIR 另选文件夹。',
  notAFolder: '不是文件夹',
  written: '{{step}} {{label}}：{{pages}} 页，{{seconds}} 秒 → {{path}}',
  failed: '{{step}} {{label}}：导出失败 —— {{message}}',
  wroteOne: '已导出 {{count}} 个 PDF 到 {{dir}}。',
  wroteMany: '已导出 {{count}} 个 PDF 到 {{dir}}。',
  wroteOneFailed: '已导出 {{count}} 个 PDF 到 {{dir}}；{{failed}} 个失败（见上方）。',
  wroteManyFailed: '已导出 {{count}} 个 PDF 到 {{dir}}；{{failed}} 个失败（见上方）。',
  startingOne: '正在导出“{{workshop}}”的 {{count}} 个 PDF……',
  startingMany: '正在导出“{{workshop}}”的 {{count}} 个 PDF……',
}

const en = {
  usage: 'Usage',
  needsValue: '{{option}} needs a value.',
  badLang: '--lang must be zh-CN or en, not "{{lang}}".',
  unknownOption: 'Unknown option "{{option}}".',
  missingOut: 'Say where to write the PDFs with --out DIR.',
  dataFolderMissing:
    'No Plan Workshop data was found in {{dir}}. Pass the data folder the app uses with --data DIR.',
  noWorkshops: 'The data folder {{dir}} has no workshop yet. Create one in the app first.',
  chooseWorkshop: 'The data folder has several workshops. Choose one with --workshop ID:',
  unknownWorkshop: 'There is no workshop "{{id}}". The workshops are:',
  unknownCounty: 'The workshop has no county "{{id}}". Use one of these ids (or names), or --county all:',
  noCounties: 'The workshop "{{workshop}}" has no counties, so there is no plan to export.',
  chromiumEnvMissing:
    'CHROMIUM_PATH is set to {{path}}, but no browser program is there. Correct it or unset it to search the usual places.',
  chromiumNotFound:
    'No Chromium or Google Chrome was found, and PDFs are printed with it. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to the browser program.',
  searched: 'Searched',
  chromiumFailed: 'Chromium at {{path}} could not be started: {{reason}}',
  rendererNotBuilt: 'The print views have not been built. Run npm run build, then export again.',
  outFolderUnusable: 'PDFs cannot be written to {{dir}}: {{reason}}. Choose another folder with --out DIR.',
  notAFolder: 'not a folder',
  written: '{{step}} {{label}}: {{pages}} pages, {{seconds}} s → {{path}}',
  failed: '{{step}} {{label}}: failed — {{message}}',
  wroteOne: 'Wrote {{count}} PDF to {{dir}}.',
  wroteMany: 'Wrote {{count}} PDFs to {{dir}}.',
  wroteOneFailed: 'Wrote {{count}} PDF to {{dir}}; {{failed}} failed (see above).',
  wroteManyFailed: 'Wrote {{count}} PDFs to {{dir}}; {{failed}} failed (see above).',
  startingOne: 'Exporting {{count}} PDF of "{{workshop}}"…',
  startingMany: 'Exporting {{count}} PDFs of "{{workshop}}"…',
}

export const exportCliMessages = defineCatalogue('export-cli', zhCN, en)

export const EXPORT_USAGE =
  'npm run export -- --data DIR --out DIR [--workshop ID] [--county ID|all] [--lang zh-CN|en]'

type Key = MessageKey<typeof zhCN>
const both = (key: Key, values?: Record<string, unknown>) => inBothLanguages(exportCliMessages, key, values)
const label = (key: Key) => labelInBothLanguages(exportCliMessages, key)
const usage = () => `${label('usage')}: ${EXPORT_USAGE}`

export function usageMessage(
  problem: 'needsValue' | 'badLang' | 'unknownOption' | 'missingOut',
  detail: string,
) {
  return `${both(problem, { option: detail, lang: detail })}\n${usage()}`
}

export const notAFolder = () => label('notAFolder')

export const dataFolderMissing = (dir: string) => both('dataFolderMissing', { dir })

export const noWorkshops = (dir: string) => both('noWorkshops', { dir })

const listing = (entries: readonly { id: string; name: string }[]) =>
  entries.map((entry) => `  ${entry.id}  ${entry.name}`).join('\n')

export const chooseWorkshop = (workshops: readonly { id: string; name: string }[]) =>
  `${both('chooseWorkshop')}\n${listing(workshops)}`

export const unknownWorkshop = (id: string, workshops: readonly { id: string; name: string }[]) =>
  `${both('unknownWorkshop', { id })}\n${listing(workshops)}`

export const unknownCounty = (id: string, counties: readonly { id: string; name: string }[]) =>
  `${both('unknownCounty', { id })}\n${listing(counties)}`

export const noCounties = (workshop: string) => both('noCounties', { workshop })

export const chromiumEnvMissing = (path: string) => both('chromiumEnvMissing', { path })

export const chromiumNotFound = (searched: readonly string[]) =>
  `${both('chromiumNotFound')}\n${label('searched')}:\n${searched.map((path) => `  ${path}`).join('\n')}`

export const chromiumFailed = (path: string, reason: string) => both('chromiumFailed', { path, reason })

export const rendererNotBuilt = () => both('rendererNotBuilt')

export const outFolderUnusable = (dir: string, reason: string) => both('outFolderUnusable', { dir, reason })

// Progress is for the one person running the export, in the export's language.
const i18n = createI18n()
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** One line per document as it is written or fails. */
export function progressLine(event: ExportEvent, locale: Locale): string | null {
  const t = translator(i18n, exportCliMessages, locale)
  const step = `[${event.index + 1}/${event.total}]`
  if (event.kind === 'started') return null
  if (event.kind === 'written')
    return t('written', {
      step,
      label: event.item.label,
      pages: event.pages,
      seconds: seconds(event.ms),
      path: event.item.path,
    })
  return t('failed', { step, label: event.item.label, message: event.message })
}

export function closingLine(result: ExportResult, outDir: string, locale: Locale): string {
  const t = translator(i18n, exportCliMessages, locale)
  const count = result.written.length
  const failed = result.failed.length
  const values = { count, failed, dir: outDir }
  if (failed === 0) return t(count === 1 ? 'wroteOne' : 'wroteMany', values)
  return t(count === 1 ? 'wroteOneFailed' : 'wroteManyFailed', values)
}

export function startLine(workshop: string, documents: number, locale: Locale): string {
  const t = translator(i18n, exportCliMessages, locale)
  return t(documents === 1 ? 'startingOne' : 'startingMany', { workshop, count: documents })
}
