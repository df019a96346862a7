import { describe, expect, it } from 'vitest'
import { canSwitchInPlace, showPrintViewScript } from '../../../electron/export/print-view-switch'
import { PRINT_SHOW_FUNCTION } from '../../../shared/export/print-paths'

describe('switching a tab to the next print view in place', () => {
  const county = 'http://127.0.0.1:4317/print/workshops/w1/counties/c1?lang=zh-CN'

  it('is tried only from one print view of the same hub to another', () => {
    expect(canSwitchInPlace(county, 'http://127.0.0.1:4317/print/workshops/w1/summary?lang=en')).toBe(true)
    expect(canSwitchInPlace('about:blank', county)).toBe(false)
    expect(canSwitchInPlace('http://127.0.0.1:4317/workshops/w1', county)).toBe(false)
    expect(canSwitchInPlace(county, 'http://127.0.0.1:5000/print/workshops/w1/summary')).toBe(false)
    expect(canSwitchInPlace('', county)).toBe(false)
  })

  it('hands the print app the path and query, and answers false where the app is not there', () => {
    const calls: string[] = []
    const run = (window: Record<string, unknown>) =>
      new Function('window', `return ${showPrintViewScript(county)}`)(window) as boolean
    expect(run({ [PRINT_SHOW_FUNCTION]: (path: string) => calls.push(path) })).toBe(true)
    expect(calls).toEqual(['/print/workshops/w1/counties/c1?lang=zh-CN'])
    expect(run({})).toBe(false)
  })
})
