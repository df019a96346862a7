import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * The reference of the PDF benchmark: one static HTML page (the print view's DOM, scripts removed)
 * and the built renderer's assets (print CSS, fonts), served on loopback. Printing it is what Chromium
 * costs with no app around it: no scripts, no API requests, no React.
 */
export async function serveStaticPage(
  html: string,
  assetsRoot: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!
    if (path === '/static.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(html)
      return
    }
    const file = normalize(join(assetsRoot, path))
    if (!file.startsWith(assetsRoot)) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => {
        // Cached like the hub caches its hashed assets, so both sides of the comparison print warm.
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'public, max-age=31536000, immutable',
        })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/static.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
