import { seriousViolations } from './support/axe'
import { lueyangPairByRest } from './support/lan-by-rest'
import { groupCard, LUEYANG, openJoinTab } from './support/live-join'
import { openStep, scrollToHeading } from './support/plan-navigator'
import { expect, test } from './support/test'

test.use({ demo: true })

test('the sign-off step lists the officials who joined; the facilitator corrects the list and the PDF cover follows', async ({
  browser,
  hub,
  page: facilitator,
  request,
}) => {
  const { a, b } = await lueyangPairByRest(browser, request, hub.url, { width: 390, height: 844 })

  // A group sees who the cover will name, and whom to ask about a mistake.
  await openStep(b.page, /审定与导出/)
  const seen = b.page.getByRole('region', { name: '参与人员' })
  await expect(seen.getByRole('listitem')).toHaveText(['王伟', '李娜'])
  await expect(seen).toContainText('请告诉主持人更正')
  await expect(seen.getByRole('button', { name: '保存名单' })).toHaveCount(0)
  await scrollToHeading(b.page, 'participants-heading')
  await b.page.screenshot({ path: 'test-results/screenshots/participants-group-390x844.png' })

  await openJoinTab(facilitator)
  await groupCard(facilitator, LUEYANG).getByRole('button', { name: '以主持人身份打开方案' }).click()
  await openStep(facilitator, /审定与导出/)
  const list = facilitator.getByRole('form', { name: '参与人员' })
  await expect(list.getByLabel('第 1 人的姓名')).toHaveValue('王伟')
  await expect(list.getByLabel('第 2 人的姓名')).toHaveValue('李娜')
  await list.getByLabel('第 1 人的职务').fill('副县长')
  await list.getByRole('button', { name: '添加一人' }).click()
  await list.getByLabel('第 3 人的姓名').fill('张强')
  await list.getByLabel('第 3 人的职务').fill('县扶贫办主任')
  await list.getByRole('button', { name: '删除第 2 人' }).click()
  await list.getByRole('button', { name: '保存名单' }).click()
  await expect(facilitator.getByText('参与人员名单已保存。')).toBeVisible()
  await expect(facilitator.getByRole('region', { name: /参与人员/ })).toContainText('已由主持人更正')
  await scrollToHeading(facilitator, 'participants-heading')
  await facilitator.screenshot({ path: 'test-results/screenshots/participants-facilitator-1280x720.png' })
  expect(await seriousViolations(facilitator), 'participants form').toEqual([])

  // The PDF's cover and annex print the corrected list.
  const [, workshopId, countyId] = /\/plan\/([^/?]+)\/([^/?]+)/.exec(facilitator.url())!
  await facilitator.goto(`/print/workshops/${workshopId}/counties/${countyId}`)
  await expect(facilitator.locator('.print-cover')).toContainText('王伟（副县长）、张强（县扶贫办主任）')
  await expect(facilitator.locator('[data-section="annexes"] table').first()).toContainText('张强')
  await expect(facilitator.locator('.print-document')).not.toContainText('李娜')

  // Going back to the suggested list brings the joined names back.
  await facilitator.goBack()
  await openStep(facilitator, /审定与导出/)
  await facilitator.getByRole('button', { name: '恢复为成员和加入者名单' }).click()
  await expect(facilitator.getByRole('form', { name: '参与人员' }).getByLabel('第 2 人的姓名')).toHaveValue(
    '李娜',
  )

  await a.context.close()
  await b.context.close()
})
