import { initialSchema } from './001-initial-schema'
import { liveDocumentsAndAccess } from './002-live-documents-and-access'
import { resourceCatalogue } from './003-resource-catalogue'
import { liveDocEditTimes } from './004-live-doc-edit-times'
import type { Migration } from './migration'

export type { Migration }

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  liveDocumentsAndAccess,
  resourceCatalogue,
  liveDocEditTimes,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
