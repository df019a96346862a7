/**
 * Random, URL-safe record ids. Uses Web Crypto, which Node 20 and every browser provide as a global —
 * including pages served over plain http on the venue LAN, where `crypto.randomUUID` is unavailable.
 */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T }

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

export function newId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte & 63]
  return id
}
