import { useQuery } from '@tanstack/react-query'
import { API_ROUTES } from '../../../shared/api/api-routes'
import type { ApiResponse } from '../../../shared/api/api-types'
import { printApi } from '../api/print-api'

export interface CountyPrintData {
  workshop: ApiResponse<'getWorkshop'>
  county: ApiResponse<'getCounty'>
  /** The cover's and annex's participants: the facilitator's correction, else the suggested list. */
  participants: ApiResponse<'getParticipants'>['participants']
  povertyLines: ApiResponse<'getPovertyLines'>
  plan: ApiResponse<'getPlan'>
}

export interface SummaryPrintData {
  workshop: ApiResponse<'getWorkshop'>
  counties: ApiResponse<'listCounties'>
  povertyLines: ApiResponse<'getPovertyLines'>
  plans: ApiResponse<'listPlans'>
}

/**
 * Everything one printed plan shows, fetched once and never refetched: a document being printed must
 * not change under the printer. No retries either, so a missing county fails the export at once.
 */
export function useCountyPrintData(workshopId: string, countyId: string, version: number | null = null) {
  return useQuery({
    queryKey: ['print', 'county', workshopId, countyId, version],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<CountyPrintData> => {
      const [workshop, county, participants, povertyLines, plan] = await Promise.all([
        printApi.get(API_ROUTES.workshop, { workshopId }),
        printApi.get(API_ROUTES.county, { workshopId, countyId }),
        printApi.get(API_ROUTES.participants, { workshopId, countyId }),
        printApi.get(API_ROUTES.povertyLines, { workshopId }),
        // A kept version is shown as it was, read-only (the versions panel's preview).
        version === null
          ? printApi.get(API_ROUTES.plan, { workshopId, countyId })
          : printApi
              .get(API_ROUTES.planVersion, { workshopId, countyId, versionId: String(version) })
              .then((kept) => kept.plan),
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
        printApi.get(API_ROUTES.workshop, { workshopId }),
        printApi.get(API_ROUTES.counties, { workshopId }),
        printApi.get(API_ROUTES.povertyLines, { workshopId }),
        printApi.get(API_ROUTES.plans, { workshopId }),
      ])
      return { workshop, counties, povertyLines, plans }
    },
  })
}
