import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { setDataCardField } from '../../../shared/exercises/county-data-card/county-data-card-doc'
import {
  addObjective,
  addProblemNode,
  convertProblemNodeToObjective,
  deleteProblemNode,
  moveProblemNode,
  setCoreProblem,
  setProblemNodeText,
  updateObjective,
} from '../../../shared/exercises/problem-tree/problem-tree-doc'
import {
  addSwotCard,
  deleteSwotCard,
  moveSwotCard,
  setSwotCardText,
} from '../../../shared/exercises/swot/swot-doc'
import { EXERCISE_ROOTS, HUB_WRITTEN_ROOTS, planProse } from '../../../shared/live/plan-roots'
import { setProseParagraphs } from '../../../shared/live/prose-text'

/** The roots an edit changed (added, changed or deleted something in), as the document reports them. */
function rootsWrittenBy(edit: (doc: Y.Doc) => void, before: (doc: Y.Doc) => void = () => {}): string[] {
  const doc = new Y.Doc()
  before(doc)
  const written = new Set<string>()
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const changed of transaction.changed.keys()) {
      let type = changed
      while (type._item) type = type._item.parent as typeof changed
      for (const [name, root] of doc.share) if (root === type) written.add(name)
    }
  })
  edit(doc)
  return [...written].sort()
}

/** A lock on an exercise covers its roots: each exercise's edits must stay inside the roots it lists. */
describe('the roots each exercise owns', () => {
  it('no root belongs to two exercises', () => {
    const all = Object.values(EXERCISE_ROOTS).flat()
    expect(new Set(all).size).toBe(all.length)
  })

  it('the data card and the situation summary write only into the data card’s roots', () => {
    const written = rootsWrittenBy((doc) => {
      setDataCardField(doc, 'population', 200_000)
      setProseParagraphs(planProse(doc, 'situationSummary'), ['山区，交通不便。'])
    })
    expect(written).toEqual([...(EXERCISE_ROOTS['county-data-card'] ?? [])].sort())
  })

  it('the problem tree’s cards, core problem and objectives write only into its roots', () => {
    const written = rootsWrittenBy((doc) => {
      setCoreProblem(doc, '贫困户增收难')
      const cause = addProblemNode(doc, { kind: 'cause', text: '冷链物流薄弱' })!
      const effect = addProblemNode(doc, { kind: 'effect', text: '青壮年外出' })!
      setProblemNodeText(doc, cause, '冷链物流成本高')
      moveProblemNode(doc, effect, { parentId: cause })
      updateObjective(doc, convertProblemNodeToObjective(doc, cause)!, { text: '降低冷链成本' })
      addObjective(doc, '提高乌鸡网上销量')
    })
    expect(written).toEqual([...(EXERCISE_ROOTS['problem-tree'] ?? [])].sort())
  })

  it('the SWOT board writes only into its root', () => {
    const written = rootsWrittenBy((doc) => {
      const card = addSwotCard(doc, 'strengths', '乌鸡地理标志')
      setSwotCardText(doc, card, '略阳乌鸡地理标志')
      moveSwotCard(doc, card, 'opportunities')
    })
    expect(written).toEqual(EXERCISE_ROOTS.swot)
  })

  it('the dot vote owns no root a device writes, and its published totals are the hub’s alone', () => {
    expect(EXERCISE_ROOTS['dot-vote']).toEqual([])
    expect(HUB_WRITTEN_ROOTS).toEqual(['dotResults'])
  })

  it('deleting a card touches only its own exercise’s root: ballots are not in the plan', () => {
    let swotCard = ''
    let treeCard = ''
    const cards = (doc: Y.Doc) => {
      swotCard = addSwotCard(doc, 'threats', '禽类疫病风险')
      treeCard = addProblemNode(doc, { kind: 'cause', text: '缺少品牌' })!
    }
    expect(rootsWrittenBy((doc) => deleteSwotCard(doc, swotCard), cards)).toEqual(['swot'])
    expect(rootsWrittenBy((doc) => deleteProblemNode(doc, treeCard), cards)).toEqual(['problemNodes'])
  })
})
