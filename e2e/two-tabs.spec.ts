// Two tabs on the same console: one writes, the other follows what it writes and is told it is read-only
// (docs/decisions/003-one-writing-tab.md). "Use this tab" moves the writing over; neither tab ever
// overwrites the other's state.
import type { Page } from '@playwright/test'
import { lab, labError, storedState } from './kit/console'
import { HR_DB, SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { expectMemberStatus } from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

test.use({ startTab: 'protection' })

const READ_ONLY = 'This tab is read-only'

test('the second tab follows the first, refuses changes, and takes over with Use this tab', async ({
  consolePage: first,
  context,
}) => {
  const secondErrors: string[] = []
  const second = await context.newPage()
  second.on('pageerror', (error) => secondErrors.push(error.message))
  await second.goto('/protection')
  const readOnly = second.getByRole('status').filter({ hasText: READ_ONLY })
  await expect(readOnly).toBeVisible()
  await expect(first.getByText(READ_ONLY)).toHaveCount(0)

  // The first tab writes; the second shows it without a reload.
  await createProtectionGroup(first, [HR_DB], { name: 'HR' })
  await lab(first).advance(60)
  await expect(second.getByTestId('sim-clock')).toHaveText(
    (await first.getByTestId('sim-clock').textContent()) ?? '',
  )
  await expectMemberStatus(second, HR_DB, 'OK')

  // The following tab refuses changes and keeps the stored state as the writing tab left it.
  const before = await storedState(first)
  expect(await labError(second, 'advance', 60)).toContain(READ_ONLY)
  expect(await labError(second, 'principalFails', SALES_DB)).toContain(READ_ONLY)
  expect(await storedState(first)).toEqual(before)
  await expect(second.getByTestId('sim-clock')).toHaveText(
    (await first.getByTestId('sim-clock').textContent()) ?? '',
  )

  // Use this tab: the second writes, the first follows.
  await readOnly.getByRole('button', { name: 'Use this tab' }).click()
  await expect(readOnly).toBeHidden()
  await expect(first.getByRole('status').filter({ hasText: READ_ONLY })).toBeVisible()
  await lab(second).advance(30)
  await expect(first.getByTestId('sim-clock')).toHaveText(
    (await second.getByTestId('sim-clock').textContent()) ?? '',
  )
  expect(await labError(first, 'advance', 5)).toContain(READ_ONLY)
  await expectMemberStatus(first, HR_DB, 'OK')
  expect(await storedState(first)).toEqual(await storedState(second))

  // Closing the writing tab hands the writing back.
  await second.close()
  await expect(first.getByRole('status').filter({ hasText: READ_ONLY })).toBeHidden()
  await lab(first).advance(15)
  expect(secondErrors).toEqual([])
})

/** The world as stored (one record) and as the tab shows it: server groups, estate recipe, clock. */
async function worldOf(page: Page) {
  return page.evaluate(async () => {
    window.dispatchEvent(new Event('pagehide')) // coalesced writes out now
    const record = JSON.parse(localStorage.getItem('dpm-console:world') ?? '{}')
    const sessions = (await (await fetch('/lab/v1/estate')).json()).sessions as {
      database: string
      state: string
    }[]
    return {
      groups: Object.values(record.server?.state?.server?.groups ?? {}).map(
        (g) => (g as { name: string }).name,
      ),
      estate: { preset: record.estate?.preset, operations: record.estate?.log?.length },
      storedClock: record.clock?.now,
      shownClock: window.dpmLab?.now(),
      sessions: sessions.map((session) => `${session.database}: ${session.state}`).sort(),
    }
  })
}

const SECOND_TAB_ADDRESSES: [
  string,
  (before: Awaited<ReturnType<typeof worldOf>>) => Record<string, unknown>,
][] = [
  // The world the first tab built is kept; only the clock's mode changes.
  [
    'clock=manual',
    (before) => ({ groups: before.groups, estate: before.estate, shownClock: before.shownClock }),
  ],
  [
    'at=2026-01-06T09:00:00Z',
    (before) => ({ groups: before.groups, estate: before.estate, shownClock: '2026-01-06T09:00:00.000Z' }),
  ],
  // A new world: none of the first tab's left in it, nothing of it mixed in.
  [
    'preset=empty',
    () => ({
      groups: [],
      estate: { preset: 'empty', operations: 0 },
      shownClock: '2026-01-05T09:00:00.000Z',
    }),
  ],
]

for (const [query, expected] of SECOND_TAB_ADDRESSES) {
  test(`a second tab opened with ?${query} writes it, and both tabs then show one world`, async ({
    consolePage: first,
    context,
  }) => {
    await createProtectionGroup(first, [HR_DB], { name: 'HR' })
    await lab(first).advance(30)
    await lab(first).principalFails(SALES_DB)
    const before = await worldOf(first)
    expect(before.estate.operations).toBe(1)

    const second = await context.newPage()
    await second.goto(`/protection?${query}`)
    await expect(second.getByRole('tablist', { name: 'Navigation' })).toBeVisible()
    // The address was applied in the tab it was opened in: that tab writes now, the first one follows.
    await expect(first.getByRole('status').filter({ hasText: READ_ONLY })).toBeVisible()
    await expect(second.getByText(READ_ONLY)).toHaveCount(0)
    // Without a ?preset= the new tab's mock agents start after its first paint: until they answer, the lab's
    // address is answered by the page's server. Read again until they do.
    await expect
      .poll(() =>
        worldOf(second).then(
          ({ groups, estate, shownClock }) => ({ groups, estate, shownClock }),
          (error: Error) => error.message,
        ),
      )
      .toEqual(expected(before))
    // The first tab follows it, and the stored world is the one both show.
    await expect.poll(() => worldOf(first)).toEqual(await worldOf(second))

    // After a reload of either, server, estate and clock agree.
    for (const page of [first, second]) {
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
      await page.reload()
      await expect(page.getByRole('tablist', { name: 'Navigation' })).toBeVisible()
    }
    // Right after a navigation the mock agents' service worker may still be taking over the page: read again.
    await expect
      .poll(() =>
        worldOf(second).then(
          () => 'read',
          (error: Error) => error.message,
        ),
      )
      .toBe('read')
    const settled = await worldOf(second)
    expect(settled).toMatchObject(expected(before))
    expect(settled.storedClock).toBe(Date.parse(settled.shownClock ?? ''))
    await expect.poll(() => worldOf(first).catch((error: Error) => error.message)).toEqual(settled)
    // The first tab's mirror failure is in the world it kept, and nothing of it in a new one.
    if (query === 'preset=empty') expect(settled.sessions).toEqual([])
    else {
      expect(settled.sessions).toEqual(before.sessions)
      await expect(second.getByTestId(`ds:${HR_DB}`)).toBeVisible()
    }
  })
}
