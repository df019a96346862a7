import { describe, expect, it } from 'vitest'
import { useTempStore } from '../../support/temp-store'

/**
 * A join's token is committed without an fsync of its own (a room joins within seconds, on the thread
 * that relays live edits); everything else the hub's connection writes stays durable on power loss.
 */
describe('a join token on the store', () => {
  const temp = useTempStore()
  const record = (displayName: string) => ({
    kind: 'group' as const,
    workshopId: null,
    countyId: null,
    groupId: null,
    displayName,
    expiresAt: '2030-01-01T00:00:00.000Z',
  })
  const synchronous = () => temp.store.db.pragma('synchronous', { simple: true })

  it('is stored and read back, after a restart too, and leaves the connection at synchronous=FULL', () => {
    expect(synchronous()).toBe(2)
    temp.store.access.addToken('hash-1', record('王芳'))
    expect(synchronous()).toBe(2)
    temp.reopen()
    expect(temp.store.access.token('hash-1')?.displayName).toBe('王芳')
  })

  it('leaves the connection durable even when the insert fails', () => {
    temp.store.access.addToken('hash-2', record('李强'))
    expect(() => temp.store.access.addToken('hash-2', record('李强'))).toThrow(/UNIQUE/)
    expect(synchronous()).toBe(2)
  })
})
