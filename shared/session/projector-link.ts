import { z } from 'zod'

/** What the console sends to get the projector credential; `renew` makes a new one and retires the old. */
export const projectorLinkRequestSchema = z.object({ renew: z.boolean().optional() }).strict()
export type ProjectorLinkRequest = z.input<typeof projectorLinkRequestSchema>

const ID = /^[A-Za-z0-9_-]{8,64}$/
const TOKEN = /^[A-Za-z0-9_-]{20,128}$/

/**
 * The projector's address on the hub. The token travels in the fragment, which browsers never send to
 * a server, so it stays out of request lines and logs; the page reads it and then drops it from the bar.
 */
export function projectorPath(workshopId: string, token: string): string {
  return `/projector/${encodeURIComponent(workshopId)}#${token}`
}

/** Splits a projector path back into its parts; null for anything else (the desktop shell opens only these). */
export function parseProjectorPath(path: unknown): { workshopId: string; token: string } | null {
  if (typeof path !== 'string') return null
  const match = /^\/projector\/([^/#?]+)#([^#]+)$/.exec(path)
  const workshopId = match?.[1]
  const token = match?.[2]
  if (!workshopId || !token || !ID.test(workshopId) || !TOKEN.test(token)) return null
  return { workshopId, token }
}
