/** The host names by which the facilitator's own laptop reaches its hub (the hub answers to these always). */
export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'] as const

/**
 * Whether a page was loaded from the hub's own laptop: no Wi-Fi lies between it and the hub, so the
 * browser's offline/online events (which follow the laptop's network) say nothing about its connection.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase()
  return name === 'localhost' || name === '[::1]' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name)
}
