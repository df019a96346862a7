import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  planDotResults,
  publishDotResults,
  withdrawDotResults,
} from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { tallyBallots } from '../../../shared/exercises/dot-vote/dot-vote-results'
import { votableCardIds, votingClosed } from '../../../shared/exercises/dot-vote/dot-vote-rules'
import { clearLegacyDotVotes, readLegacyDotVotes } from '../../../shared/exercises/dot-vote/legacy-dot-votes'
import { addProblemNode } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { addSwotCard, deleteSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { EMPTY_RUN_STATE } from '../../../shared/session/run-state'

describe('the dot vote’s totals', () => {
  it('sum every member’s dots per card, count each member once per card, and rank most dots first', () => {
    const cards = new Set(['cold', 'road', 'flu'])
    const ballots = [
      { voter: 'wang', cardId: 'cold', dots: 2 },
      { voter: 'wang', cardId: 'flu', dots: 1 },
      { voter: 'li', cardId: 'road', dots: 3 },
      { voter: 'zhao', cardId: 'cold', dots: 1 },
    ]
    expect(tallyBallots(ballots, cards)).toEqual([
      { cardId: 'cold', dots: 3, voters: 2 },
      { cardId: 'road', dots: 3, voters: 1 },
      { cardId: 'flu', dots: 1, voters: 1 },
    ])
  })

  it('leave out the dots of a card that no longer exists', () => {
    expect(tallyBallots([{ voter: 'wang', cardId: 'gone', dots: 2 }], new Set(['cold']))).toEqual([])
  })

  it('are read from the plan only once published, only for cards that exist, and gone when withdrawn', () => {
    const doc = new Y.Doc()
    const cold = addSwotCard(doc, 'weaknesses', '冷链薄弱')
    const flu = addSwotCard(doc, 'threats', '禽流感风险')
    expect(readPlan(doc).dotResults).toEqual([])
    publishDotResults(doc, [
      { cardId: flu, dots: 1, voters: 1 },
      { cardId: cold, dots: 4, voters: 2 },
    ])
    expect(readPlan(doc).dotResults).toEqual([
      { cardId: cold, dots: 4, voters: 2 },
      { cardId: flu, dots: 1, voters: 1 },
    ])
    deleteSwotCard(doc, flu)
    expect(readPlan(doc).dotResults).toEqual([{ cardId: cold, dots: 4, voters: 2 }])
    expect(withdrawDotResults(doc)).toBe(true)
    expect(planDotResults(doc).size).toBe(0)
    expect(readPlan(doc).dotResults).toEqual([])
  })

  it('skip a damaged published entry', () => {
    const doc = new Y.Doc()
    const cold = addSwotCard(doc, 'weaknesses', '冷链薄弱')
    planDotResults(doc).set(cold, { dots: 'many', voters: 1 })
    expect(readPlan(doc).dotResults).toEqual([])
  })
})

describe('what a member may vote on, and when', () => {
  it('takes the written cards of the problem tree and the SWOT board, not blank ones', () => {
    const doc = new Y.Doc()
    const cause = addProblemNode(doc, { kind: 'cause', text: '道路差' })!
    addProblemNode(doc, { kind: 'effect', text: '  ' })
    const card = addSwotCard(doc, 'strengths', '乌鸡品种')
    expect(votableCardIds(readPlan(doc))).toEqual(new Set([cause, card]))
  })

  it('closes the vote by the room’s lock rule', () => {
    const locked = { ...EMPTY_RUN_STATE, locks: [{ kind: 'dot-vote' as const, countyId: 'lueyang' }] }
    expect(votingClosed(EMPTY_RUN_STATE, 'lueyang', 0)).toBeNull()
    expect(votingClosed(locked, 'lueyang', 0)).toBe('locked-group')
    expect(votingClosed(locked, 'badong', 0)).toBeNull()
  })
})

describe('dots of plans written before the secret ballot', () => {
  it('are read from the old root, damaged ones skipped, and the root emptied', () => {
    const doc = new Y.Doc()
    const old = doc.getMap<unknown>('dotVotes')
    old.set('card-1:voter-a', 2)
    old.set('card-2:voter-b', 1)
    old.set('card-3:voter-c', 'two')
    old.set('no-separator', 1)
    expect(readLegacyDotVotes(doc)).toEqual([
      { cardId: 'card-1', voterId: 'voter-a', count: 2 },
      { cardId: 'card-2', voterId: 'voter-b', count: 1 },
    ])
    expect(clearLegacyDotVotes(doc)).toBe(true)
    expect(readLegacyDotVotes(doc)).toEqual([])
    expect(clearLegacyDotVotes(doc)).toBe(false)
  })
})
