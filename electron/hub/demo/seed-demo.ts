import { readFileSync } from 'node:fs'
import { demoFileSchema } from '../../../shared/demo/demo-file-schema'
import { newId } from '../../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { agendaFromTemplate } from '../../../shared/program/program-templates'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import type { Workshop } from '../../../shared/workshop/workshop-schema'
import type { Store } from '../store/store'
import { seedDemoReviews } from './seed-demo-reviews'

export type SeedResult = { seeded: true; workshop: Workshop } | { seeded: false; reason: 'not-empty' }

/** Group names are made from the county name; member names are left for the facilitator to fill in. */
const groupName = (countyName: string) => `${countyName}小组`

/**
 * Seeds the demo workshop from the shipped file, but only into an empty data folder,
 * so that `--demo` can never mix demo counties into a real class.
 */
export function seedDemo(store: Store, demoFilePath: string): SeedResult {
  if (store.workshops.list().length > 0) return { seeded: false, reason: 'not-empty' }
  const demo = demoFileSchema.parse(JSON.parse(readFileSync(demoFilePath, 'utf8')))
  const { template, ...details } = demo.workshop
  let workshop: Workshop | undefined
  store.db.transaction(() => {
    const created = store.workshops.create(
      newId(),
      details,
      agendaFromTemplate(template, details.language),
      DEFAULT_POVERTY_LINES,
      DEFAULT_RESOURCES,
    )
    workshop = created
    const counties = demo.counties.map((countyDetails) => {
      const county = store.counties.create(created.id, newId(), countyDetails)
      store.groups.create(created.id, newId(), {
        countyId: county.id,
        name: groupName(county.name),
        members: [],
      })
      return county
    })
    seedDemoReviews(store, created.id, counties, demo.followUpRounds)
  })()
  return { seeded: true, workshop: workshop as Workshop }
}
