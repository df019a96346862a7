import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_FILE } from '../../electron/hub/app-paths'
import { seedDemo } from '../../electron/hub/demo/seed-demo'
import { addSwotCard, setSwotCardText } from '../../shared/exercises/swot/swot-doc'
import { planDocName } from '../../shared/live/doc-names'
import { planProse } from '../../shared/live/plan-doc'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive } from '../support/live-client'
import { fillLueyangPlan } from '../support/lueyang-plan'

/**
 * What versions cost on disk, measured on the demo workshop's Lueyang plan filled in completely: the
 * figures go to the report (printed), and the test holds the property that matters — a version costs
 * what changed since the one before, not a copy of the plan.
 */
describe('the space plan versions take', () => {
  let t: TestHub | undefined
  afterEach(async () => {
    await t?.stop()
    t = undefined
  })

  it('a version after a few minutes of typing costs a small part of the plan, an unchanged plan nothing', async () => {
    t = await startTestHub()
    const seeded = seedDemo(t.hub.store, DEMO_FILE)
    if (!seeded.seeded) throw new Error('expected an empty data folder')
    const lueyang = t.hub.store.counties.list(seeded.workshop.id).find((county) => county.name === '略阳县')!
    const docName = planDocName(seeded.workshop.id, lueyang.id)
    const device = connectLive(t.hub.url, docName, t.hub.access.facilitatorToken())
    try {
      await device.synced
      const ids = fillLueyangPlan(device.doc)
      await device.saved()
      const plan = Y.encodeStateAsUpdate(device.doc).byteLength
      const first = await t.hub.live.versions.keep(docName, 'auto')

      // A few minutes of a group's work: a sentence typed key by key, a card rewritten, a card added.
      const summary = planProse(device.doc, 'situationSummary')
      for (const character of '冷链物流由县供销社牵头建设，2019 年覆盖全部贫困村。') {
        const paragraph = summary.get(summary.length - 1) as Y.XmlElement
        const text = paragraph.get(0) as Y.XmlText
        text.insert(text.length, character)
      }
      setSwotCardText(device.doc, ids.swotIds[1]!, '冷链物流薄弱，山区运输成本高')
      addSwotCard(device.doc, 'opportunities', '电商平台流量扶持')
      await device.saved()
      const typed = await t.hub.live.versions.keep(docName, 'auto')
      const unchanged = await t.hub.live.versions.keep(docName, 'auto')

      console.info(
        [
          `[versions] Lueyang demo plan, filled in: ${plan} bytes as one Yjs update`,
          `[versions] first version (the whole plan): ${first!.bytes} bytes`,
          `[versions] after a sentence typed key by key and two card edits: ${typed!.bytes} bytes`,
          `[versions] an interval without changes: no version (${unchanged === null ? 0 : unchanged.bytes} bytes)`,
        ].join('\n'),
      )
      expect(unchanged).toBeNull()
      expect(typed!.bytes).toBeLessThan(plan / 5)
    } finally {
      device.destroy()
    }
  })
})
