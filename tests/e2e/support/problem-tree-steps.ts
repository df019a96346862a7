import type { Locator, Page } from '@playwright/test'
import { expect } from './test'

/** One cluster of a layer: the caption naming the card it hangs on (none on the core), and its cards. */
export interface Cluster {
  under: string | null
  cards: string[]
}

/** The board as a person reads it: each layer ("cause-1", "effect-2", …) with its clusters, left to right. */
export async function problemBoard(page: Page): Promise<Record<string, Cluster[]>> {
  return page.locator('.pt-layer').evaluateAll((layers) =>
    Object.fromEntries(
      layers.map((layer) => [
        `${(layer as HTMLElement).dataset.side}-${(layer as HTMLElement).dataset.depth}`,
        [...layer.querySelectorAll('.pt-cluster')].map((cluster) => ({
          under: cluster.querySelector('.pt-cluster-caption')?.textContent ?? null,
          cards: [...cluster.querySelectorAll('.pt-card textarea')].map(
            (box) => (box as HTMLTextAreaElement).value,
          ),
        })),
      ]),
    ),
  )
}

/** The board with each cluster's cards in alphabetical order: for checks that do not concern the order. */
export async function sortedProblemBoard(page: Page): Promise<Record<string, Cluster[]>> {
  const layers = await problemBoard(page)
  return Object.fromEntries(
    Object.entries(layers).map(([layer, clusters]) => [
      layer,
      clusters.map((cluster) => ({ ...cluster, cards: [...cluster.cards].sort() })),
    ]),
  )
}

/** The objectives in order. */
export const problemObjectives = (page: Page): Promise<string[]> =>
  page
    .locator('.pt-objective textarea')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value))

export const coreProblem = (page: Page): Locator => page.getByRole('textbox', { name: '核心问题' })

export const problemCard = (page: Page, text: string): Locator =>
  page.locator('.pt-card').filter({ has: page.locator(`textarea:text-is("${text}")`) })

/** A new card opens focused and empty: the person just types. */
export async function typeNewCard(page: Page, button: Locator, text: string): Promise<void> {
  await button.click()
  const focused = page.locator('.pt-card textarea:focus')
  await expect(focused).toHaveValue('')
  await page.keyboard.type(text)
  await expect(focused).toHaveValue(text)
}

/** Adds a direct cause of the core problem. */
export const addDirectCause = (page: Page, text: string): Promise<void> =>
  typeNewCard(page, page.getByRole('button', { name: '添加直接原因' }), text)
