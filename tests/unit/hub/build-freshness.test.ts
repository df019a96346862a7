import { mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isBuildStale, newestChange } from '../../../electron/hub/cli/build-freshness'
import { makeTempDir } from '../../support/temp-dir'

describe('whether a built hub is older than its sources', () => {
  let dir: { path: string; remove(): void }
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds)
  const file = (path: string, seconds: number) => {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, 'x')
    at(path, seconds)
  }

  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('is stale when the build is missing', () => {
    file(join(dir.path, 'src/a.ts'), 1000)
    expect(isBuildStale(join(dir.path, 'out/serve.js'), [join(dir.path, 'src')])).toBe(true)
  })

  it('is stale when a source deep in a folder changed after the build', () => {
    file(join(dir.path, 'out/serve.js'), 2000)
    file(join(dir.path, 'src/hub/store/a.ts'), 1000)
    file(join(dir.path, 'src/hub/live/b.ts'), 3000)
    for (const folder of ['src/hub/store', 'src/hub/live', 'src/hub', 'src']) at(join(dir.path, folder), 1000)
    expect(isBuildStale(join(dir.path, 'out/serve.js'), [join(dir.path, 'src')])).toBe(true)
  })

  it('is fresh when every source is older than the build', () => {
    file(join(dir.path, 'src/hub/a.ts'), 1000)
    for (const folder of ['src/hub', 'src']) at(join(dir.path, folder), 1000)
    file(join(dir.path, 'out/serve.js'), 2000)
    expect(isBuildStale(join(dir.path, 'out/serve.js'), [join(dir.path, 'src')])).toBe(false)
  })

  it('ignores sources that do not exist (a packaged app ships none) and node_modules', () => {
    file(join(dir.path, 'out/serve.js'), 2000)
    file(join(dir.path, 'src/node_modules/x/index.js'), 3000)
    for (const folder of ['src/node_modules/x', 'src/node_modules', 'src']) at(join(dir.path, folder), 1000)
    expect(
      isBuildStale(join(dir.path, 'out/serve.js'), [join(dir.path, 'src'), join(dir.path, 'gone')]),
    ).toBe(false)
    expect(newestChange(join(dir.path, 'gone'))).toBeNull()
  })
})
