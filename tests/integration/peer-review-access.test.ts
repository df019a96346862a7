import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { addComment, commentEntries, readThreads, setResolved } from '../../shared/comments/comments-doc'
import { commentsDocName, planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { roundRobinPairs } from '../../shared/review/review-pairing'
import { endReviewRound, startReviewRound } from '../../shared/review/review-round'
import type { RefusedWrite } from '../../shared/live/refused-write'
import { eventually, type LiveClient } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A comment's signature as the hub accepts it from a county's device: the county's names as stored. */
const signed = (name: string, county: { id: string; name: string; nameEn: string }) => ({
  name,
  countyId: county.id,
  countyName: county.name,
  countyNameEn: county.nameEn,
})

/** The hub's refusals as a device receives them, for the device to explain. */
function refusalsOf(client: LiveClient): RefusedWrite[] {
  const refusals: RefusedWrite[] = []
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as { type?: string }
    if (message.type === 'refused') refusals.push(message as RefusedWrite)
  })
  return refusals
}

describe('peer review: paired counties read each other’s plans and comment, only while the round runs', () => {
  const room = useLiveRoom()
  const ids = () => ({ ws: room.f.workshopId, lueyang: room.f.lueyang.id, badong: room.f.badong.id })

  async function facilitatorSession(): Promise<LiveClient> {
    const session = room.open(sessionDocName(ids().ws), room.f.facilitatorToken)
    await session.synced
    return session
  }

  async function startPairs(session: LiveClient): Promise<void> {
    const { lueyang, badong } = ids()
    startReviewRound(session.doc, {
      kind: 'pairs',
      itemId: null,
      reviews: roundRobinPairs([lueyang, badong]),
      counties: [],
    })
    await session.saved()
  }

  const planOf = (countyId: string, token: string) => room.open(planDocName(ids().ws, countyId), token)
  const commentsOf = (countyId: string, token: string) =>
    room.open(commentsDocName(ids().ws, countyId), token)
  const restPlan = (countyId: string, token: string) =>
    room.t.request(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: ids().ws, countyId }),
      undefined,
      bearer(token),
    )

  it('refuses another county’s plan and comments before a round starts (live and REST)', async () => {
    const badong = await joinAs(room.t, room.f.codes[ids().badong]!, '巴东一')
    expect(await planOf(ids().lueyang, badong.token).refused).toBe('auth.forbidden')
    expect(await commentsOf(ids().lueyang, badong.token).refused).toBe('auth.forbidden')
    expect((await restPlan(ids().lueyang, badong.token)).status).toBe(403)
  })

  it('lets each read the other’s plan, not change it, and comment on a card and an indicator the other sees live', async () => {
    const { lueyang, badong } = ids()
    const lueyangDevice = await joinAs(room.t, room.f.codes[lueyang]!, '略阳一')
    const badongDevice = await joinAs(room.t, room.f.codes[badong]!, '巴东一')
    const ownPlan = planOf(lueyang, room.f.facilitatorToken)
    await ownPlan.synced
    setDataCardField(ownPlan.doc, 'population', 200_000)
    await ownPlan.saved()
    await startPairs(await facilitatorSession())

    const partnerPlan = planOf(lueyang, badongDevice.token)
    await partnerPlan.synced
    expect(readPlan(partnerPlan.doc).dataCard.population).toBe(200_000)
    expect((await restPlan(lueyang, badongDevice.token)).status).toBe(200)
    setDataCardField(partnerPlan.doc, 'population', 1)
    await sleep(300)
    expect(readPlan(ownPlan.doc).dataCard.population).toBe(200_000)

    const received = commentsOf(lueyang, lueyangDevice.token)
    const sent = commentsOf(lueyang, badongDevice.token)
    await Promise.all([received.synced, sent.synced])
    const author = signed('巴东一', room.f.badong)
    addComment(sent.doc, {
      anchor: { exercise: 'swot', item: { kind: 'card', id: 'card-1' } },
      text: '这张卡片能否补充数据来源？',
      author,
    })
    addComment(sent.doc, {
      anchor: { exercise: 'target-setting', item: { kind: 'indicator', id: 'indicator-1' } },
      text: '这个指标缺少基线。',
      author,
    })
    await eventually(() => readThreads(received.doc).length === 2, 'comments arrive live')
    const kinds = readThreads(received.doc).map((thread) => thread.comment.anchor.item?.kind)
    expect(kinds.sort()).toEqual(['card', 'indicator'])

    // Lueyang reads Badong's plan the same way, and nothing else (a third county is covered in the gallery walk).
    const other = planOf(badong, lueyangDevice.token)
    await other.synced
  })

  it('closes the partner’s plan when the round ends and refuses it afterwards (live and REST)', async () => {
    const { lueyang, badong } = ids()
    const badongDevice = await joinAs(room.t, room.f.codes[badong]!, '巴东一')
    const session = await facilitatorSession()
    await startPairs(session)
    const partnerPlan = planOf(lueyang, badongDevice.token)
    const ownPlan = planOf(badong, badongDevice.token)
    await Promise.all([partnerPlan.synced, ownPlan.synced])

    endReviewRound(session.doc)
    await session.saved()
    // The hub closes the device's socket; on reconnecting, the partner's plan is refused.
    expect(await partnerPlan.refused).toBe('auth.forbidden')
    expect(await planOf(lueyang, badongDevice.token).refused).toBe('auth.forbidden')
    expect(await commentsOf(lueyang, badongDevice.token).refused).toBe('auth.forbidden')
    expect((await restPlan(lueyang, badongDevice.token)).status).toBe(403)
    // The device's own plan comes back by itself.
    await eventually(
      () => ownPlan.provider.isSynced && ownPlan.socket.status === 'connected',
      'own plan back',
    )
  })

  it('lets only the plan’s own group resolve and reopen, and nobody change another’s comment', async () => {
    const { lueyang, badong } = ids()
    const lueyangDevice = await joinAs(room.t, room.f.codes[lueyang]!, '略阳一')
    const badongDevice = await joinAs(room.t, room.f.codes[badong]!, '巴东一')
    await startPairs(await facilitatorSession())
    const own = commentsOf(lueyang, lueyangDevice.token)
    const reviewer = commentsOf(lueyang, badongDevice.token)
    await Promise.all([own.synced, reviewer.synced])

    const comment = addComment(reviewer.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '优势写得很清楚。',
      author: signed('巴东一', room.f.badong),
    })
    await eventually(() => readThreads(own.doc).length === 1, 'the comment arrives')
    addComment(own.doc, {
      anchor: comment.anchor,
      replyTo: comment.id,
      text: '谢谢，已补充。',
      author: signed('略阳一', room.f.lueyang),
    })
    setResolved(own.doc, comment.id, true, '略阳一')
    await eventually(
      () =>
        readThreads(reviewer.doc)[0]?.resolution?.resolved === true &&
        readThreads(reviewer.doc)[0]?.replies.length === 1,
      'reply and resolution reach the reviewer',
    )

    // The reviewer may not reopen the thread, edit the comment, nor write in Lueyang's name.
    setResolved(reviewer.doc, comment.id, false, '巴东一')
    commentEntries(reviewer.doc).set(comment.id, { ...comment, text: '改过的评论' })
    addComment(reviewer.doc, {
      anchor: comment.anchor,
      text: '冒名的评论',
      author: signed('略阳一', room.f.lueyang),
    })
    await reviewer.saved()
    await sleep(300)
    const threads = readThreads(own.doc)
    expect(threads.map((thread) => thread.comment.text)).toEqual(['优势写得很清楚。'])
    expect(threads[0]!.resolution?.resolved).toBe(true)
    // The refusal reaches the reviewer's copy too.
    await eventually(() => readThreads(reviewer.doc).length === 1, 'the reviewer’s copy is taken back')

    // Reopening is the own group's.
    setResolved(own.doc, comment.id, false, '略阳一')
    await eventually(() => readThreads(reviewer.doc)[0]?.resolution?.resolved === false, 'reopened')
  })

  it('refuses a comment that says it is from another county, by id or by name, or from the facilitator, and tells the device', async () => {
    const { lueyang, badong } = ids()
    const badongDevice = await joinAs(room.t, room.f.codes[badong]!, '巴东一')
    await startPairs(await facilitatorSession())
    const own = commentsOf(lueyang, room.f.facilitatorToken)
    const reviewer = commentsOf(lueyang, badongDevice.token)
    await Promise.all([own.synced, reviewer.synced])
    const refusals = refusalsOf(reviewer)
    const anchor = { exercise: 'swot', item: null } as const
    const forged = [
      { ...signed('巴东一', room.f.badong), countyName: '略阳县' },
      { ...signed('巴东一', room.f.badong), countyNameEn: 'Lueyang County' },
      { name: '李老师', countyId: null, countyName: '', countyNameEn: '' },
      signed('略阳一', room.f.lueyang),
    ]
    for (const [index, author] of forged.entries()) {
      addComment(reviewer.doc, { anchor, text: `冒名的评论 ${index + 1}`, author })
      await eventually(() => refusals.length === index + 1, `refusal ${index + 1} reaches the device`)
      // With the words, for the person to copy back: the form they typed them in is cleared.
      expect(refusals[index]).toMatchObject({
        type: 'refused',
        reason: 'comment',
        texts: [`冒名的评论 ${index + 1}`],
      })
    }
    // Signed as the hub knows the device's county, a comment stands.
    addComment(reviewer.doc, { anchor, text: '署名正确的评论', author: signed('巴东一', room.f.badong) })
    await reviewer.saved()
    await eventually(() => readThreads(own.doc).length === 1, 'the signed comment arrives')
    expect(readThreads(own.doc)[0]!.comment.author).toEqual(signed('巴东一', room.f.badong))
    expect(readThreads(reviewer.doc).map((thread) => thread.comment.text)).toEqual(['署名正确的评论'])
    expect(refusals).toHaveLength(forged.length)
  })

  it('keeps a group’s comments on its own plan outside the plan document', async () => {
    const { lueyang } = ids()
    const device = await joinAs(room.t, room.f.codes[lueyang]!, '略阳一')
    const comments = commentsOf(lueyang, device.token)
    await comments.synced
    addComment(comments.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '提醒：周五前补充数据。',
      author: signed('略阳一', room.f.lueyang),
    })
    await comments.saved()
    const plan = planOf(lueyang, room.f.facilitatorToken)
    await plan.synced
    expect(JSON.stringify(Y.encodeStateAsUpdate(plan.doc))).not.toContain('提醒')
    expect([...plan.doc.share.keys()]).not.toContain('comments')
  })
})
