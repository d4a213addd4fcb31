// @vitest-environment jsdom
// The Protection Agent Installation Wizard: Select Computers says as checked that one computer is needed;
// Enter Credentials needs every field; the password is never stored (not in the stored wizard, whose page and
// choices are); a wrong password fails that computer with DPM's message and installs nothing; a reload keeps
// no password, so Install goes back to Enter Credentials.
import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { listComputers } from '../../agent-api/agents'
import {
  agentInstallSession,
  agentInstallWizardStore,
  closeAgentInstall,
  openAgentInstall,
} from '../../dpm/agent-install-store'
import { AGENT_INSTALL_STORAGE_KEY } from '../../dpm/stored-state'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { renderWithProviders } from '../../test/render-with-providers'
import { AgentInstallHost } from './agent-install-host'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())
beforeEach(() => {
  localStorage.clear()
  resetMockEstate('default')
})
afterEach(closeAgentInstall)

const NEEDS_ONE = 'Select at least one computer to install the agent on.'
const PASSWORD = 'Pa$$w0rd'

const renderWizard = (preselected: string[]) => {
  openAgentInstall(preselected)
  const user = renderWithProviders(<AgentInstallHost />)
  const dialog = () => screen.getByRole('dialog', { name: 'Protection Agent Installation Wizard' })
  const button = (name: string) => within(dialog()).getByRole('button', { name })
  const heading = (name: string) => within(dialog()).findByRole('heading', { name })
  return { user, dialog, button, heading }
}

describe('Select Computers, as checked', () => {
  it('opens on Select Agent Deployment Method; unchecking the last computer says so at once', async () => {
    const { user, button, heading } = renderWizard(['SQL-MIR02'])
    await heading('Select Agent Deployment Method')
    expect((screen.getByRole('radio', { name: 'Attach agents' }) as HTMLInputElement).disabled).toBe(true)
    await user.click(button('Next'))
    const mir02 = await screen.findByRole('checkbox', { name: /^SQL-MIR02/ })
    expect(screen.queryByText(NEEDS_ONE)).toBeNull()
    await user.click(mir02)
    const choices = screen.getByRole('group', { name: 'Computers without a protection agent' })
    expect(screen.getByRole('alert').textContent).toBe(NEEDS_ONE)
    expect(choices.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id)
    await user.click(mir02)
    expect(screen.queryByText(NEEDS_ONE)).toBeNull()
  })

  it('Next with nothing checked says so and stays on Select Computers', async () => {
    const { user, button, heading } = renderWizard([])
    await user.click(button('Next'))
    await screen.findByRole('checkbox', { name: /^SQL-MIR02/ })
    await user.click(button('Next'))
    expect((await screen.findByRole('alert')).textContent).toBe(NEEDS_ONE)
    await heading('Select Computers')
  })
})

/** From Select Agent Deployment Method to Enter Credentials, with the preselected computers. */
async function toCredentials(wizard: ReturnType<typeof renderWizard>) {
  await wizard.user.click(wizard.button('Next'))
  await screen.findByRole('checkbox', { name: /^SQL-MIR02/ })
  await wizard.user.click(wizard.button('Next'))
  await wizard.heading('Enter Credentials')
}

describe('Enter Credentials', () => {
  it('Next asks for the user name and the password, and goes on once they are there', async () => {
    const wizard = renderWizard(['SQL-MIR02'])
    await toCredentials(wizard)
    expect((screen.getByRole('textbox', { name: /Domain/ }) as HTMLInputElement).value).toBe('CONTOSO')
    await wizard.user.click(wizard.button('Next'))
    expect(await screen.findByText('Enter the user name of a domain account.')).toBeTruthy()
    expect(screen.getByText('Enter the password of the account.')).toBeTruthy()
    await wizard.user.type(screen.getByRole('textbox', { name: /User name/ }), 'dpmadmin')
    await wizard.user.type(screen.getByLabelText(/Password/), PASSWORD)
    await wizard.user.click(wizard.button('Next'))
    await wizard.heading('Choose Restart Method')
  })

  it('never stores the password: the stored wizard has the page and the user name only', async () => {
    const wizard = renderWizard(['SQL-MIR02'])
    await toCredentials(wizard)
    await wizard.user.type(screen.getByRole('textbox', { name: /User name/ }), 'dpmadmin')
    await wizard.user.type(screen.getByLabelText(/Password/), PASSWORD)
    await wizard.user.click(wizard.button('Next'))
    await wizard.heading('Choose Restart Method')
    const stored = localStorage.getItem(AGENT_INSTALL_STORAGE_KEY) ?? ''
    expect(JSON.parse(stored).state.draft).toMatchObject({ page: 'restart', userName: 'dpmadmin' })
    expect(stored).not.toContain(PASSWORD)
    expect(Object.values(localStorage).join('\n')).not.toContain(PASSWORD)
  })
})

describe('Install', () => {
  async function installWith(password: string) {
    const wizard = renderWizard(['SQL-MIR02'])
    await toCredentials(wizard)
    await wizard.user.type(screen.getByRole('textbox', { name: /User name/ }), 'dpmadmin')
    await wizard.user.type(screen.getByLabelText(/Password/), password)
    await wizard.user.click(wizard.button('Next'))
    await wizard.user.click(wizard.button('Next'))
    await wizard.heading('Summary')
    expect(within(screen.getByRole('list', { name: 'Computers' })).getByRole('listitem').textContent).toBe(
      'SQL-MIR02',
    )
    await wizard.user.click(wizard.button('Install'))
    await wizard.heading('Installation')
    return wizard
  }

  it("a wrong password fails the computer with DPM's logon failure, and installs nothing", async () => {
    const wizard = await installWith('wrong')
    const row = screen.getByTestId('agent-install:SQL-MIR02')
    await waitFor(() => expect(within(row).getByRole('alert').textContent).toMatch(/Logon failure/))
    expect(within(row).getByRole('alert').textContent).toContain('on SQL-MIR02 because DPM could not log on')
    const { computers } = await listComputers()
    expect(computers.find((c) => c.name === 'SQL-MIR02')?.agent.status).toBe('NotInstalled')
    await waitFor(() => expect((wizard.button('Close') as HTMLButtonElement).disabled).toBe(false))
    // The password is forgotten once the installation started.
    expect(agentInstallSession.getState().password).toBe('')
  })

  it('the right password installs the agent, and the row says Success', async () => {
    await installWith(PASSWORD)
    await waitFor(() =>
      expect(screen.getByTestId('agent-install:SQL-MIR02').textContent).toContain('Success'),
    )
    const { computers } = await listComputers()
    expect(computers.find((c) => c.name === 'SQL-MIR02')?.agent.status).toBe('OK')
  })

  it('brought back on Summary without its password (a reload), Install goes back to Enter Credentials', async () => {
    const wizard = renderWizard(['SQL-MIR02'])
    agentInstallWizardStore.setState((state) =>
      state.draft ? { draft: { ...state.draft, page: 'summary', userName: 'dpmadmin' } } : state,
    )
    await wizard.heading('Summary')
    await wizard.user.click(wizard.button('Install'))
    await wizard.heading('Enter Credentials')
    expect(screen.getByText('Enter the password of the account.')).toBeTruthy()
  })
})
