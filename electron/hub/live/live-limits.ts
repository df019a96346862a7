/**
 * How much the live endpoint gives a socket before and after it has proved who it is. A device that has
 * not authenticated is a stranger on the venue Wi-Fi (or a page in a browser): it gets a few seconds,
 * a little memory and a few sockets, never what a county team needs.
 */
export interface LiveLimits {
  /**
   * A socket with no authenticated document by then is closed. The provider sends its token the moment
   * the socket opens and the hub answers in milliseconds; ten seconds leave room for a crowded Wi-Fi.
   */
  authDeadlineMs: number
  /**
   * Bytes a socket may send for documents it has not (yet) been let into. Hocuspocus queues them until
   * the document opens, and for a refused document forever; a device's token, step 1 and awareness come
   * to a few hundred bytes per document, and an edit made while connecting is one frame at most.
   */
  pendingBytes: number
  /** Messages a socket may send for documents it has not been let into (about 3 per document it opens). */
  pendingMessages: number
  /** Open sockets per device address: a phone, a laptop and their reloads need a handful; a room, 32. */
  socketsPerAddress: number
  /** Open sockets from the hub's own machine: every console, projector and print window, and scripts. */
  socketsPerLoopback: number
  /**
   * Largest a live document may grow (its encoded state). A county's finished plan with weeks of edit
   * history is well under 1 MB; beyond this a device is filling it, and its changes are not taken.
   */
  documentBytes: number
}

export const LIVE_LIMITS: LiveLimits = {
  authDeadlineMs: 10_000,
  pendingBytes: 1024 * 1024,
  pendingMessages: 256,
  socketsPerAddress: 32,
  socketsPerLoopback: 256,
  documentBytes: 8 * 1024 * 1024,
}

/** WebSocket close codes (application range) the live endpoint ends a stranger's socket with. */
export const LIVE_CLOSE = {
  authTimeout: { code: 4408, reason: 'live.authTimeout' },
  tooMuchBeforeAuth: { code: 4413, reason: 'live.tooMuchBeforeAuth' },
} as const
