// The kit's example from docs/testing.md, run as written: the kit's helpers and alerts read as data.
import { lab } from './kit/console'
import { SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { readAlerts, readJobs } from './kit/monitoring'
import { createProtectionGroup } from './kit/wizard'

test('S5: a broken mirror fails the backups', async ({ consolePage: page }) => {
  await createProtectionGroup(page, [SALES_DB], { name: 'Sales', synchronization: 'Every 30 minutes' })
  await lab(page).advance(30)
  await lab(page).breakMirror(SALES_DB)
  await lab(page).advance(30)
  expect(await readAlerts(page)).toContainEqual(
    expect.objectContaining({ alert: 'Database mirroring session is broken', dataSource: SALES_DB }),
  )
  // The synchronization due every 30 minutes failed after the break, and the next one is scheduled.
  const synchronizations = (await readJobs(page)).filter((job) => job.type === 'Synchronization')
  expect(synchronizations.map((job) => job.status)).toEqual(expect.arrayContaining(['Failed', 'Scheduled']))
  expect(synchronizations.find((job) => job.status === 'Failed')).toMatchObject({
    source: SALES_DB,
    computer: 'SQL-PRI01',
    protectionGroup: 'Sales',
  })
})
