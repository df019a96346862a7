import type { afterUnloadDocumentPayload, Extension, onLoadDocumentPayload } from '@hocuspocus/server'
import type * as Y from 'yjs'
import { commentSchema } from '../../../shared/comments/comment-schema'
import { commentEntries, resolutionEntries } from '../../../shared/comments/comments-doc'
import { commentsDocName, parseDocName } from '../../../shared/live/doc-names'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { shownExercises } from '../../../shared/review/gallery-exercises'
import { GALLERY_ORIGIN } from './gallery-projections'
import { ProjectionSources } from './projection-sources'

/** Origin of what the hub carries from a projection into the county's comments: stored and broadcast. */
export const GALLERY_COMMENT_ORIGIN = 'plan-workshop:gallery-comment'

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The projections of a county's comments a gallery walk's readers open when only some exercises are open
 * (`gallery-comments/<workshop>/<county>/<exercises>`): the comments (and their resolutions) on those
 * exercises, kept up to date from the county's comments document, which the hub keeps open meanwhile. A
 * comment on a closed exercise, with the opening words of the paragraph it is on, never reaches a reader.
 * Readers add their comments to the projection (judged first like any comment, write-rules.ts); the hub
 * carries each new one into the county's document, where it is stored and the county sees it. Like the
 * plan's projection (gallery-projections.ts), it is not stored and is unloaded with its last reader.
 */
export class GalleryCommentProjections implements Extension {
  extensionName = 'plan-workshop-gallery-comment-projections'
  private readonly sources = new ProjectionSources()

  async onLoadDocument({ documentName, document, instance }: onLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'galleryComments') return
    const shown = shownExercises(ref.exercises)
    const mirror = (source: Y.Doc) =>
      document.transact(() => mirrorOpenComments(source, document, shown), GALLERY_ORIGIN)
    const source = await this.sources.follow(
      instance,
      commentsDocName(ref.workshopId, ref.countyId),
      documentName,
      document,
      (_update, comments) => mirror(comments),
    )
    mirror(source)
    document.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === GALLERY_ORIGIN) return
      source.transact(() => carryNewComments(document, source), GALLERY_COMMENT_ORIGIN)
    })
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.sources.release(documentName)
  }
}

/** Brings into `projection` the comments of `source` on `shown` exercises, and their threads' resolutions. */
export function mirrorOpenComments(source: Y.Doc, projection: Y.Doc, shown: readonly ExerciseKind[]): void {
  const into = commentEntries(projection)
  const threads = new Set<string>()
  for (const [key, value] of commentEntries(source).entries()) {
    const parsed = commentSchema.safeParse(value)
    if (!parsed.success || parsed.data.id !== key || !shown.includes(parsed.data.anchor.exercise)) continue
    if (parsed.data.replyTo === null) threads.add(key)
    if (!sameValue(into.get(key), value)) into.set(key, value)
  }
  // A comment the facilitator took away goes from the projection too.
  for (const key of [...into.keys()]) if (!commentEntries(source).has(key)) into.delete(key)
  const resolved = resolutionEntries(projection)
  const resolutions = resolutionEntries(source)
  for (const thread of threads) {
    const value = resolutions.get(thread)
    if (value === undefined) {
      if (resolved.has(thread)) resolved.delete(thread)
    } else if (!sameValue(resolved.get(thread), value)) resolved.set(thread, value)
  }
}

/** Carries into `source` the comments a reader added to `projection` (what the write rules let stand). */
export function carryNewComments(projection: Y.Doc, source: Y.Doc): void {
  const into = commentEntries(source)
  for (const [key, value] of commentEntries(projection).entries()) {
    if (!into.has(key)) into.set(key, value)
  }
}
