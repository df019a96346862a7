import type { CDPSession } from 'playwright-core'

/** Bytes on the wire (compressed, headers included) and requests, per Chromium resource type. */
export interface NetworkTally {
  bytes: number
  requests: number
  byType: Record<string, { bytes: number; requests: number }>
  /** Responses Chromium took from its own cache without asking the hub. */
  fromCache: number
  /** What the hub answered with, per script/style/font response (br, gzip, or identity). */
  encodings: Record<string, number>
  urls: string[]
  /**
   * Bytes transferred per font file, and for the style sheet of the Chinese faces' rules that only a device
   * without a Chinese face fetches (by name without the build's hash): which faces a page pulled.
   */
  fonts: Record<string, number>
  /** Bytes transferred per path (query dropped): which chunks a page fetched, and what each cost. */
  files: Record<string, number>
}

/** noto-sans-sc-119-400-normal.woff2 from /assets/noto-sans-sc-119-400-normal-flOVnW3A.woff2. */
const fontFile = (url: string) => (url.split('/').pop() ?? url).replace(/-[\w-]{8}(\.\w+)$/, '$1')

/**
 * Counts what one page transfers, as DevTools' "transferred" column does: Network.loadingFinished's
 * encodedDataLength. WebSocket frames (the plan's first sync) are counted by payload under "WebSocket".
 */
export async function tallyNetwork(cdp: CDPSession): Promise<{ read(): NetworkTally }> {
  const types = new Map<string, string>()
  const urls = new Map<string, string>()
  const tally: NetworkTally = {
    bytes: 0,
    requests: 0,
    byType: {},
    fromCache: 0,
    encodings: {},
    urls: [],
    fonts: {},
    files: {},
  }
  const add = (type: string, bytes: number, request: boolean) => {
    const row = (tally.byType[type] ??= { bytes: 0, requests: 0 })
    row.bytes += bytes
    tally.bytes += bytes
    if (request) {
      row.requests++
      tally.requests++
    }
  }
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('data:')) return
    types.set(event.requestId, event.type ?? 'Other')
    urls.set(event.requestId, event.request.url)
    tally.urls.push(event.request.url)
  })
  cdp.on('Network.responseReceived', (event) => {
    types.set(event.requestId, event.type)
    if (['Script', 'Stylesheet', 'Font', 'Document'].includes(event.type)) {
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      )
      const encoding = event.response.fromDiskCache
        ? 'cache'
        : ((headers['content-encoding'] as string | undefined) ?? 'identity')
      tally.encodings[encoding] = (tally.encodings[encoding] ?? 0) + 1
    }
  })
  cdp.on('Network.requestServedFromCache', () => tally.fromCache++)
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId)
    if (type === undefined) return
    add(type, event.encodedDataLength, true)
    const url = urls.get(event.requestId) ?? ''
    const path = url.replace(/^\w+:\/\/[^/]+/, '').replace(/[?#].*$/, '')
    tally.files[path] = (tally.files[path] ?? 0) + event.encodedDataLength
    if (type === 'Font' || url.includes('/bundled-chinese-fonts-')) {
      const face = fontFile(url)
      tally.fonts[face] = (tally.fonts[face] ?? 0) + event.encodedDataLength
    }
  })
  cdp.on('Network.webSocketCreated', () => add('WebSocket', 0, true))
  const frame = (event: { response: { payloadData: string; opcode: number } }) =>
    // Binary frames arrive base64-encoded: count the bytes they carry.
    add(
      'WebSocket',
      event.response.opcode === 2
        ? (event.response.payloadData.length * 3) / 4
        : event.response.payloadData.length,
      false,
    )
  cdp.on('Network.webSocketFrameReceived', frame)
  cdp.on('Network.webSocketFrameSent', frame)
  await cdp.send('Network.enable')
  return { read: () => structuredClone(tally) }
}
