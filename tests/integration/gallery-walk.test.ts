import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { addComment, readThreads } from '../../shared/comments/comments-doc'
import { addIndicator } from '../../shared/exercises/target-setting/target-setting-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import {
  commentsDocName,
  galleryCommentsDocName,
  galleryDocName,
  planDocName,
  sessionDocName,
} from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { planProse } from '../../shared/live/plan-roots'
import { setProseParagraphs } from '../../shared/live/prose-text'
import type { RefusedWrite } from '../../shared/live/refused-write'
import { endReviewRound, startReviewRound } from '../../shared/review/review-round'
import { eventually, type LiveClient } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const OPEN = ['target-setting'] as const

/** Every byte the hub sends a device on its socket, to look for text it must never receive. */
function receivedBytes(client: LiveClient): () => Buffer {
  const frames: Buffer[] = []
  client.socket.on('message', (event: { data: ArrayBuffer | Buffer }) => {
    frames.push(Buffer.from(event.data as ArrayBuffer))
  })
  return () => Buffer.concat(frames)
}

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'))

describe('gallery walk on chosen exercises: three groups read only what is open', () => {
  const room = useLiveRoom()

  /** A third county with its group, as the facilitator adds one. */
  async function addFengjie() {
    const workshopId = room.f.workshopId
    const county = (
      await room.t.request<ApiResponse<'getCounty'>>('POST', apiPath(API_ROUTES.counties, { workshopId }), {
        name: '奉节县',
      })
    ).body
    await room.t.request('POST', apiPath(API_ROUTES.groups, { workshopId }), {
      countyId: county.id,
      name: '奉节县小组',
    })
    const info = await room.t.request<ApiResponse<'getJoinInfo'>>(
      'GET',
      apiPath(API_ROUTES.joinInfo, { workshopId }),
    )
    const code = info.body.groups.find((group) => group.countyId === county.id)!.code
    return { county, code }
  }

  /** Each county's plan: an indicator (open), a SWOT card and a situation summary (closed). */
  async function writePlan(countyId: string, label: string): Promise<LiveClient> {
    const plan = room.open(planDocName(room.f.workshopId, countyId), room.f.facilitatorToken)
    await plan.synced
    addIndicator(plan.doc, { name: `${label}电商销售额指标` })
    addSwotCard(plan.doc, 'weaknesses', `${label}冷链物流薄弱的秘密卡片`)
    setProseParagraphs(planProse(plan.doc, 'situationSummary'), [`${label}的现状摘要不在画廊开放`])
    await plan.saved()
    return plan
  }

  async function startGallery(): Promise<LiveClient> {
    const session = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    await session.synced
    startReviewRound(session.doc, { kind: 'gallery', itemId: null, reviews: {}, exercises: [...OPEN] })
    await session.saved()
    return session
  }

  it('lets each group read the others’ open exercise live, never a closed one, and write nothing', async () => {
    const fengjie = await addFengjie()
    const counties = [
      { id: room.f.lueyang.id, label: '略阳', code: room.f.codes[room.f.lueyang.id]! },
      { id: room.f.badong.id, label: '巴东', code: room.f.codes[room.f.badong.id]! },
      { id: fengjie.county.id, label: '奉节', code: fengjie.code },
    ]
    const plans = new Map<string, LiveClient>()
    for (const county of counties) plans.set(county.id, await writePlan(county.id, county.label))
    await startGallery()

    const readers: {
      reader: string
      county: (typeof counties)[number]
      client: LiveClient
      bytes: () => Buffer
    }[] = []
    for (const reader of counties) {
      const device = await joinAs(room.t, reader.code, `${reader.label}一`)
      for (const county of counties.filter((other) => other.id !== reader.id)) {
        const client = room.open(galleryDocName(room.f.workshopId, county.id, OPEN), device.token)
        readers.push({ reader: reader.id, county, client, bytes: receivedBytes(client) })
        // The whole plan stays closed to it, live and over REST.
        expect(await room.open(planDocName(room.f.workshopId, county.id), device.token).refused).toBe(
          'auth.forbidden',
        )
        const rest = await room.t.request(
          'GET',
          apiPath(API_ROUTES.plan, { workshopId: room.f.workshopId, countyId: county.id }),
          undefined,
          bearer(device.token),
        )
        expect(rest.status).toBe(403)
      }
    }
    await Promise.all(readers.map(({ client }) => client.synced))
    for (const { county, client } of readers) {
      const plan = readPlan(client.doc)
      expect(plan.indicators.map((row) => row.name)).toEqual([`${county.label}电商销售额指标`])
      expect(plan.swot).toEqual([])
    }

    // Live: an indicator and a SWOT card typed now; the indicator arrives, the card never does.
    const lueyangPlan = plans.get(room.f.lueyang.id)!
    addIndicator(lueyangPlan.doc, { name: '略阳乌鸡网店销量指标' })
    addSwotCard(lueyangPlan.doc, 'threats', '略阳后来写的威胁卡片')
    setProseParagraphs(planProse(lueyangPlan.doc, 'situationSummary'), ['略阳改写后的现状摘要'])
    await lueyangPlan.saved()
    const lueyangReaders = readers.filter(({ county }) => county.id === room.f.lueyang.id)
    await eventually(
      () => lueyangReaders.every(({ client }) => readPlan(client.doc).indicators.length === 2),
      'the new indicator reaches every reader',
    )

    for (const { county, bytes } of readers) {
      const received = bytes()
      // What the device was sent, frame by frame: the open exercise, and not a character of the closed.
      expect(contains(received, `${county.label}电商销售额指标`)).toBe(true)
      for (const closed of [
        '冷链物流薄弱的秘密卡片',
        '的现状摘要不在画廊开放',
        '后来写的威胁卡片',
        '改写后的现状摘要',
      ])
        expect(contains(received, closed), `${county.label}: ${closed}`).toBe(false)
    }

    // A reader's write reaches neither the projection's other readers nor the plan.
    const { client: writer } = readers.find(({ county }) => county.id === room.f.badong.id)!
    addIndicator(writer.doc, { name: '读者擅自加的指标' })
    await sleep(300)
    expect(readPlan(plans.get(room.f.badong.id)!.doc).indicators.map((row) => row.name)).toEqual([
      '巴东电商销售额指标',
    ])
    for (const { county, client } of readers.filter(({ client }) => client !== writer))
      if (county.id === room.f.badong.id)
        expect(readPlan(client.doc).indicators.map((row) => row.name)).toEqual(['巴东电商销售额指标'])
  })

  it('refuses a reader’s comment on a closed exercise, names it, and takes one on the open exercise', async () => {
    const lueyang = room.f.lueyang
    const badongDevice = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '巴东一')
    await writePlan(lueyang.id, '略阳')
    await startGallery()
    const own = room.open(commentsDocName(room.f.workshopId, lueyang.id), room.f.facilitatorToken)
    const reviewer = room.open(
      galleryCommentsDocName(room.f.workshopId, lueyang.id, OPEN),
      badongDevice.token,
    )
    await Promise.all([own.synced, reviewer.synced])
    const refusals: RefusedWrite[] = []
    reviewer.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = JSON.parse(payload) as RefusedWrite
      if (message.type === 'refused') refusals.push(message)
    })
    const author = {
      name: '巴东一',
      countyId: room.f.badong.id,
      countyName: room.f.badong.name,
      countyNameEn: room.f.badong.nameEn,
    }
    addComment(reviewer.doc, { anchor: { exercise: 'swot', item: null }, text: '这个优势很好。', author })
    await eventually(() => refusals.length === 1, 'the refusal reaches the device')
    expect(refusals[0]).toMatchObject({ reason: 'comment', exercises: ['swot'], texts: ['这个优势很好。'] })

    addComment(reviewer.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '指标缺少基线年份。',
      author,
    })
    await eventually(() => readThreads(own.doc).length === 1, 'the comment on the open exercise arrives')
    expect(readThreads(own.doc)[0]!.comment.text).toBe('指标缺少基线年份。')
  })

  it('lets a reader read only the comments on the open exercises, live, and carries its own into the county’s', async () => {
    const lueyang = room.f.lueyang
    const badongDevice = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '巴东一')
    await writePlan(lueyang.id, '略阳')
    const own = room.open(commentsDocName(room.f.workshopId, lueyang.id), room.f.facilitatorToken)
    await own.synced
    const lueyangGroup = {
      name: '略阳一',
      countyId: lueyang.id,
      countyName: lueyang.name,
      countyNameEn: lueyang.nameEn,
    }
    const onOpen = addComment(own.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '指标的基线是哪一年？',
      author: lueyangGroup,
    })
    addComment(own.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '劣势卡片里的秘密评论',
      author: lueyangGroup,
    })
    await own.saved()
    await startGallery()

    // The county's own comments document is closed to the reader; the projection is open.
    expect(await room.open(commentsDocName(room.f.workshopId, lueyang.id), badongDevice.token).refused).toBe(
      'auth.forbidden',
    )
    const reader = room.open(galleryCommentsDocName(room.f.workshopId, lueyang.id, OPEN), badongDevice.token)
    const bytes = receivedBytes(reader)
    await reader.synced
    expect(readThreads(reader.doc).map((thread) => thread.comment.text)).toEqual(['指标的基线是哪一年？'])

    // Live: a reply on the open exercise arrives, a comment on a closed one never does.
    addComment(own.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '基线是 2017 年。',
      author: lueyangGroup,
      replyTo: onOpen.id,
    })
    addComment(own.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '后来的秘密评论',
      author: lueyangGroup,
    })
    await own.saved()
    await eventually(
      () => readThreads(reader.doc)[0]?.replies.length === 1,
      'the reply on the open exercise reaches the reader',
    )
    for (const closed of ['劣势卡片里的秘密评论', '后来的秘密评论'])
      expect(contains(bytes(), closed), closed).toBe(false)

    // The reader's comment is stored in the county's own document, where the county sees it.
    addComment(reader.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '建议加上网店复购率。',
      author: {
        name: '巴东一',
        countyId: room.f.badong.id,
        countyName: room.f.badong.name,
        countyNameEn: room.f.badong.nameEn,
      },
    })
    await reader.saved()
    await eventually(
      () => readThreads(own.doc).some((thread) => thread.comment.text === '建议加上网店复购率。'),
      'the reader’s comment reaches the county’s comments',
    )
    const stored = await room.t.request<{ threads: { comment: { text: string } }[] }>(
      'GET',
      `${apiPath(API_ROUTES.counties, { workshopId: room.f.workshopId })}/${lueyang.id}/comments`,
    )
    expect(JSON.stringify(stored.body)).toContain('建议加上网店复购率。')
  })

  it('ends every projection with the round and refuses it afterwards', async () => {
    const badongDevice = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '巴东一')
    await writePlan(room.f.lueyang.id, '略阳')
    const session = await startGallery()
    const name = galleryDocName(room.f.workshopId, room.f.lueyang.id, OPEN)
    const projection = room.open(name, badongDevice.token)
    const commentsName = galleryCommentsDocName(room.f.workshopId, room.f.lueyang.id, OPEN)
    const comments = room.open(commentsName, badongDevice.token)
    await Promise.all([projection.synced, comments.synced])

    endReviewRound(session.doc)
    await session.saved()
    expect(await projection.refused).toBe('auth.forbidden')
    expect(await comments.refused).toBe('auth.forbidden')
    expect(await room.open(name, badongDevice.token).refused).toBe('auth.forbidden')
    expect(await room.open(commentsName, badongDevice.token).refused).toBe('auth.forbidden')
    // A projection of another choice than the round's is refused while a round runs, too.
    await startGallery()
    const other = galleryDocName(room.f.workshopId, room.f.lueyang.id, ['target-setting', 'swot'])
    expect(await room.open(other, badongDevice.token).refused).toBe('auth.forbidden')
  })
})
