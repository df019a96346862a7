import type { Page } from '@playwright/test'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { addIndicator } from '../../shared/exercises/target-setting/target-setting-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { addComment } from '../../shared/comments/comments-doc'
import { commentsDocName, planDocName } from '../../shared/live/doc-names'
import { connectLive } from '../support/live-client'
import { seriousViolations } from './support/axe'
import { hubApi } from './support/hub-api'
import { joinByLink, LUEYANG, newDevice } from './support/live-join'
import { stepNav } from './support/plan-navigator'
import { expect, test } from './support/test'

test.use({ demo: true })
test.describe.configure({ timeout: 120_000 })

const HEFENG = '鹤峰县'
const SHOTS = 'test-results/screenshots'
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` })

test('a gallery walk open on target setting only: a group browsing Lueyang sees its indicators and nothing of its SWOT', async ({
  browser,
  hub,
  request,
}) => {
  // Arranged by REST and the facilitator's own live connection: Lueyang's plan, the LAN open.
  const [workshop] = await hubApi.listWorkshops(request)
  const workshopId = workshop!.id
  const lueyang = (await hubApi.listCounties(request, workshopId)).find((c) => c.name === LUEYANG)!
  await hubApi.openLan(request, '127.0.0.1')
  const { groups } = await hubApi.getJoinInfo(request, workshopId)
  const hefengJoin = groups.find((group) => group.countyName === HEFENG)!.joinUrl!
  const { token } = (await (
    await request.get(API_ROUTES.facilitatorToken)
  ).json()) as ApiResponse<'facilitatorToken'>
  const plan = connectLive(hub.url, planDocName(workshopId, lueyang.id), token)
  // Lueyang's own comments: one on its targets (open in the walk), one on its SWOT (closed).
  const comments = connectLive(hub.url, commentsDocName(workshopId, lueyang.id), token)
  try {
    await Promise.all([plan.synced, comments.synced])
    addIndicator(plan.doc, { name: '乌鸡网店年销售额' })
    addSwotCard(plan.doc, 'weaknesses', '冷链物流薄弱')
    const author = { name: '王伟', countyId: lueyang.id, countyName: LUEYANG, countyNameEn: 'Lueyang County' }
    addComment(comments.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '销售额的基线年份待补',
      author,
    })
    addComment(comments.doc, { anchor: { exercise: 'swot', item: null }, text: '冷链问题先别外传', author })
    await Promise.all([plan.saved(), comments.saved()])
  } finally {
    plan.destroy()
    comments.destroy()
  }

  // The facilitator opens only target setting, ticking the boxes by keyboard and by pointer.
  const { page: console_ } = await newDevice(browser, hub.url)
  await console_.goto(`/console/${workshopId}`)
  await console_
    .getByRole('navigation', { name: '议程' })
    .getByRole('button', { name: /画廊漫步/ })
    .click()
  const panel = console_.getByRole('region', { name: '互评与观摩' })
  const choice = panel.getByRole('group', { name: '开放给各组浏览的练习' })
  await choice.getByRole('checkbox', { name: '县情数据卡' }).focus()
  await console_.keyboard.press('Space')
  await expect(choice.getByRole('checkbox', { name: '县情数据卡' })).not.toBeChecked()
  for (const box of await choice.getByRole('checkbox').all())
    if ((await box.getAttribute('value')) !== 'target-setting') await box.uncheck()
  await expect(choice.getByRole('checkbox', { checked: true })).toHaveCount(1)
  expect(await seriousViolations(console_)).toEqual([])
  await shot(console_, 'gallery-console-choice-1280x720')
  // The same choice in English, and on a phone-sized window (the console is a laptop's, but must not break).
  const fieldset = console_.locator('.console-review-exercises')
  await console_.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(console_.getByRole('group', { name: 'Exercises open to the groups' })).toBeVisible()
  await fieldset.scrollIntoViewIfNeeded()
  await shot(console_, 'gallery-console-choice-en-1280x720')
  await console_.setViewportSize({ width: 390, height: 844 })
  await fieldset.scrollIntoViewIfNeeded()
  await shot(console_, 'gallery-console-choice-en-390x844')
  await console_.getByRole('radiogroup', { name: 'Language' }).getByText('中文').click()
  await fieldset.scrollIntoViewIfNeeded()
  await shot(console_, 'gallery-console-choice-zh-390x844')
  await panel.getByRole('button', { name: '开始本轮' }).click()
  await expect(panel).toContainText('只开放这些练习：目标设定')

  // A Hefeng device browses Lueyang: one step, its indicator, and no trace of the SWOT card.
  const { page: hefeng } = await newDevice(browser, hub.url)
  await joinByLink(hefeng, hefengJoin, '李娜')
  await hefeng.getByRole('link', { name: `打开${LUEYANG}的方案` }).click()
  await expect(hefeng.getByText('本次观摩只开放：目标设定。')).toBeVisible()
  await expect(stepNav(hefeng).getByRole('link')).toHaveCount(1)
  await expect(hefeng.locator('#step-heading')).toHaveText(/目标设定/)
  await expect(hefeng.getByLabel('指标名称（第 1 行）', { exact: true })).toHaveValue('乌鸡网店年销售额')
  await expect(hefeng.locator('body')).not.toContainText('冷链物流薄弱')
  // A reader saves nothing: the header says read-only and shows no "saved".
  await expect(hefeng.getByText('县域扶贫方案 · 只读，对方的修改实时显示')).toBeVisible()
  await expect(hefeng.locator('.plan-header')).not.toContainText('已保存')
  expect(await seriousViolations(hefeng)).toEqual([])
  // Lueyang's comments on its targets are there to read and answer; the one on its SWOT never reaches
  // the device.
  await hefeng.getByRole('button', { name: '评论（1 条未解决）' }).click()
  const drawer = hefeng.getByRole('dialog', { name: '对本方案的评论' })
  await expect(drawer.locator('.comment-thread')).toContainText('销售额的基线年份待补')
  await expect(hefeng.locator('body')).not.toContainText('冷链问题先别外传')
  await drawer.getByLabel('评论内容').fill('网店复购率也值得设指标')
  await drawer.getByRole('button', { name: '发表评论' }).click()
  await expect(drawer.locator('.comment-thread')).toHaveCount(2)
  await expect
    .poll(async () =>
      JSON.stringify(
        await (await request.get(`/api/workshops/${workshopId}/counties/${lueyang.id}/comments`)).json(),
      ),
    )
    .toContain('网店复购率也值得设指标')
  await shot(hefeng, 'gallery-reader-comments-1280x720')
  await hefeng.setViewportSize({ width: 390, height: 844 })
  await shot(hefeng, 'gallery-reader-comments-390x844')
  await hefeng.setViewportSize({ width: 1280, height: 720 })
  await hefeng.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await shot(hefeng, 'gallery-reader-zh-1280x720')
  await hefeng.setViewportSize({ width: 390, height: 844 })
  await shot(hefeng, 'gallery-reader-zh-390x844')

  await hefeng.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(hefeng.getByText('Open in this gallery walk: Target setting.')).toBeVisible()
  await expect(
    hefeng.getByText('County anti-poverty plan · read-only; their changes appear live'),
  ).toBeVisible()
  expect(await seriousViolations(hefeng)).toEqual([])
  await shot(hefeng, 'gallery-reader-en-390x844')
  await hefeng.setViewportSize({ width: 1280, height: 720 })
  await shot(hefeng, 'gallery-reader-en-1280x720')
})
