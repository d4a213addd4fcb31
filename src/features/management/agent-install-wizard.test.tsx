// @vitest-environment jsdom
// Select Computers of the agent installation says that one computer is needed as soon as the last one is
// unchecked, and no longer once one is checked; Next still refuses an empty choice.
import { screen } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { renderWithProviders } from '../../test/render-with-providers'
import { AgentInstallWizard } from './agent-install-wizard'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())
beforeEach(() => resetMockEstate('default'))

const renderWizard = (preselected: string[]) =>
  renderWithProviders(<AgentInstallWizard preselected={preselected} onClose={() => undefined} />)

const NEEDS_ONE = 'Select at least one computer to install the agent on.'

describe('Select Computers, as checked', () => {
  it('unchecking the last computer says so at once; checking one clears it', async () => {
    const user = renderWizard(['SQL-MIR02'])
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
    const user = renderWizard([])
    await screen.findByRole('checkbox', { name: /^SQL-MIR02/ })
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('alert').textContent).toBe(NEEDS_ONE)
    expect(screen.getByRole('heading', { name: 'Select Computers' })).toBeTruthy()
    await user.click(screen.getByRole('checkbox', { name: /^SQL-MIR02/ }))
    expect(screen.queryByText(NEEDS_ONE)).toBeNull()
  })
})
