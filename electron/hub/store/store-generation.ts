import { randomUUID } from 'node:crypto'
import type { Store } from './store'

/** The hub setting naming the database's lineage; a new one is drawn whenever a backup is restored. */
const GENERATION_SETTING = 'store-generation'

/**
 * Devices keep local copies of live documents. After a restore those copies hold edits the restored
 * database no longer has, and syncing them would bring the replaced state back. The generation tells a
 * device that its copies belong to a database that has since been replaced, so it drops them.
 */
export function storeGeneration(store: Store): string | null {
  const current = store.access.setting(GENERATION_SETTING)
  if (current) return current
  try {
    return renewStoreGeneration(store)
  } catch {
    // A full disk at start: no generation yet, and devices compare nothing until there is one.
    return null
  }
}

export function renewStoreGeneration(store: Store): string {
  const generation = randomUUID()
  store.access.setSetting(GENERATION_SETTING, generation)
  return generation
}
