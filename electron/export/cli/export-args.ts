import { resolve } from 'node:path'
import { isLocale, type Locale } from '../../../shared/locale/locale'
import { defaultDataDir } from '../../hub/cli/serve-args'
import { usageMessage } from './export-messages'

export interface ExportArgs {
  dataDir: string
  outDir: string
  /** Null: the data folder's only workshop. */
  workshopId: string | null
  /** A county id (or its exact name), or every county plus the workshop summary. */
  county: string | 'all'
  /** Null: the workshop's own language. */
  lang: Locale | null
}

export class ExportUsageError extends Error {}

/** Parses `npm run export` arguments; throws ExportUsageError with a message in both languages. */
export function parseExportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ExportArgs {
  const args: Partial<ExportArgs> & { county: string } = { county: 'all', workshopId: null, lang: null }
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]!
    const value = (): string => {
      const next = argv[++index]
      if (next === undefined || next.startsWith('--'))
        throw new ExportUsageError(usageMessage('needsValue', flag))
      return next
    }
    switch (flag) {
      case '--data':
        args.dataDir = resolve(value())
        break
      case '--out':
        args.outDir = resolve(value())
        break
      case '--workshop':
        args.workshopId = value()
        break
      case '--county':
        args.county = value()
        break
      case '--lang': {
        const lang = value()
        if (!isLocale(lang)) throw new ExportUsageError(usageMessage('badLang', lang))
        args.lang = lang
        break
      }
      default:
        throw new ExportUsageError(usageMessage('unknownOption', flag))
    }
  }
  if (!args.outDir) throw new ExportUsageError(usageMessage('missingOut', '--out'))
  return {
    dataDir: args.dataDir ?? defaultDataDir(env),
    outDir: args.outDir,
    workshopId: args.workshopId ?? null,
    county: args.county,
    lang: args.lang ?? null,
  }
}
