import type { Hocuspocus } from '@hocuspocus/server'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { safeFileName } from '../../../shared/export/safe-file-name'
import {
  WORKSHOP_FILE_EXTENSION,
  WORKSHOP_FILE_LIMITS,
  WORKSHOP_FILE_MEDIA_TYPE,
} from '../../../shared/workshop-file/workshop-file-format'
import {
  WORKSHOP_FILE_PROBLEM_KEYS,
  WORKSHOP_FILE_PROBLEM_STATUS,
} from '../../../shared/workshop-file/workshop-file-problems'
import { ApiError, errorBody, notFound, parseWith, requestLocale } from '../http/api-errors'
import { attachmentDisposition } from '../http/attachment'
import type { Store } from '../store/store'
import { collectWorkshop, workshopFileBytes } from '../workshop-file/export-workshop-file'
import { importWorkshopFile } from '../workshop-file/import-workshop-file'
import { WorkshopFileError } from '../workshop-file/workshop-file-container'
import { parseWorkshopParams } from './route-params'

const importQuery = z.object({ copy: z.enum(['0', '1']).optional() })

/**
 * A workshop in one file: the download and the import (facilitator only, like every route the API guard
 * does not list). The import's body is the file itself, accepted up to the format's size cap in this
 * scope only; everywhere else the hub keeps its small JSON limit.
 */
export async function registerWorkshopFileRoutes(
  app: FastifyInstance,
  store: Store,
  hocuspocus: Hocuspocus,
  appVersion: string,
): Promise<void> {
  app.get(API_ROUTES.workshopFile, async (request, reply) => {
    const { workshopId } = parseWorkshopParams(request.params)
    const content = await collectWorkshop(store, hocuspocus, workshopId)
    if (!content) throw notFound()
    const fileName = safeFileName(content.workshop.title, WORKSHOP_FILE_EXTENSION, 'workshop')
    return reply
      .type(WORKSHOP_FILE_MEDIA_TYPE)
      .header('content-disposition', attachmentDisposition(fileName))
      .header('cache-control', 'no-store')
      .send(workshopFileBytes(content, appVersion))
  })

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/octet-stream', WORKSHOP_FILE_MEDIA_TYPE],
      { parseAs: 'buffer', bodyLimit: WORKSHOP_FILE_LIMITS.fileBytes },
      (_request, body, done) => done(null, body),
    )
    // Fastify refuses an oversized body before the handler runs; say so as the import's own sentence.
    scope.setErrorHandler((error, request, reply) => {
      if ((error as { statusCode?: number }).statusCode === 413)
        return reply.code(413).send(errorBody('workshopFile.tooLarge', requestLocale(request)))
      throw error
    })
    scope.post(
      API_ROUTES.workshopFileImport,
      { bodyLimit: WORKSHOP_FILE_LIMITS.fileBytes },
      async (request, reply): Promise<ApiResponses['workshopFileImport']> => {
        const { copy } = parseWith(importQuery, request.query)
        const body = request.body
        if (!Buffer.isBuffer(body)) throw new ApiError(400, 'workshopFile.notWorkshopFile')
        try {
          const outcome = importWorkshopFile(store, body, { asCopy: copy === '1' })
          reply.code(201)
          return outcome
        } catch (error) {
          if (!(error instanceof WorkshopFileError)) throw error
          throw new ApiError(
            WORKSHOP_FILE_PROBLEM_STATUS[error.problem],
            WORKSHOP_FILE_PROBLEM_KEYS[error.problem],
            error.section,
          )
        }
      },
    )
  })
}
