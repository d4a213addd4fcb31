// The Protection Agent Installation Wizard, through its public names (docs/testing.md).
import { expect, type Locator, type Page } from '@playwright/test'

/** The simulated domain's account that may install agents on every computer (docs/testing.md). */
export const AGENT_INSTALL_ACCOUNT = { userName: 'dpmadmin', password: 'Pa$$w0rd', domain: 'CONTOSO' }

export const agentInstallWizard = (page: Page) =>
  page.getByRole('dialog', { name: 'Protection Agent Installation Wizard' })

const expectAgentPage = (wizard: Locator, title: string) =>
  expect(wizard.getByRole('heading', { name: title, exact: true })).toBeVisible()

/**
 * From Select Agent Deployment Method to Installation with the computers checked as the wizard opened:
 * Install agents, the account's credentials (another `password` to see it refused), Select Cluster Nodes when
 * `clusterNodes` says one comes, the default restart method, Install.
 */
export async function installThroughWizard(
  wizard: Locator,
  { password = AGENT_INSTALL_ACCOUNT.password, clusterNodes = false } = {},
): Promise<void> {
  await expectAgentPage(wizard, 'Select Agent Deployment Method')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expectAgentPage(wizard, 'Select Computers')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expectAgentPage(wizard, 'Enter Credentials')
  await wizard.getByRole('textbox', { name: 'User name' }).fill(AGENT_INSTALL_ACCOUNT.userName)
  await wizard.getByLabel('Password').fill(password)
  await wizard.getByRole('button', { name: 'Next' }).click()
  if (clusterNodes) {
    await expectAgentPage(wizard, 'Select Cluster Nodes')
    await wizard.getByRole('button', { name: 'Next' }).click()
  }
  await expectAgentPage(wizard, 'Choose Restart Method')
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expectAgentPage(wizard, 'Summary')
  await wizard.getByRole('button', { name: 'Install' }).click()
  await expectAgentPage(wizard, 'Installation')
}

/** A computer's row on Installation (test id `agent-install:COMPUTER`). */
export const installationRow = (wizard: Locator, computer: string) =>
  wizard.getByRole('table', { name: 'Installation progress' }).getByTestId(`agent-install:${computer}`)
