import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { newId } from '../../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { agendaFromTemplate } from '../../../shared/program/program-templates'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import { createWorkshopSchema, workshopInputSchema } from '../../../shared/workshop/workshop-schema'
import { notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseWorkshopParams } from './route-params'

export function registerWorkshopRoutes(app: FastifyInstance, store: Store): void {
  app.get(API_ROUTES.workshops, async (): Promise<ApiResponses['workshops']> => store.workshops.list())

  app.post(API_ROUTES.workshops, async (request, reply): Promise<ApiResponses['workshop']> => {
    const { template, ...details } = parseWith(createWorkshopSchema, request.body)
    const agenda = agendaFromTemplate(template, details.language)
    reply.code(201)
    return store.workshops.create(newId(), details, agenda, DEFAULT_POVERTY_LINES, DEFAULT_RESOURCES)
  })

  app.get(API_ROUTES.workshop, async (request): Promise<ApiResponses['workshop']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    return store.workshops.get(workshopId) ?? Promise.reject(notFound())
  })

  app.put(API_ROUTES.workshop, async (request): Promise<ApiResponses['workshop']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    const details = parseWith(workshopInputSchema, request.body)
    return store.workshops.update(workshopId, details) ?? Promise.reject(notFound())
  })

  app.delete(API_ROUTES.workshop, async (request, reply) => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.delete(workshopId)) throw notFound()
    return reply.code(204).send()
  })
}
