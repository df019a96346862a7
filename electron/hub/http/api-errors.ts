import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { ApiErrorBody } from '../../../shared/api/api-error'
import { pickLocale, type Locale } from '../../../shared/locale/locale'
import { toFieldErrors, type FieldError } from '../../../shared/validation/field-errors'
import { formatMessage, type MessageKey } from '../../../shared/validation/messages'
import { storeFailureOf, type StoreFailure } from '../store/store-failure'

/** A request that failed a schema: answered 400 with one message per field. */
export class ValidationError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('validation failed')
  }
}

/** A refusal with a known reason (404 not found, 409 conflict, …). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: MessageKey,
    readonly field?: string,
    /** What the sentence names ({{cell}}, {{value}}…), e.g. the wrong cell of an imported spreadsheet. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

export const notFound = () => new ApiError(404, 'api.notFound')

export function requestLocale(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language'])
}

export function errorBody(
  key: MessageKey,
  locale: Locale,
  fields: FieldError[] = [],
  params: Record<string, string | number> = {},
): ApiErrorBody {
  return { error: { key, message: formatMessage(key, locale, params), params, fields } }
}

/** Parses untrusted input with a shared schema, or throws a ValidationError the handler turns into a 400. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new ValidationError(result.error.issues)
  return result.data
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown }).statusCode
  return typeof code === 'number' ? code : undefined
}

/**
 * Every error leaves the hub as an ApiErrorBody in the caller's language; internals are logged, not sent.
 * A full disk answers 507 and a damaged database 503, each with what to do (SQLite rolled the
 * request's transaction back, so nothing was half-written); `onStoreFailure` hears of both.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  onStoreFailure: (failure: StoreFailure) => void = () => undefined,
): void {
  app.setErrorHandler((error, request, reply) => {
    const locale = requestLocale(request)
    if (error instanceof ValidationError) {
      const fields = toFieldErrors(error.issues, locale)
      return reply.code(400).send(errorBody('api.badRequest', locale, fields))
    }
    if (error instanceof ApiError) {
      const fields: FieldError[] = error.field
        ? [
            {
              path: error.field,
              key: error.key,
              params: error.params,
              message: formatMessage(error.key, locale, error.params),
            },
          ]
        : []
      return reply.code(error.statusCode).send(errorBody(error.key, locale, fields, error.params))
    }
    const failure = storeFailureOf(error)
    if (failure === 'diskFull' || failure === 'damaged') {
      onStoreFailure(failure)
      const [code, key] =
        failure === 'diskFull' ? [507, 'store.diskFull' as const] : [503, 'store.damaged' as const]
      return reply.code(code).send(errorBody(key, locale))
    }
    const status = statusOf(error)
    if (status === 413) return reply.code(413).send(errorBody('api.bodyTooLarge', locale))
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send(errorBody('api.badRequest', locale))
    }
    request.log.error(error)
    console.error('[hub] unexpected error on', request.method, request.url, error)
    return reply.code(500).send(errorBody('api.internal', locale))
  })
}
