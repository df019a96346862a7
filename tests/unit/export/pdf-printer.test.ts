import { describe, expect, it } from 'vitest'
import type { PdfEngine } from '../../../electron/export/pdf-engine'
import { PdfEngineUnavailableError, PdfPrinter } from '../../../electron/export/pdf-printer'
import { isPrintViewUrl } from '../../../electron/export/print-window-options'

describe('the hub’s PDF printer', () => {
  it('starts the engine on first use only, and prints one page at a time', async () => {
    let created = 0
    let running = 0
    let most = 0
    const engine: PdfEngine = {
      async printPage(url) {
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        return new TextEncoder().encode(url)
      },
      async close() {},
    }
    const printer = new PdfPrinter(async () => {
      created++
      return engine
    })
    expect(created).toBe(0)
    const pdfs = await Promise.all(['a', 'b', 'c'].map((url) => printer.print(url)))
    expect(pdfs.map((pdf) => new TextDecoder().decode(pdf))).toEqual(['a', 'b', 'c'])
    expect(created).toBe(1)
    expect(most).toBe(1)
  })

  it('tries again to start an engine that was unavailable, and keeps printing after a failed page', async () => {
    let attempts = 0
    const printer = new PdfPrinter(async () => {
      if (++attempts === 1) throw new PdfEngineUnavailableError('no Chromium')
      return {
        async printPage(url) {
          if (url === 'bad') throw new Error('page failed')
          return new Uint8Array([1])
        },
        async close() {},
      }
    })
    await expect(printer.print('x')).rejects.toThrow('no Chromium')
    await expect(printer.print('bad')).rejects.toThrow('page failed')
    await expect(printer.print('x')).resolves.toEqual(new Uint8Array([1]))
    expect(attempts).toBe(2)
  })
})

describe('print windows', () => {
  it('load only the print views of their own hub', () => {
    const hub = 'http://127.0.0.1:4317'
    expect(isPrintViewUrl(`${hub}/print/workshops/w/counties/c?lang=en`, hub)).toBe(true)
    expect(isPrintViewUrl(`${hub}/workshops/w/counties`, hub)).toBe(false)
    expect(isPrintViewUrl('http://evil.example/print/workshops/w/summary', hub)).toBe(false)
    expect(isPrintViewUrl('not a url', hub)).toBe(false)
  })
})
