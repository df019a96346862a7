import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PAGE_GEOMETRY } from '../../../shared/export/print-options'

const PRINT_DIR = join(import.meta.dirname, '../../../renderer/src/print')
const fontCss = readFileSync(join(PRINT_DIR, 'bundled-font.css'), 'utf8')
const faces = [...fontCss.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1]!)

describe('the bundled CJK font', () => {
  it('declares two static weights, 400 and 700, with the same unicode ranges', () => {
    const rangesOf = (weight: string) =>
      faces
        .filter((face) => face.includes(`font-weight: ${weight};`))
        .map((face) => /unicode-range:([^;]*);/.exec(face)![1]!.replace(/\s+/g, ''))
    expect(rangesOf('400').length).toBeGreaterThan(90)
    expect(rangesOf('700')).toEqual(rangesOf('400'))
    expect(faces.every((face) => /font-weight: (400|700);/.test(face))).toBe(true)
  })

  it('ships woff2 only, and every file it names exists', () => {
    const urls = faces.map((face) => /url\(([^)]+)\)/.exec(face)![1]!)
    expect(urls.every((url) => url.endsWith('.woff2'))).toBe(true)
    expect(fontCss).not.toContain('.woff)')
    for (const url of urls)
      expect(existsSync(resolve(dirname(join(PRINT_DIR, 'bundled-font.css')), url)), url).toBe(true)
  })

  it('is the OFL-licensed Noto Sans SC', () => {
    const licence = readFileSync(
      join(import.meta.dirname, '../../../node_modules/@fontsource/noto-sans-sc/LICENSE'),
      'utf8',
    )
    expect(licence).toContain('SIL Open Font License')
  })
})

describe('page geometry', () => {
  it('is the same in print.css and in the export options', () => {
    const css = readFileSync(join(PRINT_DIR, 'print.css'), 'utf8')
    const { top, right, bottom, left } = PAGE_GEOMETRY.margin
    expect(css).toContain(`margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`)
    expect(css).toContain('size: A4 portrait;')
    expect(css).toContain('size: A4 landscape;')
  })
})
