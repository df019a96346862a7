import { useQuery } from '@tanstack/react-query'
import { API_ROUTES, apiPath, type ApiResponses } from '../../../shared/api/api-routes'
import { getJson } from './print-request'

export interface CountyPrintData {
  workshop: ApiResponses['workshop']
  county: ApiResponses['county']
  /** The cover's and annex's participants: the facilitator's correction, else the suggested list. */
  participants: ApiResponses['participants']['participants']
  povertyLines: ApiResponses['povertyLines']
  plan: ApiResponses['plan']
}

export interface SummaryPrintData {
  workshop: ApiResponses['workshop']
  counties: ApiResponses['counties']
  povertyLines: ApiResponses['povertyLines']
  plans: ApiResponses['plans']
}

const get = <T>(path: string) => getJson<T>(path)

/**
 * Everything one printed plan shows, fetched once and never refetched: a document being printed must
 * not change under the printer. No retries either, so a missing county fails the export at once.
 */
export function useCountyPrintData(workshopId: string, countyId: string) {
  return useQuery({
    queryKey: ['print', 'county', workshopId, countyId],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<CountyPrintData> => {
      const [workshop, county, participants, povertyLines, plan] = await Promise.all([
        get<ApiResponses['workshop']>(apiPath(API_ROUTES.workshop, { workshopId })),
        get<ApiResponses['county']>(apiPath(API_ROUTES.county, { workshopId, countyId })),
        get<ApiResponses['participants']>(apiPath(API_ROUTES.participants, { workshopId, countyId })),
        get<ApiResponses['povertyLines']>(apiPath(API_ROUTES.povertyLines, { workshopId })),
        get<ApiResponses['plan']>(apiPath(API_ROUTES.plan, { workshopId, countyId })),
      ])
      return { workshop, county, participants: participants.participants, povertyLines, plan }
    },
  })
}

export function useSummaryPrintData(workshopId: string) {
  return useQuery({
    queryKey: ['print', 'summary', workshopId],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<SummaryPrintData> => {
      const [workshop, counties, povertyLines, plans] = await Promise.all([
        get<ApiResponses['workshop']>(apiPath(API_ROUTES.workshop, { workshopId })),
        get<ApiResponses['counties']>(apiPath(API_ROUTES.counties, { workshopId })),
        get<ApiResponses['povertyLines']>(apiPath(API_ROUTES.povertyLines, { workshopId })),
        get<ApiResponses['plans']>(apiPath(API_ROUTES.plans, { workshopId })),
      ])
      return { workshop, counties, povertyLines, plans }
    },
  })
}
