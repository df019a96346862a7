import type { Locator, Page } from '@playwright/test'

export interface DragMoves {
  /** The first small move that lifts the item past the sensor's activation distance. */
  nudge: { x: number; y: number }
  /** Mouse-move events on the way to the target. */
  steps: number
}

/**
 * Drags with the mouse the way a person does: press, nudge, move in small steps, release over the target.
 * Both ends must be on screen and clear of the edges where dragging scrolls the page.
 */
export async function dragByMouse(page: Page, from: Locator, to: Locator, moves: DragMoves): Promise<void> {
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('Drag source or target is not visible')
  const x = start.x + start.width / 2
  const y = start.y + start.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + moves.nudge.x, y + moves.nudge.y, { steps: 3 })
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: moves.steps })
  await page.mouse.up()
}
