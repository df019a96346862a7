import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { connectLive, type LiveClient } from '../support/live-client'
import { ok, requestJson } from './servers'
import { PHONE_ON_THE_VENUE_WIFI } from './venue-wifi'

/** One device of the crowd: which group it joins, with which code, from which address. */
export interface CrowdDevice {
  code: string
  docName: string
  localAddress: string
}

export interface CrowdConfig {
  url: string
  /** The join page's asset set, paths on the hub (document first), as a phone fetched them. */
  assets: string[]
  devices: CrowdDevice[]
  /**
   * The control run: the assets come from another server process and nobody joins, so the hub does
   * nothing for the crowd; what the editing devices still see is this machine's own share (two cores for
   * the hub, the editing devices and the crowd's downloads).
   */
  control?: { assetsUrl: string }
}

export interface CrowdResult {
  startEpochMs: number
  endEpochMs: number
  /** Per device: ms from its start until its plan was synced, and until its assets had arrived. */
  syncedMs: number[]
  assetsMs: number[]
  /** Bytes on the wire per device for the asset set (compressed as the hub sent them). */
  assetBytes: number
  encodings: Record<string, number>
}

export type CrowdMessage = { type: 'synced'; result: CrowdResult } | { type: 'error'; message: string }

/** A browser opens up to six connections per host. */
const CONNECTIONS_PER_DEVICE = 6

function fetchAsset(
  url: string,
  agent: Agent,
  localAddress: string,
): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, localAddress, headers: { 'accept-encoding': PHONE_ON_THE_VENUE_WIFI, accept: '*/*' } },
      (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 400) reject(new Error(`${url}: ${res.statusCode}`))
          else resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** What a phone does after scanning the QR code: load the join page, join, open its plan until synced. */
async function oneDevice(
  config: CrowdConfig,
  device: CrowdDevice,
  tally: CrowdResult,
  clients: LiveClient[],
) {
  const start = performance.now()
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS_PER_DEVICE })
  const [document, ...rest] = config.assets
  const assetsUrl = config.control?.assetsUrl ?? config.url
  const fetched = [await fetchAsset(`${assetsUrl}${document}`, agent, device.localAddress)]
  const queue = [...rest]
  await Promise.all(
    Array.from({ length: CONNECTIONS_PER_DEVICE }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift())
        fetched.push(await fetchAsset(`${assetsUrl}${path}`, agent, device.localAddress))
    }),
  )
  agent.destroy()
  tally.assetsMs.push(performance.now() - start)
  tally.assetBytes = fetched.reduce((sum, file) => sum + file.bytes, 0)
  for (const file of fetched) tally.encodings[file.encoding] = (tally.encodings[file.encoding] ?? 0) + 1
  if (config.control) {
    tally.syncedMs.push(performance.now() - start)
    return
  }
  const joined = await ok(
    requestJson<ApiResponse<'join'>>(
      config.url,
      'POST',
      API_ROUTES.join,
      { code: device.code, displayName: '新组员' },
      { localAddress: device.localAddress },
    ),
    'join',
  )
  const client = connectLive(config.url, device.docName, joined.token)
  clients.push(client)
  await Promise.race([
    client.synced,
    client.refused.then((reason) => Promise.reject(new Error(`refused: ${reason}`))),
  ])
  tally.syncedMs.push(performance.now() - start)
}

/**
 * The crowd of the crowd bench, in its own process: every device at once, as in the minute the
 * facilitator says "scan now". Reports once the last device is synced, then keeps the devices connected
 * (they are part of the load the editing devices see) until told to stop.
 */
const clients: LiveClient[] = []
const send = (message: CrowdMessage) =>
  new Promise<void>((resolve) => process.send!(message, undefined, undefined, () => resolve()))

process.on('message', (message: { type: 'run'; config: CrowdConfig } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    clients.forEach((client) => client.destroy())
    process.exit(0)
  }
  if (message.type !== 'run') return
  const { config } = message
  const started = performance.now()
  const tally: CrowdResult = {
    startEpochMs: performance.timeOrigin + started,
    endEpochMs: 0,
    syncedMs: [],
    assetsMs: [],
    assetBytes: 0,
    encodings: {},
  }
  Promise.all(config.devices.map((device) => oneDevice(config, device, tally, clients)))
    .then(() =>
      send({ type: 'synced', result: { ...tally, endEpochMs: performance.timeOrigin + performance.now() } }),
    )
    .catch((error: unknown) =>
      send({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
})
