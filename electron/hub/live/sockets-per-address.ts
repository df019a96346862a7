/**
 * Open live sockets per device address, so that one device (or one page in a loop) cannot hold every
 * socket the hub can keep. `admit` answers false at the address's limit; an admitted socket is counted
 * until `release`.
 */
export class SocketsPerAddress {
  private readonly open = new Map<string, number>()

  constructor(private readonly limitFor: (address: string) => number) {}

  admit(address: string): boolean {
    const count = this.open.get(address) ?? 0
    if (count >= this.limitFor(address)) return false
    this.open.set(address, count + 1)
    return true
  }

  release(address: string): void {
    const count = (this.open.get(address) ?? 1) - 1
    if (count <= 0) this.open.delete(address)
    else this.open.set(address, count)
  }
}
