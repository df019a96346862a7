import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deviceChunk } from '../../../scripts/build/device-chunk'

const root = '/app'
const src = (file: string) => resolve(root, 'renderer/src', file)

/** A module graph by static imports: each module and what it imports. */
function graph(imports: Record<string, string[]>) {
  return {
    getModuleInfo: (id: string) => {
      const imported = imports[id]
      return imported ? { importedIds: imported.map(src) } : null
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
  [src('plan/plan-workspace.tsx')]: [],
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

  it('leaves out the facilitator’s screens', () => {
    expect(name(src('console/console-page.tsx'), modules)).toBeNull()
    expect(name(src('console/console-board.tsx'), modules)).toBeNull()
  })
})
