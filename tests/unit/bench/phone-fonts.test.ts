import { describe, expect, it } from 'vitest'
import { isBundledFaceFile } from '../../bench/phone-fonts'

describe('the files a phone with its own Chinese font does not fetch', () => {
  it('are the bundled font files and the Chinese faces’ rules, by path or by name, hashed or not', () => {
    expect(isBundledFaceFile('/assets/noto-sans-sc-119-400-normal-flOVnW3A.woff2')).toBe(true)
    expect(isBundledFaceFile('noto-sans-latin-700-normal.woff2')).toBe(true)
    expect(isBundledFaceFile('/assets/bundled-chinese-fonts-Ab12Cd34.css')).toBe(true)
    expect(isBundledFaceFile('/assets/bundled-chinese-fonts-Ab12Cd34.css?v=1')).toBe(true)
  })

  it('are not the app’s scripts, its other style sheets or its pages', () => {
    for (const path of [
      '/assets/app-B3gXwa_8.js',
      '/assets/index-D998jPxO.css',
      '/join',
      '/assets/device-ui-5YijTVs1.js',
    ])
      expect(isBundledFaceFile(path), path).toBe(false)
  })
})
