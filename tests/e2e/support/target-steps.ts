import type { Locator, Page } from '@playwright/test'

/** A box of the indicator table, by its column and 1-based row (each box is labelled with both). */
export const indicatorCell = (page: Page, column: string, row: number): Locator =>
  page.getByLabel(`${column}（第 ${row} 行）`, { exact: true })

/** The calculator's "people lifted" result, in either language. */
export const peopleLifted = (page: Page): Locator =>
  page.locator('.benefit-result-output').filter({ hasText: /可带动脱贫|People lifted/ })

/** The indicator table as a person reads it: each row's name and the given columns, top to bottom. */
export async function indicatorRows(page: Page, columns: string[]): Promise<string[][]> {
  const count = await page.locator('.indicator-row').count()
  const table: string[][] = []
  for (let row = 1; row <= count; row++) {
    table.push(
      await Promise.all(
        ['指标名称', ...columns].map((column) => indicatorCell(page, column, row).inputValue()),
      ),
    )
  }
  return table
}
