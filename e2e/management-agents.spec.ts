// Management > Agents: each agent's version and last contact (simulated time), as the agents last reported
// them; Refresh Information asks them again.
import { expect } from '@playwright/test'
import { lab } from './kit/console'
import { test } from './kit/fixtures'

test.use({ startTab: 'management' })

test('agent rows show version and last contact, and Refresh Information re-reads them', async ({
  consolePage: page,
}) => {
  const agents = page.getByRole('table', { name: 'Agents' })
  const pri = agents.getByTestId('agent:SQL-PRI01')
  const mir = agents.getByTestId('agent:SQL-MIR01')
  await expect(pri).toContainText('10.22.148.0')
  await expect(pri).toContainText('2026-01-05 09:00 UTC')
  await expect(agents.getByTestId('agent:SQL-NOAGENT01')).not.toContainText('UTC')

  // SQL-MIR01 stops answering at 09:30; an hour later the table still shows what the agents said at 09:00.
  await lab(page).advance(30)
  await lab(page).faults({ unreachable: ['SQL-MIR01'] })
  await lab(page).advance(60)
  await expect(pri).toContainText('2026-01-05 09:00 UTC')
  await expect(mir).toContainText('OK')

  await page.getByRole('button', { name: 'Refresh Information' }).click()
  await expect(pri).toContainText('2026-01-05 10:30 UTC')
  await expect(mir).toContainText('Unreachable')
  await expect(mir).toContainText('2026-01-05 09:30 UTC')
})
