import { afterEach, beforeEach } from 'vitest'
import { openStore, type Store } from '../../electron/hub/store/store'
import { newId } from '../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../shared/poverty-line/poverty-line-schema'
import { agendaFromTemplate } from '../../shared/program/program-templates'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import type { WorkshopDetails } from '../../shared/workshop/workshop-schema'
import { makeTempDir } from './temp-dir'

/**
 * For every test of the enclosing `describe`: the hub's store on a fresh SQLite file in a temporary
 * folder, closed and the folder removed after the test. Call it at the top of the describe.
 */
export function useTempStore() {
  let dir: ReturnType<typeof makeTempDir> | undefined
  let store: Store | undefined
  beforeEach(() => {
    dir = makeTempDir()
    store = openStore(dir.path)
  })
  afterEach(() => {
    store?.close()
    dir?.remove()
  })

  return {
    get store(): Store {
      return store!
    },
    /** Closes the store and opens the same file again, as the hub does after a restart. */
    reopen(): Store {
      store!.close()
      store = openStore(dir!.path)
      return store
    },
    /** A workshop with the compact two-day agenda, the default poverty lines and the default catalogue. */
    createWorkshop: (details: WorkshopDetails) =>
      store!.workshops.create(
        newId(),
        details,
        agendaFromTemplate('compact-2-day', 'zh-CN'),
        DEFAULT_POVERTY_LINES,
        DEFAULT_RESOURCES,
      ),
  }
}
