import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import type { VersionInfo } from '../../shared/versions/version-schema'
import { commentsDocName, planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addComment, readComments } from '../../shared/comments/comments-doc'
import { readReviewRound, startReviewRound } from '../../shared/review/review-round'
import { goToItem, setExerciseLocked, setSpotlight } from '../../shared/session/run-actions'
import { readRunState } from '../../shared/session/run-state'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import { WORKSHOP_FILE_LIMITS } from '../../shared/workshop-file/workshop-file-format'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'
import { fillLueyangPlan } from '../support/lueyang-plan'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import {
  downloadWorkshopFile,
  fileLines,
  packLines,
  storedState,
  tableCounts,
  uploadWorkshopFile,
  withManifest,
  withSection,
} from '../support/workshop-file-tools'

type ImportAnswer = ApiResponse<'importWorkshopFile'> & { error?: { key: string; message: string } }

/** Tables that belong to this laptop (credentials, settings, bookkeeping), not to a workshop. */
const LAPTOP_TABLES = new Set([
  'access_tokens',
  'join_codes',
  'hub_settings',
  'schema_migrations',
  // What the hub set aside from damaged live documents: its own evidence, not part of any workshop.
  'live_doc_quarantine',
])
/** Live documents are compared by their decoded state: the file folds each one's log into one update. */
const LIVE_TABLES = new Set(['live_docs', 'live_doc_updates'])

/** Row counts of the tables an import writes to (the laptop's own tables change as the hub runs). */
function workshopTableCounts(t: TestHub): Record<string, number> {
  return Object.fromEntries(
    Object.entries(tableCounts(t.hub.store.db)).filter(([table]) => !LAPTOP_TABLES.has(table)),
  )
}

