import type { IncomingMessage, ServerResponse } from 'node:http'
import { pickEncoding, type SentEncoding } from './accept-encoding'
import { assetNameOf, type AssetMemory, type HeldAsset } from './asset-memory'
import { isAllowedHost } from './host-allow-list'
import { TimeSlicedQueue } from '../scheduling/time-sliced-queue'

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * Writing held assets takes at most this long per turn of the event loop; a live edit arriving meanwhile
 * waits for one slice, not for a whole room's downloads.
 */
const SLICE_MS = 1

/**
 * Answers a request for an asset the hub already holds in memory before Fastify sees it. When sixty phones
 * load the app at once, that is some 8,000 requests in a few seconds on the thread that also relays the
 * live edits of the devices already writing. Through Fastify each one ran the hooks, helmet's whole header
 * set (rebuilt per request) and the reply pipeline, several times the work of writing the held bytes; and
 * written as they came, a burst of them held up the edits queued behind it. Here the replies are written
 * in short slices (../scheduling/time-sliced-queue.ts), edits relayed in between. Everything else — the first request for
 * a file, a missing file, a bad name, a host the hub does not answer to (421 from Fastify's onRequest
 * hook) — goes to `next`, the Fastify app, unchanged.
 */
export function withAssetFastPath(
  memory: AssetMemory,
  allowedHosts: ReadonlySet<string>,
  next: RequestHandler,
): RequestHandler {
  const replies = new TimeSlicedQueue(SLICE_MS)
  const encodingOf = memoizedEncoding()
  return (request, response) => {
    const { method, url = '' } = request
    if ((method === 'GET' || method === 'HEAD') && isAllowedHost(request.headers.host, allowedHosts)) {
      const name = assetNameOf(url)
      const asset =
        name === null ? undefined : memory.held(name, encodingOf(request.headers['accept-encoding']))
      if (asset) {
        replies.push(() => send(response, asset, method === 'HEAD'))
        return
      }
    }
    next(request, response)
  }
}

function send(response: ServerResponse, asset: HeldAsset, headOnly: boolean): void {
  // The device may have gone (closed the tab, lost the Wi-Fi) while the reply waited its turn.
  if (response.destroyed) return
  response.writeHead(200, asset.headers)
  response.end(headOnly ? undefined : asset.body)
}

/** Devices send one of a handful of Accept-Encoding headers; each is read once. */
function memoizedEncoding(): (header: string | string[] | undefined) => SentEncoding | null {
  const known = new Map<string, SentEncoding | null>()
  return (header) => {
    if (typeof header !== 'string') return pickEncoding(header)
    let encoding = known.get(header)
    if (encoding === undefined) {
      encoding = pickEncoding(header)
      // A client inventing headers cannot grow this without bound.
      if (known.size < 64) known.set(header, encoding)
    }
    return encoding
  }
}
