import { z } from 'zod'
import type { AccessScope } from '../join/join-schema'
import { idSchema } from '../validation/common-fields'
import type { MessageKey } from '../validation/messages'
import type { ApiRoute, RouteParams } from './api-routes'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * Who may call a route. 'anyone' needs no credential. Otherwise the kinds of caller allowed: the facilitator
 * always; a group or projector token only reads (GET), and only its own workshop (a group also only its own
 * county, where the route names one).
 */
export type RouteAccess =
  'anyone' | readonly ['facilitator', ...Exclude<AccessScope['kind'], 'facilitator'>[]]
/**
 * What a route that changes something may say: the type keeps projector tokens off every one, and group
 * tokens off all but those a member writes their own data through (their ballot), which name their
 * county in the path.
 */
type WriteAccess = 'anyone' | readonly ['facilitator'] | readonly ['facilitator', 'group']

declare const replyType: unique symbol

/** A JSON answer; `T` is its body, known to the types only. */
export interface JsonReply<T> {
  readonly kind: 'json'
  readonly status: 200 | 201
  readonly [replyType]?: T
}
/** 204, no body. */
export interface EmptyReply {
  readonly kind: 'empty'
  readonly status: 204
}
/** A file to save (a Blob in the browser), with its name in Content-Disposition. */
export interface DownloadReply {
  readonly kind: 'download'
  readonly status: 200
  readonly mediaType: DownloadMediaType
}
/** What the hub hands out as files: PDFs, workshop files, and a plan's tables and data. */
export type DownloadMediaType =
  | 'application/pdf'
  | 'application/gzip'
  | typeof XLSX_MEDIA_TYPE
  | 'text/csv; charset=utf-8'
  | 'application/json; charset=utf-8'
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export type ApiReply = JsonReply<unknown> | EmptyReply | DownloadReply

export const json = <T>(): JsonReply<T> => ({ kind: 'json', status: 200 })
export const created = <T>(): JsonReply<T> => ({ kind: 'json', status: 201 })
export const noContent: EmptyReply = { kind: 'empty', status: 204 }
export const pdfDownload: DownloadReply = { kind: 'download', status: 200, mediaType: 'application/pdf' }
/** A workshop file (.planworkshop): gzip of JSON lines. */
export const gzipDownload: DownloadReply = { kind: 'download', status: 200, mediaType: 'application/gzip' }
export const xlsxDownload: DownloadReply = { kind: 'download', status: 200, mediaType: XLSX_MEDIA_TYPE }
/** UTF-8 said twice: in the header for browsers, and as a byte-order mark in the file for Excel. */
export const csvDownload: DownloadReply = {
  kind: 'download',
  status: 200,
  mediaType: 'text/csv; charset=utf-8',
}
/** A JSON file to save, not an answer to read: sent as an attachment. */
export const jsonDownload: DownloadReply = {
  kind: 'download',
  status: 200,
  mediaType: 'application/json; charset=utf-8',
}

/**
 * A route whose body is a file, sent as it is (application/octet-stream or its own media type) rather
 * than as JSON: the hub reads it as bytes up to `maxBytes` for this route only (everywhere else it keeps
 * its small JSON limit) and answers a larger one 413 with `tooLarge`.
 */
export interface FileUpload {
  readonly mediaTypes: readonly string[]
  readonly maxBytes: number
  readonly tooLarge: MessageKey
}

/** The body of a file upload, as the hub hands it to the handler. */
export const fileBodySchema = z.instanceof(Uint8Array, { message: 'v.invalid' })

/** Every `:name` of a path is an id, so the params schema follows from the path itself. */
export type ParamsSchema<P extends string> = z.ZodObject<{ [K in keyof RouteParams<P>]: typeof idSchema }>

export function paramsSchemaOf<P extends string>(path: P): ParamsSchema<P> {
  const names = [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!)
  return z.object(Object.fromEntries(names.map((name) => [name, idSchema]))) as unknown as ParamsSchema<P>
}

interface RouteParts<M extends HttpMethod, P extends string> {
  access: M extends 'GET' ? RouteAccess : WriteAccess
  /** The path's own params schema, where a `:name` is not an id (a backup's file name). */
  params?: z.ZodType<RouteParams<P>, RouteParams<P>>
  query?: z.ZodType
  body?: z.ZodType
  /** The body is a file, not JSON (with `body: fileBodySchema`). */
  upload?: FileUpload
  reply: ApiReply
}

export interface RouteSpec {
  method: HttpMethod
  path: ApiRoute
  access: RouteAccess
  params: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  upload?: FileUpload
  reply: ApiReply
}

/** The params schema a route ends up with: its own, or every `:name` an id. */
type ParamsOf<P extends string, S> = S extends { params: infer Own extends z.ZodType } ? Own : ParamsSchema<P>

/**
 * One entry of the API contract: method and path, who may call it, its input schemas and its answer.
 * Params are ids unless `parts.params` says otherwise.
 */
export function route<const M extends HttpMethod, const P extends ApiRoute, const S extends RouteParts<M, P>>(
  method: M,
  path: P,
  parts: S,
): { method: M; path: P; params: ParamsOf<P, S> } & Omit<S, 'params'> {
  return { ...parts, method, path, params: (parts.params ?? paramsSchemaOf(path)) as ParamsOf<P, S> }
}
