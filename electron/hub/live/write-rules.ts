import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server'
import * as Y from 'yjs'
import { COMMENT_ROOTS } from '../../../shared/comments/comments-doc'
import { parseDocName } from '../../../shared/live/doc-names'
import { EXERCISE_ROOTS, FACILITATOR_ROOTS, PLAN_ROOTS } from '../../../shared/live/plan-roots'
import type { RefusedReason, RefusedWrite } from '../../../shared/live/refused-write'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { exerciseLock } from '../../../shared/session/exercise-lock'
import { readRunState, type RunState } from '../../../shared/session/run-state'
import { shownExercises } from '../../../shared/review/gallery-exercises'
import { galleryExercises, type ReviewRound } from '../../../shared/review/review-round'
import type { LiveContext } from './live-auth'
import {
  closedExercisesOf,
  judgeCommentWrite,
  newCommentTexts,
  type CommentWriter,
} from './comment-write-rules'
import { withoutRefusedWrites } from './refused-writes'
import { syncUpdateOf } from './sync-frame'
import { updateFootprint } from './update-footprint'

interface CountyNames {
  name: string
  nameEn: string
}

/** Origin of the hub's own application of a partly refused update: persisted and sent to everyone. */
export const WRITE_RULES_ORIGIN = 'plan-workshop:write-rules'

/** The exercises owning each root (a lock on any of them covers the root). */
const KINDS_BY_ROOT = new Map<string, ExerciseKind[]>()
for (const [kind, roots] of Object.entries(EXERCISE_ROOTS) as [ExerciseKind, readonly string[]][]) {
  for (const root of roots) KINDS_BY_ROOT.set(root, [...(KINDS_BY_ROOT.get(root) ?? []), kind])
}

export interface WriteVerdict {
  /** Roots whose part of the update is taken back. */
  refusedRoots: Set<string>
  /** Part of the update refers to what the document does not hold: Yjs keeps it aside, unapplied. */
  unresolvable: boolean
  locked: Set<ExerciseKind>
  /** It wrote a facilitator's root; the exercises whose screens show them. */
  facilitatorOnly: boolean
  facilitatorExercises: Set<ExerciseKind>
}

/**
 * What of a group's update the room's rules refuse, from the roots it writes: the facilitator's roots,
 * the roots of exercises locked for this county at hub time `now` (the session's own lock rule), and
 * anything outside the plan's roots. Null when all of it may stand, the common case, at the cost of one
 * pass over the update.
 */
export function judgeGroupWrite(
  doc: Y.Doc,
  update: Uint8Array,
  countyId: string,
  runState: () => RunState | null,
  now: number,
): WriteVerdict | null {
  let verdict: WriteVerdict | null = null
  const refuse = () =>
    (verdict ??= {
      refusedRoots: new Set(),
      unresolvable: false,
      locked: new Set(),
      facilitatorOnly: false,
      facilitatorExercises: new Set(),
    })
  let run: RunState | null | undefined
  for (const { root } of updateFootprint(doc, update)) {
    if (root === null) {
      refuse().unresolvable = true
    } else if (root in FACILITATOR_ROOTS) {
      const owner = FACILITATOR_ROOTS[root]
      refuse().refusedRoots.add(root)
      verdict!.facilitatorOnly = true
      if (owner) verdict!.facilitatorExercises.add(owner)
    } else if (!PLAN_ROOTS.has(root)) {
      refuse().refusedRoots.add(root)
    } else {
      run ??= runState()
      for (const kind of KINDS_BY_ROOT.get(root) ?? []) {
        if (run && exerciseLock(run, kind, countyId, now) !== null) {
          refuse().refusedRoots.add(root)
          verdict!.locked.add(kind)
        }
      }
    }
  }
  return verdict
}

/** The reason a device is given: a lock first (the usual case), then the facilitator's roots. */
function reasonOf(verdict: WriteVerdict): RefusedReason {
  if (verdict.locked.size > 0) return 'locked'
  if (verdict.facilitatorOnly) return 'facilitator-only'
  return 'invalid'
}

