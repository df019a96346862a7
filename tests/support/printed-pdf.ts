import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../electron/hub/app-paths'

/** Where the pages of printed PDFs are written as images, to look at. */
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots')

/**
 * A PDF the hub answered with, saved as `dir/name`, read back with poppler: its text, its fonts table and
 * the name it is offered under; every page also as an image (test-results/screenshots).
 */
export async function readPrintedPdf(response: Response, dir: string, name: string) {
  const file = join(dir, name)
  writeFileSync(file, Buffer.from(await response.arrayBuffer()))
  mkdirSync(SCREENSHOTS, { recursive: true })
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(SCREENSHOTS, name.replace(/\.pdf$/, ''))])
  return {
    disposition: response.headers.get('content-disposition') ?? '',
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  }
}

/** pdffonts' table: one line per font, the "emb" column the fifth from the end; the lines not embedded. */
export const notEmbeddedFonts = (fonts: string) =>
  fonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes')
