import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_FONT_CSS, bundledFontCss } from './fonts/bundled-font-css'

/** `npm run fonts`: writes the bundled font CSS from the installed @fontsource packages. */
const root = join(import.meta.dirname, '..')
writeFileSync(join(root, BUNDLED_FONT_CSS), bundledFontCss(root))
console.log(`Wrote ${BUNDLED_FONT_CSS}.`)
