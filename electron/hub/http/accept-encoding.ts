/** The encodings the hub sends, in the order it prefers them: brotli is smaller, gzip is everywhere. */
export const SENT_ENCODINGS = ['br', 'gzip'] as const
export type SentEncoding = (typeof SENT_ENCODINGS)[number]

/**
 * The best encoding a client accepts (its Accept-Encoding header), or null for identity. A q=0 entry
 * refuses; `*` accepts whatever was not named. Browsers send br only over HTTPS and localhost, so phones
 * on the venue Wi-Fi (plain http to a LAN address) get gzip.
 */
export function pickEncoding(header: string | string[] | undefined): SentEncoding | null {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '')
  const accepted = new Map<string, number>()
  for (const part of text.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (name === '') continue
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const wildcard = accepted.get('*')
  return (
    SENT_ENCODINGS.find((encoding) => {
      const q = accepted.get(encoding) ?? wildcard
      return q !== undefined && q > 0
    }) ?? null
  )
}
