// Guided tours (?tour=S7): the side panel, its Do it, and the frame that points at where to look.
import { expect, type Locator, type Page } from '@playwright/test'

export const tourPanel = (page: Page, id: string) => page.getByRole('complementary', { name: `Tour ${id}` })

/** Presses Do it and waits until the step is done (a failure fails the test with the tour's message). */
export async function doTourStep(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Do it' }).click()
  const done = panel.getByTestId('tour-step-status').getByText('Done.')
  const failure = panel.getByRole('alert')
  await expect(done.or(failure)).toBeVisible({ timeout: 60_000 })
  if (await failure.isVisible()) throw new Error(`The tour step failed: ${await failure.textContent()}`)
}

/** The tour's highlight frame is drawn around `target` (within a few pixels). */
export async function expectHighlighted(page: Page, target: Locator): Promise<void> {
  const frame = page.getByTestId('tour-highlight')
  await expect(target).toBeInViewport()
  await expect(async () => {
    const [outer, inner] = await Promise.all([frame.boundingBox(), target.boundingBox()])
    if (!outer || !inner) throw new Error('the highlight or its target is not on screen')
    const slack = 12
    expect(inner.x - outer.x).toBeGreaterThanOrEqual(0)
    expect(inner.x - outer.x).toBeLessThan(slack)
    expect(inner.y - outer.y).toBeGreaterThanOrEqual(0)
    expect(inner.y - outer.y).toBeLessThan(slack)
    expect(outer.x + outer.width - (inner.x + inner.width)).toBeGreaterThanOrEqual(0)
    expect(outer.x + outer.width - (inner.x + inner.width)).toBeLessThan(slack)
    expect(outer.y + outer.height - (inner.y + inner.height)).toBeGreaterThanOrEqual(0)
    expect(outer.y + outer.height - (inner.y + inner.height)).toBeLessThan(slack)
  }).toPass({ timeout: 5_000 })
}
