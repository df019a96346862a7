import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { errorBody, requestLocale } from './api-errors'

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Plan Workshop</title>
<p>规划工坊的界面尚未构建。请运行 <code>npm run build</code>，然后重新启动。</p>
<p>The Plan Workshop web UI has not been built. Run <code>npm run build</code>, then start again.</p>`

/**
 * Serves the built renderer. Any other GET outside /api returns index.html, so that deep links
 * (/workshops/…, /join, /projector) open the single-page app; /print/… returns print.html.
 */
export async function registerRendererFiles(
  app: FastifyInstance,
  rendererDir: string | undefined,
): Promise<void> {
  const built = rendererDir !== undefined && existsSync(join(rendererDir, 'index.html'))
  if (built) {
    // wildcard: files are looked up per request, so a rebuilt renderer is served without a restart.
    await app.register(fastifyStatic, {
      root: rendererDir,
      wildcard: true,
      index: ['index.html'],
      // Built assets have content hashes in their names: cache them for good. Saves a revalidation per
      // font subset on every print of a PDF export, and every reload of a group device.
      setHeaders: (response, path) => {
        if (/[\\/]assets[\\/]/.test(path))
          response.setHeader('cache-control', 'public, max-age=31536000, immutable')
      },
    })
  }
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
