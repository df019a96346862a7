import { describe, expect, it } from 'vitest'
import { chineseFaces } from '../../../renderer/src/fonts/chinese-faces'

describe('where a device’s Chinese comes from', () => {
  it('is the device itself when 中 is a glyph of its own, wider than the missing-glyph box', () => {
    expect(chineseFaces((text) => (text === '中' ? 32 : 20))).toBe('device')
  })

  it('is the bundled Noto Sans SC when 中 is drawn as the same box as an unassigned character', () => {
    expect(chineseFaces(() => 20)).toBe('bundled')
  })

  it('is unknown where the page cannot measure text (neither font is fetched then)', () => {
    expect(chineseFaces(undefined)).toBe('unknown')
  })
})
