import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The lint rules that keep each environment's code where it can run. These tests prove the rules
 * fire (a rule that silently stopped matching would let the boundaries erode).
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('environment boundaries', () => {
  it.each(['electron/hub/store/example.ts', 'shared/example.ts', 'renderer/src/example.tsx'])(
    '%s may not import electron',
    async (filePath) => {
      expect(await ruleIdsFor(filePath, "import { app } from 'electron'\nexport const a = app\n")).toContain(
        'no-restricted-imports',
      )
      expect(
        await ruleIdsFor(
          filePath,
          "import { ipcRenderer } from 'electron/renderer'\nexport const a = ipcRenderer\n",
        ),
      ).toContain('no-restricted-imports')
    },
  )

  it.each([
    "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n",
    "import { join } from 'path'\nexport const a = join\n",
    "import React from 'react'\nexport const a = React\n",
  ])('shared/ may not import Node built-ins or UI libraries: %s', async (code) => {
    expect(await ruleIdsFor('shared/example.ts', code)).toContain('no-restricted-imports')
  })

  it.each(['document.title', 'window.location.href', 'localStorage.getItem("x")', 'process.env.HOME'])(
    'shared/ may not touch DOM or Node globals: %s',
    async (expression) => {
      expect(await ruleIdsFor('shared/example.ts', `export const a = () => ${expression}\n`)).toContain(
        'no-restricted-globals',
      )
    },
  )

  it('electron/main may import electron, and the hub may use Node', async () => {
    expect(
      await ruleIdsFor('electron/main/example.ts', "import { app } from 'electron'\nexport const a = app\n"),
    ).toEqual([])
    expect(
      await ruleIdsFor(
        'electron/hub/example.ts',
        "import { join } from 'node:path'\nexport const a = join\n",
      ),
    ).toEqual([])
  })
})
