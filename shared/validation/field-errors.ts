import type { z } from 'zod'
import type { Locale } from '../locale/locale'
import { formatMessage, isMessageKey, type MessageKey } from './messages'

/** One problem with one field, ready to show next to that field in either language. */
export interface FieldError {
  /** Dotted path into the submitted object, e.g. `members.0.name`. Empty for the whole object. */
  path: string
  key: MessageKey
  params: Record<string, string | number>
  message: string
}

type Issue = z.core.$ZodIssue

function numeric(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  return undefined
}

/** Chooses a message for issues raised by zod itself rather than by our own rules. */
function fallbackKey(issue: Issue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'v.required'
      return issue.expected === 'number' || issue.expected === 'int' ? 'v.number' : 'v.invalid'
    case 'too_big':
      if (issue.origin === 'string') return 'v.tooLong'
      if (issue.origin === 'array') return 'v.tooMany'
      return 'v.tooBig'
    case 'too_small':
      if (issue.origin === 'string') return 'v.required'
      return 'v.tooSmall'
    default:
      return 'v.invalid'
  }
}

function paramsOf(issue: Issue): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const bound = numeric(issue.code === 'too_big' ? issue.maximum : issue.minimum)
    if (bound !== undefined) params[issue.code === 'too_big' ? 'maximum' : 'minimum'] = bound
  }
  if (issue.code === 'custom' && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value
    }
  }
  return params
}

export function toFieldErrors(issues: readonly Issue[], locale: Locale): FieldError[] {
  return issues.map((issue) => {
    const key = isMessageKey(issue.message) ? issue.message : fallbackKey(issue)
    const params = paramsOf(issue)
    return {
      path: issue.path.map(String).join('.'),
      key,
      params,
      message: formatMessage(key, locale, params),
    }
  })
}

/** Re-renders field errors in another language (the user switched language after the hub answered). */
export function localizeFieldErrors(errors: readonly FieldError[], locale: Locale): FieldError[] {
  return errors.map((error) => ({ ...error, message: formatMessage(error.key, locale, error.params) }))
}
