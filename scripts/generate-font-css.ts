import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_FONT_CSS, bundledFontCss, type BundledFontScript } from './fonts/bundled-font-css'

/** `npm run fonts`: writes the bundled font CSS from the installed @fontsource packages. */
const root = join(import.meta.dirname, '..')
for (const [script, path] of Object.entries(BUNDLED_FONT_CSS)) {
  writeFileSync(join(root, path), bundledFontCss(root, script as BundledFontScript))
  console.log(`Wrote ${path}.`)
}
