import { describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/export/chromium-path'

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('finding Chromium', () => {
  it('uses CHROMIUM_PATH when it points at a program', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/opt/chrome' }, installed('/opt/chrome', '/usr/bin/chromium')),
    ).toEqual({
      found: true,
      path: '/opt/chrome',
    })
  })

  it('says so when CHROMIUM_PATH points at nothing, rather than silently using another browser', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nope' }, installed('/usr/bin/chromium'))).toEqual({
      found: false,
      reason: 'env-path-missing',
      path: '/nope',
    })
  })

  it('otherwise takes the first usual place that has one', () => {
    expect(findChromium({}, installed('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toEqual({
      found: true,
      path: '/usr/bin/chromium-browser',
    })
  })

  it('reports where it looked when there is none', () => {
    const lookup = findChromium({ CHROMIUM_PATH: '  ' }, installed(), ['/a', '/b'])
    expect(lookup).toEqual({ found: false, reason: 'not-found', searched: ['/a', '/b'] })
  })
})
