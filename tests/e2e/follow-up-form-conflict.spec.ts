import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { hubApi } from './support/hub-api'
import { openReviewRoundByRest } from './support/open-review-round'
import { lueyangJoinByRest } from './support/lan-by-rest'
import { LUEYANG } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const ROUND = '2019 年第三季度'

test('the facilitator’s form saves only what it changed: a county member’s narrative saved meanwhile is kept, and of the facilitator’s edits only the clashing one is given up', async ({
  page,
  request,
  hub,
}) => {
  test.setTimeout(90_000)
  const { workshopId, round } = await openReviewRoundByRest(request, hub.url)
  const { code } = await lueyangJoinByRest(request)
  const joined = (await (
    await request.post(API_ROUTES.join, { data: { code, displayName: '王伟' } })
  ).json()) as ApiResponse<'join'>

  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, '2018 贫困县扶贫培训班（演示）', '跟踪复盘')
  await page.getByRole('button', { name: `查看${ROUND}的各县情况` }).click()
  await page.getByRole('button', { name: `填写${LUEYANG}的报告` }).click()
  const report = page.getByRole('region', { name: `${LUEYANG}：${ROUND}` })
  await report.getByLabel('通过电商合作脱贫人口的实际值').fill('8100')
  await report.getByLabel('简要说明').fill('主持人写的说明')

  // Meanwhile 王伟 saves the narrative from his phone.
  const path = apiPath(API_ROUTES.followUpReportChanges, {
    workshopId,
    roundId: round.id,
    countyId: joined.countyId,
  })
  const saved = await request.post(path, {
    data: { changes: [{ field: 'narrative', value: '网店已上线，销量低于预期。', was: '' }] },
    headers: { authorization: `Bearer ${joined.token}` },
  })
  expect(saved.status()).toBe(200)

  await report.getByRole('button', { name: '保存报告' }).click()
  await expect(
    page.getByText('这一栏在您编辑期间已由 王伟 在另一台设备上保存了新内容，您的修改没有保存。', {
      exact: false,
    }),
  ).toBeVisible()
  await expect(report.getByLabel('简要说明')).toHaveValue('网店已上线，销量低于预期。')
  await expect(report.getByLabel('通过电商合作脱贫人口的实际值')).toHaveValue('8100')

  await report.getByRole('button', { name: '保存报告' }).click()
  await expect(page.getByText(`已保存${LUEYANG}的报告。`)).toBeVisible()
  const stored = await hubApi.getFollowUpReport(request, workshopId, round.id, joined.countyId)
  expect(stored.narrative).toBe('网店已上线，销量低于预期。')
  expect(stored.indicators.map((entry) => entry.actual)).toEqual([8_100])
})
