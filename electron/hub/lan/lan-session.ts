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
  /** Where the address the session is open on is kept across restarts (null: closed). */
  memory: LanMemory
}

export interface LanMemory {
  read(): string | null
  write(address: string | null): void
}

/**
 * Opening the session to the LAN: until the facilitator does, the hub listens on loopback only.
 * Opening starts a second listener on the chosen address (same port, same handlers) and admits that
 * address as a Host; closing stops it, revokes every group token and disconnects the group devices.
 * The open address is remembered: a hub stopped with the session open (Ctrl+C, a laptop restart)
 * opens it again on start, so the devices, whose tokens survive, come back by themselves.
 */
export class LanSession {
  private server: Server | null = null
  private address: string | null = null
  /** The remembered address, when reopening it failed at start: the room is disconnected. */
  private lostAddress: string | null = null

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
      lostAddress: this.lostAddress,
    }
  }

  /**
   * Reopens the session where it was open when the hub last stopped. Never throws: when the laptop no
   * longer has that address (another network, Wi-Fi not up yet), the status says so and the console
   * and the Join tab ask the facilitator to reopen it.
   */
  async restore(): Promise<void> {
    const address = this.options.memory.read()
    if (!address) return
    try {
      await this.open(address)
      console.log(`[hub] The session was open to the LAN when the hub stopped; open again on ${address}.`)
    } catch (error) {
      this.lostAddress = address
      const reason =
        error instanceof ApiError && error.key === 'lan.unknownAddress'
          ? 'this computer no longer has that address'
          : error instanceof ApiError && error.key === 'lan.portInUse'
            ? 'another program uses the port there'
            : String(error)
      console.warn(
        `[hub] The session was open to the LAN on ${address} when the hub stopped, but it cannot be opened there again (${reason}). Group devices cannot reach the hub until the facilitator reopens the session on the Join tab.`,
      )
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
    this.lostAddress = null
    this.options.allowedHosts.add(address)
    this.options.memory.write(address)
    return this.status()
  }

  async close(): Promise<LanStatus> {
    this.options.access.revokeGroupTokens()
    this.options.live.disconnectGroups()
    if (this.address !== null && this.address !== LOOPBACK_INTERFACE.address) {
      this.options.allowedHosts.delete(this.address)
    }
    this.address = null
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
