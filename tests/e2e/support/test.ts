import { test as base, expect } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HubProcess } from '../../support/hub-process'

interface HubFixtures {
  /** Start the hub with `--demo` (the 2018 demo workshop and its counties). */
  demo: boolean
  /** A real hub on a fresh data folder, for this test alone. */
  hub: HubProcess
}

/** Tests run against their own hub; `page.goto('/')` and `request` go to it. */
export const test = base.extend<HubFixtures>({
  demo: [false, { option: true }],
  hub: async ({ demo }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plan-workshop-e2e-'))
    const hub = new HubProcess(dataDir, { demo })
    try {
      await hub.start()
      await use(hub)
    } finally {
      await hub.stop()
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('hub.log', { body: hub.log })
      await rm(dataDir, { recursive: true, force: true })
    }
  },
  baseURL: async ({ hub }, use) => {
    await use(hub.url)
  },
})

export { expect }
