import type { APIRequestContext } from '@playwright/test'
import { fillDemoLueyang } from './demo-plan'
import { hubApi } from './hub-api'

/**
 * The demo's Lueyang plan filled in and a review round "2019 年第三季度" (against the 2019 targets) that
 * the facilitator has opened to the counties' own entry, all by REST.
 */
export async function openReviewRoundByRest(request: APIRequestContext, hubUrl: string) {
  await fillDemoLueyang(hubUrl)
  const [workshop] = await hubApi.listWorkshops(request)
  const workshopId = workshop!.id
  const round = await hubApi.createFollowUpRound(request, workshopId, {
    name: '2019 年第三季度',
    date: '2019-09-30',
    planYear: 2019,
  })
  await hubApi.openFollowUpRound(request, workshopId, round.id, true)
  return { workshopId, round }
}
