import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { errorBody, requestLocale } from './api-errors'
import { registerAssetMemory, type AssetMemory } from './asset-memory'
import { registerReplyCompression } from './compress-replies'

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Plan Workshop</title>
<p>规划工坊的界面尚未构建。请运行 <code>npm run build</code>，然后重新启动。</p>
<p>The Plan Workshop web UI has not been built. Run <code>npm run build</code>, then start again.</p>`

/**
 * Serves the built renderer. Any other GET outside /api returns index.html, so that deep links
 * (/workshops/…, /join, /projector) open the single-page app; /print/… returns print.html.
 * The build names every file under assets/ by its content hash (index-B2x9….js): those are served from
 * `memory` (asset-memory.ts), as the .br or .gz file the build wrote beside them when the client accepts
 * it, and cached for a year. The other files (index.html, print.html, the icon) are revalidated on every
 * load, so a rebuilt app reaches devices at once.
 */
export async function registerRendererFiles(
  app: FastifyInstance,
  rendererDir: string | undefined,
  memory: AssetMemory,
): Promise<void> {
  const built = rendererDir !== undefined && existsSync(join(rendererDir, 'index.html'))
  if (built) {
    registerAssetMemory(app, memory)
    // wildcard: files are looked up per request, so a rebuilt renderer is served without a restart.
    await app.register(fastifyStatic, {
      root: rendererDir,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      // Off: @fastify/static would otherwise write its own max-age=0 over the header set below.
      cacheControl: false,
      setHeaders: (response) => {
        response.setHeader('cache-control', 'no-cache')
        response.setHeader('vary', 'accept-encoding')
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
