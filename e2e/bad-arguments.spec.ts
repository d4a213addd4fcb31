// window.dpmLab and the URL parameters refuse bad arguments with a clear message and keep the current
// state: the estate, the DPM server state and the clock stay as they were.
import type { Page } from '@playwright/test'
import { lab, labError, storedState } from './kit/console'
import { HR_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { createProtectionGroup } from './kit/wizard'

test.use({ startTab: 'protection' })

/** A stored value as data: the same state written again with its keys in another order is the same state. */
function parsed(value: string | null): unknown {
  try {
    return value === null ? null : JSON.parse(value)
  } catch {
    return value
  }
}

/** The stored console state (dpm-console:*, the wizard draft aside) and the estate as the lab API reports it. */
async function worldState(page: Page) {
  const stored = Object.fromEntries(
    Object.entries(await storedState(page))
      .filter(([key]) => !key.startsWith('dpm-console:wizard'))
      .map(([key, value]) => [key, parsed(value)]),
  )
  const { estate, now } = await page.evaluate(async () => ({
    estate: await (await fetch('/lab/v1/estate')).json(),
    now: window.dpmLab?.now(),
  }))
  return { stored, estate, now }
}

test('window.dpmLab rejects bad arguments with a clear message and changes nothing', async ({
  consolePage: page,
}) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(30)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide'))) // coalesced writes out now
  const before = await worldState(page)

  const refusals: [string, unknown[], RegExp][] = [
    ['reset', ['nowhere'], /Unknown preset "nowhere"\. Presets: default, empty, large, hostile\./],
    ['advance', [-5], /advance\(minutes\) takes a number of minutes >= 0, not -5/],
    ['advance', ['ten'], /advance\(minutes\) takes a number of minutes >= 0, not "ten"/],
    ['advance', [525_601], /advance\(minutes\) moves the clock at most 525600 minutes \(365 days\) per call/],
    ['failover', ['NOWHERE\\MSSQLSERVER\\GhostDB'], /GhostDB|NOWHERE/],
    ['failover', [HR_DB], /HRDB.*not mirrored|not mirrored.*HRDB/i],
    ['breakMirror', [''], /db must be a non-empty string/],
    ['mirror', [HR_DB, 'NOWHERE\\MSSQLSERVER'], /NOWHERE/],
    [
      'createDatabase',
      ['NOWHERE\\MSSQLSERVER', 'NewDB'],
      /There is no SQL Server instance NOWHERE\\MSSQLSERVER/,
    ],
    ['createDatabase', ['SQL-STD01\\MSSQLSERVER', 'HRDB'], /A database named HRDB already exists/],
    ['createDatabase', ['SQL-STD01\\MSSQLSERVER', 'a/b'], /cannot contain/],
    ['createDatabase', ['SQL-STD01\\MSSQLSERVER', 42], /name must be a string/],
    ['installAgent', ['NOWHERE'], /NOWHERE/],
    ['faults', [{ errorRate: 2 }], /faults\(\)/],
    ['faults', [{ unreachable: ['NOWHERE'] }], /NOWHERE/],
    ['failoverAvailabilityGroup', ['AG-Nope'], /There is no availability group AG-Nope/],
    [
      'failoverAvailabilityGroup',
      ['AG-Orders', 'SQL-AG03'],
      /synchronous-commit secondary that is SYNCHRONIZED/,
    ],
    ['availabilityGroupPrimaryFails', [''], /ag must be a non-empty string/],
    [
      'replicaOffline',
      ['AG-Orders', 'SQL-AG01'],
      /primary replica of AG-Orders: use availabilityGroupPrimaryFails/,
    ],
    [
      'replicaOnline',
      ['AG-Orders', 'SQL-STD01'],
      /SQL-STD01 hosts no replica of availability group AG-Orders/,
    ],
    [
      'setBackupPreference',
      ['AG-Orders', 'Prefer primary'],
      /takes 'SECONDARY' or 'Prefer secondary', .*'NONE' or 'Any replica', not "Prefer primary"/,
    ],
    ['setReplicaBackupPriority', ['AG-Orders', 'SQL-AG02', 101], /whole number from 0 to 100, not 101/],
    ['setReplicaExcludedFromBackup', ['AG-Orders', 'SQL-AG02', 'yes'], /takes true or false, not "yes"/],
    // A name that could break a line or reorder how text shows is refused where it enters.
    [
      'installAgent',
      ['SQL-MIR02\u202E'],
      /^computer cannot contain control characters, .*\(found: U\+202E\)\.$/,
    ],
    [
      'mirror',
      [HR_DB, 'SQL-STD02\nMSSQLSERVER'],
      /^mirrorComputerInstance cannot contain .*\(found: U\+000A\)\.$/,
    ],
    ['failover', [`${HR_DB}\u2066`], /^db cannot contain .*\(found: U\+2066\)\.$/],
    [
      'faults',
      [{ unreachable: ['SQL-PRI01\t'] }],
      /^faults\(\): A computer name cannot contain .*\(found: U\+0009\)$/,
    ],
  ]
  for (const [method, args, message] of refusals) {
    expect(await labError(page, method, ...args), `${method}(${JSON.stringify(args)})`).toMatch(message)
  }
  expect(await worldState(page)).toEqual(before)
  await expect(page.getByTestId(`ds:${HR_DB}`)).toBeVisible()
})

test('bad URL parameters show a notice next to the workspace and keep the current state', async ({
  consolePage: page,
}) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(30)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  const before = await worldState(page)

  const cases: [string, RegExp][] = [
    ['preset=nowhere', /Unknown preset "nowhere".*The current estate was kept\./],
    [
      'preset=large&computers=-3',
      /preset size "computers" in the URL is invalid.*The current estate was kept\./,
    ],
    [
      'preset=large&recovery=simple',
      /preset recovery models "recovery" in the URL is invalid.*The current estate was kept\./,
    ],
    [
      'at=yesterday',
      /The time in \?at= was not applied: "yesterday" is not an ISO 8601 date and time.*; the clock was kept\./,
    ],
    // Not the year 2001, as a lenient date parser reads it.
    ['at=1', /The time in \?at= was not applied: "1" is not an ISO 8601 date and time/],
    ['at=+275760-09-13T00:00:00Z', /was not applied: .* is not an ISO 8601 date and time/],
    ['at=2300-01-01T00:00:00Z', /outside the simulated clock's range.*the clock was kept\./],
    // Back before the group was created: refused in a world that has history.
    [
      'at=2026-01-05T08:00:00Z',
      /The clock was kept at 2026-01-05 09:30 UTC: \?at=2026-01-05T08:00:00Z would move it back in a world that has history\. Add \?preset= to the address/,
    ],
    ['clock=fast', /Clock mode "fast" is not manual or running\./],
    ['speed=7', /Clock speed "7" is not one of 1, 60, 600\./],
  ]
  for (const [query, notice] of cases) {
    await page.goto(`/protection?${query}`)
    await expect(page.getByRole('main').getByText(notice)).toBeVisible()
    await expect(page.getByTestId(`ds:${HR_DB}`)).toBeVisible()
    // The parameters are applied once: the address no longer carries them.
    expect(new URL(page.url()).search).toBe('')
    // Read again until the lab API answers: right after a navigation the mock agents' service worker may
    // still be taking over the new page (MSW unregisters when the last page closes).
    await expect
      .poll(() => worldState(page).catch((error: Error) => error.message), { message: query })
      .toEqual(before)
  }
})
