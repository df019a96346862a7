/**
 * WebSocket close code (application range) the hub sends when the database behind the live documents
 * was replaced by a restored backup, or when a device comes back with copies of the replaced one: the
 * device drops its local copies and loads the restored state.
 */
export const STORE_REPLACED_CLOSE_CODE = 4410

/** The live socket's query parameter naming the database generation the device's copies belong to. */
export const GENERATION_PARAM = 'generation'

/** The generation a live-socket URL names, if any. */
export function generationOfUrl(url: string | undefined): string | null {
  const query = (url ?? '').split('?')[1] ?? ''
  for (const pair of query.split('&')) {
    const [name, value] = pair.split('=')
    if (name !== GENERATION_PARAM || !value) continue
    try {
      return decodeURIComponent(value)
    } catch {
      return null
    }
  }
  return null
}
