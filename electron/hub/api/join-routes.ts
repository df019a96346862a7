import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { joinRequestSchema } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { ApiError, parseWith } from '../http/api-errors'
import { isLoopbackAddress, scopeOf } from '../http/request-auth'
import type { LanSession } from '../lan/lan-session'

/** Join attempts allowed per device address per minute: plenty for typos, hopeless for guessing. */
export const JOIN_ATTEMPTS_PER_MINUTE = 10

export async function registerJoinRoutes(
  app: FastifyInstance,
  access: AccessService,
  lan: LanSession,
): Promise<void> {
  await app.register(rateLimit, { global: false })

  app.post(
    API_ROUTES.join,
    {
      config: {
        rateLimit: {
          max: JOIN_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          // Thrown, then answered by the shared error handler in the caller's language.
          errorResponseBuilder: () => new ApiError(429, 'join.tooManyAttempts'),
        },
      },
    },
    async (request): Promise<ApiResponses['join']> => {
      if (!lan.status().open) throw new ApiError(403, 'join.closed')
      const { code, displayName } = parseWith(joinRequestSchema, request.body)
      const outcome = access.join(code, displayName)
      if (!outcome.ok) throw new ApiError(404, 'join.unknownCode', 'code')
      return outcome.response
    },
  )

  app.get(API_ROUTES.me, async (request): Promise<ApiResponses['me']> => {
    const scope = scopeOf(request, access)
    if (!scope) throw new ApiError(401, 'auth.required')
    return scope
  })

  /** Windows on the hub's own machine fetch the facilitator token here; nobody else can. */
  app.get(API_ROUTES.facilitatorToken, async (request): Promise<ApiResponses['facilitatorToken']> => {
    if (!isLoopbackAddress(request.socket.remoteAddress)) throw new ApiError(403, 'auth.forbidden')
    return { token: access.facilitatorToken() }
  })
}
