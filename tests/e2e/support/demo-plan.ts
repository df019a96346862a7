import type { Page } from '@playwright/test'

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