/**
 * The hub keeps the room's rules for group devices: before Hocuspocus applies a group's write to its
 * county's plan, the roots it touches are checked (one document per county, checked per update; see
 * docs/architecture.md "Access"). A refused part is applied and taken back in one update with the
 * hub's origin, so every device (the author too) receives the net effect and it is committed like any
 * edit; the author's clock sequence stays whole, so its later edits are not held up. Hocuspocus then
 * handles the original frame as a no-op and acknowledges it once committed, so the device never keeps
 * "saving" because of a refusal, and is told in a stateless message what was not accepted. A county's
 * comments document is judged the same way, by its own rules (comment-write-rules.ts).
 */
export class WriteRules implements Extension {
  extensionName = 'plan-workshop-write-rules'

  constructor(
    private readonly session: (workshopId: string) => Y.Doc | null,
    /** A county's names as stored, which a group's comments must be signed with; null once deleted. */
    private readonly county: (workshopId: string, countyId: string) => CountyNames | null,
    /** The review round running in a workshop: a gallery walk's closed exercises take no comments. */
    private readonly round: (workshopId: string) => ReviewRound | null = () => null,
    private readonly now: () => number = Date.now,
  ) {}

  // Synchronous on purpose, inside the async hook: Hocuspocus applies a connection's frames in the
  // order their hooks resolve, and an await here could let a later keystroke overtake this one.
  async beforeHandleMessage({
    connection,
    context,
    document,
    documentName,
    update: frame,
  }: beforeHandleMessagePayload): Promise<void> {
    const scope = (context as LiveContext | undefined)?.scope
    if (scope?.kind !== 'group' || connection.readOnly) return
    const update = syncUpdateOf(frame)
    if (!update) return
    const ref = parseDocName(documentName)
    // A gallery walk's projection of the comments is judged as the comments are (the hub carries what
    // stands into the county's own, gallery-comment-projections.ts).
    if (ref?.kind === 'comments' || ref?.kind === 'galleryComments') {
      const writer = this.writerOf(ref.workshopId, scope.countyId)
      const open = this.commentableExercises(ref.workshopId, scope.countyId, ref.countyId)
      const refused = writer
        ? judgeCommentWrite(document, update, writer, ref.countyId, open)
        : new Set(COMMENT_ROOTS)
      if (refused.size > 0)
        this.takeBack(connection, document, update, refused, {
          reason: 'comment',
          // Named when the gallery walk's closed exercises are why, for the device to say so.
          exercises: open && refused.has('comments') ? closedExercisesOf(document, update, open) : [],
          texts: refused.has('comments') ? newCommentTexts(document, update) : [],
        })
      return
    }
    if (ref?.kind !== 'plan') return
    const session = () => {
      const doc = this.session(ref.workshopId)
      return doc ? readRunState(doc) : null
    }
    const verdict = judgeGroupWrite(document, update, ref.countyId, session, this.now())
    // What refers to structs the hub does not hold yet (often the same device's previous frame, still
    // in Hocuspocus's hooks) waits in Yjs until they arrive, and those are checked themselves: nothing
    // was refused, so the device is told nothing.
    if (!verdict || verdict.refusedRoots.size === 0) return
    this.takeBack(connection, document, update, verdict.refusedRoots, {
      exercises: [...new Set([...verdict.locked, ...verdict.facilitatorExercises])],
      reason: reasonOf(verdict),
    })
  }

  /** What a reader from another county may comment on in a gallery walk open on some exercises; null: all. */
  private commentableExercises(
    workshopId: string,
    writer: string,
    planCounty: string,
  ): ExerciseKind[] | null {
    if (writer === planCounty) return null
    const open = galleryExercises(this.round(workshopId))
    return open ? shownExercises(open) : null
  }

  /** Null for a county deleted while its device was connected: it writes nothing more. */
  private writerOf(workshopId: string, countyId: string): CommentWriter | null {
    const county = this.county(workshopId, countyId)
    return county ? { countyId, countyName: county.name, countyNameEn: county.nameEn } : null
  }

  private takeBack(
    connection: beforeHandleMessagePayload['connection'],
    document: Y.Doc,
    update: Uint8Array,
    roots: ReadonlySet<string>,
    why: Pick<RefusedWrite, 'exercises' | 'reason'> & { texts?: string[] },
  ): void {
    const accepted = withoutRefusedWrites(document, update, roots)
    Y.applyUpdate(document, accepted.update, WRITE_RULES_ORIGIN)
    const message: RefusedWrite = { type: 'refused', texts: accepted.refusal.texts, ...why }
    connection.sendStateless(JSON.stringify(message))
  }
}
