import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { castDot } from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { newVoterId, voterIdFor, voterIdKey } from '../../../renderer/src/exercises/dot-vote/voter-id'

/** A Storage stand-in over a Map. */
function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('the id a device votes under', () => {
  it('is random, and a valid voter id for the plan’s dot votes', () => {
    const a = newVoterId()
    const b = newVoterId()
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(a).not.toBe(b)
    expect(castDot(new Y.Doc(), 'card', a, 3)).toBe(true)
  })

  it('is kept per workshop, so a reload votes under the same id and another workshop under another', () => {
    const storage = memoryStorage()
    const first = voterIdFor(storage, 'workshop-a')
    expect(voterIdFor(storage, 'workshop-a')).toBe(first)
    expect(voterIdFor(storage, 'workshop-b')).not.toBe(first)
    expect(storage.items.get(voterIdKey('workshop-a'))).toBe(first)
  })

  it('replaces a damaged stored id instead of voting under it', () => {
    const storage = memoryStorage()
    storage.setItem(voterIdKey('w'), '王伟:3')
    const id = voterIdFor(storage, 'w', () => 'fresh-id')
    expect(id).toBe('fresh-id')
    expect(storage.getItem(voterIdKey('w'))).toBe('fresh-id')
  })

  it('still gives an id when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(voterIdFor(refusing, 'w', () => 'page-only')).toBe('page-only')
    expect(voterIdFor(null, 'w', () => 'no-storage')).toBe('no-storage')
  })
})
