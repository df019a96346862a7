import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { networkInterfaces } from 'node:os'
import type { Duplex } from 'node:stream'
import type { LanStatus } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { ApiError } from '../http/api-errors'
import type { LiveServer } from '../live/live-server'
import { LOOPBACK_INTERFACE, lanInterfaces } from './lan-interfaces'

export interface LanSessionOptions {
  /** The main listener's port, known once it listens; the LAN listener uses the same. */
  port: () => number
  allowedHosts: Set<string>
  handleRequest: (request: IncomingMessage, response: ServerResponse) => void
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void
  access: AccessService
  live: LiveServer
  listInterfaces?: () => ReturnType<typeof lanInterfaces>
}

/**
 * Opening the session to the LAN: until the facilitator does, the hub listens on loopback only.
 * Opening starts a second listener on the chosen address (same port, same handlers) and admits that
 * address as a Host; closing stops it, revokes every group token and disconnects the group devices.
 */
export class LanSession {
  private server: Server | null = null
  private address: string | null = null

  constructor(private readonly options: LanSessionOptions) {}

  private interfaces() {
    return (this.options.listInterfaces ?? (() => lanInterfaces(networkInterfaces())))()
  }

  status(): LanStatus {
    const url = this.address === null ? null : `http://${this.address}:${this.options.port()}`
    return {
      open: this.address !== null,
      address: this.address,
      port: this.options.port(),
      url,
      interfaces: this.interfaces(),
    }
  }

  async open(address: string): Promise<LanStatus> {
    if (!this.interfaces().some((candidate) => candidate.address === address)) {
      throw new ApiError(422, 'lan.unknownAddress', 'address')
    }
    if (this.address === address) return this.status()
    await this.stopListening()
    // Loopback is already served by the main listener; only a real LAN address needs its own.
    if (address !== LOOPBACK_INTERFACE.address) {
      const server = createServer(this.options.handleRequest)
      server.on('upgrade', this.options.handleUpgrade)
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(error.code === 'EADDRINUSE' ? new ApiError(409, 'lan.portInUse') : error),
        )
        server.listen(this.options.port(), address, () => resolve())
      })
      this.server = server
    }
    this.address = address
    this.options.allowedHosts.add(address)
    return this.status()
  }

  async close(): Promise<LanStatus> {
    this.options.access.revokeGroupTokens()
    this.options.live.disconnectGroups()
    if (this.address !== null && this.address !== LOOPBACK_INTERFACE.address) {
      this.options.allowedHosts.delete(this.address)
    }
    this.address = null
    await this.stopListening()
    return this.status()
  }

  /** Stops the LAN listener without revoking anything (hub shutdown: devices reconnect after restart). */
  async stopListening(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
