import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import { planProse } from '../../shared/live/plan-roots'
import { setProseParagraphs } from '../../shared/live/prose-text'
import { connectLive } from '../support/live-client'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { hubApi } from './support/hub-api'
import { lueyangJoinByRest } from './support/lan-by-rest'
import { joinByLink, LUEYANG, newDevice } from './support/live-join'
import { openStep } from './support/plan-navigator'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = 'test-results/screenshots'
const FIRST = '略阳县地处秦巴山区，2018 年尚有贫困人口约 3.2 万人。'
const SECOND = '冷链物流和电商人才不足，是农产品上行的主要短板。'

test('a comment on a paragraph of the situation summary names its opening words, and stays, marked, once the paragraph is deleted', async ({
  browser,
  hub,
  request,
}) => {
  const [workshop] = await hubApi.listWorkshops(request)
  const lueyang = (await hubApi.listCounties(request, workshop!.id)).find((c) => c.name === LUEYANG)!
  const { url } = await lueyangJoinByRest(request)
  const { token } = (await (
    await request.get(API_ROUTES.facilitatorToken)
  ).json()) as ApiResponse<'facilitatorToken'>
  const plan = connectLive(hub.url, planDocName(workshop!.id, lueyang.id), token)
  try {
    await plan.synced
    setProseParagraphs(planProse(plan.doc, 'situationSummary'), [FIRST, SECOND])
    await plan.saved()

    const { page } = await newDevice(browser, hub.url)
    await joinByLink(page, url, '王伟')
    await openStep(page, /县情数据卡/)
    await page.getByRole('button', { name: '评论' }).click()
    const drawer = page.locator('.comments-drawer')
    await chooseOption(
      page,
      drawer.getByLabel('针对'),
      '段落 · 冷链物流和电商人才不足，是农产品上行的主要短板。',
    )
    await drawer.getByLabel('评论内容').fill('短板之外，也写一写已有的物流网点。')
    await drawer.getByRole('button', { name: '发表评论' }).click()
    const thread = drawer.locator('.comment-thread')
    await expect(thread).toContainText('段落 · 冷链物流和电商人才不足，是农产品上行的主要短板。')

    // The group rewrites the summary without that paragraph: the comment stays and says what it was about.
    setProseParagraphs(planProse(plan.doc, 'situationSummary'), [FIRST])
    await plan.saved()
    await expect(thread).toContainText(
      '该段落已被删除或改写了开头：“冷链物流和电商人才不足，是农产品上行的主要短板。”',
    )
    await expect(thread).toContainText('短板之外，也写一写已有的物流网点。')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/paragraph-comment-deleted-1280x720.png` })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${SHOTS}/paragraph-comment-deleted-390x844.png` })
    await page.keyboard.press('Escape')
    await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
    await page.getByRole('button', { name: /^Comments/ }).click()
    await expect(thread).toContainText('This paragraph was deleted or its opening rewritten')
    await page.screenshot({ path: `${SHOTS}/paragraph-comment-deleted-en-390x844.png` })
  } finally {
    plan.destroy()
  }
})
