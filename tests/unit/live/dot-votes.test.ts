import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addSwotCard, deleteSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import {
  castDot,
  dotsOn,
  dotsUsed,
  planDotVotes,
  removeDot,
} from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { dotVoteResults } from '../../../shared/exercises/dot-vote/dot-vote-results'
import { addProblemNode, deleteProblemNode } from '../../../shared/exercises/problem-tree/problem-tree-doc'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('dot-voting', () => {
  it('gives each voter N dots, several allowed on one card, and refuses the N+1th', () => {
    const doc = new Y.Doc()
    const cold = addSwotCard(doc, 'weaknesses', '冷链薄弱')
    const road = addProblemNode(doc, { kind: 'cause', text: '道路差' })!
    expect(castDot(doc, cold, 'wang', 3)).toBe(true)
    expect(castDot(doc, cold, 'wang', 3)).toBe(true)
    expect(castDot(doc, road, 'wang', 3)).toBe(true)
    expect(castDot(doc, road, 'wang', 3)).toBe(false)
    expect(dotsUsed(doc, 'wang')).toBe(3)
    expect(dotsOn(doc, cold, 'wang')).toBe(2)
    expect(castDot(doc, road, 'li', 3)).toBe(true)
    expect(removeDot(doc, cold, 'wang')).toBe(true)
    expect(castDot(doc, road, 'wang', 3)).toBe(true)
    expect(removeDot(doc, cold, 'li')).toBe(false)
    expect(readPlan(doc).dotVotes).toEqual(
      [
        { cardId: cold, voterId: 'wang', count: 1 },
        { cardId: road, voterId: 'li', count: 1 },
        { cardId: road, voterId: 'wang', count: 2 },
      ].sort((a, b) => (`${a.cardId}:${a.voterId}` < `${b.cardId}:${b.voterId}` ? -1 : 1)),
    )
    expect(dotVoteResults(readPlan(doc))).toEqual([
      { cardId: road, dots: 3, voters: 2 },
      { cardId: cold, dots: 1, voters: 1 },
    ])
  })

  it('taking back the last dot removes the entry', () => {
    const doc = new Y.Doc()
    const card = addSwotCard(doc, 'threats', '疫病')
    castDot(doc, card, 'wang', 1)
    removeDot(doc, card, 'wang')
    expect(planDotVotes(doc).size).toBe(0)
    expect(castDot(doc, card, 'wang', 1)).toBe(true)
  })

  it.each(['', 'has space', 'a:b', 'x'.repeat(65)])('refuses the voter id %j', (voterId) => {
    const doc = new Y.Doc()
    const card = addSwotCard(doc, 'threats', '疫病')
    expect(castDot(doc, card, voterId, 3)).toBe(false)
    expect(planDotVotes(doc).size).toBe(0)
  })

  it('deleting a card deletes its dots, and gives them back to the voters', () => {
    const doc = new Y.Doc()
    const card = addSwotCard(doc, 'threats', '疫病')
    const node = addProblemNode(doc, { kind: 'cause', text: '缺技术' })!
    castDot(doc, card, 'wang', 2)
    castDot(doc, node, 'wang', 2)
    deleteSwotCard(doc, card)
    deleteProblemNode(doc, node)
    expect(dotsUsed(doc, 'wang')).toBe(0)
    expect(readPlan(doc).dotVotes).toEqual([])
  })

  it('two members voting at once both keep their dots', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    const card = addSwotCard(alice, 'weaknesses', '冷链薄弱')
    sync(alice, bob)
    castDot(alice, card, 'alice', 3)
    castDot(bob, card, 'bob', 3)
    castDot(bob, card, 'bob', 3)
    sync(alice, bob)
    expect(dotVoteResults(readPlan(alice))).toEqual([{ cardId: card, dots: 3, voters: 2 }])
    expect(readPlan(bob)).toEqual(readPlan(alice))
  })

  it('ignores dots on cards that no longer exist and damaged entries', () => {
    const doc = new Y.Doc()
    const card = addSwotCard(doc, 'threats', '疫病')
    castDot(doc, card, 'wang', 3)
    planDotVotes(doc).set('ghost-card:wang', 2)
    planDotVotes(doc).set(`${card}:li`, 'two')
    planDotVotes(doc).set(`${card}:zhao`, 1.5)
    planDotVotes(doc).set('no-separator', 1)
    expect(readPlan(doc).dotVotes).toEqual([{ cardId: card, voterId: 'wang', count: 1 }])
  })
})
