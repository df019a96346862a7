import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants } from 'node:zlib'
import { gzipAsync } from '@gfx/zopfli'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)

/** Below this a compressed copy saves less than its extra request header costs. */
const MIN_BYTES = 1024
/** Zopfli's passes per file: more gains little on files of this size and costs build time. */
const ZOPFLI_ITERATIONS = 5
/** Already compressed formats (woff2, images) gain nothing from another pass. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/

/**
 * Writes a .br and a .gz copy next to every compressible output file above MIN_BYTES, at the highest
 * levels (build time is paid once, every device joining over the venue Wi-Fi gains). The hub serves
 * them with the matching Content-Encoding (electron/hub/http/asset-memory.ts). The gzip copy matters
 * most: browsers ask for brotli only over HTTPS and from localhost, so every phone on the venue Wi-Fi
 * gets gzip. It is written with Zopfli, a gzip any browser reads, about 6% smaller than zlib's best
 * level, for some 30 seconds of build time.
 */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async writeBundle(_options, bundle) {
      const files = Object.values(bundle).flatMap((output) => {
        const content = output.type === 'chunk' ? output.code : output.source
        const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
        return COMPRESSIBLE.test(output.fileName) && size >= MIN_BYTES
          ? [{ name: output.fileName, data: Buffer.from(content) }]
          : []
      })
      await Promise.all(
        files.map(async ({ name, data }) => {
          const path = join(outDir, name)
          const [br, gz] = await Promise.all([
            brotli(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
              },
            }),
            gzipAsync(data, { numiterations: ZOPFLI_ITERATIONS }),
          ])
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
        }),
      )
    },
  }
}
