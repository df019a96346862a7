import { Server } from '@hocuspocus/server'

/**
 * The baseline of the benchmark: a bare Hocuspocus server in its own process, with no extensions —
 * no authentication, no persistence, no document setup; documents live only in memory. It speaks the
 * same protocol as our hub, so the very same HocuspocusProvider clients and edit schedule run against
 * both, and the difference is what our hub adds (auth, upgrade checks, SQLite commit per update,
 * migrations). Prints the URL on stdout; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
  console.log(`Bare Yjs server listening on http://127.0.0.1:${server.address.port}`)
  const stop = () => {
    server.destroy().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
