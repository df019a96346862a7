import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { networkInterfaces } from 'node:os'
import type { Duplex } from 'node:stream'
import type { LanStatus } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { ApiError } from '../http/api-errors'
import type { LiveServer } from '../live/live-server'
import { LOOPBACK_INTERFACE, lanInterfaces } from './lan-interfaces'

export interface LanSessionOptions {
  /** The main listener's port, known once it listens; a newly opened LAN listener uses the same. */
  port: () => number
  allowedHosts: Set<string>
  handleRequest: (request: IncomingMessage, response: ServerResponse) => void
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void
  access: AccessService
  live: LiveServer
  listInterfaces?: () => ReturnType<typeof lanInterfaces>
  /** Where the open session's address and port are kept across restarts. */
  memory: LanMemory
}

/** Where the session was open to the LAN: the address group devices use, and the port of their links. */
export interface LanPlace {
  address: string
  port: number
}

export interface LanMemory {
  read(): LanPlace | null
  /** null: the session is closed. */
  write(place: LanPlace | null): void
}

/**
 * Opening the session to the LAN: until the facilitator does, the hub listens on loopback only.
 * Opening starts a second listener on the chosen address (same port, same handlers) and admits that
 * address as a Host; closing stops it, revokes every group token and disconnects the group devices.
 * Where it is open is remembered: a hub stopped with the session open (Ctrl+C, a laptop restart)
 * opens it again at start on the same address and port, although the desktop app's own listener gets
 * a new port each time, so the devices' links and tokens (which survive) bring them back by themselves.
 */
export class LanSession {
  private server: Server | null = null
  private place: LanPlace | null = null
  /** The remembered address, when reopening it failed at start: the room is disconnected. */
  private lostAddress: string | null = null

  constructor(private readonly options: LanSessionOptions) {}

  private interfaces() {
    return (this.options.listInterfaces ?? (() => lanInterfaces(networkInterfaces())))()
  }

  status(): LanStatus {
    const port = this.place?.port ?? this.options.port()
    return {
      open: this.place !== null,
      address: this.place?.address ?? null,
      port,
      url: this.place === null ? null : `http://${this.place.address}:${port}`,
      interfaces: this.interfaces(),
      lostAddress: this.lostAddress,
    }
  }

  /**
   * Reopens the session where it was open when the hub last stopped. Never throws: when the laptop no
   * longer has that address (another network, Wi-Fi not up yet), the status says so and the console
   * and the Join tab ask the facilitator to reopen it.
   */
  async restore(): Promise<void> {
    const remembered = this.options.memory.read()
    if (!remembered) return
    try {
      await this.listen(remembered)
      console.log(
        `[hub] The session was open to the LAN when the hub stopped; open again at ${this.status().url}.`,
      )
    } catch (error) {
      this.lostAddress = remembered.address
      const reason =
        error instanceof ApiError && error.key === 'lan.unknownAddress'
          ? 'this computer no longer has that address'
          : error instanceof ApiError && error.key === 'lan.portInUse'
            ? `another program uses port ${remembered.port} there`
            : String(error)
      console.warn(
        `[hub] The session was open to the LAN on ${remembered.address} when the hub stopped, but it cannot be opened there again (${reason}). Group devices cannot reach the hub until the facilitator reopens the session on the Join tab.`,
      )
    }
  }

  /** Opens the session on `address`, on the port this hub listens on. */
  async open(address: string): Promise<LanStatus> {
    if (this.place?.address === address) return this.status()
    await this.listen({ address, port: this.options.port() })
    return this.status()
  }

  private async listen(place: LanPlace): Promise<void> {
    const { address } = place
    if (!this.interfaces().some((candidate) => candidate.address === address)) {
      throw new ApiError(422, 'lan.unknownAddress', 'address')
    }
    await this.stopListening()
    // Loopback is already served by the main listener; only a real LAN address needs its own.
    const loopback = address === LOOPBACK_INTERFACE.address
    if (!loopback) {
      const server = createServer(this.options.handleRequest)
      server.on('upgrade', this.options.handleUpgrade)
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(error.code === 'EADDRINUSE' ? new ApiError(409, 'lan.portInUse') : error),
        )
        server.listen(place.port, address, () => resolve())
      })
      this.server = server
    }
    this.place = loopback ? { address, port: this.options.port() } : place
    this.lostAddress = null
    this.options.allowedHosts.add(address)
    this.options.memory.write(this.place)
  }

  async close(): Promise<LanStatus> {
    this.options.access.revokeGroupTokens()
    this.options.live.disconnectGroups()
    if (this.place !== null && this.place.address !== LOOPBACK_INTERFACE.address) {
      this.options.allowedHosts.delete(this.place.address)
    }
    this.place = null
    this.lostAddress = null
    this.options.memory.write(null)
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
