import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TimeSlicedQueue } from '../scheduling/time-sliced-queue'

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * Hands each request to `next` (the Fastify app) in a turn of the event loop of its own (`oneTaskPerTurn`,
 * shared with the live handshakes). Sixty phones arriving together ask for the page and then join
 * within the same few milliseconds; handled as they came, the event loop ran dozens of them back to back
 * (a join writes to the database) while the live edits of the devices already writing waited behind them.
 */
export function requestsInTurns(turns: TimeSlicedQueue, next: RequestHandler): RequestHandler {
  return (request, response) => {
    turns.push(() => {
      // The device may have gone (closed the tab, lost the Wi-Fi) while its request waited.
      if (!response.destroyed) next(request, response)
    })
  }
}
