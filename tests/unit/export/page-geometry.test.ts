import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PAGE_GEOMETRY } from '../../../shared/export/print-options'

describe('page geometry', () => {
  it('is the same in print.css and in the export options', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/print/print.css'), 'utf8')
    const { top, right, bottom, left } = PAGE_GEOMETRY.margin
    expect(css).toContain(`margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`)
    expect(css).toContain('size: A4 portrait;')
    expect(css).toContain('size: A4 landscape;')
  })
})
