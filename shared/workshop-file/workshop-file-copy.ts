import type * as Y from 'yjs'
import { commentsDocName, parseDocName, planDocName, sessionDocName } from '../live/doc-names'
import { commentEntries } from '../comments/comments-doc'
import { readReviewRound } from '../review/review-round'
import { sessionState } from '../live/session-doc'
import { parseLockKey, lockKey, sessionLocks } from '../session/run-state'
import { rewriteState } from './live-doc-state'
import type { WorkshopFileContent } from './workshop-file-content'

const COPY_SUFFIX = { title: '（副本）', titleEn: ' (copy)' }
const MAX_TITLE = 200

const withSuffix = (title: string, suffix: string) =>
  title === '' ? '' : `${title.slice(0, MAX_TITLE - suffix.length)}${suffix}`

/**
 * The session document names agenda items (current item, its timer) and counties (spotlight, a group's
 * lock); a copy's names must point at the copy's own rows. Plans name nothing outside themselves but
 * resources, whose ids are per workshop and stay.
 */
function remapSession(doc: Y.Doc, newIdOf: (id: string) => string): void {
  const state = sessionState(doc)
  const mapped = (id: unknown) => (typeof id === 'string' ? newIdOf(id) : id)
  doc.transact(() => {
    if (state.has('currentItemId')) state.set('currentItemId', mapped(state.get('currentItemId')))
    const timer = state.get('timer')
    if (typeof timer === 'object' && timer !== null && 'itemId' in timer)
      state.set('timer', { ...timer, itemId: mapped(timer.itemId) })
    const spotlight = state.get('spotlight')
    if (typeof spotlight === 'object' && spotlight !== null && 'countyId' in spotlight)
      state.set('spotlight', { ...spotlight, countyId: mapped(spotlight.countyId) })
    // A round under way names its counties; the copy's round names the copy's.
    const round = readReviewRound(doc)
    if (round)
      state.set('review', {
        ...round,
        reviews: Object.fromEntries(
          Object.entries(round.reviews).map(([reader, read]) => [newIdOf(reader), read.map(newIdOf)]),
        ),
        counties: round.counties.map((county) => ({ ...county, id: newIdOf(county.id) })),
      })
    const locks = sessionLocks(doc)
    for (const [key, value] of [...locks.entries()]) {
      const entry = parseLockKey(key)
      if (entry?.countyId == null) continue
      locks.delete(key)
      locks.set(lockKey(entry.kind, newIdOf(entry.countyId)), value)
    }
  })
}

/**
 * A comment names its author's county; in a copy that is the copy's county (the facilitator's, null, stays).
 * Comments are immutable values, so each is written again whole.
 */
function remapComments(doc: Y.Doc, newIdOf: (id: string) => string): void {
  const entries = commentEntries(doc)
  doc.transact(() => {
    for (const [id, value] of [...entries.entries()]) {
      if (typeof value !== 'object' || value === null || !('author' in value)) continue
      const author = value.author
      if (typeof author !== 'object' || author === null || !('countyId' in author)) continue
      if (typeof author.countyId !== 'string') continue
      entries.set(id, { ...value, author: { ...author, countyId: newIdOf(author.countyId) } })
    }
  })
}

/**
 * The same workshop under new ids (workshop, counties, groups, agenda days, sessions and items, and so
 * the live documents' names), its title marked as a copy: what "import as a copy" stores beside the
 * workshop that is already there. `newId` makes one fresh id per call.
 */
export function asCopy(content: WorkshopFileContent, newId: () => string): WorkshopFileContent {
  const ids = new Map<string, string>()
  const newIdOf = (id: string) => {
    let fresh = ids.get(id)
    if (fresh === undefined) {
      fresh = newId()
      ids.set(id, fresh)
    }
    return fresh
  }
  const { workshop } = content
  const workshopId = newIdOf(workshop.id)
  // A checked file's versions name only its own plans.
  const planName = (name: string) => {
    const ref = parseDocName(name)
    return ref?.kind === 'plan' ? planDocName(workshopId, newIdOf(ref.countyId)) : name
  }
  return {
    workshop: {
      ...workshop,
      id: workshopId,
      title: withSuffix(workshop.title, workshop.language === 'en' ? COPY_SUFFIX.titleEn : COPY_SUFFIX.title),
      titleEn: withSuffix(workshop.titleEn, COPY_SUFFIX.titleEn),
    },
    counties: content.counties.map((county) => ({ ...county, id: newIdOf(county.id), workshopId })),
    groups: content.groups.map((group) => ({
      ...group,
      id: newIdOf(group.id),
      workshopId,
      countyId: newIdOf(group.countyId),
    })),
    agenda: {
      days: content.agenda.days.map((day) => ({
        ...day,
        id: newIdOf(day.id),
        sessions: day.sessions.map((session) => ({
          ...session,
          id: newIdOf(session.id),
          items: session.items.map((item) => ({ ...item, id: newIdOf(item.id) })),
        })),
      })),
    },
    povertyLines: content.povertyLines,
    resources: content.resources,
    participants: content.participants.map((entry) => ({ ...entry, countyId: newIdOf(entry.countyId) })),
    // The voters stay as they are: each is a hash of the member's group id and name, which the copy's
    // new group ids can no longer reproduce, so the dots count in the copy's totals as cast.
    dotBallots: content.dotBallots.map((row) => ({ ...row, countyId: newIdOf(row.countyId) })),
    planVersions: {
      versions: content.planVersions.versions.map((row) => ({ ...row, docName: planName(row.docName) })),
      writers: content.planVersions.writers.map((row) => ({ ...row, docName: planName(row.docName) })),
    },
    followUp: {
      rounds: content.followUp.rounds.map((round) => ({ ...round, id: newIdOf(round.id), workshopId })),
      reports: content.followUp.reports.map((report) => ({
        ...report,
        roundId: newIdOf(report.roundId),
        countyId: newIdOf(report.countyId),
      })),
    },
    liveDocs: content.liveDocs.map((doc) => {
      const ref = parseDocName(doc.name)
      if (ref?.kind === 'plan') return { ...doc, name: planDocName(workshopId, newIdOf(ref.countyId)) }
      if (ref?.kind === 'comments')
        return {
          ...doc,
          name: commentsDocName(workshopId, newIdOf(ref.countyId)),
          state: rewriteState(doc.state, (live) => remapComments(live, newIdOf)),
        }
      // The session is the only other document a checked file holds.
      return {
        ...doc,
        name: sessionDocName(workshopId),
        state: rewriteState(doc.state, (live) => remapSession(live, newIdOf)),
      }
    }),
  }
}
