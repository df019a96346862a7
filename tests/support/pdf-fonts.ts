import { execFileSync } from 'node:child_process'

/** A font of a PDF as pdffonts lists it: its name (after the subset tag, e.g. NotoSans-Bold) and whether it is embedded. */
export interface PdfFont {
  name: string
  embedded: boolean
}

/** The bundled faces' PostScript names: Noto Sans (Latin) and Noto Sans SC (named NotoSansSCThin-… inside). */
export const NOTO_SANS = /^NotoSans-(Regular|Bold)$/
export const NOTO_SANS_SC = /^NotoSansSC\w*-(Regular|Bold)$/

export function pdfFonts(path: string): PdfFont[] {
  return (
    execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      // A header line and a rule, then one font a line.
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // Columns: name type encoding emb sub uni object-id generation.
        const columns = line.trim().split(/\s+/)
        return { name: columns[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: columns.at(-5) === 'yes' }
      })
  )
}

/** The fonts that are not one of the bundled faces, or not embedded: none may be in a PDF the app prints. */
export const foreignOrNotEmbedded = (fonts: PdfFont[]) =>
  fonts.filter((font) => !font.embedded || !(NOTO_SANS.test(font.name) || NOTO_SANS_SC.test(font.name)))
