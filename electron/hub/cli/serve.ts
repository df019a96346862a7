import { formatBackupTime } from '../../../shared/backups/backup-time'
import { storeRecoveryMessages } from '../../../shared/backups/store-recovery-messages'
import { createI18n, translator } from '../../../shared/i18n/translator'
import { pickLocale } from '../../../shared/locale/locale'
import { inBothLanguages } from '../../../shared/i18n/both-languages'
import { validationMessages } from '../../../shared/validation/validation-messages'
import { launchChromiumEngine } from '../../export/chromium-engine'
import { BUILT_RENDERER_DIR, DEMO_FILE, projectVersion } from '../app-paths'
import { seedDemo } from '../demo/seed-demo'
import { startRecoverableHub } from '../recovery/recoverable-hub'
import { startHub, type Hub, type HubOptions } from '../start-hub'
import { storeProblemSentences } from '../store/recovery/store-problem-sentences'
import { StoreDamagedError, StoreRefusedError } from '../store/store-errors'
import ensureNodeSqlite from './ensure-node-sqlite'
import { logProblem } from './problem-log'
import { parseServeArgs, UsageError, type ServeArgs } from './serve-args'
import { serveMessage } from './serve-messages'
import { warnIfStaleBuild } from './stale-build-warning'

const locale = pickLocale(process.env.LC_ALL || process.env.LANG)
const t = translator(createI18n(locale), storeRecoveryMessages, locale)

/** `npm run serve`: the hub alone, serving the web UI, until Ctrl+C. */
async function main(): Promise<void> {
  let args: ServeArgs | null = null
  try {
    args = parseServeArgs(process.argv.slice(2))
    crashWithSentence(args)
    ensureNodeSqlite()
    const options: HubOptions = {
      dataDir: args.dataDir,
      port: args.port,
      host: args.host,
      rendererDir: BUILT_RENDERER_DIR,
      version: projectVersion(),
      // The console's PDF export prints with the machine's Chromium.
      createPdfEngine: () => launchChromiumEngine(),
      createDataDir: args.dataDirGiven ? 'leaf' : 'recursive',
      restoreBackup: args.restoreBackup,
      startEmpty: args.startEmpty,
    }
    if (args.recovery) {
      const handle = await startRecoverableHub(options)
      if (handle.recovery) {
        printSentences(args, new StoreDamagedError(handle.recovery), false)
        console.log(t('cli.recoveryScreenOpen', { url: `${handle.url}/` }))
        stopOnSignals(() => handle.close())
        const hub = await handle.ready
        announce(args, hub)
        return
      }
      announce(args, await handle.ready)
      stopOnSignals(() => handle.close())
      return
    }
    const hub = await startHub(options)
    announce(args, hub)
    stopOnSignals(() => hub.close())
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message)
    } else if (error instanceof StoreRefusedError) {
      console.error(inBothLanguages(validationMessages, error.key, error.params))
    } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(serveMessage('portInUse'))
    } else if (!args || !printSentences(args, error, true)) {
      const log = logProblem(args?.dataDir ?? '.', error)
      console.error(t('unexpected', { reason: error instanceof Error ? error.message : String(error), log }))
      if (args?.verbose) console.error(error)
    }
    process.exit(1)
  }
}

/** The data folder's problem in sentences; false when the error is not one of those. */
function printSentences(args: ServeArgs, error: unknown, withCommands: boolean): boolean {
  const sentences = storeProblemSentences(error, {
    locale,
    dataDir: args.dataDir,
    command: withCommands ? (flags) => `npm run serve -- --data "${args.dataDir}" ${flags}` : undefined,
  })
  if (!sentences) return false
  for (const sentence of sentences) console.error(sentence)
  return true
}

function announce(args: ServeArgs, hub: Hub): void {
  if (hub.restored) {
    const time = formatBackupTime(hub.restored.createdAt, locale)
    console.log(t('cli.restored', { time, name: hub.restored.name }))
  }
  if (args.demo) {
    const result = seedDemo(hub.store, DEMO_FILE)
    if (result.seeded) hub.backups.noteChange()
    console.log(
      result.seeded
        ? serveMessage('demoAdded', { title: result.workshop.title })
        : serveMessage('demoSkipped'),
    )
  }
  console.log(serveMessage('running', { dataDir: args.dataDir }))
  console.log(serveMessage('open', { url: hub.url }))
  warnIfStaleBuild()
}

/** A crash while serving ends in a sentence too: the stack goes to the log (and to the terminal with --verbose). */
function crashWithSentence(args: ServeArgs): void {
  const crash = (error: unknown) => {
    const log = logProblem(args.dataDir, error)
    console.error(t('unexpected', { reason: error instanceof Error ? error.message : String(error), log }))
    if (args.verbose) console.error(error)
    process.exit(1)
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
}

function stopOnSignals(close: () => Promise<void>): void {
  const stop = () => {
    close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
