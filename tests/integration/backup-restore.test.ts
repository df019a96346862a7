import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import WebSocket from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import { inThreadWriter } from '../../electron/hub/store/live-update-writer'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { storeStateOfMessage } from '../../shared/backups/store-state-notice'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, liveUrl, type LiveClient } from '../support/live-client'
import { setUpWorkshop } from '../support/live-fixture'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { STORE_REPLACED_CLOSE_CODE } from '../../shared/backups/store-replaced'
import { planDocName } from '../../shared/live/doc-names'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../shared/live/plan-doc'
import { listBackups } from '../../electron/hub/store/backup/backup-folder'
import { useLiveRoom } from '../support/live-room'

/** The close code a socket gets from the hub (e.g. when its database was replaced). */
function closeCodeOf(socket: ReturnType<typeof connectLive>['socket']): Promise<number> {
  return new Promise((resolve) =>
    socket.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)),
  )
}

describe('restoring a backup while the hub runs', () => {
  const room = useLiveRoom()

  it('backs up the current state first, replaces the data, and sends every device to the restored state', async () => {
    const { t, f } = room
    const docName = planDocName(f.workshopId, f.lueyang.id)
    const first = room.open(docName, f.facilitatorToken)
    const second = room.open(docName, f.facilitatorToken)
    await Promise.all([first.synced, second.synced])
    addSwotCard(first.doc, 'strengths', 'before the backup')
    await first.saved()
    const backup = (await t.request<ApiResponse<'createBackup'>>('POST', API_ROUTES.backups)).body

    addSwotCard(second.doc, 'strengths', 'after the backup')
    await second.saved()
    await t.request('POST', apiPath(API_ROUTES.counties, { workshopId: f.workshopId }), { name: '奉节县' })
    const generation = (await t.request<ApiResponse<'health'>>('GET', API_ROUTES.health)).body.generation

    const closed = [closeCodeOf(first.socket), closeCodeOf(second.socket)]
    const restore = await t.request<ApiResponse<'restoreBackup'>>(
      'POST',
      apiPath(API_ROUTES.backupRestore, { backupName: backup.name }),
    )
    expect(restore.status).toBe(200)
    expect(await Promise.all(closed)).toEqual([STORE_REPLACED_CLOSE_CODE, STORE_REPLACED_CLOSE_CODE])
    // A device drops its copies of the replaced database, as the renderer does, before it reconnects.
    room.closeClients()

    expect(restore.body.restored.name).toBe(backup.name)
    expect(restore.body.keptAs).toMatchObject({ reason: 'before-restore' })
    expect(listBackups(t.dataDir).map((entry) => entry.name)).toContain(restore.body.keptAs!.name)

    const counties = await t.request<ApiResponse<'listCounties'>>(
      'GET',
      apiPath(API_ROUTES.counties, { workshopId: f.workshopId }),
    )
    expect(counties.body.map((county) => county.name)).toEqual(['略阳县', '巴东县'])
    const reader = room.open(docName, f.facilitatorToken)
    await reader.synced
    expect(readPlan(reader.doc).swot.map((card) => card.text)).toEqual(['before the backup'])

    const health = (await t.request<ApiResponse<'health'>>('GET', API_ROUTES.health)).body
    expect(health.generation).not.toBe(generation)
    // A device that was away during the restore comes back with copies of the replaced database: refused.
    const stale = new WebSocket(`${liveUrl(t.hub.url)}?generation=${generation}`)
    const code = await new Promise<number>((resolve) => stale.on('close', (closeCode) => resolve(closeCode)))
    expect(code).toBe(STORE_REPLACED_CLOSE_CODE)
  })

  it('answers a sentence for a backup that is not there', async () => {
    const response = await room.t.request<ApiResponse<'restoreBackup'>>(
      'POST',
      apiPath(API_ROUTES.backupRestore, { backupName: 'backup-2018-03-12T08-30-00-000Z-manual.sqlite' }),
      undefined,
      { 'accept-language': 'en' },
    )
    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({ error: { key: 'backup.notFound' } })
  })
})

describe('a database found damaged while serving', () => {
  let t: TestHub | undefined
  const clients: LiveClient[] = []
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    await t?.stop()
  })

  it('stops writing to it, tells devices and REST callers in words, and a restore brings it back', async () => {
    let damaged = false
    t = await startTestHub({
      createLiveWriter: (store) => {
        const healthy = inThreadWriter(store.liveDocs)
        return {
          // What SQLite answers when a commit meets a damaged page.
          write: (entries) =>
            damaged
              ? Promise.reject(
                  Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }),
                )
              : healthy.write(entries),
          close: () => healthy.close(),
        }
      },
    })
    const f = await setUpWorkshop(t)
    const backup = (await t.request<ApiResponse<'createBackup'>>('POST', API_ROUTES.backups)).body
    const device = connectLive(t.hub.url, planDocName(f.workshopId, f.lueyang.id), f.facilitatorToken)
    clients.push(device)
    await device.synced
    const notices: string[] = []
    device.provider.on('stateless', ({ payload }: { payload: string }) => notices.push(payload))

    damaged = true
    addSwotCard(device.doc, 'strengths', 'into a damaged file')
    await eventually(() => notices.some((notice) => storeStateOfMessage(notice) === 'damaged'), 'the notice')
    expect(device.provider.unsyncedChanges).toBeGreaterThan(0)

    const status = await t.request<ApiResponse<'getStoreStatus'>>('GET', API_ROUTES.storeStatus)
    expect(status.body).toMatchObject({ state: 'damaged', pendingEdits: 1 })
    const write = await t.request<ApiErrorBody>(
      'POST',
      apiPath(API_ROUTES.counties, { workshopId: f.workshopId }),
      { name: '奉节县' },
      { 'accept-language': 'en' },
    )
    expect(write.status).toBe(503)
    expect(write.body.error).toMatchObject({
      key: 'store.damaged',
      message: expect.stringMatching(/restore a backup/),
    })

    damaged = false
    const restore = await t.request('POST', apiPath(API_ROUTES.backupRestore, { backupName: backup.name }))
    expect(restore.status).toBe(200)
    expect((await t.request<ApiResponse<'getStoreStatus'>>('GET', API_ROUTES.storeStatus)).body.state).toBe(
      'ok',
    )
    const quarantined = readdirSync(join(t.dataDir, 'quarantine'))
    expect(quarantined).toHaveLength(1)
  })
})
