import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  DEFAULT_DOTS_PER_MEMBER,
  migrateSessionDoc,
  readSession,
  SESSION_SCHEMA_VERSION,
  sessionMeta,
  sessionState,
  setDotsPerMember,
  setVotesRevealed,
} from '../../../shared/live/session-doc'

/** A session document as version 1 of the app left it. */
function sessionV1(): Y.Doc {
  const doc = new Y.Doc()
  sessionMeta(doc).set('schemaVersion', 1)
  sessionState(doc).set('currentItemId', 'item-123456')
  sessionState(doc).set('message', '还有五分钟')
  return doc
}

describe('session document v2: dot-voting settings', () => {
  it('migrates v1 onwards, keeping the broadcast and adding the dot-vote settings', () => {
    const doc = sessionV1()
    expect(migrateSessionDoc(doc)).toBe(true)
    expect(readSession(doc)).toEqual({
      schemaVersion: SESSION_SCHEMA_VERSION,
      currentItemId: 'item-123456',
      message: '还有五分钟',
      dotsPerMember: DEFAULT_DOTS_PER_MEMBER,
      votesRevealed: false,
    })
    expect(migrateSessionDoc(doc)).toBe(false)
  })

  it('never overwrites a setting that is already there', () => {
    const doc = sessionV1()
    sessionState(doc).set('dotsPerMember', 5)
    migrateSessionDoc(doc)
    expect(readSession(doc).dotsPerMember).toBe(5)
  })

  it('leaves a document from a newer app alone', () => {
    const doc = new Y.Doc()
    sessionMeta(doc).set('schemaVersion', SESSION_SCHEMA_VERSION + 1)
    expect(migrateSessionDoc(doc)).toBe(false)
    expect(sessionMeta(doc).get('schemaVersion')).toBe(SESSION_SCHEMA_VERSION + 1)
  })

  it('lets the facilitator set the dots and reveal the results', () => {
    const doc = new Y.Doc()
    migrateSessionDoc(doc)
    setDotsPerMember(doc, 5)
    setVotesRevealed(doc, true)
    expect(readSession(doc)).toMatchObject({ dotsPerMember: 5, votesRevealed: true })
    setVotesRevealed(doc, false)
    expect(readSession(doc).votesRevealed).toBe(false)
  })

  it.each([0, -1, 2.5, 21, Number.NaN])('ignores a dot count of %d', (dots) => {
    const doc = new Y.Doc()
    migrateSessionDoc(doc)
    setDotsPerMember(doc, 4)
    setDotsPerMember(doc, dots)
    expect(readSession(doc).dotsPerMember).toBe(4)
  })

  it('reads damaged settings as the defaults instead of failing', () => {
    const doc = new Y.Doc()
    migrateSessionDoc(doc)
    sessionState(doc).set('dotsPerMember', 'many')
    sessionState(doc).set('votesRevealed', 'yes')
    expect(readSession(doc)).toMatchObject({ dotsPerMember: DEFAULT_DOTS_PER_MEMBER, votesRevealed: false })
  })
})
