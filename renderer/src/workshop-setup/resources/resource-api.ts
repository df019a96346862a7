import { API_ROUTES, apiPath, type ApiResponses } from '../../../../shared/api/api-routes'
import type { ResourceInput } from '../../../../shared/resources/resource-schema'
import { hubRequest } from '../../api/hub-request'

/** The facilitator's edits of the catalogue (reading it is hubApi.listResources, shared with the plans). */
export const resourceApi = {
  create: (workshopId: string, input: ResourceInput) =>
    hubRequest<ApiResponses['resource']>('POST', apiPath(API_ROUTES.resources, { workshopId }), input),
  update: (workshopId: string, resourceId: string, input: ResourceInput) =>
    hubRequest<ApiResponses['resource']>(
      'PUT',
      apiPath(API_ROUTES.resource, { workshopId, resourceId }),
      input,
    ),
  delete: (workshopId: string, resourceId: string) =>
    hubRequest<void>('DELETE', apiPath(API_ROUTES.resource, { workshopId, resourceId })),
  /** `ids` names every resource once, in the new order; the hub refuses a stale list with 409. */
  reorder: (workshopId: string, ids: string[]) =>
    hubRequest<ApiResponses['resources']>('PUT', apiPath(API_ROUTES.resources, { workshopId }), { ids }),
}
