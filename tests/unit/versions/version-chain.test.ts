import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deleteAction, updateAction } from '../../../shared/exercises/action-plan/action-plan-doc'
import { addSwotCard, deleteSwotCard, setSwotCardText } from '../../../shared/exercises/swot/swot-doc'
import { setIndicatorTarget } from '../../../shared/exercises/target-setting/target-setting-doc'
import { planProse, readPlan } from '../../../shared/live/plan-doc'
import { setProseParagraphs } from '../../../shared/live/prose-text'
import { changeMark, docFromDeltas, revertUpdate, versionDelta } from '../../../shared/versions/version-chain'
import { fillLueyangPlan } from '../../support/lueyang-plan'

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

/** A plan document kept as versions the way the hub keeps them: a delta against the previous one. */
function keeper(doc: Y.Doc) {
  const deltas: Uint8Array[] = []
  let since: Uint8Array | null = null
  return {
    deltas,
    keep() {
      const delta = versionDelta(doc, since)
      deltas.push(delta)
      since = Y.encodeStateVector(doc)
      return delta.byteLength
    },
    rebuild: (index: number) => docFromDeltas(deltas.slice(0, index + 1)),
  }
}

describe('plan versions as a chain of deltas', () => {
  it('rebuilds each version exactly, and a version of the Lueyang plan costs what changed since the one before', () => {
    const doc = new Y.Doc()
    const ids = fillLueyangPlan(doc)
    const versions = keeper(doc)
    const full = versions.keep()
    const first = readPlan(doc)

    setSwotCardText(doc, ids.swotIds[0]!, '略阳乌鸡：国家地理标志保护产品')
    deleteSwotCard(doc, ids.swotIds[3]!)
    const small = versions.keep()
    const second = readPlan(doc)

    updateAction(doc, ids.actionId, { title: '乌鸡网店' })
    setIndicatorTarget(doc, ids.indicatorId, 2020, 19200)
    versions.keep()

    expect(readPlan(versions.rebuild(0))).toEqual(first)
    expect(readPlan(versions.rebuild(1))).toEqual(second)
    expect(readPlan(versions.rebuild(2))).toEqual(readPlan(doc))
    console.info(
      `[versions] Lueyang plan: first version ${full} bytes (the whole plan), a version after two card edits ${small} bytes`,
    )
    expect(small).toBeLessThan(full / 4)
  })

  it('marks a change only when something was added or deleted', () => {
    const doc = new Y.Doc()
    const ids = fillLueyangPlan(doc)
    const before = changeMark(doc)
    expect(same(changeMark(doc), before)).toBe(true)
    deleteSwotCard(doc, ids.swotIds[1]!)
    expect(same(changeMark(doc), before)).toBe(false)
  })

  it('reverts the live document to a version with one update, bringing back deleted cards and text', () => {
    const live = new Y.Doc()
    const ids = fillLueyangPlan(live)
    const versions = keeper(live)
    versions.keep()
    const old = readPlan(live)

    // A device meanwhile: deletes, rewrites, adds, in several parts of the plan.
    deleteSwotCard(live, ids.swotIds[0]!)
    addSwotCard(live, 'threats', '市场价格波动')
    setProseParagraphs(planProse(live, 'situationSummary'), ['全部重写的概况'])
    deleteAction(live, ids.actionId)
    const device = new Y.Doc()
    Y.applyUpdate(device, Y.encodeStateAsUpdate(live))

    const update = revertUpdate(live, versions.rebuild(0))
    Y.applyUpdate(live, update)
    expect(readPlan(live)).toEqual(old)
    // A device that receives only that update sees the same.
    Y.applyUpdate(device, update)
    expect(readPlan(device)).toEqual(old)
  })
})
