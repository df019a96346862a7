import type { Page } from '@playwright/test'
import { API_ROUTES, apiPath } from '../../../shared/api/api-routes'
import type { ApiResponse } from '../../../shared/api/api-types'
import { planDocName } from '../../../shared/live/doc-names'
import { connectLive } from '../../support/live-client'
import { fillLueyangPlan } from '../../support/lueyang-plan'
import { LUEYANG } from './live-join'

/** The address of a demo county's plan, which the facilitator (on the hub's own computer) may open. */
export async function demoPlanPath(page: Page, county = '略阳县'): Promise<string> {
  const [workshop] = (await (await page.request.get('/api/workshops')).json()) as { id: string }[]
  if (!workshop) throw new Error('The hub has no workshop: start it with --demo.')
  const counties = (await (await page.request.get(`/api/workshops/${workshop.id}/counties`)).json()) as {
    id: string
    name: string
  }[]
  const found = counties.find((entry) => entry.name === county)
  if (!found) throw new Error(`The demo workshop has no ${county}.`)
  return `/plan/${workshop.id}/${found.id}`
}

/** The demo workshop as the facilitator's computer reaches it: ids and a facilitator token. */
export async function demoLueyang(hubUrl: string) {
  const get = async <T>(path: string) => (await (await fetch(`${hubUrl}${path}`)).json()) as T
  const [workshop] = await get<ApiResponse<'listWorkshops'>>(API_ROUTES.workshops)
  const workshopId = workshop!.id
  const counties = await get<ApiResponse<'listCounties'>>(apiPath(API_ROUTES.counties, { workshopId }))
  const { token } = await get<ApiResponse<'facilitatorToken'>>(API_ROUTES.facilitatorToken)
  return { workshopId, countyId: counties.find((county) => county.name === LUEYANG)!.id, token }
}

/** Lueyang's plan with its indicator (9,600 people lifted in 2019, 19,200 by 2020), written live. */
export async function fillDemoLueyang(hubUrl: string) {
  const { workshopId, countyId, token } = await demoLueyang(hubUrl)
  const plan = connectLive(hubUrl, planDocName(workshopId, countyId), token)
  try {
    await plan.synced
    fillLueyangPlan(plan.doc)
    await plan.saved()
  } finally {
    plan.destroy()
  }
}
