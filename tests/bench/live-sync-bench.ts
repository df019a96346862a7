import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { connectLive, liveUrl, type LiveClient } from '../support/live-client'
import { applyEdit, nextEditKind, MARKER_MAP, type EditKind } from './edits'
import { mulberry32 } from '../support/prng'
import type { LoadTarget } from './servers'
import { summarize, type LatencySummary } from './stats'

export interface LoadConfig {
  target: LoadTarget
  seed: number
  warmupMs: number
  measureMs: number
  /** After the last edit, how long to wait for stragglers before counting them as lost. */
  drainMs: number
  minIntervalMs: number
  maxIntervalMs: number
  /** Return every measured edit's send time and propagation (the crowd bench splits them by window). */
  keepSamples?: boolean
}

export type Phase = 'connected' | 'measure-start' | 'measure-end'

export interface LoadResult {
  server: LoadTarget['kind']
  clients: { groupDevices: number; facilitatorDocs: number; docs: number }
  connectMs: number
  /** Edits sent during the measured window, by kind, and per second over all clients. */
  edits: { measured: number; byKind: Record<EditKind, number>; perSecond: number; warmup: number }
  /** Edit → visible on the LAST of the other clients of that document (2 group devices + the facilitator). */
  propagationAll: LatencySummary
  /** Edit → visible, one sample per receiving client. */
  propagationPerReceiver: LatencySummary
  propagationPeers: LatencySummary
  propagationFacilitator: LatencySummary
  /** Edit → acknowledged to its author (for our hub: committed in SQLite). */
  ack: LatencySummary
  /** Measured edits not seen by every receiver, or not acknowledged, by the end of the drain. */
  lost: { notSeenByAll: number; notAcknowledged: number }
  /** The measured window in epoch milliseconds (the machine's clock, shared with the server process). */
  window: { startEpochMs: number; endEpochMs: number }
  /** Per second of the measured window: edits sent then, and how their propagation and ack fared. */
  timeline: { second: number; edits: number; propagationP95: number; ackP95: number; ackMax: number }[]
  /** With keepSamples: per measured edit, when it was sent and how long until all its receivers had it (null: not all did). */
  samples?: { sentEpochMs: number; allMs: number | null }[]
  /** The load process itself, over the measured window: how busy the clients' side of the machine was. */
  clientProcess: {
    cpuPercent: number
    eventLoopUtilization: number
    eventLoopDelayMs: { p50: number; p99: number; max: number }
    rssMb: number
  }
}

interface EditRecord {
  kind: EditKind
  sentAt: number
  measured: boolean
  expected: number
  seenAt: number[]
  seenBy: ('peer' | 'facilitator')[]
  ackedAt: number | null
}

const epoch = (now: number) => Math.round((performance.timeOrigin + now) * 1000) / 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The facilitator's console: one socket, every county plan plus the session document, read-only here. */
function connectFacilitator(target: LoadTarget) {
  const socket = new HocuspocusProviderWebsocket({
    url: liveUrl(target.url),
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  })
  const names = [...target.docs.map((doc) => doc.name), target.sessionDoc]
  const providers = names.map((name) => {
    const doc = new Y.Doc()
    let markSynced: () => void = () => undefined
    let refuse: (error: Error) => void = () => undefined
    const synced = new Promise<void>((resolve, reject) => {
      markSynced = resolve
      refuse = reject
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token: target.facilitatorToken,
      document: doc,
      onSynced: () => markSynced(),
      onAuthenticationFailed: ({ reason }) => refuse(new Error(`facilitator refused on ${name}: ${reason}`)),
    })
    provider.attach()
    return { name, doc, provider, synced }
  })
  return {
    providers,
    destroy() {
      providers.forEach(({ provider }) => provider.destroy())
      socket.destroy()
    },
  }
}

/**
 * Runs the edit load against one server: every group device edits its county's plan on a seeded
 * schedule; every edit carries a unique marker whose arrival is timed on each other client of the
 * document and whose acknowledgement is timed on the author's provider.
 */
