import type { Locale } from '../../../shared/locale/locale'
import { localizeFieldErrors, type FieldError } from '../../../shared/validation/field-errors'
import { formatMessage, type MessageKey } from '../../../shared/validation/messages'

/**
 * A request the hub refused, or could not be sent at all (status 0, key `api.unreachable`).
 * `message` is a sentence for the user, in the language of the request.
 */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    message: string,
    readonly fields: FieldError[] = [],
    /** What the sentence names (a cell, a value): kept to word it again in another language. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message)
    this.name = 'HubError'
  }

  static unreachable(locale: Locale): HubError {
    return new HubError(0, 'api.unreachable', formatMessage('api.unreachable', locale))
  }
}

/** What to tell the user about a failed request, in the language shown now. */
export function errorSentence(error: unknown, locale: Locale): string {
  if (error instanceof HubError) return formatMessage(error.key, locale, error.params)
  return formatMessage('api.internal', locale)
}

/** The field problems the hub reported, re-worded in the language shown now. */
export function hubFieldErrors(error: unknown, locale: Locale): FieldError[] {
  return error instanceof HubError ? localizeFieldErrors(error.fields, locale) : []
}
