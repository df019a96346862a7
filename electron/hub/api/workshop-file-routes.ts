import type { Hocuspocus } from '@hocuspocus/server'
import { safeFileName } from '../../../shared/export/safe-file-name'
import { WORKSHOP_FILE_EXTENSION } from '../../../shared/workshop-file/workshop-file-format'
import {
  WORKSHOP_FILE_PROBLEM_KEYS,
  WORKSHOP_FILE_PROBLEM_STATUS,
} from '../../../shared/workshop-file/workshop-file-problems'
import { ApiError, notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { collectWorkshop, workshopFileBytes } from '../workshop-file/export-workshop-file'
import { importWorkshopFile } from '../workshop-file/import-workshop-file'
import { WorkshopFileError } from '../workshop-file/workshop-file-container'

/**
 * A workshop in one file: the download and the import (facilitator only). The import's body is the file
 * itself, read as bytes up to the format's size cap (the contract's `upload`); every other route keeps
 * the hub's small JSON limit.
 */
export function workshopFileRoutes(
  store: Store,
  hocuspocus: Hocuspocus,
  appVersion: string,
): RouteHandlers<'exportWorkshopFile' | 'importWorkshopFile'> {
  return {
    exportWorkshopFile: async ({ params: { workshopId } }) => {
      const content = await collectWorkshop(store, hocuspocus, workshopId)
      if (!content) throw notFound()
      return {
        bytes: workshopFileBytes(content, appVersion),
        fileName: safeFileName(content.workshop.title, WORKSHOP_FILE_EXTENSION, 'workshop'),
      }
    },

    importWorkshopFile: async ({ query: { copy }, body }) => {
      try {
        return importWorkshopFile(store, body, { asCopy: copy === '1' })
      } catch (error) {
        if (!(error instanceof WorkshopFileError)) throw error
        throw new ApiError(
          WORKSHOP_FILE_PROBLEM_STATUS[error.problem],
          WORKSHOP_FILE_PROBLEM_KEYS[error.problem],
          error.section,
        )
      }
    },
  }
}