export async function runLoad(config: LoadConfig, onPhase: (phase: Phase) => void): Promise<LoadResult> {
  const { target } = config
  const connectStarted = performance.now()
  const devices: { client: LiveClient; docIndex: number }[] = []
  const refusals: Promise<never>[] = []
  target.docs.forEach((doc, docIndex) => {
    doc.tokens.forEach((token, member) => {
      const client = connectLive(target.url, doc.name, token)
      const refusal = client.refused.then((reason) =>
        Promise.reject(new Error(`refused on ${doc.name}: ${reason}`)),
      )
      refusal.catch(() => undefined)
      refusals.push(refusal)
      client.provider.setAwarenessField('user', { name: `组员${member + 1}`, color: '#1677ff' })
      devices.push({ client, docIndex })
    })
  })
  const facilitator = connectFacilitator(target)
  const destroyAll = () => {
    devices.forEach(({ client }) => client.destroy())
    facilitator.destroy()
  }

  try {
    await within(
      Promise.race([
        Promise.all([
          ...devices.map(({ client }) => client.synced),
          ...facilitator.providers.map((p) => p.synced),
        ]),
        ...refusals,
      ]),
      30_000,
      'every client synced',
    )
    await within(Promise.all(devices.map(({ client }) => client.saved())), 10_000, 'every client saved')
    const connectMs = performance.now() - connectStarted
    onPhase('connected')

    // Receivers: every other group device of the same plan, and the facilitator's copy of it.
    const records = new Map<string, EditRecord>()
    const observe = (doc: Y.Doc, role: 'peer' | 'facilitator') => {
      doc.getMap(MARKER_MAP).observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          const record = records.get(key)
          if (!record) continue
          record.seenAt.push(now)
          record.seenBy.push(role)
        }
      })
    }
    devices.forEach(({ client }) => observe(client.doc, 'peer'))
    facilitator.providers.slice(0, target.docs.length).forEach(({ doc }) => observe(doc, 'facilitator'))
    // The author's peers (devices − 1) plus the facilitator.
    const receiversPerDoc = target.docs.map((doc) => doc.tokens.length)

    let phase: 'warmup' | 'measure' | 'stopped' = 'warmup'
    const warmupCount = { value: 0 }
    const timers: NodeJS.Timeout[] = []

    devices.forEach(({ client, docIndex }, clientIndex) => {
      // Two streams per device: the schedule (when, what kind) is identical for both servers; the
      // content stream may be consumed differently as it depends on what the document holds.
      const schedule = mulberry32(config.seed * 1009 + clientIndex)
      const content = mulberry32(config.seed * 7919 + clientIndex)
      const pending: EditRecord[] = []
      let unsynced = client.provider.unsyncedChanges
      client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        const now = performance.now()
        for (let acked = unsynced - number; acked > 0; acked--) {
          const record = pending.shift()
          if (record) record.ackedAt = now
        }
        unsynced = number
      })
      let sequence = 0
      const interval = () => config.minIntervalMs + schedule() * (config.maxIntervalMs - config.minIntervalMs)
      const tick = () => {
        if (phase === 'stopped') return
        const kind = nextEditKind(schedule)
        sequence++
        const marker = `${clientIndex}:${sequence}`
        const record: EditRecord = {
          kind,
          sentAt: performance.now(),
          measured: phase === 'measure',
          expected: receiversPerDoc[docIndex]!,
          seenAt: [],
          seenBy: [],
          ackedAt: null,
        }
        if (!record.measured) warmupCount.value++
        records.set(marker, record)
        pending.push(record)
        applyEdit(client.doc, kind, content, marker)
        timers[clientIndex] = setTimeout(tick, interval())
      }
      // Spread the first edits over one interval so the devices do not start in lockstep.
      timers[clientIndex] = setTimeout(tick, schedule() * config.maxIntervalMs)
    })

    await sleep(config.warmupMs)
    const loopDelay = monitorEventLoopDelay({ resolution: 5 })
    loopDelay.enable()
    const elu0 = performance.eventLoopUtilization()
    const cpu0 = process.cpuUsage()
    const measureStarted = performance.now()
    phase = 'measure'
    onPhase('measure-start')
    await sleep(config.measureMs)
    phase = 'stopped'
    onPhase('measure-end')
    const measuredMs = performance.now() - measureStarted
    const elu = performance.eventLoopUtilization(elu0)
    const cpu = process.cpuUsage(cpu0)
    loopDelay.disable()
    const rssMb = process.memoryUsage().rss / 2 ** 20
    timers.forEach((timer) => clearTimeout(timer))

    const measured = [...records.values()].filter((record) => record.measured)
    const complete = (record: EditRecord) =>
      record.seenAt.length >= record.expected && record.ackedAt !== null
    const drainUntil = performance.now() + config.drainMs
    while (performance.now() < drainUntil && !measured.every(complete)) await sleep(20)

    const byKind: Record<EditKind, number> = { prose: 0, dataCard: 0, swot: 0 }
    const seconds = Math.ceil(measuredMs / 1000)
    const buckets = Array.from({ length: seconds }, () => ({
      all: [] as number[],
      ack: [] as number[],
      edits: 0,
    }))
    const all: number[] = []
    const perReceiver: number[] = []
    const peers: number[] = []
    const facilitatorSamples: number[] = []
    const acks: number[] = []
    let notSeenByAll = 0
    let notAcknowledged = 0
    for (const record of measured) {
      byKind[record.kind]++
      const bucket = buckets[Math.min(seconds - 1, Math.floor((record.sentAt - measureStarted) / 1000))]!
      bucket.edits++
      if (record.seenAt.length >= record.expected) bucket.all.push(Math.max(...record.seenAt) - record.sentAt)
      if (record.ackedAt !== null) bucket.ack.push(record.ackedAt - record.sentAt)
      record.seenAt.forEach((at, index) => {
        const latency = at - record.sentAt
        perReceiver.push(latency)
        if (record.seenBy[index] === 'facilitator') facilitatorSamples.push(latency)
        else peers.push(latency)
      })
      if (record.seenAt.length >= record.expected) all.push(Math.max(...record.seenAt) - record.sentAt)
      else notSeenByAll++
      if (record.ackedAt !== null) acks.push(record.ackedAt - record.sentAt)
      else notAcknowledged++
    }
    const ms = (ns: number) => Math.round(ns / 1e4) / 100

    return {
      server: target.kind,
      clients: {
        groupDevices: devices.length,
        facilitatorDocs: facilitator.providers.length,
        docs: target.docs.length,
      },
      connectMs: Math.round(connectMs),
      edits: {
        measured: measured.length,
        byKind,
        perSecond: Math.round((measured.length / measuredMs) * 1000),
        warmup: warmupCount.value,
      },
      propagationAll: summarize(all),
      propagationPerReceiver: summarize(perReceiver),
      propagationPeers: summarize(peers),
      propagationFacilitator: summarize(facilitatorSamples),
      ack: summarize(acks),
      lost: { notSeenByAll, notAcknowledged },
      window: { startEpochMs: epoch(measureStarted), endEpochMs: epoch(measureStarted + measuredMs) },
      samples: config.keepSamples
        ? measured.map((record) => ({
            sentEpochMs: epoch(record.sentAt),
            allMs:
              record.seenAt.length >= record.expected ? Math.max(...record.seenAt) - record.sentAt : null,
          }))
        : undefined,
      timeline: buckets.map((bucket, second) => ({
        second,
        edits: bucket.edits,
        propagationP95: summarize(bucket.all).p95,
        ackP95: summarize(bucket.ack).p95,
        ackMax: summarize(bucket.ack).max,
      })),
      clientProcess: {
        cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / measuredMs) * 1000) / 10,
        eventLoopUtilization: Math.round(elu.utilization * 1000) / 1000,
        eventLoopDelayMs: {
          p50: ms(loopDelay.percentile(50)),
          p99: ms(loopDelay.percentile(99)),
          max: ms(loopDelay.max),
        },
        rssMb: Math.round(rssMb),
      },
    }
  } finally {
    destroyAll()
  }
}
