import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this a compressed copy saves less than its extra request header costs. */
const MIN_BYTES = 1024
/** Already compressed formats (woff2, images) gain nothing from another pass. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/

/**
 * Writes a .br and a .gz copy next to every compressible output file above MIN_BYTES, at the highest
 * levels (build time is paid once, every device joining over the venue Wi-Fi gains). The hub serves
 * them with the matching Content-Encoding (electron/hub/http/renderer-files.ts).
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
            gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
          ])
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
        }),
      )
    },
  }
}
