import { initialSchema } from './001-initial-schema'
import { liveDocumentsAndAccess } from './002-live-documents-and-access'
import { resourceCatalogue } from './003-resource-catalogue'
import { liveDocEditTimes } from './004-live-doc-edit-times'
import { countyParticipants } from './005-county-participants'
import { englishTexts } from './006-english-texts'
import { dotBallots } from './007-dot-ballots'
import { liveDocQuarantine } from './008-live-doc-quarantine'
import { planVersions } from './009-plan-versions'
import { followUpReviews } from './010-follow-up-reviews'
import { followUpRoundOpening } from './011-follow-up-round-opening'
import type { Migration } from './migration'

export type { Migration }

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  liveDocumentsAndAccess,
  resourceCatalogue,
  liveDocEditTimes,
  countyParticipants,
  englishTexts,
  dotBallots,
  liveDocQuarantine,
  planVersions,
  followUpReviews,
  followUpRoundOpening,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
