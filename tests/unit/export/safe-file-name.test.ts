import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME_BYTES, safeFileName, uniqueFileNames } from '../../../shared/export/safe-file-name'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('safe file names', () => {
  it('keeps an ordinary Chinese or English name as it is', () => {
    expect(safeFileName('略阳县 规划方案', 'pdf', 'x')).toBe('略阳县 规划方案.pdf')
    expect(safeFileName('Lueyang County plan', 'pdf', 'x')).toBe('Lueyang County plan.pdf')
  })

  it('never lets a name climb out of the output folder or name a folder', () => {
    for (const hostile of [
      '../../etc/passwd',
      '..\\..\\Windows\\system32',
      '/abs/path',
      'a/b\\c',
      '..',
      '.',
      '../',
    ]) {
      const name = safeFileName(hostile, 'pdf', 'county')
      expect(name).not.toMatch(/[/\\]/)
      expect(name.startsWith('.')).toBe(false)
      expect(name).not.toBe('.pdf')
    }
    expect(safeFileName('../../etc/passwd', 'pdf', 'x')).toBe('etc passwd.pdf')
  })

  it('drops characters Windows refuses, control characters and bidi overrides', () => {
    const name = safeFileName('略阳<县>:"|?*\u0000\u0007\u202egpj.exe', 'pdf', 'x')
    expect(name).toBe('略阳 县 gpj.exe.pdf')
  })

  it('prefixes reserved device names and drops trailing dots and spaces', () => {
    expect(safeFileName('CON', 'pdf', 'x')).toBe('_CON.pdf')
    expect(safeFileName('nul', 'pdf', 'x')).toBe('_nul.pdf')
    expect(safeFileName('lpt1.txt', 'pdf', 'x')).toBe('_lpt1.txt.pdf')
    expect(safeFileName('County. . ', 'pdf', 'x')).toBe('County.pdf')
  })

  it('falls back when nothing usable is left', () => {
    expect(safeFileName('///', 'pdf', 'county-abc')).toBe('county-abc.pdf')
    expect(safeFileName('   ', 'pdf', '')).toBe('export.pdf')
  })

  it('cuts long names at whole characters within the byte limit', () => {
    const name = safeFileName('县'.repeat(200), 'pdf', 'x')
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(name.endsWith('县.pdf')).toBe(true)
    const emoji = safeFileName('😀'.repeat(100), 'pdf', 'x')
    expect(emoji).not.toMatch(/\uFFFD/)
    expect([...emoji.replace('.pdf', '')].every((char) => char === '😀')).toBe(true)
  })

  it('numbers names that clean to the same file, ignoring case', () => {
    expect(uniqueFileNames(['略阳县.pdf', '略阳县.pdf', 'a.pdf', 'A.pdf'])).toEqual([
      '略阳县.pdf',
      '略阳县 (2).pdf',
      'a.pdf',
      'A (2).pdf',
    ])
  })
})
