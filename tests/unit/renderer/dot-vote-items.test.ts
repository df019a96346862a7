import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { publishDotResults } from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { tallyBallots } from '../../../shared/exercises/dot-vote/dot-vote-results'
import { addProblemNode } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { rankedResults, voteGroups } from '../../../renderer/src/exercises/dot-vote/dot-vote-items'

function lueyang() {
  const doc = new Y.Doc()
  const coldChain = addProblemNode(doc, { kind: 'cause', text: '冷链运输成本高' })!
  const roads = addProblemNode(doc, { kind: 'cause', parentId: coldChain, text: '村道狭窄' })!
  addProblemNode(doc, { kind: 'cause', text: '  ' })
  const income = addProblemNode(doc, { kind: 'effect', text: '养殖收入低' })!
  const flu = addSwotCard(doc, 'threats', '禽流感风险')
  const breed = addSwotCard(doc, 'strengths', '略阳乌鸡品种独特')
  return { doc, coldChain, roads, income, flu, breed }
}

describe('the cards to vote on', () => {
  it('lists written cards by source: problem-tree causes and effects, then the SWOT quadrants', () => {
    const { doc } = lueyang()
    const groups = voteGroups(readPlan(doc))
    expect(groups.map((group) => [group.source, group.items.map((item) => item.text)])).toEqual([
      ['cause', ['冷链运输成本高', '村道狭窄']],
      ['effect', ['养殖收入低']],
      ['strengths', ['略阳乌鸡品种独特']],
      ['threats', ['禽流感风险']],
    ])
  })
})

describe('the revealed results', () => {
  /** What the hub publishes on reveal: each member's dots, totalled per card. */
  const publish = (doc: Y.Doc, ballots: Record<string, string[]>) => {
    const entries = Object.entries(ballots).flatMap(([voter, cards]) =>
      [...new Set(cards)].map((cardId) => ({
        voter,
        cardId,
        dots: cards.filter((card) => card === cardId).length,
      })),
    )
    publishDotResults(doc, tallyBallots(entries, new Set(entries.map((entry) => entry.cardId))))
  }

  it('ranks cards by total dots, equal totals sharing a rank, with text and source', () => {
    const { doc, coldChain, roads, income, flu } = lueyang()
    publish(doc, { a: [coldChain, coldChain, flu], b: [coldChain, roads, income], c: [flu] })
    const ranked = rankedResults(readPlan(doc)).map(({ rank, text, source, dots, voters }) => ({
      rank,
      text,
      source,
      dots,
      voters,
    }))
    expect(ranked.slice(0, 2)).toEqual([
      { rank: 1, text: '冷链运输成本高', source: 'cause', dots: 3, voters: 2 },
      { rank: 2, text: '禽流感风险', source: 'threats', dots: 2, voters: 2 },
    ])
    expect(ranked.slice(2).map((result) => [result.rank, result.dots])).toEqual([
      [3, 1],
      [3, 1],
    ])
    expect(
      ranked
        .slice(2)
        .map((result) => result.text)
        .sort(),
    ).toEqual(['村道狭窄', '养殖收入低'].sort())
  })

  it('has no results before anyone votes', () => {
    expect(rankedResults(readPlan(new Y.Doc()))).toEqual([])
  })
})
