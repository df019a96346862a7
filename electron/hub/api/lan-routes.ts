import QRCode from 'qrcode'
import type { AccessService } from '../access/access-service'
import type { RouteHandlers } from '../http/route-handlers'
import type { LanSession } from '../lan/lan-session'
import type { LiveServer } from '../live/live-server'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type LanRoute = 'getLan' | 'openLan' | 'closeLan' | 'getJoinInfo' | 'getPresence'

/** The facilitator's join panel: the LAN switch, codes and QR codes per group, and who is connected. */
export function lanRoutes(
  store: Store,
  access: AccessService,
  lan: LanSession,
  live: LiveServer,
): RouteHandlers<LanRoute> {
  return {
    getLan: async () => lan.status(),

    openLan: async ({ body }) => lan.open(body.address),

    closeLan: async () => lan.close(),

    getJoinInfo: async ({ params }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
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
    },

    getPresence: async ({ params }) => live.presence(requireWorkshop(store, params.workshopId)),
  }
}
