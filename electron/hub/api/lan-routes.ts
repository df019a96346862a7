import type { FastifyInstance } from 'fastify'
import QRCode from 'qrcode'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { openLanSchema } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { notFound, parseWith } from '../http/api-errors'
import type { LanSession } from '../lan/lan-session'
import type { LiveServer } from '../live/live-server'
import type { Store } from '../store/store'
import { parseWorkshopParams } from './route-params'

/** The facilitator's join panel: the LAN switch, codes and QR codes per group, and who is connected. */
export function registerLanRoutes(
  app: FastifyInstance,
  store: Store,
  access: AccessService,
  lan: LanSession,
  live: LiveServer,
): void {
  app.get(API_ROUTES.lan, async (): Promise<ApiResponses['lan']> => lan.status())

  app.post(API_ROUTES.lanOpen, async (request): Promise<ApiResponses['lan']> => {
    const { address } = parseWith(openLanSchema, request.body)
    return lan.open(address)
  })

  app.post(API_ROUTES.lanClose, async (): Promise<ApiResponses['lan']> => lan.close())

  app.get(API_ROUTES.joinInfo, async (request): Promise<ApiResponses['joinInfo']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    const status = lan.status()
    const counties = new Map(store.counties.list(workshopId).map((county) => [county.id, county]))
    const groups = await Promise.all(
      store.groups.list(workshopId).map(async (group) => {
        const county = counties.get(group.countyId)
        const code = access.joinCode(group)
        const joinUrl = status.url === null ? null : `${status.url}/join#${code}`
        return {
          groupId: group.id,
          groupName: group.name,
          countyId: group.countyId,
          countyName: county?.name ?? '',
          countyNameEn: county?.nameEn ?? '',
          code,
          joinUrl,
          qrSvg:
            joinUrl === null
              ? null
              : await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
        }
      }),
    )
    return { lan: status, groups }
  })

  app.get(API_ROUTES.presence, async (request): Promise<ApiResponses['presence']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    return live.presence(workshopId)
  })
}
