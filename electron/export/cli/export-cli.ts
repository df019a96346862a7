import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BUILT_RENDERER_DIR, projectVersion } from '../../hub/app-paths'
import ensureNodeSqlite from '../../hub/cli/ensure-node-sqlite'
import { startHub, type Hub } from '../../hub/start-hub'
import { DATABASE_FILE_NAME } from '../../hub/store/open-database'
import { storeProblemSentences } from '../../hub/store/recovery/store-problem-sentences'
import { StoreRefusedError } from '../../hub/store/store-errors'
import { inBothLanguages } from '../../../shared/i18n/both-languages'
import { validationMessages } from '../../../shared/validation/validation-messages'
import { findChromium } from '../chromium-path'
import { exportPlans } from '../export-plans'
import { PlaywrightPdfEngine } from '../playwright-engine'
import { ExportUsageError, parseExportArgs, type ExportArgs } from './export-args'
import {
  chromiumEnvMissing,
  chromiumFailed,
  chromiumNotFound,
  closingLine,
  dataFolderMissing,
  notAFolder,
  outFolderUnusable,
  progressLine,
  rendererNotBuilt,
  startLine,
} from './export-messages'
import { ExportCliError, resolveCounties, resolveWorkshop } from './resolve-export-scope'

/** Everything that can be checked without writing anything, so a refused export leaves no trace. */
function preflight(args: ExportArgs): string {
  if (!existsSync(join(args.dataDir, DATABASE_FILE_NAME)))
    throw new ExportCliError(dataFolderMissing(args.dataDir))
  const chromium = findChromium()
  if (!chromium.found) {
    throw new ExportCliError(
      chromium.reason === 'env-path-missing'
        ? chromiumEnvMissing(chromium.path)
        : chromiumNotFound(chromium.searched),
    )
  }
  if (!existsSync(join(BUILT_RENDERER_DIR, 'index.html'))) throw new ExportCliError(rendererNotBuilt())
  if (existsSync(args.outDir) && !statSync(args.outDir).isDirectory()) {
    throw new ExportCliError(outFolderUnusable(args.outDir, notAFolder()))
  }
  return chromium.path
}

function prepareOutFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw new ExportCliError(outFolderUnusable(dir, (error as Error).message))
  }
}

async function run(args: ExportArgs): Promise<number> {
  const chromiumPath = preflight(args)
  ensureNodeSqlite()
  // A private hub on a free loopback port serves the print views, exactly as the desktop app's does.
  const hub: Hub = await startHub({
    dataDir: args.dataDir,
    port: 0,
    host: '127.0.0.1',
    rendererDir: BUILT_RENDERER_DIR,
    version: projectVersion(),
  })
  try {
    const workshop = resolveWorkshop(hub.store.workshops.list(), args.workshopId, args.dataDir)
    const counties = resolveCounties(hub.store.counties.list(workshop.id), args.county, workshop.title)
    const locale = args.lang ?? workshop.language
    const summary = args.county === 'all'
    prepareOutFolder(args.outDir)
    let engine: PlaywrightPdfEngine
    try {
      engine = await PlaywrightPdfEngine.launch(chromiumPath)
    } catch (error) {
      throw new ExportCliError(chromiumFailed(chromiumPath, (error as Error).message.split('\n')[0] ?? ''))
    }
    try {
      console.log(startLine(workshop.title, counties.length + (summary ? 1 : 0), locale))
      const result = await exportPlans({
        engine,
        hubUrl: hub.url,
        workshopId: workshop.id,
        counties,
        locale,
        outDir: args.outDir,
        exportedAt: new Date().toISOString(),
        summary,
        onProgress: (event) => {
          const line = progressLine(event, locale)
          if (line) (event.kind === 'failed' ? console.error : console.log)(line)
        },
      })
      console.log(closingLine(result, args.outDir, locale))
      return result.failed.length === 0 ? 0 : 1
    } finally {
      await engine.close()
    }
  } finally {
    await hub.close()
  }
}

/** `npm run export`: PDFs of a workshop's plans from the command line. */
async function main(): Promise<void> {
  try {
    process.exitCode = await run(parseExportArgs(process.argv.slice(2)))
  } catch (error) {
    if (error instanceof ExportUsageError || error instanceof ExportCliError) {
      console.error(error.message)
    } else if (error instanceof StoreRefusedError) {
      console.error(inBothLanguages(validationMessages, error.key, error.params))
    } else if (storeProblemSentences(error, { locale: 'en', dataDir: '' })) {
      // A damaged database (set aside, unchanged) or an unusable data folder: what happened and what to do.
      for (const locale of ['en', 'zh-CN'] as const)
        console.error((storeProblemSentences(error, { locale, dataDir: '' }) ?? []).join('\n'))
    } else {
      console.error(error)
    }
    process.exitCode = 1
  }
}

void main()
