import type { Agenda } from '../../shared/agenda/agenda-schema'
import { facilitatorHeaders } from './support/hub-api'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

test("the group's steps follow the facilitator's agenda: a dropped exercise disappears, a moved one moves", async ({
  browser,
  hub,
  page: facilitator,
}) => {
  await openLanOnLoopback(facilitator)
  const { url } = await readJoin(facilitator, LUEYANG)
  const workshopId = /\/workshops\/([^/]+)\//.exec(facilitator.url())![1]!
  const agendaPath = `/api/workshops/${workshopId}/agenda`

  const device = await newDevice(browser, hub.url)
  await joinByLink(device.page, url, '王伟')
  const titles = device.page.getByRole('navigation', { name: '本方案的练习' }).locator('.step-nav-title')
  await expect(titles).toHaveText([
    '县情数据卡',
    '问题树',
    'SWOT 分析',
    /圆点投票/,
    '资源对接',
    '目标设定',
    '行动计划',
    '预算',
    '逻辑框架',
    '审定与导出',
  ])

  // The facilitator drops the dot vote and takes up target setting first thing on day one.
  const agenda = (await (await facilitator.request.get(agendaPath)).json()) as Agenda
  const items = agenda.days.flatMap((day) => day.sessions.flatMap((session) => session.items))
  const targets = items.find((item) => item.kind === 'target-setting')!
  for (const day of agenda.days) {
    for (const session of day.sessions) {
      session.items = session.items.filter((item) => item.kind !== 'dot-vote' && item !== targets)
    }
  }
  agenda.days[0]!.sessions[0]!.items.unshift(targets)
  expect(
    (
      await facilitator.request.put(agendaPath, {
        data: agenda,
        headers: await facilitatorHeaders(facilitator.request),
      })
    ).ok(),
  ).toBe(true)

  await device.page.reload()
  await expect(titles).toHaveText([
    '目标设定',
    '县情数据卡',
    '问题树',
    'SWOT 分析',
    '资源对接',
    '行动计划',
    '预算',
    '逻辑框架',
    '审定与导出',
  ])
  // An old link to the dropped step opens the first step instead of a dead end.
  await device.page.goto(`${device.page.url().split('?')[0]}?step=dot-vote`)
  await expect(device.page.locator('#step-heading')).toHaveText('目标设定')
  await device.context.close()
})
