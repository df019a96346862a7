import { STORE_STATES, type StoreState } from './backup-schema'

/** The type of the live stateless message carrying the hub's database state to the devices. */
export const STORE_STATE_MESSAGE_TYPE = 'store-state'

/** The state a stateless payload announces, or null when it is another message. */
export function storeStateOfMessage(payload: string): StoreState | null {
  try {
    const message = JSON.parse(payload) as { type?: unknown; state?: unknown }
    if (message.type !== STORE_STATE_MESSAGE_TYPE) return null
    return (STORE_STATES as readonly unknown[]).includes(message.state) ? (message.state as StoreState) : null
  } catch {
    return null
  }
}
