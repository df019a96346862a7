import type { Locator, Page } from '@playwright/test'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import {
  addNeed,
  dragResourceByMouse,
  matchRow,
  needCard,
  needsBoard,
  resourceHandle,
  scrollToMatchingBoard,
} from './support/matching-steps'
import { stepLink } from './support/plan-navigator'
import { expect, test } from './support/test'
import { lueyangPairByRest } from './support/lan-by-rest'

test.use({ demo: true })

const CHICKENS = '网上销售略阳乌鸡'
const GIFT_BOX = '略阳乌鸡礼盒'
const ONLINE_SHOP = '平台网店与销售渠道'
const TRAINING = '电商技能培训'
const BRANDING = '包装与品牌设计'

const matchingStep = (page: Page): Locator => stepLink(page, /资源对接/)

test('a county group matches catalogue resources to its needs by mouse, keyboard and menu, fills them in, reads the matrix and turns a match into an action', async ({
  browser,
  hub,
  request,
}) => {
  // The second device is a tablet, where the catalogue sits beside the needs in a narrower column.
  const { a, b } = await lueyangPairByRest(browser, request, hub.url, { width: 768, height: 1024 })

  await expect(matchingStep(a.page)).toContainText('已完成 0%')
  await matchingStep(a.page).click()
  await expect(a.page).toHaveURL(/\?step=resource-matching$/)
  await expect(a.page.getByRole('heading', { level: 2, name: '资源对接', exact: true })).toBeVisible()
  // The workshop's catalogue, read with the group's token, grouped by kind.
  const catalogue = a.page.getByRole('region', { name: '资源目录' })
  await expect(catalogue.getByRole('heading', { level: 4, name: '销售渠道' })).toBeVisible()
  await expect(resourceHandle(a.page, ONLINE_SHOP)).toBeVisible()
  await expect(a.page.getByText('先在左侧写一张需求卡片')).toBeVisible()

  await addNeed(a.page, CHICKENS)
  await expect(matchingStep(a.page)).toContainText('已完成 33%')

  // By mouse: the platform's online shop onto the chickens.
  await dragResourceByMouse(a.page, resourceHandle(a.page, ONLINE_SHOP), needCard(a.page, CHICKENS))
  await expect(matchRow(a.page, ONLINE_SHOP)).toContainText('提供方：合作平台企业')
  await expect(matchingStep(a.page)).toContainText('已完成 66%')

  // By keyboard: pick up the training, move left onto the need, drop; each step is announced.
  const region = a.page.locator('[id^="DndLiveRegion"]')
  await resourceHandle(a.page, TRAINING).focus()
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText(`已拿起资源“${TRAINING}”，用方向键选择需求卡片。`)
  await a.page.keyboard.press('ArrowLeft')
  await expect(region).toHaveText(`将对接到“${CHICKENS}”。`)
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText(`已把资源“${TRAINING}”对接到“${CHICKENS}”。`)
  await expect
    .poll(() => needsBoard(a.page))
    .toEqual([{ text: CHICKENS, resources: [ONLINE_SHOP, TRAINING] }])

  // The same resource is not matched to the same need twice.
  await resourceHandle(a.page, ONLINE_SHOP).focus()
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText(`已拿起资源“${ONLINE_SHOP}”，用方向键选择需求卡片。`)
  await a.page.keyboard.press('ArrowLeft')
  await expect(region).toHaveText(`将对接到“${CHICKENS}”。`)
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText(`资源“${ONLINE_SHOP}”已对接到“${CHICKENS}”，没有重复添加。`)
  await expect
    .poll(() => needsBoard(a.page))
    .toEqual([{ text: CHICKENS, resources: [ONLINE_SHOP, TRAINING] }])

  // The "match to…" menu, by keyboard: a product card gets the packaging design.
  await addNeed(a.page, GIFT_BOX, '产品')
  await expect(needCard(a.page, GIFT_BOX)).toHaveAttribute('data-kind', 'product')
  await a.page.getByRole('button', { name: `把“${BRANDING}”对接到需求` }).focus()
  await a.page.keyboard.press('Enter')
  await expect(a.page.getByRole('menuitem', { name: GIFT_BOX })).toBeVisible()
  await expect(a.page.getByRole('menuitem', { name: CHICKENS })).toBeFocused()
  await a.page.keyboard.press('ArrowDown')
  await expect(a.page.getByRole('menuitem', { name: GIFT_BOX })).toBeFocused()
  await a.page.keyboard.press('Enter')
  await expect(a.page.getByText(`已把“${BRANDING}”对接到“${GIFT_BOX}”。`)).toBeVisible()
  await expect
    .poll(() => needsBoard(a.page))
    .toEqual([
      { text: CHICKENS, resources: [ONLINE_SHOP, TRAINING] },
      { text: GIFT_BOX, resources: [BRANDING] },
    ])

  // Commitment, owner and status of the online-shop match.
  const shop = matchRow(a.page, ONLINE_SHOP)
  await a.page
    .getByLabel(`“${ONLINE_SHOP}”的承诺`)
    .fill('开设略阳乌鸡网店，2019 年底前上线，首年销售 10 万只')
  await a.page.getByLabel(`“${ONLINE_SHOP}”的县里负责人`).fill('县商务局 张明')
  await chooseOption(a.page, a.page.getByLabel(`“${ONLINE_SHOP}”的对接状态`), '已达成')
  await expect(shop.locator('.match-status')).toHaveText('已达成')
  await chooseOption(a.page, a.page.getByLabel(`“${TRAINING}”的对接状态`), '洽谈中')

  // The matrix: needs × the resources matched so far, with their statuses.
  await a.page.locator('.matching-toolbar label', { hasText: '矩阵' }).click()
  await expect(a.page).toHaveURL(/view=matrix/)
  const matrix = a.page.getByRole('table')
  await expect(matrix.getByRole('columnheader')).toHaveText([
    '需求与产品',
    `${ONLINE_SHOP}合作平台企业`,
    `${BRANDING}合作平台企业`,
    `${TRAINING}合作平台企业`,
    '对接数',
  ])
  await expect(matrix.getByRole('row', { name: new RegExp(CHICKENS) }).getByRole('cell')).toHaveText([
    '已达成',
    '未对接',
    '洽谈中',
    '2',
  ])
  await expect(matrix.getByRole('row', { name: new RegExp(GIFT_BOX) }).getByRole('cell')).toHaveText([
    '未对接',
    '初步提出',
    '未对接',
    '1',
  ])
  await scrollToMatchingBoard(a.page)
  await a.page.screenshot({ path: 'test-results/screenshots/resource-matrix-1280x720.png' })
  expect(await seriousViolations(a.page), 'matrix view').toEqual([])

  // Back to the cards: the online shop becomes an action in one click.
  await a.page.locator('.matching-toolbar label', { hasText: '卡片' }).click()
  await a.page.getByRole('button', { name: `把“${ONLINE_SHOP}”的对接转为行动` }).click()
  const inPlan = a.page.getByRole('link', { name: `已在行动计划中：“${ONLINE_SHOP}”（打开行动计划）` })
  await expect(inPlan).toBeFocused()
  await expect(a.page.getByRole('button', { name: `把“${TRAINING}”的对接转为行动` })).toBeVisible()

  // The second device sees it all.
  await matchingStep(b.page).click()
  await expect
    .poll(() => needsBoard(b.page))
    .toEqual([
      { text: CHICKENS, resources: [ONLINE_SHOP, TRAINING] },
      { text: GIFT_BOX, resources: [BRANDING] },
    ])
  await expect(b.page.getByLabel(`“${ONLINE_SHOP}”的承诺`)).toHaveValue(
    '开设略阳乌鸡网店，2019 年底前上线，首年销售 10 万只',
  )
  await expect(b.page.getByLabel(`“${ONLINE_SHOP}”的县里负责人`)).toHaveValue('县商务局 张明')
  await expect(matchRow(b.page, ONLINE_SHOP).locator('.match-status')).toHaveText('已达成')
  await expect(matchRow(b.page, TRAINING).locator('.match-status')).toHaveText('洽谈中')
  await expect(
    b.page.getByRole('link', { name: `已在行动计划中：“${ONLINE_SHOP}”（打开行动计划）` }),
  ).toBeVisible()
  await expect(matchingStep(b.page)).toContainText('已完成 66%')

  // Deleting a need says its matches go too.
  await addNeed(b.page, '临时需求')
  await b.page.getByRole('button', { name: `把“${TRAINING}”对接到需求` }).click()
  await b.page.getByRole('menuitem', { name: '临时需求' }).click()
  const temporary = async (page: Page) =>
    (await needsBoard(page)).find((need) => need.text === '临时需求')?.resources
  await expect.poll(() => temporary(b.page)).toEqual([TRAINING])
  await expect.poll(() => temporary(a.page)).toEqual([TRAINING])
  await b.page.getByRole('button', { name: '删除卡片：临时需求' }).click()
  await expect(b.page.locator('.ant-popconfirm')).toContainText('它的 1 项对接也会一并删除')
  await b.page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s?除$/ })
    .click()
  await expect.poll(async () => (await needsBoard(a.page)).length).toBe(2)

  // A reload brings everything back from the hub.
  await a.page.reload()
  await expect(a.page).toHaveURL(/\?step=resource-matching$/)
  await expect
    .poll(() => needsBoard(a.page))
    .toEqual([
      { text: CHICKENS, resources: [ONLINE_SHOP, TRAINING] },
      { text: GIFT_BOX, resources: [BRANDING] },
    ])
  await expect(a.page.getByLabel(`“${ONLINE_SHOP}”的县里负责人`)).toHaveValue('县商务局 张明')
  await expect(
    a.page.getByRole('link', { name: `已在行动计划中：“${ONLINE_SHOP}”（打开行动计划）` }),
  ).toBeVisible()
  await expect(
    a.page
      .getByRole('button', { name: `拖到需求上：${ONLINE_SHOP}` })
      .locator('xpath=..')
      .getByText('已对接 1 项'),
  ).toBeVisible()

  await scrollToMatchingBoard(a.page)
  await a.page.screenshot({ path: 'test-results/screenshots/resource-matching-1280x720.png' })
  expect(await seriousViolations(a.page), 'cards view').toEqual([])

  // The link takes the group to the action plan.
  await a.page.getByRole('link', { name: `已在行动计划中：“${ONLINE_SHOP}”（打开行动计划）` }).click()
  await expect(a.page).toHaveURL(/\?step=action-plan$/)
})
