import type { Locator, Page } from '@playwright/test'
import { chooseOption } from './antd-select'
import { enterValue } from './enter-value'
import { expect } from './test'

/** An action's card, found by the name in its heading. */
export const actionCard = (page: Page, title: string): Locator =>
  page.locator('.action-card').filter({ has: page.locator('.action-card-title', { hasText: title }) })

export const actionTitles = (page: Page): Promise<string[]> =>
  page.locator('.action-card-title').allInnerTexts()

/** Adds an action at the end of the list: it opens with its name box focused, ready to type. */
export async function addAction(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '新增措施' }).click()
  const nameBox = page.locator('.action-card').last().getByLabel('措施名称')
  await expect(nameBox).toBeFocused()
  await nameBox.fill(title)
}

export async function addBudgetLine(
  page: Page,
  action: Locator,
  position: number,
  line: { item: string; year: string; source?: string; amount: string },
): Promise<void> {
  await action.getByRole('button', { name: '添加预算条目' }).click()
  const item = action.getByLabel(`预算第 ${position} 条：用途`)
  await expect(item).toBeFocused()
  await item.fill(line.item)
  await enterValue(action.getByLabel(`预算第 ${position} 条：年份`), line.year)
  if (line.source) await chooseOption(page, action.getByLabel(`预算第 ${position} 条：资金来源`), line.source)
  await enterValue(action.getByLabel(`预算第 ${position} 条：金额（元）`), line.amount)
}

/** The budget step's year × source table as a person reads it: each row's header and cells. */
export const budgetMatrixRows = (page: Page): Promise<string[][]> =>
  page
    .getByTestId('budget-matrix')
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    )