function workshopRows(t: TestHub): Record<string, string[]> {
  const tables = Object.keys(workshopTableCounts(t)).filter((table) => !LIVE_TABLES.has(table))
  return Object.fromEntries(
    tables.map((table) => [
      table,
      t.hub.store.db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  )
}

async function fillWorkshop(t: TestHub, fixture: LiveFixture): Promise<void> {
  const { workshopId } = fixture
  const plan = await t.hub.live.hocuspocus.openDirectConnection(planDocName(workshopId, fixture.lueyang.id))
  await plan.transact((doc) => void fillLueyangPlan(doc))
  await plan.disconnect()
  // The plan's versions: one saved by hand, and a member who wrote since (named on the next one).
  const versions = apiPath(API_ROUTES.planVersions, { workshopId, countyId: fixture.lueyang.id })
  await t.request('POST', versions, { label: '初稿' })
  const again = await t.hub.live.hocuspocus.openDirectConnection(planDocName(workshopId, fixture.lueyang.id))
  await again.transact((doc) => void addSwotCard(doc, 'threats', '市场价格波动'))
  await again.disconnect()
  await t.request('POST', versions, { label: '修改稿' })
  t.hub.live.versions.noteChange(planDocName(workshopId, fixture.lueyang.id), '王芳')
  const agenda = await t.request<ApiResponse<'getAgenda'>>('GET', apiPath(API_ROUTES.agenda, { workshopId }))
  const item = agenda.body.days[0]!.sessions[0]!.items[0]!
  const session = await t.hub.live.hocuspocus.openDirectConnection(sessionDocName(workshopId))
  await session.transact((doc) => {
    goToItem(doc, item)
    setExerciseLocked(doc, 'swot', fixture.lueyang.id, true)
    setSpotlight(doc, { countyId: fixture.badong.id, kind: 'swot' })
    startReviewRound(doc, {
      kind: 'pairs',
      itemId: item.id,
      reviews: { [fixture.badong.id]: [fixture.lueyang.id], [fixture.lueyang.id]: [fixture.badong.id] },
      counties: [
        { id: fixture.lueyang.id, name: '略阳县', nameEn: 'Lueyang County' },
        { id: fixture.badong.id, name: '巴东县', nameEn: 'Badong County' },
      ],
    })
  })
  await session.disconnect()
  // Badong's group comments on Lueyang's plan: a document beside the plan, carried by the file too.
  const comments = await t.hub.live.hocuspocus.openDirectConnection(
    commentsDocName(workshopId, fixture.lueyang.id),
  )
  await comments.transact(
    (doc) =>
      void addComment(doc, {
        anchor: { exercise: 'swot', item: null },
        text: '能否补充冷链建设的资金来源？',
        author: {
          name: '李娜',
          countyId: fixture.badong.id,
          countyName: '巴东县',
          countyNameEn: 'Badong County',
        },
      }),
  )
  await comments.disconnect()
  // A gap in the catalogue's positions, and a corrected participants list.
  await t.request(
    'DELETE',
    apiPath(API_ROUTES.resource, { workshopId, resourceId: DEFAULT_RESOURCES[1]!.id }),
  )
  await t.request('PUT', apiPath(API_ROUTES.participants, { workshopId, countyId: fixture.badong.id }), {
    participants: [{ name: '李明', post: '副县长' }],
  })
  // Two members' secret dots (the ballots table, not the plan documents).
  const key = { workshopId, countyId: fixture.lueyang.id }
  t.hub.store.ballots.setDots({ ...key, voter: 'member:a' }, 'card-1', 2, () => undefined)
  t.hub.store.ballots.setDots({ ...key, voter: 'member:b' }, 'card-1', 1, () => undefined)
  // A follow-up review round with Lueyang's report, its targets frozen from the plan.
  const round = await t.request<ApiResponse<'createFollowUpRound'>>(
    'POST',
    apiPath(API_ROUTES.followUpRounds, { workshopId }),
    { name: '2019 年第三季度', date: '2019-09-30', planYear: 2019 },
  )
  await t.request(
    'PUT',
    apiPath(API_ROUTES.followUpReport, { workshopId, roundId: round.body.id, countyId: fixture.lueyang.id }),
    { indicators: [], actions: [], matches: [], narrative: '网店已上线。', reporterName: '张老师' },
  )
}

/** The dot ballots of a workshop as rows: county, voter, card, dots. */
const ballotRows = (t: TestHub, workshopId: string) =>
  t.hub.store.db
    .prepare('SELECT county_id, voter, card_id, dots FROM dot_ballots WHERE workshop_id = ? ORDER BY voter')
    .all(workshopId)

const filePath = (workshopId: string) => apiPath(API_ROUTES.workshopFile, { workshopId })

describe('a workshop in one file', () => {
  let source: TestHub
  let target: TestHub | undefined
  let fixture: LiveFixture
  beforeEach(async () => {
    source = await startTestHub()
    fixture = await setUpWorkshop(source)
    await fillWorkshop(source, fixture)
  })
  afterEach(async () => {
    await source.stop()
    await target?.stop()
    target = undefined
  })

  it('downloads as one gzip file named after the workshop, with a manifest naming the format and its sections', async () => {
    const { file, headers } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    expect(headers.get('content-type')).toBe('application/gzip')
    expect(headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('2018 贫困县扶贫培训班.planworkshop')}`,
    )
    const manifest = JSON.parse(fileLines(file)[0]!)
    expect(manifest).toMatchObject({
      format: 'plan-workshop.workshop',
      formatVersion: 1,
      workshopId: fixture.workshopId,
    })
    expect(manifest.sections.map((section: { name: string }) => section.name)).toEqual([
      'workshop',
      'counties',
      'groups',
      'agenda',
      'povertyLines',
      'resources',
      'participants',
      'liveDocs',
      'dotBallots',
      'planVersions',
      'followUp',
    ])
  })

  it('round trip: imported into a fresh data folder, every row and every plan is equal', async () => {
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    target = await startTestHub()
    const answer = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, file)
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ copy: false, workshop: { id: fixture.workshopId } })

    expect(workshopRows(target)).toEqual(workshopRows(source))
    expect(ballotRows(target, fixture.workshopId)).toHaveLength(2)
    const docNames = [
      sessionDocName(fixture.workshopId),
      planDocName(fixture.workshopId, fixture.lueyang.id),
      commentsDocName(fixture.workshopId, fixture.lueyang.id),
    ]
    for (const name of docNames) expect(storedState(target, name)).toEqual(storedState(source, name))
    for (const county of [fixture.lueyang, fixture.badong]) {
      const path = apiPath(API_ROUTES.plan, { workshopId: fixture.workshopId, countyId: county.id })
      const [before, after] = await Promise.all([source.request('GET', path), target.request('GET', path)])
      expect(after.status).toBe(200)
      expect(after.body).toEqual(before.body)
    }
    // The plan's versions came along, and each opens to the same plan as on the laptop it left.
    const listPath = apiPath(API_ROUTES.planVersions, {
      workshopId: fixture.workshopId,
      countyId: fixture.lueyang.id,
    })
    const [listed, imported] = await Promise.all([
      source.request<VersionInfo[]>('GET', listPath),
      target.request<VersionInfo[]>('GET', listPath),
    ])
    expect(imported.body.map((version) => version.label)).toEqual(['修改稿', '初稿'])
    expect(imported.body).toEqual(listed.body)
    for (const version of imported.body) {
      const path = apiPath(API_ROUTES.planVersion, {
        workshopId: fixture.workshopId,
        countyId: fixture.lueyang.id,
        versionId: String(version.id),
      })
      const [before, after] = await Promise.all([source.request('GET', path), target.request('GET', path)])
      expect(after.body).toEqual(before.body)
    }
  })

  it('refuses truncated, newer, random, oversized, damaged and invalid files without changing anything; then takes the valid one', async () => {
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    target = await startTestHub()
    const before = workshopTableCounts(target)
    const refusals: [string, Uint8Array, number, string][] = [
      ['truncated', file.subarray(0, Math.floor(file.length / 2)), 400, 'workshopFile.truncated'],
      [
        'a newer format version',
        withManifest(file, (m) => void (m.formatVersion = 2)),
        400,
        'workshopFile.newerVersion',
      ],
      ['random bytes', randomBytes(4096), 400, 'workshopFile.notWorkshopFile'],
      [
        'gzip of something else',
        gzipSync(Buffer.from('{"hello":"world"}\n')),
        400,
        'workshopFile.notWorkshopFile',
      ],
      ['larger than the cap', Buffer.alloc(WORKSHOP_FILE_LIMITS.fileBytes + 1), 413, 'workshopFile.tooLarge'],
      [
        'a section that does not match its checksum',
        withSection(
          file,
          'counties',
          (data) => (data as { name: string }[]).map((c) => ({ ...c, name: '改过的县' })),
          true,
        ),
        400,
        'workshopFile.damaged',
      ],
      [
        'a county the schemas refuse',
        withSection(file, 'counties', (data) => (data as object[]).map((c) => ({ ...c, name: '' }))),
        400,
        'workshopFile.invalid',
      ],
      [
        'a plan that does not decode',
        withSection(file, 'liveDocs', (data) =>
          (data as { state: string }[]).map((doc) => ({
            ...doc,
            state: randomBytes(300).toString('base64'),
          })),
        ),
        400,
        'workshopFile.invalid',
      ],
      [
        'a review report of a county not in the file',
        withSection(file, 'followUp', (data) => {
          const followUp = data as { rounds: object[]; reports: object[] }
          return { ...followUp, reports: followUp.reports.map((r) => ({ ...r, countyId: 'NoSuchCounty01' })) }
        }),
        400,
        'workshopFile.invalid',
      ],
      [
        'a group of a county not in the file',
        withSection(file, 'groups', (data) =>
          (data as object[]).map((g) => ({ ...g, countyId: 'NoSuchCounty01' })),
        ),
        400,
        'workshopFile.invalid',
      ],
    ]
    for (const [what, bytes, status, key] of refusals) {
      const answer = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, bytes, {
        'accept-language': 'en',
      })
      expect({ what, status: answer.status, key: answer.body.error?.key }).toEqual({ what, status, key })
      expect(answer.body.error?.message).toMatch(/nothing was imported/)
      expect(workshopTableCounts(target)).toEqual(before)
    }

    const valid = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, file)
    expect(valid.status).toBe(201)
    const after = workshopTableCounts(target)
    expect(after.workshops).toBe(before.workshops! + 1)
    expect(after.counties).toBe(2)
  })

  it('a file that unpacks to more than the cap is refused as too large', async () => {
    target = await startTestHub()
    const before = workshopTableCounts(target)
    const bomb = gzipSync(Buffer.alloc(WORKSHOP_FILE_LIMITS.unpackedBytes + 1024, 0x20), { level: 9 })
    const answer = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, bomb)
    expect([answer.status, answer.body.error?.key]).toEqual([413, 'workshopFile.tooLarge'])
    expect(workshopTableCounts(target)).toEqual(before)
  })

  it('a workshop already there is refused in words, then imported as a copy with new ids beside it', async () => {
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    const before = workshopTableCounts(source)
    const again = await uploadWorkshopFile<ImportAnswer>(source, API_ROUTES.workshopFileImport, file)
    expect([again.status, again.body.error?.key]).toEqual([409, 'workshopFile.alreadyThere'])
    expect(again.body.error?.message).toContain('副本')
    expect(workshopTableCounts(source)).toEqual(before)

    const copy = await uploadWorkshopFile<ImportAnswer>(
      source,
      `${API_ROUTES.workshopFileImport}?copy=1`,
      file,
    )
    expect(copy.status).toBe(201)
    expect(copy.body.copy).toBe(true)
    const copyId = copy.body.workshop.id
    expect(copyId).not.toBe(fixture.workshopId)
    expect(copy.body.workshop.title).toBe('2018 贫困县扶贫培训班（副本）')

    const counties = await source.request<ApiResponse<'listCounties'>>(
      'GET',
      apiPath(API_ROUTES.counties, { workshopId: copyId }),
    )
    expect(counties.body.map((county) => county.name)).toEqual(['略阳县', '巴东县'])
    const [lueyangCopy, badongCopy] = counties.body
    expect([lueyangCopy!.id, badongCopy!.id]).not.toContain(fixture.lueyang.id)
    const original = await source.request(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: fixture.workshopId, countyId: fixture.lueyang.id }),
    )
    const copied = await source.request(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: copyId, countyId: lueyangCopy!.id }),
    )
    expect(copied.body).toEqual(original.body)
    // The copy's plan has its own versions, the same as the original's.
    const versionLabels = async (workshopId: string, countyId: string) =>
      (
        await source.request<VersionInfo[]>('GET', apiPath(API_ROUTES.planVersions, { workshopId, countyId }))
      ).body.map((version) => version.label)
    expect(await versionLabels(copyId, lueyangCopy!.id)).toEqual(
      await versionLabels(fixture.workshopId, fixture.lueyang.id),
    )
    // The dots stay with the copy's own county, as cast.
    expect(ballotRows(source, copyId)).toEqual(
      ballotRows(source, fixture.workshopId).map((row) => ({
        ...(row as object),
        county_id: lueyangCopy!.id,
      })),
    )

    // The copy's session points at the copy's own agenda item and counties.
    const agenda = await source.request<ApiResponse<'getAgenda'>>(
      'GET',
      apiPath(API_ROUTES.agenda, { workshopId: copyId }),
    )
    const doc = new Y.Doc()
    Y.applyUpdate(doc, storedState(source, sessionDocName(copyId)))
    const run = readRunState(doc)
    expect(run.currentItemId).toBe(agenda.body.days[0]!.sessions[0]!.items[0]!.id)
    expect(run.timer?.itemId).toBe(run.currentItemId)
    expect(run.locks).toEqual([{ kind: 'swot', countyId: lueyangCopy!.id }])
    expect(run.spotlight).toEqual({ countyId: badongCopy!.id, kind: 'swot' })
    expect(readReviewRound(doc)?.reviews).toEqual({
      [badongCopy!.id]: [lueyangCopy!.id],
      [lueyangCopy!.id]: [badongCopy!.id],
    })
    expect(readReviewRound(doc)?.counties.map((county) => county.id)).toEqual([
      lueyangCopy!.id,
      badongCopy!.id,
    ])

    // The comments on the copy's plan came along, signed by the copy's own county.
    const commentsDoc = new Y.Doc()
    Y.applyUpdate(commentsDoc, storedState(source, commentsDocName(copyId, lueyangCopy!.id)))
    expect(readComments(commentsDoc).map((comment) => [comment.text, comment.author.countyId])).toEqual([
      ['能否补充冷链建设的资金来源？', badongCopy!.id],
    ])

    // The copy's review round holds the report of the copy's own Lueyang.
    const [roundCopy] = source.hub.store.followUp.list(copyId)
    expect(roundCopy!.name).toBe('2019 年第三季度')
    expect(source.hub.store.followUp.report(roundCopy!.id, lueyangCopy!.id)?.narrative).toBe('网店已上线。')
  })

  it('takes a file written before review rounds existed as a workshop without any', async () => {
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    const [head, ...sections] = fileLines(file)
    const manifest = JSON.parse(head!) as { sections: { name: string }[] }
    const index = manifest.sections.findIndex((section) => section.name === 'followUp')
    manifest.sections.splice(index, 1)
    sections.splice(index, 1)
    target = await startTestHub()
    const answer = await uploadWorkshopFile(
      target,
      API_ROUTES.workshopFileImport,
      packLines([JSON.stringify(manifest), ...sections]),
    )
    expect(answer.status).toBe(201)
    expect(target.hub.store.workshops.get(fixture.workshopId)).not.toBeNull()
    expect(target.hub.store.followUp.list(fixture.workshopId)).toEqual([])
  })

  it('names people joined under on the other laptop still appear on the plan’s participants', async () => {
    await joinAs(source, fixture.codes[fixture.lueyang.id]!, '王伟')
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    target = await startTestHub()
    expect((await uploadWorkshopFile(target, API_ROUTES.workshopFileImport, file)).status).toBe(201)
    const path = apiPath(API_ROUTES.participants, {
      workshopId: fixture.workshopId,
      countyId: fixture.lueyang.id,
    })
    const participants = await target.request<ApiResponse<'getParticipants'>>('GET', path)
    expect(participants.body.participants.map((person) => person.name)).toEqual(['王伟'])
  })

  it('takes an import only with the facilitator credential and from its own origin', async () => {
    const { file } = await downloadWorkshopFile(source, filePath(fixture.workshopId))
    target = await startTestHub()
    const before = workshopTableCounts(target)
    const noCredential = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, file, {
      authorization: '',
    })
    expect([noCredential.status, noCredential.body.error?.key]).toEqual([403, 'auth.facilitatorRequired'])
    const crossSite = await uploadWorkshopFile<ImportAnswer>(target, API_ROUTES.workshopFileImport, file, {
      authorization: `Bearer ${target.hub.access.facilitatorToken()}`,
      origin: 'http://evil.example',
    })
    expect([crossSite.status, crossSite.body.error?.key]).toEqual([403, 'auth.crossSite'])
    expect(workshopTableCounts(target)).toEqual(before)
  })

  it('is the facilitator’s alone: a group device can neither download nor import', async () => {
    const join = await joinAs(source, fixture.codes[fixture.lueyang.id]!, '王伟')
    const auth = { authorization: `Bearer ${join.token}` }
    const download = await fetch(`${source.hub.url}${filePath(fixture.workshopId)}`, { headers: auth })
    expect(download.status).toBe(403)
    const upload = await uploadWorkshopFile(source, API_ROUTES.workshopFileImport, Buffer.from('x'), auth)
    expect(upload.status).toBe(403)
  })
})
