import { initialSchema } from './001-initial-schema'
import { liveDocumentsAndAccess } from './002-live-documents-and-access'
import { resourceCatalogue } from './003-resource-catalogue'
import { countyParticipants } from './004-county-participants'
import { englishTexts } from './005-english-texts'
import type { Migration } from './migration'

export type { Migration }

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  liveDocumentsAndAccess,
  resourceCatalogue,
  countyParticipants,
  englishTexts,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
