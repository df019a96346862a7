import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { API_CONTRACT, type ApiRouteName } from '../../../shared/api/api-contract'
import type { ApiReply, RouteSpec } from '../../../shared/api/route-spec'
import type { AccessService } from '../access/access-service'
import { ApiError, parseWith } from './api-errors'
import { authorize, type ExtraGrant } from './request-auth'
import type { FileDownload, RouteHandlers, RouteImplementation } from './route-handlers'

/** A handler as the loop sees it: the contract's types were checked where the handler was written. */
type UntypedHandler = (input: unknown, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/** A download with its name in UTF-8 (RFC 6266/5987) and an ASCII stand-in for old clients. */
function sendDownload(reply: FastifyReply, mediaType: string, file: FileDownload) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return reply
    .type(mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes))
}

function answer(reply: FastifyReply, spec: ApiReply, result: unknown) {
  switch (spec.kind) {
    case 'json':
      return reply.code(spec.status).send(result)
    case 'empty':
      return reply.code(204).send()
    case 'download':
      return sendDownload(reply, spec.mediaType, result as FileDownload)
  }
}

/**
 * Lets a file upload's body in as bytes: the media types the contract's uploads name are read as a
 * Buffer, within the hub's usual body limit unless the route raises it (only an upload does).
 */
function acceptFileBodies(app: FastifyInstance, specs: readonly RouteSpec[]) {
  const mediaTypes = new Set(specs.flatMap((spec) => spec.upload?.mediaTypes ?? []))
  const missing = [...mediaTypes].filter((mediaType) => !app.hasContentTypeParser(mediaType))
  if (missing.length === 0) return
  app.addContentTypeParser(missing, { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
}

/** An upload's own body limit, and its own sentence when a file is larger (Fastify refuses it unread). */
function uploadOptions(spec: RouteSpec) {
  const upload = spec.upload
  if (!upload) return {}
  return {
    bodyLimit: upload.maxBytes,
    errorHandler: (error: Error & { statusCode?: number }) => {
      // Thrown on to the hub's error handler, which answers in the caller's language.
      if (error.statusCode === 413) throw new ApiError(413, upload.tooLarge)
      throw error
    },
  }
}

/** Refuses a request its caller may not make (throws); the full hub's is `authorize` with its tokens. */
export type Authorizer = (request: FastifyRequest, route: RouteSpec) => void

/**
 * Registers every route of the API contract with its handler. Before the body is even parsed the caller
 * must be allowed (same origin, `access`, a credential for a change); then params, query and body must
 * parse with the contract's schemas. A refusal is thrown and answered by the shared error handler, in the
 * caller's language.
 */
export function registerApiContract(
  app: FastifyInstance,
  access: AccessService,
  handlers: RouteHandlers<ApiRouteName>,
  extraGrant?: ExtraGrant,
): void {
  registerApiRoutes(app, handlers, (request, route) => authorize(request, access, route, extraGrant))
}

/**
 * Registers the routes of the contract that `handlers` names, and only those (the recovery hub serves
 * health and the backups), validated like every route and authorized by `authorizeRequest`.
 */
export function registerApiRoutes<N extends ApiRouteName>(
  app: FastifyInstance,
  handlers: RouteHandlers<N>,
  authorizeRequest: Authorizer,
): void {
  const names = (Object.keys(API_CONTRACT) as ApiRouteName[]).filter((name): name is N => name in handlers)
  acceptFileBodies(
    app,
    names.map((name) => API_CONTRACT[name] as RouteSpec),
  )
  for (const name of names) {
    const spec: RouteSpec = API_CONTRACT[name]
    const implementation = handlers[name] as RouteImplementation<ApiRouteName>
    const { options, handle } =
      typeof implementation === 'function' ? { options: {}, handle: implementation } : implementation
    const run = handle as unknown as UntypedHandler
    app.route({
      method: spec.method,
      url: spec.path,
      ...uploadOptions(spec),
      ...options,
      // onRequest runs before the body is read: a refused request costs no parsing and changes nothing.
      onRequest: async (request) => authorizeRequest(request, spec),
      handler: async (request, reply) => {
        const input = {
          params: parseWith(spec.params, request.params),
          query: spec.query ? parseWith(spec.query, request.query) : undefined,
          body: spec.body ? parseWith(spec.body, request.body) : undefined,
        }
        return answer(reply, spec.reply, await run(input, request, reply))
      },
    })
  }
}
