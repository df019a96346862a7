import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const EXERCISES = join(__dirname, '../../../shared/exercises')
const DOC_MODULES = readdirSync(EXERCISES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('-doc.ts'))
  .sort()

/**
 * plan-roots.ts composes every slice's roots, so a slice that imports plan-roots back makes a cycle:
 * whichever module a process happens to load first, the hub must start. Each slice is loaded first here.
 */
describe('the plan roots load whichever exercise is loaded first', () => {
  it('finds the exercises’ document modules', () => {
    expect(DOC_MODULES.length).toBeGreaterThan(5)
  })

  it.each(DOC_MODULES)('%s first', async (file) => {
    vi.resetModules()
    await import(join(EXERCISES, file))
    const { EXERCISE_ROOTS } = await import('../../../shared/live/plan-roots')
    const roots = Object.values(EXERCISE_ROOTS)
    expect(roots.every((list) => Array.isArray(list))).toBe(true)
    expect(roots.flat().length).toBeGreaterThan(10)
  })
})
