import { newId } from '../../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { agendaFromTemplate } from '../../../shared/program/program-templates'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'

type WorkshopRoute = 'listWorkshops' | 'createWorkshop' | 'getWorkshop' | 'updateWorkshop' | 'deleteWorkshop'

export function workshopRoutes(store: Store): RouteHandlers<WorkshopRoute> {
  return {
    listWorkshops: async () => store.workshops.list(),

    createWorkshop: async ({ body: { template, ...details } }) => {
      const agenda = agendaFromTemplate(template, details.language)
      return store.workshops.create(newId(), details, agenda, DEFAULT_POVERTY_LINES, DEFAULT_RESOURCES)
    },

    getWorkshop: async ({ params }) => store.workshops.get(params.workshopId) ?? Promise.reject(notFound()),

    updateWorkshop: async ({ params, body }) =>
      store.workshops.update(params.workshopId, body) ?? Promise.reject(notFound()),

    deleteWorkshop: async ({ params }) => {
      if (!store.workshops.delete(params.workshopId)) throw notFound()
    },
  }
}
