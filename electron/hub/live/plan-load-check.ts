import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import { PLAN_ROOTS, PLAN_SCHEMA_VERSION, planMeta } from '../../../shared/live/plan-roots'

/**
 * Why a plan document as loaded cannot be served, or null when it can: a schema version the app does
 * not know (newer, or not a version at all), a root holding content of another type than the plan's,
 * or a plan that does not read. The hub runs it on every load (electron/hub/live/checked-load.ts).
 */
export function planLoadProblem(doc: Y.Doc): string | null {
  const version = doc.share.has('meta') ? planMeta(doc).get('schemaVersion') : undefined
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 0)) {
    return `its schema version is ${JSON.stringify(version) ?? String(version)}, not a version`
  }
  if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION) {
    return `its schema version ${version} is newer than this app's ${PLAN_SCHEMA_VERSION}`
  }
  for (const [name, type] of doc.share) {
    if (PLAN_ROOTS.has(name) && !ofExpectedType(name, type)) return `its root "${name}" holds the wrong type`
  }
  try {
    readPlan(doc)
  } catch (error) {
    return `it does not read as a plan (${error instanceof Error ? error.message : String(error)})`
  }
  return null
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types over YEvent<any>
type SharedType = Y.AbstractType<Y.YEvent<any>>

/** Prose roots are fragments (list content only); every other plan root is a map (keyed content only). */
function ofExpectedType(name: string, type: SharedType): boolean {
  const prose = name.startsWith('prose:')
  const expected: unknown = prose ? Y.XmlFragment : Y.Map
  const constructor: unknown = type.constructor
  if (constructor !== Y.AbstractType && constructor !== expected) return false
  if (prose) return [...type._map.values()].every((item) => item.deleted)
  for (let item = type._start; item; item = item.right) if (!item.deleted) return false
  return true
}

/**
 * The one repair a stored state gets when it fails on its own (the snapshot already holds the damage):
 * a version the app does not know is removed, so the hub's migrations run again over the plan. They
 * only add what is absent, so a plan of any version comes out at the current one with its content.
 */
export function repairPlanVersion(doc: Y.Doc): void {
  const meta = planMeta(doc)
  const version = meta.get('schemaVersion')
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 0 &&
    version <= PLAN_SCHEMA_VERSION
  )
    return
  if (meta.has('schemaVersion')) meta.delete('schemaVersion')
}
