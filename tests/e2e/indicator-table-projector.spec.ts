import type { Page } from '@playwright/test'
import config from '../../playwright.config'
import { chooseOption } from './support/antd-select'
import { enterValue } from './support/enter-value'
import { joinByLink, newDevice } from './support/live-join'
import { openStep, scrollBelowHeader } from './support/plan-navigator'
import { indicatorCell } from './support/target-steps'
import { expect, test } from './support/test'
import { lueyangJoinByRest } from './support/lan-by-rest'

// Scrollbars drawn as on a desktop browser (headless Chromium hides them), so "scrolls visibly" can be checked.
test.use({
  demo: true,
  launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] },
})

interface HeaderPlace {
  text: string
  /** Its text is wider than the cell shows. */
  clipped: boolean
  /** Entirely inside the table's visible area, right of the sticky name column, and on screen. */
  inView: boolean
}

/** Where each column header of the indicator table is, as the person in front of the screen sees it. */
const headerPlaces = (page: Page): Promise<HeaderPlace[]> =>
  page.locator('.indicator-scroll').evaluate((scroller) => {
    const box = scroller.getBoundingClientRect()
    const nameColumn = scroller.querySelector('thead .indicator-name-cell')?.getBoundingClientRect()
    return [...scroller.querySelectorAll<HTMLElement>('thead th')].map((th) => {
      const cell = th.getBoundingClientRect()
      const sticky = th.classList.contains('indicator-name-cell')
      const left = sticky ? box.left : Math.max(box.left, nameColumn?.right ?? box.left)
      return {
        text: th.textContent ?? '',
        clipped: th.scrollWidth > th.clientWidth,
        inView:
          cell.left >= left - 1 &&
          cell.right <= Math.min(box.right, window.innerWidth) + 1 &&
          cell.top >= 0 &&
          cell.bottom <= window.innerHeight,
      }
    })
  })

/** The table's own horizontal scrollbar: drawn, and on screen. */
const visibleScrollbar = (page: Page) =>
  page.locator('.indicator-scroll').evaluate((scroller: HTMLElement) => {
    const style = getComputedStyle(scroller)
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth)
    const bar = scroller.offsetHeight - scroller.clientHeight - borders
    const scrolls = scroller.scrollWidth > scroller.clientWidth
    return {
      scrolls,
      drawn: bar > 0,
      onScreen: scroller.getBoundingClientRect().bottom <= window.innerHeight,
    }
  })

/** Boxes whose text runs past their edge: what the person typed is cut off. */
const cutBoxes = (page: Page): Promise<string[]> =>
  page
    .locator('.indicator-table')
    .evaluate((table) =>
      [...table.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
        .filter(
          (box) =>
            box.value !== '' &&
            (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight + 1),
        )
        .map((box) => box.value),
    )

test('at 1280×720, the projector, the Lueyang indicator table cuts no text and every column is in view or a visible scroll away', async ({
  browser,
  hub,
  request,
}) => {
  test.setTimeout(180_000)
  const { url } = await lueyangJoinByRest(request)
  const a = (await newDevice(browser, hub.url, { width: 1280, height: 720 })).page
  await joinByLink(a, url, '王伟')
  await openStep(a, /目标设定/)

  // The Lueyang table: people lifted from the calculator, then villages and income, typed in.
  await a.getByRole('button', { name: '设为 2018–2020 年' }).click()
  await enterValue(a.getByLabel('带动比例（%）'), '60')
  await enterValue(a.getByLabel('目标年份', { exact: true }), '2020')
  await a.getByRole('button', { name: '加入指标表' }).click()
  await enterValue(indicatorCell(a, '2018 年目标', 1), '6000')
  await enterValue(indicatorCell(a, '2019 年目标', 1), '13000')
  await indicatorCell(a, '责任单位', 1).fill('县扶贫办')
  await indicatorCell(a, '核查来源', 1).fill('建档立卡信息系统')
  const rows = [
    ['贫困村退出（含深度贫困村）', '贫困村退出', '县扶贫办、各镇人民政府', '贫困村退出验收名册'],
    ['农村居民人均可支配收入', '人均可支配收入', '县统计局', '国家统计局略阳调查队住户调查'],
  ] as const
  for (const [index, [name, kind, unit, source]] of rows.entries()) {
    const row = index + 2
    await a.getByRole('button', { name: '添加指标' }).click()
    await expect(indicatorCell(a, '指标名称', row)).toBeFocused()
    await a.keyboard.type(name)
    await chooseOption(a, indicatorCell(a, '类别', row), kind)
    await indicatorCell(a, '责任单位', row).fill(unit)
    await indicatorCell(a, '核查来源', row).fill(source)
  }
  await enterValue(indicatorCell(a, '2019 年目标', 2), '40')
  await enterValue(indicatorCell(a, '2020 年目标', 3), '11584')

  // The table's header row just below the plan's header, as a facilitator scrolls to it.
  const scroller = a.locator('.indicator-scroll')
  await scroller.evaluate((table) => table.scrollTo({ left: 0, top: 0 }))
  await scrollBelowHeader(a, '.indicator-scroll')
  await a.screenshot({ path: 'test-results/screenshots/indicator-table-1280x720.png' })

  expect(await cutBoxes(a), 'boxes whose text is cut off').toEqual([])
  const places = await headerPlaces(a)
  expect(
    places.filter((place) => place.clipped).map((place) => place.text),
    'clipped headers',
  ).toEqual([])
  const away = places.filter((place) => !place.inView).map((place) => place.text)
  if (away.length > 0) {
    // What is not in view is a visible scroll away: the table's scrollbar is drawn and on screen…
    expect(await visibleScrollbar(a)).toEqual({ scrolls: true, drawn: true, onScreen: true })
    // …and scrolling it brings each of those columns in view, clear of the sticky name column.
    for (const text of away) {
      await scroller.evaluate((table, header) => {
        const th = [...table.querySelectorAll('thead th')].find((cell) => cell.textContent === header)
        th?.scrollIntoView({ inline: 'nearest', block: 'nearest' })
      }, text)
      const place = (await headerPlaces(a)).find((candidate) => candidate.text === text)
      expect(place?.inView, `${text} after scrolling the table`).toBe(true)
    }
  }
  await scroller.evaluate((table) => table.scrollTo({ left: table.scrollWidth }))
  await a.screenshot({ path: 'test-results/screenshots/indicator-table-1280x720-scrolled.png' })

  // The same in English, whose headers are longer.
  await a.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(a.getByRole('heading', { level: 3, name: 'Key indicators' })).toBeVisible()
  await scroller.evaluate((table) => table.scrollTo({ left: 0, top: 0 }))
  await scrollBelowHeader(a, '.indicator-scroll')
  expect(await cutBoxes(a), 'boxes whose text is cut off, in English').toEqual([])
  const english = await headerPlaces(a)
  expect(
    english.filter((place) => place.clipped).map((place) => place.text),
    'clipped, in English',
  ).toEqual([])
  expect(await visibleScrollbar(a)).toEqual({ scrolls: true, drawn: true, onScreen: true })
  await a.screenshot({ path: 'test-results/screenshots/indicator-table-en-1280x720.png' })
})
