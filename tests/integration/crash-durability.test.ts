import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../shared/live/plan-doc'
import { startHubProcess, type HubProcess } from '../support/hub-process'
import { connectLive } from '../support/live-client'
import { makeTempDir } from '../support/temp-dir'

const ROUNDS = 20

async function rest<T>(
  hub: HubProcess,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`${hub.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as T
}

/** Deterministic pseudo-random delays, so a failure can be replayed. */
function delays(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('durability when the hub is killed', () => {
  const dir = makeTempDir()
  let hub: HubProcess
  let docName = ''
  let token = ''

  beforeAll(async () => {
    hub = await startHubProcess(dir.path)
    token = (await rest<ApiResponse<'facilitatorToken'>>(hub, 'GET', API_ROUTES.facilitatorToken)).token
    const workshop = await rest<ApiResponse<'getWorkshop'>>(
      hub,
      'POST',
      API_ROUTES.workshops,
      { title: 'crash test', startDate: '2018-03-01', endDate: '2018-03-02', language: 'zh-CN' },
      token,
    )
    const county = await rest<ApiResponse<'getCounty'>>(
      hub,
      'POST',
      apiPath(API_ROUTES.counties, { workshopId: workshop.id }),
      { name: '略阳县' },
      token,
    )
    docName = planDocName(workshop.id, county.id)
  })
  afterAll(async () => {
    await hub.kill()
    dir.remove()
  })

  it(
    `keeps every acknowledged edit across ${ROUNDS} SIGKILLs at random moments`,
    { timeout: 240_000 },
    async () => {
      const random = delays(20181)
      const acknowledged: string[] = []

      for (let round = 0; round < ROUNDS; round++) {
        const client = connectLive(hub.url, docName, token)
        await client.synced
        await client.saved()

        // Each local edit raises the unsynced count by one and each acknowledgement lowers it by one,
        // in order, so the oldest pending edit is the one acknowledged.
        const pending: string[] = []
        let last = client.provider.unsyncedChanges
        client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
          for (let acked = last - number; acked > 0; acked--) {
            const text = pending.shift()
            if (text) acknowledged.push(text)
          }
          last = number
        })

        let editing = true
        const typing = (async () => {
          for (let i = 0; editing; i++) {
            const text = `round ${round} edit ${i}`
            pending.push(text)
            last += 1
            addSwotCard(client.doc, 'strengths', text)
            await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 5)))
          }
        })()

        await new Promise((resolve) => setTimeout(resolve, 30 + Math.floor(random() * 300)))
        await hub.kill('SIGKILL')
        editing = false
        await typing
        client.destroy()
        hub = await startHubProcess(dir.path)
      }

      const reader = connectLive(hub.url, docName, token)
      await reader.synced
      const stored = new Set(readPlan(reader.doc).swot.map((card) => card.text))
      reader.destroy()
      expect(acknowledged.length).toBeGreaterThan(ROUNDS)
      expect(acknowledged.filter((text) => !stored.has(text))).toEqual([])
    },
  )
})
