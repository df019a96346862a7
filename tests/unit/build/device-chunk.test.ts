import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deviceChunk } from '../../../scripts/build/device-chunk'

const root = '/app'
const src = (file: string) => resolve(root, 'renderer/src', file)

/** A module graph: each module, what it imports, and (after `lazy:`) what it loads lazily. */
function graph(imports: Record<string, string[]>) {
  return {
    getModuleInfo: (id: string) => {
      const imported = imports[id]
      if (!imported) return null
      const lazy = imported.filter((file) => file.startsWith('lazy:')).map((file) => src(file.slice(5)))
      return {
        importedIds: imported.filter((file) => !file.startsWith('lazy:')).map(src),
        dynamicallyImportedIds: lazy,
      }
    },
  }
}

const modules = graph({
  [src('main.tsx')]: ['app/app.tsx'],
  [src('app/app.tsx')]: ['i18n/i18n.ts'],
  [src('i18n/i18n.ts')]: [],
  [src('print/print-main.tsx')]: ['shared-schema.ts', 'i18n/i18n.ts'],
  [src('shared-schema.ts')]: [],
  [src('join/join-page.tsx')]: ['join/join-form.tsx', 'i18n/i18n.ts'],
  [src('join/join-form.tsx')]: [],
  [src('plan/plan-page.tsx')]: ['plan/plan-workspace.tsx', 'shared-schema.ts'],
  [src('plan/plan-workspace.tsx')]: ['lazy:steps/swot-step.tsx', 'lazy:steps/tree-step.tsx'],
  [src('steps/swot-step.tsx')]: ['fields/live-field.tsx', 'steps/swot-grid.tsx', 'i18n/i18n.ts'],
  [src('steps/tree-step.tsx')]: ['fields/live-field.tsx', '../../node_modules/dnd/index.js'],
  [src('fields/live-field.tsx')]: ['../../node_modules/dnd/index.js'],
  [src('steps/swot-grid.tsx')]: [],
  [resolve(root, 'node_modules/dnd/index.js')]: [],
  [src('console/console-page.tsx')]: ['console/console-board.tsx', 'plan/plan-workspace.tsx'],
  [src('console/console-board.tsx')]: [],
})

describe('the chunk a group device loads to join and write', () => {
  const name = deviceChunk(root, 'device')

  it('holds the join page, the plan page and what they import', () => {
    for (const file of [
      'join/join-page.tsx',
      'join/join-form.tsx',
      'plan/plan-page.tsx',
      'plan/plan-workspace.tsx',
    ])
      expect(name(src(file), modules), file).toBe('device')
  })

  it('leaves out what every page already loads and what the print view loads without the app', () => {
    expect(name(src('i18n/i18n.ts'), modules)).toBeNull()
    expect(name(src('shared-schema.ts'), modules)).toBeNull()
  })

  it('holds what two of the steps the plan loads lazily share, whichever step a device opens first', () => {
    expect(name(src('fields/live-field.tsx'), modules)).toBe('device')
  })

  it('leaves a step, what only that step uses, and libraries to the steps that load them', () => {
    expect(name(src('steps/swot-step.tsx'), modules)).toBeNull()
    expect(name(src('steps/swot-grid.tsx'), modules)).toBeNull()
    expect(name(resolve(root, 'node_modules/dnd/index.js'), modules)).toBeNull()
  })

  it('leaves out the facilitator’s screens', () => {
    expect(name(src('console/console-page.tsx'), modules)).toBeNull()
    expect(name(src('console/console-board.tsx'), modules)).toBeNull()
  })
})
