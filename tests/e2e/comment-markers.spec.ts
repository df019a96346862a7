import type { Page } from '@playwright/test'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { addComment } from '../../shared/comments/comments-doc'
import { commentsDocName, planDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { connectLive, type LiveClient } from '../support/live-client'
import { fillLueyangPlan } from '../support/lueyang-plan'
import { seriousViolations } from './support/axe'
import { scrollBelowHeader } from './support/plan-navigator'
import { joinByLink, LUEYANG, lueyangRoom, newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = '/work/notes/shots/i15-rest'
const facilitator = { name: '李老师', countyId: null, countyName: '', countyNameEn: '' }
const drawerOf = (page: Page) => page.getByRole('dialog', { name: '对本方案的评论' })

test('a commented card, indicator and action carry a count that opens the comments on that item, and new comments are announced', async ({
  browser,
  hub,
}) => {
  const { console_, join, workshopId } = await lueyangRoom(browser, hub.url)
  const counties = (await (
    await console_.request.get(apiPath(API_ROUTES.counties, { workshopId }))
  ).json()) as ApiResponse<'listCounties'>
  const lueyangId = counties.find((county) => county.name === LUEYANG)!.id
  const { token } = (await (
    await console_.request.get(API_ROUTES.facilitatorToken)
  ).json()) as ApiResponse<'facilitatorToken'>

  const clients: LiveClient[] = []
  try {
    const plan = connectLive(hub.url, planDocName(workshopId, lueyangId), token)
    const comments = connectLive(hub.url, commentsDocName(workshopId, lueyangId), token)
    clients.push(plan, comments)
    await Promise.all([plan.synced, comments.synced])
    fillLueyangPlan(plan.doc)
    const filled = readPlan(plan.doc)
    const card = filled.swot.find((candidate) => candidate.quadrant === 'weaknesses')!
    const indicator = filled.indicators[0]!
    const action = filled.actions[0]!
    const on = (
      exercise: 'swot' | 'target-setting' | 'action-plan',
      kind: 'card' | 'indicator' | 'action',
      id: string,
      text: string,
    ) => addComment(comments.doc, { anchor: { exercise, item: { kind, id } }, text, author: facilitator })
    on('swot', 'card', card.id, '冷链缺口有多大？')
    on('swot', 'card', card.id, '能否写出具体的冷库数量？')
    on('target-setting', 'indicator', indicator.id, '这个指标的基线从哪里来？')
    on('action-plan', 'action', action.id, '这项行动由谁负责？')
    addComment(comments.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '整体写得清楚。',
      author: facilitator,
    })
    await Promise.all([plan.saved(), comments.saved()])

    const { page: phone } = await newDevice(browser, hub.url, { width: 390, height: 844 })
    await joinByLink(phone, join.url, '王伟')
    const planUrl = phone.url().replace(/\?.*$/, '')
    await phone.goto(`${planUrl}?step=swot`)
    const commented = phone.locator(`[data-card-id="${card.id}"]`)
    const marker = commented.getByRole('button', { name: '2 条未解决的评论' })
    await expect(marker).toBeVisible()
    // Only commented items carry a count.
    await expect(phone.getByTestId('comment-marker')).toHaveCount(1)
    await scrollBelowHeader(phone, `[data-card-id="${card.id}"]`)
    expect(await seriousViolations(phone)).toEqual([])
    await phone.screenshot({ path: `${SHOTS}/comment-marker-card-390x844.png` })

    // From the keyboard, the count opens the drawer on that card's comments, the card chosen for a new one.
    await marker.focus()
    await phone.keyboard.press('Enter')
    const drawer = drawerOf(phone)
    const threads = drawer.locator('.comment-thread')
    await expect(threads).toHaveCount(2)
    await expect(drawer.locator('.comment-threads')).toContainText('冷链缺口有多大？')
    await expect(drawer.locator('.comment-threads')).toContainText('能否写出具体的冷库数量？')
    await expect(drawer.locator('.comment-form')).toContainText(`卡片 · ${card.text}`)
    await phone.screenshot({ path: `${SHOTS}/comment-marker-drawer-390x844.png` })
    await drawer.getByRole('button', { name: '显示本练习的全部评论' }).click()
    await expect(threads).toHaveCount(3)
    await drawer.getByRole('button', { name: '关闭评论' }).click()

    // A comment arriving is counted on its item and read out by screen readers.
    const announcer = phone.getByTestId('comment-announcer')
    await expect(announcer).toHaveAttribute('aria-live', 'polite')
    on('swot', 'card', card.id, '冷库选址定了吗？')
    await expect(commented.getByRole('button', { name: '3 条未解决的评论' })).toBeVisible()
    await expect(announcer).toContainText('李老师（主持人） 发表了新评论：冷库选址定了吗？')

    await phone.goto(`${planUrl}?step=target-setting`)
    const row = phone.locator(`[data-indicator-id="${indicator.id}"]`)
    const rowMarker = row.getByRole('button', { name: '1 条未解决的评论' })
    await expect(rowMarker).toBeVisible()
    await scrollBelowHeader(phone, `[data-indicator-id="${indicator.id}"]`)
    await phone.screenshot({ path: `${SHOTS}/comment-marker-indicator-390x844.png` })

    await phone.goto(`${planUrl}?step=action-plan`)
    const actionMarker = phone
      .locator(`[data-action-id="${action.id}"]`)
      .getByRole('button', { name: '1 条未解决的评论' })
    await expect(actionMarker).toBeVisible()
    await scrollBelowHeader(phone, `[data-action-id="${action.id}"]`)
    await phone.screenshot({ path: `${SHOTS}/comment-marker-action-390x844.png` })
    await actionMarker.click()
    await expect(drawerOf(phone).locator('.comment-thread')).toHaveText([/这项行动由谁负责？/])
  } finally {
    clients.forEach((client) => client.destroy())
  }
})
