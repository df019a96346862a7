import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { addComment, setResolved } from '../../shared/comments/comments-doc'
import { commentsDocName, planDocName, sessionDocName } from '../../shared/live/doc-names'
import { showSpotlight } from '../../shared/session/run-actions'
import { connectLive, type LiveClient } from '../support/live-client'
import { fillLueyangPlan } from '../support/lueyang-plan'
import { seriousViolations } from './support/axe'
import { LUEYANG, newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = '/work/notes/shots/i15-rest'
const facilitator = { name: '李老师', countyId: null, countyName: '', countyNameEn: '' }

test('the projector lists the spotlit county’s open comments beside its work when the console asks, counting what does not fit', async ({
  browser,
  hub,
}) => {
  const get = async <T>(path: string) => (await (await fetch(`${hub.url}${path}`)).json()) as T
  const [workshop] = await get<ApiResponse<'listWorkshops'>>(API_ROUTES.workshops)
  const workshopId = workshop!.id
  const counties = await get<ApiResponse<'listCounties'>>(apiPath(API_ROUTES.counties, { workshopId }))
  const lueyang = counties.find((county) => county.name === LUEYANG)!
  const { token } = await get<ApiResponse<'facilitatorToken'>>(API_ROUTES.facilitatorToken)
  const clients: LiveClient[] = []
  try {
    // Lueyang has received five open comments (four on its SWOT) and one resolved.
    const plan = connectLive(hub.url, planDocName(workshopId, lueyang.id), token)
    const comments = connectLive(hub.url, commentsDocName(workshopId, lueyang.id), token)
    const session = connectLive(hub.url, sessionDocName(workshopId), token)
    clients.push(plan, comments, session)
    await Promise.all([plan.synced, comments.synced, session.synced])
    fillLueyangPlan(plan.doc)
    const texts = [
      '优势里的“地理标志”请注明认证年份和发证单位，方便核实。',
      '劣势可以补充冷链物流的具体缺口。',
      '机会一栏能否写出合作的电商平台名称？',
      '威胁里建议加上市场价格波动。',
    ]
    // A minute apart, so "oldest first" has one answer.
    for (const [minute, text] of texts.entries()) {
      const at = new Date(Date.UTC(2018, 2, 1, 9, minute))
      addComment(comments.doc, { anchor: { exercise: 'swot', item: null }, text, author: facilitator }, at)
    }
    addComment(comments.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '目标缺少基线数据来源。',
      author: facilitator,
    })
    const done = addComment(comments.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '这条已经处理好了。',
      author: facilitator,
    })
    setResolved(comments.doc, done.id, true, '李老师')
    showSpotlight(session.doc, { countyId: lueyang.id, kind: 'swot' })
    await Promise.all([plan.saved(), comments.saved(), session.saved()])

    const { page: console_ } = await newDevice(browser, hub.url)
    await console_.goto(`/console/${workshopId}`)
    const link = (await console_.getByTestId('projector-link').innerText()).trim()
    const { page: projector } = await newDevice(browser, hub.url)
    await projector.goto(link)
    await expect(projector.getByTestId('projector-title')).toHaveText(/略阳县\s*·\s*SWOT 分析/)
    const panel = projector.getByTestId('projector-comments')
    await expect(panel).toHaveCount(0)

    await console_.getByRole('checkbox', { name: '旁边显示收到的评论' }).check()
    await expect(panel).toBeVisible()
    const projectorCard = console_.locator('.console-projector')
    await projectorCard.screenshot({ path: `${SHOTS}/console-spotlight-comments-1280x720.png` })
    await console_.setViewportSize({ width: 390, height: 844 })
    await projectorCard.screenshot({ path: `${SHOTS}/console-spotlight-comments-390x844.png` })
    await expect(panel.getByRole('heading')).toHaveText('收到的评论5 条未解决')
    const items = panel.locator('li')
    // The SWOT's own comments first, oldest first; two fit, the other three are counted.
    await expect(items).toHaveCount(3)
    await expect(items.nth(0)).toContainText(texts[0]!)
    await expect(items.nth(0)).toContainText('李老师（主持人）')
    await expect(items.nth(1)).toContainText(texts[1]!)
    await expect(items.nth(2)).toHaveText('还有 3 条')
    await expect(panel).not.toContainText('这条已经处理好了。')
    await expect(panel).toBeInViewport({ ratio: 1 })
    await expect(projector.getByTestId('projector-swot')).toBeInViewport({ ratio: 1 })
    expect(await seriousViolations(projector)).toEqual([])
    await projector.screenshot({ path: `${SHOTS}/projector-comments-zh-1280x720.png` })

    await projector.evaluate(() => window.localStorage.setItem('plan-workshop.language', 'en'))
    await projector.reload()
    await expect(panel.getByRole('heading')).toHaveText('Comments received5 open')
    await expect(items.nth(2)).toHaveText('3 more')
    await expect(panel).toBeInViewport({ ratio: 1 })
    await expect(projector.getByTestId('projector-swot')).toBeInViewport({ ratio: 1 })
    await projector.screenshot({ path: `${SHOTS}/projector-comments-en-1280x720.png` })

    await console_.getByRole('checkbox', { name: '旁边显示收到的评论' }).uncheck()
    await expect(panel).toHaveCount(0)
  } finally {
    clients.forEach((client) => client.destroy())
  }
})
