// Two tabs on the same console: one writes, the other follows what it writes and is told it is read-only
// (docs/decisions/003-one-writing-tab.md). "Use this tab" moves the writing over; neither tab ever
// overwrites the other's state.
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
