import type { APIRequestContext, Page } from '@playwright/test'
import type { ApiResponse } from '../../shared/api/api-types'
import { expect, test } from './support/test'

test.use({ demo: true })

/**
 * The demo's texts that exist in both languages (the class's title and venue, Lueyang's product, the
 * poverty line's price basis and source, the data source): each reader sees one of each pair, never both.
 * The county's own name is shown with its gloss on purpose (setup table, plan header, PDF cover) and is
 * not among these.
 */
const TEXTS = {
  'zh-CN': ['2018 贫困县扶贫培训班（演示）', '杭州', '略阳乌鸡', '当年价', '2018 年杭州培训班新闻报道'],
  en: [
    '2018 county poverty-alleviation class (demo)',
    'Hangzhou',
    'Lueyang dark-boned chicken',
    'current prices',
    'News reports of the March 2018 Hangzhou class',
  ],
} as const

async function demoIds(request: APIRequestContext) {
  const [workshop] = (await (await request.get('/api/workshops')).json()) as ApiResponse<'listWorkshops'>
  const counties = (await (
    await request.get(`/api/workshops/${workshop!.id}/counties`)
  ).json()) as ApiResponse<'listCounties'>
  return { workshopId: workshop!.id, lueyangId: counties.find((county) => county.name === '略阳县')!.id }
}

async function expectOneLanguage(page: Page, where: string, language: 'zh-CN' | 'en', shown: string[]) {
  const other = language === 'en' ? TEXTS['zh-CN'] : TEXTS.en
  const text = await page.locator('body').innerText()
  for (const expected of shown) expect(text, `${where} shows ${expected}`).toContain(expected)
  for (const foreign of other) expect(text, `${where} in ${language}`).not.toContain(foreign)
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`in ${language}, the demo's home, counties and Lueyang's printed plan show one language only`, async ({
    page,
    request,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('plan-workshop.language', value), language)
    const [title, venue, product, basis, source] = TEXTS[language]
    const { workshopId, lueyangId } = await demoIds(request)

    await page.goto('/')
    await expect(page.getByRole('link', { name: title })).toBeVisible()
    await expectOneLanguage(page, 'home', language, [title, venue])

    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const lueyang = page.getByRole('row', { name: /略阳县/ })
    await expect(lueyang).toContainText(product)
    await expectOneLanguage(page, 'counties tab', language, [title, product])
    await page.screenshot({ path: `test-results/screenshots/one-language-counties-${language}.png` })

    await page.goto(`/print/workshops/${workshopId}/counties/${lueyangId}?lang=${language}`)
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true')
    await expectOneLanguage(page, 'printed plan', language, [title, venue, product, basis, source])
  })
}
