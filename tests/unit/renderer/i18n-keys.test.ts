import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/src/i18n/en'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a resource tree as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  )
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('renderer translations', () => {
  const chinese = new Map(leaves(zhCN))
  const english = new Map(leaves(en))

  it('has the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort())
  })

  it('has no empty string in either language', () => {
    const empty = [...chinese, ...english].filter(([, value]) => value.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = [...chinese].filter(([key, value]) => {
      const other = english.get(key)
      return other !== undefined && placeholders(other).join() !== placeholders(value).join()
    })
    expect(mismatched.map(([key]) => key)).toEqual([])
  })
})
