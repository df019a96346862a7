import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { ServerResponse } from 'node:http'
import { join } from 'node:path'
import { errorBody, requestLocale } from './api-errors'
import { registerAssetMemory } from './asset-memory'
import { registerReplyCompression } from './compress-replies'
import { DOCUMENT_ONLY_HEADERS } from './security-headers'

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Plan Workshop</title>
<p>规划工坊的界面尚未构建。请运行 <code>npm run build</code>，然后重新启动。</p>
<p>The Plan Workshop web UI has not been built. Run <code>npm run build</code>, then start again.</p>`

/** The build names every file under assets/ by its content hash (index-B2x9….js): a device may keep them for good. */
const HASHED_ASSET = /[\\/]assets[\\/]/

/**
 * Serves the built renderer. Any other GET outside /api returns index.html, so that deep links
 * (/workshops/…, /join, /projector) open the single-page app; /print/… returns print.html.
 * Assets go out as the .br or .gz file the build wrote beside them when the client accepts it; hashed
 * assets are cached for a year, the pages (index.html, print.html) are revalidated on every load so a
 * rebuilt app reaches devices at once.
 */
export async function registerRendererFiles(
  app: FastifyInstance,
  rendererDir: string | undefined,
): Promise<void> {
  const built = rendererDir !== undefined && existsSync(join(rendererDir, 'index.html'))
  if (built) {
    registerAssetMemory(app, rendererDir)
    // wildcard: files are looked up per request, so a rebuilt renderer is served without a restart.
    await app.register(fastifyStatic, {
      root: rendererDir,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      // Off: @fastify/static would otherwise write its own max-age=0 over the header set below.
      cacheControl: false,
      // Saves a revalidation per font subset on every print of a PDF export, and every reload of a device.
      setHeaders: (response, path) => {
        const hashed = HASHED_ASSET.test(path)
        response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
        response.setHeader('vary', 'accept-encoding')
        // helmet wrote its headers on the raw response, which is what @fastify/static hands in here.
        if (hashed && response instanceof ServerResponse)
          for (const header of DOCUMENT_ONLY_HEADERS) response.removeHeader(header)
      },
    })
  }
  // API replies and other pages are compressed as they are sent (after the files, which carry their own).
  registerReplyCompression(app)
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !/\.\w+$/.test(request.url.split('?')[0] ?? '')
    if (isPage && built) {
      // Print views have their own small page (print.html); every other address opens the app.
      const page = request.url.startsWith('/print/') && existsSync(join(rendererDir, 'print.html'))
      return reply.type('text/html').sendFile(page ? 'print.html' : 'index.html')
    }
    if (isPage) return reply.code(503).type('text/html').send(NOT_BUILT_PAGE)
    return reply.code(404).send(errorBody('api.notFound', requestLocale(request)))
  })
}
