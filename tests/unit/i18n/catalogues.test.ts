import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isCatalogue, messageLeaves, type Catalogue, type MessageTree } from '../../../shared/i18n/catalogue'
import { LOCALES } from '../../../shared/locale/locale'

const ROOT = join(import.meta.dirname, '../../..')

/** Every catalogue file of the app: by convention a feature's strings live in a `*-messages.ts`. */
function catalogueFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return catalogueFiles(path)
    return entry.name.endsWith('-messages.ts') && !entry.name.startsWith('use-') ? [path] : []
  })
}

const FILES = ['shared', 'renderer/src', 'electron'].flatMap(catalogueFiles)

/**
 * A `{ 'zh-CN': …, en: … }` pair of trees: the form feature strings had before catalogues, checked the
 * same way until the last of them becomes a catalogue (they have no namespace of their own yet).
 */
function isLocalePair(value: unknown): value is Catalogue['messages'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'object')
  )
}

const CATALOGUES: { file: string; catalogue: Catalogue }[] = []
for (const file of FILES) {
  const module = (await import(join(ROOT, file))) as Record<string, unknown>
  for (const value of Object.values(module)) {
    if (CATALOGUES.some((known) => known.catalogue === value || known.catalogue.messages === value)) continue
    if (isCatalogue(value)) CATALOGUES.push({ file, catalogue: value })
    else if (isLocalePair(value)) CATALOGUES.push({ file, catalogue: { namespace: '', messages: value } })
  }
}

// The exercises' strings still in i18next's default namespace, checked the same way while they exist.
const LEGACY = 'renderer/src/i18n/zh-CN.ts'
if (existsSync(join(ROOT, LEGACY))) {
  const { zhCN } = (await import(join(ROOT, LEGACY))) as { zhCN: MessageTree }
  const { en } = (await import(join(ROOT, 'renderer/src/i18n/en.ts'))) as { en: MessageTree }
  CATALOGUES.push({ file: LEGACY, catalogue: { namespace: 'translation', messages: { 'zh-CN': zhCN, en } } })
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
/** Latin words outside placeholders: where the English says something in words, Chinese must too. */
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/\{\{\w+\}\}/g, ''))
const hasHan = (text: string) => /\p{Script=Han}/u.test(text)
/** A language named in its own words (a column of the glossary, a shortcut's language) reads so in both. */
const ENDONYMS = ['English']

describe('every catalogue speaks both languages', () => {
  it('finds the catalogues of every feature', () => {
    expect(FILES.length).toBeGreaterThan(10)
    const without = FILES.filter((file) => !CATALOGUES.some((known) => known.file === file))
    expect(without, 'a *-messages.ts file exports no defineCatalogue(...)').toEqual([])
  })

  it('gives every catalogue its own namespace', () => {
    const namespaces = CATALOGUES.map(({ catalogue }) => catalogue.namespace).filter(Boolean)
    expect(namespaces.filter((namespace, index) => namespaces.indexOf(namespace) !== index)).toEqual([])
  })

  describe.each(CATALOGUES.map(({ file, catalogue }) => [catalogue.namespace, file, catalogue] as const))(
    '%s (%s)',
    (_namespace, _file, catalogue) => {
      const chinese = new Map(messageLeaves(catalogue.messages['zh-CN']))
      const english = new Map(messageLeaves(catalogue.messages.en))

      it('has the same keys in Chinese and English', () => {
        expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort())
      })

      it('has no empty string in either language', () => {
        const empty = [...chinese, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key)
        expect(empty).toEqual([])
      })

      it('uses the same {{placeholders}} in both languages', () => {
        const mismatched = [...chinese].filter(([key, text]) => {
          const other = english.get(key)
          return other !== undefined && placeholders(other).join() !== placeholders(text).join()
        })
        expect(mismatched.map(([key]) => key)).toEqual([])
      })

      it('says in Chinese what the English says in words', () => {
        const untranslated = [...chinese].filter(([key, text]) => {
          const other = english.get(key)
          return other !== undefined && hasWords(other) && !hasHan(text) && !ENDONYMS.includes(text)
        })
        expect(untranslated.map(([key, text]) => `${key}: ${text}`)).toEqual([])
      })
    },
  )
})
