/**
 * DNS-rebinding guard: the hub answers only requests addressed to a host name it knows it has
 * (loopback names, and the LAN address while the session is open to the LAN).
 */
export { LOOPBACK_HOSTNAMES } from '../../../shared/live/loopback-hosts'

/** The host name of a Host header, without the port; lower-cased; null when malformed. */
export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null
  const value = hostHeader.trim().toLowerCase()
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value)
  return match?.[1] ?? null
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  const hostname = hostnameOf(hostHeader)
  return hostname !== null && allowed.has(hostname)
}
