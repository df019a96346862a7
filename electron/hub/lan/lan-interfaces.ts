import type { NetworkInterfaceInfo } from 'node:os'
import type { LanInterface } from '../../../shared/join/join-schema'

export const LOOPBACK_INTERFACE: LanInterface = { name: 'loopback', address: '127.0.0.1' }

/**
 * The addresses group devices could reach this laptop on: IPv4, not internal. Loopback is listed
 * last, for trying the join flow on this machine alone.
 */
export function lanInterfaces(raw: NodeJS.Dict<NetworkInterfaceInfo[]>): LanInterface[] {
  const found: LanInterface[] = []
  for (const [name, infos] of Object.entries(raw)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal) found.push({ name, address: info.address })
    }
  }
  return [...found, LOOPBACK_INTERFACE]
}
