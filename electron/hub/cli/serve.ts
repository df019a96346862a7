import { inBothLanguages } from '../../../shared/i18n/both-languages'
import { validationMessages } from '../../../shared/validation/validation-messages'
import { launchChromiumEngine } from '../../export/chromium-engine'
import { BUILT_RENDERER_DIR, DEMO_FILE, projectVersion } from '../app-paths'
import { seedDemo } from '../demo/seed-demo'
import { startHub } from '../start-hub'
import { StoreRefusedError } from '../store/store-errors'
import ensureNodeSqlite from './ensure-node-sqlite'
import { parseServeArgs, UsageError } from './serve-args'
import { serveMessage } from './serve-messages'

/** `npm run serve`: the hub alone, serving the web UI, until Ctrl+C. */
async function main(): Promise<void> {
  try {
    const args = parseServeArgs(process.argv.slice(2))
    ensureNodeSqlite()
    const hub = await startHub({
      dataDir: args.dataDir,
      port: args.port,
      host: args.host,
      rendererDir: BUILT_RENDERER_DIR,
      version: projectVersion(),
      // The console's PDF export prints with the machine's Chromium.
      createPdfEngine: () => launchChromiumEngine(),
    })
    if (args.demo) {
      const result = seedDemo(hub.store, DEMO_FILE)
      console.log(
        result.seeded
          ? serveMessage('demoAdded', { title: result.workshop.title })
          : serveMessage('demoSkipped'),
      )
    }
    console.log(serveMessage('running', { dataDir: args.dataDir }))
    console.log(serveMessage('open', { url: hub.url }))
    const stop = () => {
      hub.close().finally(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message)
    } else if (error instanceof StoreRefusedError) {
      console.error(inBothLanguages(validationMessages, error.key, error.params))
    } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(serveMessage('portInUse'))
    } else {
      console.error(error)
    }
    process.exit(1)
  }
}

void main()
