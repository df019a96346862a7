import type { Locator, Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { stepLink } from './support/plan-navigator'
import {
  coreProblem,
  problemBoard,
  problemCard,
  problemObjectives,
  sortedProblemBoard,
  typeNewCard,
} from './support/problem-tree-steps'
import { expect, test } from './support/test'
import { lueyangPairByRest } from './support/lan-by-rest'

test.use({ demo: true })

const treeStep = (page: Page): Locator => stepLink(page, /问题树/)

test('two devices build a problem tree: causes, a sub-cause and an effect, moved by keyboard, turned into objectives, kept on reload', async ({
  browser,
  hub,
  request,
}) => {
  const { a, b } = await lueyangPairByRest(browser, request, hub.url)

  await expect(treeStep(a.page)).toContainText('已完成 0%')
  await treeStep(a.page).click()
  await expect(a.page).toHaveURL(/\?step=problem-tree$/)
  await expect(a.page.getByRole('heading', { level: 2, name: '问题树', exact: true })).toBeVisible()
  await treeStep(b.page).click()

  // The core problem in the middle, two causes below it, a sub-cause and an effect above.
  await coreProblem(a.page).fill('贫困户养的乌鸡卖不上价')
  await typeNewCard(a.page, a.page.getByRole('button', { name: '添加直接原因' }), '冷链运输成本高')
  await typeNewCard(a.page, a.page.getByRole('button', { name: '添加直接原因' }), '只能在集市零卖')
  await typeNewCard(a.page, a.page.getByRole('button', { name: '添加直接原因' }), '没有网店')
  await typeNewCard(
    a.page,
    a.page.getByRole('button', { name: '在“冷链运输成本高”下面添加原因' }),
    '村道狭窄',
  )
  await typeNewCard(a.page, a.page.getByRole('button', { name: '添加直接影响' }), '养殖收入低')
  await expect(treeStep(a.page)).toContainText('已完成 75%')
  expect(await problemBoard(a.page)).toEqual({
    'effect-1': [{ under: null, cards: ['养殖收入低'] }],
    'cause-1': [{ under: null, cards: ['冷链运输成本高', '只能在集市零卖', '没有网店'] }],
    'cause-2': [{ under: '“冷链运输成本高”的原因', cards: ['村道狭窄'] }],
  })

  // By keyboard: "no web shop" is why the chickens only sell at the market: pick it up, left, drop.
  const region = a.page.locator('[id^="DndLiveRegion"]')
  await a.page.getByRole('button', { name: '拖动卡片：没有网店' }).focus()
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText('已拿起卡片“没有网店”。')
  await a.page.keyboard.press('ArrowLeft')
  await expect(region).toHaveText('将挂到“只能在集市零卖”下面。')
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText('卡片“没有网店”已挂到“只能在集市零卖”下面。')
  await expect
    .poll(async () => (await problemBoard(a.page))['cause-2'])
    .toEqual([
      { under: '“冷链运输成本高”的原因', cards: ['村道狭窄'] },
      { under: '“只能在集市零卖”的原因', cards: ['没有网店'] },
    ])

  // A card cannot hang below itself: dropped on its own sub-cause, the board says why and nothing moves.
  await a.page.getByRole('button', { name: '拖动卡片：冷链运输成本高' }).focus()
  await a.page.keyboard.press('Space')
  await a.page.keyboard.press('ArrowDown')
  await expect(region).toHaveText('不能挂到“村道狭窄”下面：它挂在被移动的卡片下面。')
  await a.page.keyboard.press('Space')
  await expect(a.page.getByRole('alert')).toContainText(
    '不能把“冷链运输成本高”挂到“村道狭窄”下面：“村道狭窄”本身挂在“冷链运输成本高”下面，那样会形成循环。',
  )
  expect((await problemBoard(a.page))['cause-2']![0]).toEqual({
    under: '“冷链运输成本高”的原因',
    cards: ['村道狭窄'],
  })

  // The "move" list does the same without dragging; the card's own branch is listed but not offered.
  await problemCard(a.page, '冷链运输成本高')
    .getByRole('button', { name: '移动卡片“冷链运输成本高”到…' })
    .click()
  const dialog = a.page.getByRole('dialog', { name: '移动卡片“冷链运输成本高”' })
  await expect(dialog.getByRole('radio', { name: /核心问题下面.*现在的位置/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /原因：村道狭窄.*会形成循环/ })).toBeDisabled()
  await dialog.getByRole('radio', { name: '影响：养殖收入低' }).check()
  await dialog.getByRole('button', { name: /^取\s?消$/ }).click()
  await expect(dialog).toBeHidden()

  // Invert the tree: the cold-chain cause becomes an objective, rewritten as a positive statement.
  await a.page.getByRole('button', { name: '把“冷链运输成本高”转为目标' }).click()
  const objective = a.page.getByRole('textbox', { name: '第 1 个目标' })
  await expect(objective).toBeFocused()
  await expect(objective).toHaveValue('冷链运输成本高')
  await objective.fill('降低冷链运输成本')
  await expect(problemCard(a.page, '冷链运输成本高')).toContainText('已转为目标')
  await expect(a.page.locator('.pt-objective').first()).toContainText('来自卡片：冷链运输成本高')
  const newObjective = a.page.getByRole('textbox', { name: '新目标' })
  await newObjective.fill('建立乌鸡网店')
  await newObjective.press('Enter')
  await a.page.getByRole('button', { name: '上移目标：建立乌鸡网店' }).click()
  await expect.poll(() => problemObjectives(a.page)).toEqual(['建立乌鸡网店', '降低冷链运输成本'])
  await expect(treeStep(a.page)).toContainText('已完成')
  await expect(treeStep(a.page)).not.toContainText('%')

  // The other device sees the same tree, the same objectives, and which card was converted.
  const expected = {
    'effect-1': [{ under: null, cards: ['养殖收入低'] }],
    'cause-1': [{ under: null, cards: ['冷链运输成本高', '只能在集市零卖'] }],
    'cause-2': [
      { under: '“冷链运输成本高”的原因', cards: ['村道狭窄'] },
      { under: '“只能在集市零卖”的原因', cards: ['没有网店'] },
    ],
  }
  await expect(coreProblem(b.page)).toHaveValue('贫困户养的乌鸡卖不上价')
  await expect.poll(() => problemBoard(b.page)).toEqual(expected)
  await expect.poll(() => problemObjectives(b.page)).toEqual(['建立乌鸡网店', '降低冷链运输成本'])
  await expect(problemCard(b.page, '冷链运输成本高')).toContainText('已转为目标')
  await expect(treeStep(b.page)).not.toContainText('%')

  // Deleting a card asks first, says its sub-causes are kept, and they move up a layer.
  await problemCard(b.page, '只能在集市零卖')
    .getByRole('button', { name: '删除卡片：只能在集市零卖' })
    .click()
  const confirm = b.page.locator('.ant-popconfirm')
  await expect(confirm).toContainText('挂在它下面的 1 张卡片不会删除，会上移一层。')
  await confirm.getByRole('button', { name: /^删\s?除$/ }).click()
  // The freed card keeps the order key it had under the deleted one, so its place among the direct
  // causes is not defined: compare the cards, not their order.
  const afterDelete = {
    ...expected,
    'cause-1': [{ under: null, cards: ['冷链运输成本高', '没有网店'] }],
    'cause-2': [{ under: '“冷链运输成本高”的原因', cards: ['村道狭窄'] }],
  }
  await expect.poll(() => sortedProblemBoard(a.page)).toEqual(afterDelete)

  // A reload brings it all back from the hub.
  await a.page.reload()
  await expect(a.page).toHaveURL(/\?step=problem-tree$/)
  await expect(coreProblem(a.page)).toHaveValue('贫困户养的乌鸡卖不上价')
  await expect.poll(() => sortedProblemBoard(a.page)).toEqual(afterDelete)
  await expect.poll(() => problemObjectives(a.page)).toEqual(['建立乌鸡网店', '降低冷链运输成本'])

  await a.page.evaluate(() =>
    window.scrollTo(
      0,
      document.querySelector('.pt-board')!.getBoundingClientRect().top + window.scrollY - 120,
    ),
  )
  await a.page.screenshot({ path: 'test-results/screenshots/problem-tree-1280x720.png' })
  expect(await seriousViolations(a.page), 'problem tree step').toEqual([])

  // On a phone the layers' cards stack, one above the other, and nothing runs off the screen.
  await b.page.setViewportSize({ width: 390, height: 844 })
  await expect
    .poll(() => b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0)
  const directCauses = await b.page
    .locator('.pt-layer[data-side="cause"][data-depth="1"] .pt-card')
    .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect()))
  expect(directCauses).toHaveLength(2)
  expect(directCauses[1]!.left).toBe(directCauses[0]!.left)
  expect(directCauses[1]!.top).toBeGreaterThanOrEqual(directCauses[0]!.bottom)
  await b.page.screenshot({ path: 'test-results/screenshots/problem-tree-390.png', fullPage: true })
})
