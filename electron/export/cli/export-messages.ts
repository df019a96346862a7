import type { Locale } from '../../../shared/locale/locale'
import type { ExportEvent, ExportResult } from '../export-plans'

/**
 * What `npm run export` prints. Errors are given in English and Chinese together (the terminal is
 * shared by facilitators and developers of either language) and each says what to do next; progress
 * lines are in the export's language.
 */

export const EXPORT_USAGE =
  'npm run export -- --data DIR --out DIR [--workshop ID] [--county ID|all] [--lang zh-CN|en]'

const both = (english: string, chinese: string) => `${english}\n${chinese}`

export function usageMessage(
  problem: 'needsValue' | 'badLang' | 'unknownOption' | 'missingOut',
  detail: string,
) {
  const usage = `Usage / 用法: ${EXPORT_USAGE}`
  switch (problem) {
    case 'needsValue':
      return both(`${detail} needs a value.`, `${detail} 后面需要给出一个值。`) + `\n${usage}`
    case 'badLang':
      return (
        both(
          `--lang must be zh-CN or en, not "${detail}".`,
          `--lang 只能是 zh-CN 或 en，而不是“${detail}”。`,
        ) + `\n${usage}`
      )
    case 'unknownOption':
      return both(`Unknown option "${detail}".`, `未知选项“${detail}”。`) + `\n${usage}`
    case 'missingOut':
      return (
        both('Say where to write the PDFs with --out DIR.', '请用 --out DIR 指定 PDF 的保存文件夹。') +
        `\n${usage}`
      )
  }
}

export const dataFolderMissing = (dir: string) =>
  both(
    `No Plan Workshop data was found in ${dir}. Pass the data folder the app uses with --data DIR.`,
    `在 ${dir} 中找不到规划工坊的数据。请用 --data DIR 指定应用使用的数据文件夹。`,
  )

export const noWorkshops = (dir: string) =>
  both(
    `The data folder ${dir} has no workshop yet. Create one in the app first.`,
    `数据文件夹 ${dir} 中还没有培训班。请先在应用中创建培训班。`,
  )

const listing = (entries: readonly { id: string; name: string }[]) =>
  entries.map((entry) => `  ${entry.id}  ${entry.name}`).join('\n')

export const chooseWorkshop = (workshops: readonly { id: string; name: string }[]) =>
  both(
    'The data folder has several workshops. Choose one with --workshop ID:',
    '数据文件夹中有多个培训班。请用 --workshop ID 选择其中一个：',
  ) + `\n${listing(workshops)}`

export const unknownWorkshop = (id: string, workshops: readonly { id: string; name: string }[]) =>
  both(`There is no workshop "${id}". The workshops are:`, `没有编号为“${id}”的培训班。现有培训班：`) +
  `\n${listing(workshops)}`

export const unknownCounty = (id: string, counties: readonly { id: string; name: string }[]) =>
  both(
    `The workshop has no county "${id}". Use one of these ids (or names), or --county all:`,
    `培训班中没有“${id}”这个县。请使用下列编号（或县名）之一，或 --county all：`,
  ) + `\n${listing(counties)}`

export const noCounties = (workshop: string) =>
  both(
    `The workshop "${workshop}" has no counties, so there is no plan to export.`,
    `培训班“${workshop}”中没有县，因此没有可导出的方案。`,
  )

export const chromiumEnvMissing = (path: string) =>
  both(
    `CHROMIUM_PATH is set to ${path}, but no browser program is there. Correct it or unset it to search the usual places.`,
    `CHROMIUM_PATH 设置为 ${path}，但该位置没有浏览器程序。请改正它，或取消设置以在常见位置查找。`,
  )

export const chromiumNotFound = (searched: readonly string[]) =>
  both(
    `No Chromium or Google Chrome was found, and PDFs are printed with it. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to the browser program.`,
    `找不到 Chromium 或 Google Chrome，而打印 PDF 需要它。请安装 Chromium（Debian：apt-get install chromium），或用 CHROMIUM_PATH 指定浏览器程序的位置。`,
  ) + `\nSearched / 已查找:\n${searched.map((path) => `  ${path}`).join('\n')}`

export const chromiumFailed = (path: string, reason: string) =>
  both(`Chromium at ${path} could not be started: ${reason}`, `无法启动位于 ${path} 的 Chromium：${reason}`)

export const rendererNotBuilt = () =>
  both(
    'The print views have not been built. Run npm run build, then export again.',
    '打印页面尚未构建。请先运行 npm run build，然后重新导出。',
  )

export const outFolderUnusable = (dir: string, reason: string) =>
  both(
    `PDFs cannot be written to ${dir}: ${reason}. Choose another folder with --out DIR.`,
    `无法把 PDF 写入 ${dir}：${reason}。请用 --out DIR 另选文件夹。`,
  )

const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** One line per document as it is written or fails. */
export function progressLine(event: ExportEvent, locale: Locale): string | null {
  const step = `[${event.index + 1}/${event.total}]`
  if (event.kind === 'started') return null
  if (event.kind === 'written') {
    return locale === 'zh-CN'
      ? `${step} ${event.item.label}：${event.pages} 页，${seconds(event.ms)} 秒 → ${event.item.path}`
      : `${step} ${event.item.label}: ${event.pages} pages, ${seconds(event.ms)} s → ${event.item.path}`
  }
  return locale === 'zh-CN'
    ? `${step} ${event.item.label}：导出失败 —— ${event.message}`
    : `${step} ${event.item.label}: failed — ${event.message}`
}

export function closingLine(result: ExportResult, outDir: string, locale: Locale): string {
  const written = result.written.length
  const failed = result.failed.length
  if (locale === 'zh-CN') {
    return failed === 0
      ? `已导出 ${written} 个 PDF 到 ${outDir}。`
      : `已导出 ${written} 个 PDF 到 ${outDir}；${failed} 个失败（见上方）。`
  }
  return failed === 0
    ? `Wrote ${written} PDF${written === 1 ? '' : 's'} to ${outDir}.`
    : `Wrote ${written} PDF${written === 1 ? '' : 's'} to ${outDir}; ${failed} failed (see above).`
}

export function startLine(workshop: string, documents: number, locale: Locale): string {
  return locale === 'zh-CN'
    ? `正在导出“${workshop}”的 ${documents} 个 PDF……`
    : `Exporting ${documents} PDF${documents === 1 ? '' : 's'} of "${workshop}"…`
}
