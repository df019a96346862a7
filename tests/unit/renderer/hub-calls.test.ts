import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')
const sources = (readdirSync(join(root, 'renderer/src'), { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => relative(root, join(root, 'renderer/src', file)).replaceAll('\\', '/'))

/** A request of its own: fetch (bare or through window/globalThis), XMLHttpRequest, sendBeacon, EventSource. */
const OWN_REQUEST =
  /(?<![\w.])fetch\s*\(|\b(?:window|globalThis|self)\.fetch\b|XMLHttpRequest|sendBeacon|EventSource/

/** The files a module loads at run time (type-only imports are erased), followed through relative paths. */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const [, specifier] of read(file).matchAll(/^import (?!type )[^'"]*'(\.[^']+)'/gm)) {
      const target = relative(root, resolve(root, dirname(file), specifier!)).replaceAll('\\', '/')
      visit(`${target}.ts`)
    }
  }
  visit(entry)
  return seen
}

describe('the renderer calls the hub through its API client only', () => {
  it('has one place that sends requests: renderer/src/api/hub-fetch.ts', () => {
    const senders = sources.filter((file) => OWN_REQUEST.test(read(file)))
    expect(senders).toEqual(['renderer/src/api/hub-fetch.ts'])
  })

  it('finds the renderer’s sources (a test that reads no file cannot fail)', () => {
    expect(sources).toContain('renderer/src/api/hub-fetch.ts')
    expect(sources.length).toBeGreaterThan(100)
  })

  it('keeps the print views’ client small: the contract’s types, not its schemas', () => {
    const graph = runtimeGraph('renderer/src/api/print-api.ts')
    expect(graph).toContain('renderer/src/api/hub-request.ts')
    expect([...graph].filter((file) => /api-contract|hub-client/.test(file))).toEqual([])
  })
})
