import { planDocName } from '../../shared/live/doc-names'
import { startTestHub, type TestHub } from './hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from './live-fixture'
import { fillLueyangPlan, type LueyangIds } from './lueyang-plan'

export interface FilledLueyangHub {
  t: TestHub
  f: LiveFixture
  /** The ids of the filled plan's indicator, action, match… */
  ids: LueyangIds
  /** A Lueyang official's token and a Badong official's: the county's own group, and another. */
  lueyangToken: string
  badongToken: string
}

/** A hub with Lueyang and Badong, Lueyang's plan filled in, and one official of each joined. */
export async function filledLueyangHub(): Promise<FilledLueyangHub> {
  const t = await startTestHub()
  const f = await setUpWorkshop(t)
  let ids: LueyangIds | undefined
  const plan = await t.hub.live.hocuspocus.openDirectConnection(planDocName(f.workshopId, f.lueyang.id))
  await plan.transact((doc) => void (ids = fillLueyangPlan(doc)))
  await plan.disconnect()
  const lueyangToken = (await joinAs(t, f.codes[f.lueyang.id]!, '王伟')).token
  const badongToken = (await joinAs(t, f.codes[f.badong.id]!, '巴东的人')).token
  return { t, f, ids: ids!, lueyangToken, badongToken }
}
