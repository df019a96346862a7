import type { AccessService } from '../access/access-service'
import { ApiError } from '../http/api-errors'
import { isLoopbackAddress, scopeOf } from '../http/request-auth'
import type { RouteHandlers } from '../http/route-handlers'
import type { LanSession } from '../lan/lan-session'

/** Join attempts allowed per device address per minute: plenty for typos, hopeless for guessing. */
export const JOIN_ATTEMPTS_PER_MINUTE = 10

/** Needs @fastify/rate-limit registered (with `global: false`) before the routes. */
export function joinRoutes(
  access: AccessService,
  lan: LanSession,
): RouteHandlers<'join' | 'me' | 'facilitatorToken'> {
  return {
    join: {
      options: {
        config: {
          rateLimit: {
            max: JOIN_ATTEMPTS_PER_MINUTE,
            timeWindow: 60_000,
            // Thrown, then answered by the shared error handler in the caller's language.
            errorResponseBuilder: () => new ApiError(429, 'join.tooManyAttempts'),
          },
        },
      },
      handle: async ({ body: { code, displayName } }) => {
        if (!lan.status().open) throw new ApiError(403, 'join.closed')
        const outcome = access.join(code, displayName)
        if (!outcome.ok) throw new ApiError(404, 'join.unknownCode', 'code')
        return outcome.response
      },
    },

    me: async (_input, request) => {
      const scope = scopeOf(request, access)
      const described = scope && access.describe(scope)
      if (!described) throw new ApiError(401, 'auth.required')
      return described
    },

    /** Windows on the hub's own machine fetch the facilitator token here; nobody else can. */
    facilitatorToken: async (_input, request) => {
      if (!isLoopbackAddress(request.socket.remoteAddress)) throw new ApiError(403, 'auth.forbidden')
      return { token: access.facilitatorToken() }
    },
  }
}
