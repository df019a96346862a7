import type { FastifyInstance } from 'fastify'

export interface RegisteredRoute {
  method: string
  url: string
}

/** Records every route as Fastify adds it: Fastify lists its routes only as a printed tree. */
export function recordRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  const routes: RegisteredRoute[] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url })
  })
  return routes
}
