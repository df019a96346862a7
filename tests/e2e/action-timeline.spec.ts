import type { Locator, Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { addAction } from '../../shared/exercises/action-plan/action-plan-doc'
import { planDocName } from '../../shared/live/doc-names'
import { setPlanStatus, updatePlanInfo } from '../../shared/exercises/sign-off/sign-off-doc'
import { connectLive } from '../support/live-client'
import { seriousViolations } from './support/axe'
import { chooseOption } from './support/antd-select'
import { demoLueyang } from './support/demo-plan'
import { LUEYANG, newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

interface DrawnRow {
  title: string
  dates: string
  marks: string[]
  /** The bar's accessible name, and where it starts and ends across its track (0–1); null without a bar. */
  bar: { label: string; from: number; to: number } | null
}

/** The rows of a timeline as a person sees them: the words, and where the bar is drawn. */
const drawnRows = (timeline: Locator): Promise<DrawnRow[]> =>
  timeline.getByTestId('timeline-row').evaluateAll((rows) =>
    rows.map((row) => {
      const text = (selector: string) =>
        [...row.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '')
      const bar = row.querySelector('[data-testid="timeline-bar"]')
      const track = bar?.parentElement?.getBoundingClientRect()
      const box = bar?.getBoundingClientRect()
      const round = (value: number) => Math.round(value * 100) / 100
      return {
        title: text('[data-testid="timeline-title"]')[0] ?? '',
        dates: text('[data-testid="timeline-dates"]')[0] ?? '',
        marks: text('[data-testid="timeline-mark"]'),
        bar:
          bar && track && box
            ? {
                label: bar.getAttribute('aria-label') ?? '',
                from: round((box.left - track.left) / track.width),
                to: round((box.right - track.left) / track.width),
              }
            : null,
      }
    }),
  )

async function openConsole(page: Page, workshopId: string): Promise<void> {
  await page.goto(`/console/${workshopId}`)
  await expect(page.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible()
}

const squeezed = (text: string) => text.replace(/\s+/g, '')

test('one timeline: a reversed, an open-ended and an out-of-period action show the same bars in the step, on the projector and in the PDF', async ({
  browser,
  hub,
}, testInfo) => {
  test.setTimeout(240_000)
  const { workshopId, countyId, token } = await demoLueyang(hub.url)
  const plan = connectLive(hub.url, planDocName(workshopId, countyId), token)
  try {
    await plan.synced
    // Final, so no draft watermark scatters its letters through the PDF's text.
    updatePlanInfo(plan.doc, {
      title: '略阳县电商精准扶贫合作方案',
      startYear: 2018,
      endYear: 2020,
    })
    setPlanStatus(plan.doc, 'final')
    addAction(plan.doc, {
      title: '乌鸡电商销售',
      batch: 'production',
      startDate: '2018-06-01',
      endDate: '2020-12-31',
    })
    addAction(plan.doc, { title: '冷链物流建设', startDate: '2020-06-30', endDate: '2019-03-01' })
    addAction(plan.doc, { title: '电商技能培训', batch: 'education', startDate: '2019-01-01' })
    addAction(plan.doc, { title: '乡村旅游开发', startDate: '2021-03-01', endDate: '2021-12-31' })
    await plan.saved()
  } finally {
    plan.destroy()
  }

  // The step's timeline view: every action has its bar, its dates as typed and what is odd about them.
  const { page: facilitator } = await newDevice(browser, hub.url)
  await facilitator.goto(`/plan/${workshopId}/${countyId}?step=action-plan&view=timeline`)
  const stepTimeline = facilitator.getByTestId('action-timeline')
  await expect(stepTimeline.getByTestId('timeline-bar')).toHaveCount(4)
  await expect(facilitator.getByRole('list', { name: '措施时间轴，2018—2021 年' })).toBeVisible()
  const inStep = await drawnRows(stepTimeline)
  expect(inStep.map(({ title, dates, marks }) => ({ title, dates, marks }))).toEqual([
    { title: '乌鸡电商销售', dates: '2018年6月1日 至 2020年12月31日', marks: [] },
    { title: '冷链物流建设', dates: '2020年6月30日 至 2019年3月1日', marks: ['结束早于开始'] },
    { title: '电商技能培训', dates: '2019年1月1日 起', marks: ['未定结束日期'] },
    { title: '乡村旅游开发', dates: '2021年3月1日 至 2021年12月31日', marks: ['晚于规划期'] },
  ])
  // The axis runs 2018–2021 (1,461 days): the open-ended bar runs to its end, the last lies in 2021.
  expect(inStep[1]!.bar).toMatchObject({
    label: '冷链物流建设：2020年6月30日 至 2019年3月1日（结束早于开始）',
  })
  expect(inStep[2]!.bar!.to).toBe(1)
  expect(inStep[3]!.bar!.from).toBeCloseTo((1096 + 59) / 1461, 2)
  expect(await seriousViolations(facilitator), 'step timeline').toEqual([])
  await facilitator.screenshot({ path: testInfo.outputPath('step-timeline-1280x720.png') })

  // The console spotlights Lueyang's action plan; the projector draws the same bars.
  await openConsole(facilitator, workshopId)
  await chooseOption(facilitator, facilitator.getByLabel('聚焦的县'), LUEYANG)
  await chooseOption(facilitator, facilitator.getByLabel('聚焦的内容'), '行动计划')
  await facilitator.getByRole('button', { name: '在投影上聚焦', exact: true }).click()
  const link = (await facilitator.getByTestId('projector-link').innerText()).trim()
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(link)
  await expect(projector.getByTestId('projector-title')).toHaveText(/略阳县\s*·\s*行动计划/)
  const projectorTimeline = projector.getByTestId('projector-timeline')
  await expect(projectorTimeline.getByTestId('timeline-bar')).toHaveCount(4)
  expect(await drawnRows(projectorTimeline)).toEqual(inStep)
  expect(await seriousViolations(projector), 'projector spotlight').toEqual([])
  await projector.screenshot({ path: testInfo.outputPath('projector-timeline-1280x720.png') })

  // The PDF prints the same rows, in the same order, under its timeline heading.
  const response = await fetch(
    `${hub.url}${apiPath(API_ROUTES.planPdf, { workshopId, countyId })}?lang=zh-CN`,
  )
  expect(response.status).toBe(200)
  const file = testInfo.outputPath('lueyang.pdf')
  await writeFile(file, Buffer.from(await response.arrayBuffer()))
  // Laid out as on the page, so a row's name, dates and marks come out together, row after row.
  const text = squeezed(
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  )
  let cursor = text.indexOf('实施进度')
  expect(cursor).toBeGreaterThan(0)
  for (const row of inStep) {
    for (const words of [row.title, row.dates, ...row.marks]) {
      const found = text.indexOf(squeezed(words), cursor)
      expect(found, `“${words}” after the timeline heading, in order`).toBeGreaterThan(cursor)
      cursor = found
    }
  }
})
