// The Protection Agent Installation Wizard as an admin goes through it: DPM's pages in order, the credentials
// checked by the simulated domain on each computer (a wrong password fails that computer with DPM's message
// and installs nothing), progress per computer, a reload that keeps the page and the choices but never the
// password, and every page through axe.
import {
  AGENT_INSTALL_ACCOUNT,
  agentInstallWizard,
  installationRow,
  installThroughWizard,
} from './kit/agents'
import { expectNoAxeViolations } from './kit/axe'
import { lab, storedState } from './kit/console'
import { expect, test } from './kit/fixtures'

test.use({ startTab: 'management' })

const agents = (page: import('@playwright/test').Page) => page.getByRole('table', { name: 'Agents' })

async function openWizardFor(page: import('@playwright/test').Page, computers: string[]) {
  for (const computer of computers)
    await agents(page).getByTestId(`agent:${computer}`).getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Install' }).click()
  const wizard = agentInstallWizard(page)
  await expect(wizard).toBeVisible()
  return wizard
}

test("DPM's pages in order, each passing axe; a wrong password fails that computer and installs nothing", async ({
  consolePage: page,
}) => {
  const wizard = await openWizardFor(page, ['SQL-MIR02'])
  const steps = wizard.getByRole('list', { name: 'Steps' }).getByRole('listitem')
  await expect(steps).toHaveText([
    'Select Agent Deployment Method',
    'Select Computers',
    'Enter Credentials',
    'Choose Restart Method',
    'Summary',
    'Installation',
  ])
  await expect(wizard.getByRole('radio', { name: 'Attach agents' })).toBeDisabled()
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('checkbox', { name: /^SQL-MIR02/ })).toBeChecked()
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Enter Credentials' })).toBeVisible()
  // Next with the fields empty says what each needs, next to it.
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByText('Enter the password of the account.')).toBeVisible()
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('textbox', { name: 'User name' }).fill(AGENT_INSTALL_ACCOUNT.userName)
  await wizard.getByLabel('Password').fill('not-the-password')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Choose Restart Method' })).toBeVisible()
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('list', { name: 'Computers' }).getByRole('listitem')).toHaveText([
    'SQL-MIR02',
  ])
  await expect(wizard).toContainText('CONTOSO\\dpmadmin')
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('button', { name: 'Install' }).click()

  await expect(installationRow(wizard, 'SQL-MIR02')).toContainText(
    'Logon failure: unknown user name or bad password',
  )
  await expect(installationRow(wizard, 'SQL-MIR02')).toContainText(
    'on SQL-MIR02 because DPM could not log on',
  )
  await expectNoAxeViolations(page, '[role="dialog"]')
  await wizard.getByRole('button', { name: 'Close' }).click()
  await expect(agents(page).getByTestId('agent:SQL-MIR02')).toContainText('Not installed')
  // Nothing else changed: no job, no alert, the estate's other computers as they were.
  await expect(agents(page).getByTestId('agent:SQL-NOAGENT01')).toContainText('Not installed')
  const state = await storedState(page)
  expect(JSON.stringify(state)).not.toContain('not-the-password')

  // The right password installs it.
  const again = await openWizardFor(page, ['SQL-MIR02'])
  await installThroughWizard(again)
  await expect(installationRow(again, 'SQL-MIR02')).toContainText('Success')
  await again.getByRole('button', { name: 'Close' }).click()
  await expect(agents(page).getByTestId('agent:SQL-MIR02')).toContainText('OK')
})

test('progress per computer: an unreachable computer fails alone, the other is installed', async ({
  consolePage: page,
}) => {
  await lab(page).faults({ unreachable: ['SQL-NOAGENT01'] })
  const wizard = await openWizardFor(page, ['SQL-MIR02', 'SQL-NOAGENT01'])
  await installThroughWizard(wizard)
  await expect(installationRow(wizard, 'SQL-MIR02')).toContainText('Success')
  await expect(installationRow(wizard, 'SQL-NOAGENT01')).toContainText(
    'The protection agent on SQL-NOAGENT01 is not reachable.',
  )
  await wizard.getByRole('button', { name: 'Close' }).click()
  await expect(agents(page).getByTestId('agent:SQL-MIR02')).toContainText('OK')
  await expect(agents(page).getByTestId('agent:SQL-NOAGENT01')).not.toContainText('OK')
})

test('a reload keeps the page and the choices, never the password: Install asks for it again', async ({
  consolePage: page,
}) => {
  const wizard = await openWizardFor(page, ['SQL-MIR02'])
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('textbox', { name: 'User name' }).fill(AGENT_INSTALL_ACCOUNT.userName)
  await wizard.getByLabel('Password').fill(AGENT_INSTALL_ACCOUNT.password)
  await wizard.getByRole('button', { name: 'Next' }).click()
  await wizard.getByRole('radio', { name: /^Yes\. Restart/ }).check()
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Summary' })).toBeVisible()
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  expect(JSON.stringify(await storedState(page))).not.toContain(AGENT_INSTALL_ACCOUNT.password)

  await page.reload()
  const reloaded = agentInstallWizard(page)
  await expect(reloaded.getByRole('heading', { name: 'Summary' })).toBeVisible()
  await expect(reloaded).toContainText('CONTOSO\\dpmadmin')
  await expect(reloaded).toContainText('Yes. Restart the selected computers')
  await reloaded.getByRole('button', { name: 'Install' }).click()
  await expect(reloaded.getByRole('heading', { name: 'Enter Credentials' })).toBeVisible()
  await expect(reloaded.getByText('Enter the password of the account.')).toBeVisible()
  await reloaded.getByLabel('Password').fill(AGENT_INSTALL_ACCOUNT.password)
  await reloaded.getByRole('button', { name: 'Next' }).click()
  await reloaded.getByRole('button', { name: 'Next' }).click()
  await reloaded.getByRole('button', { name: 'Install' }).click()
  await expect(installationRow(reloaded, 'SQL-MIR02')).toContainText('Success')
})
