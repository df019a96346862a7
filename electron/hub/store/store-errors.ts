import type { MessageKey } from '../../../shared/validation/messages'

/** A data folder the app must not open; `key` and `params` render the reason in the user's language. */
export class StoreRefusedError extends Error {
  constructor(
    readonly key: Extract<MessageKey, 'store.tooNew' | 'store.foreign'>,
    readonly params: Record<string, number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`)
    this.name = 'StoreRefusedError'
  }
}
