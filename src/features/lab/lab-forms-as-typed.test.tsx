// @vitest-environment jsdom
// The lab's forms (Faults, Make a database the mirror of another, the Reset confirmation) say what is wrong
// as the admin types, next to the field, and stop as soon as the value is right; nothing wrong is sent.
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LabEstate } from '../../agent-api/lab-schemas'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { FaultsSection } from './faults-form'
import { dpmLab } from './lab-controller'
import { MirrorSetupForm } from './mirror-setup-form'
import { ResetSection } from './reset-section'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())
beforeEach(() => resetMockEstate('default'))

function renderWithProviders(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </FluentProvider>,
  )
  return userEvent.setup()
}

/** The text of the elements that describe a field (Fluent's Field ties its message with aria-describedby). */
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

/** The fields of the estate the Faults form reads: the faults in force and the names it knows. */
const ESTATE = {
  faults: {},
  computers: [{ name: 'SQL-MIR01' }, { name: 'SQL-STD01' }],
  clusters: [{ virtualServers: ['SQLCLU01'] }],
} as unknown as LabEstate

describe('Faults, as typed', () => {
  it('latency, error rate and unreachable computers each say what is wrong; Apply sends nothing then', async () => {
    const faults = vi.spyOn(dpmLab, 'faults').mockResolvedValue()
    const user = renderWithProviders(<FaultsSection estate={ESTATE} />)
    const latency = screen.getByRole('spinbutton', { name: 'Latency (ms)' })
    const errorRate = screen.getByRole('spinbutton', { name: 'Error rate (%)' })
    const unreachable = screen.getByRole('textbox', { name: /Unreachable computers/ })
    await user.clear(latency)
    await user.type(latency, '99999')
    expect(description(latency)).toMatch(/Enter a whole number of milliseconds from 0 to 60000\./)
    await user.clear(errorRate)
    await user.type(errorRate, '101')
    expect(description(errorRate)).toMatch(/Enter a percentage from 0 to 100\./)
    await user.type(unreachable, 'SQL-NOPE')
    expect(description(unreachable)).toMatch(/Not a computer of this estate: SQL-NOPE\./)
    await user.click(screen.getByRole('button', { name: 'Apply faults' }))
    expect(faults).not.toHaveBeenCalled()

    await user.clear(latency)
    await user.type(latency, '50')
    await user.clear(errorRate)
    await user.type(errorRate, '10')
    await user.clear(unreachable)
    await user.type(unreachable, 'sql-mir01, sqlclu01')
    for (const field of [latency, errorRate, unreachable])
      expect(description(field)).not.toMatch(/Enter|Not a/)
    await user.click(screen.getByRole('button', { name: 'Apply faults' }))
    expect(faults).toHaveBeenCalledWith({
      latencyMs: 50,
      errorRate: 0.1,
      unreachable: ['sql-mir01', 'sqlclu01'],
    })
  })
})

describe('Make a database the mirror of another, as typed', () => {
  it('quiet until typed; each path in its form as typed; gone once both are right', async () => {
    const user = renderWithProviders(<MirrorSetupForm />)
    const principal = screen.getByRole('combobox', { name: /Principal database/ })
    const mirror = screen.getByRole('combobox', { name: /Mirror instance/ })
    expect(description(principal)).not.toMatch(/Enter the principal/)
    await user.type(principal, 'WarehouseDB')
    expect(description(principal)).toMatch(/Enter the principal database as COMPUTER\\INSTANCE\\DATABASE\./)
    expect(description(mirror)).not.toMatch(/Enter the mirror/)
    await user.clear(principal)
    await user.type(principal, 'SQL-STD02\\MSSQLSERVER\\WarehouseDB')
    expect(description(principal)).not.toMatch(/Enter the principal/)
    await user.type(mirror, 'SQL-STD02\\MSSQLSERVER')
    expect(description(mirror)).toMatch(/The mirror must be on another instance than the principal\./)
    await user.clear(mirror)
    await user.type(mirror, 'SQL-STD03')
    expect(description(mirror)).toMatch(/Enter the mirror instance as COMPUTER\\INSTANCE\./)
    await user.type(mirror, '\\MSSQLSERVER')
    expect(description(mirror)).not.toMatch(/Enter the mirror|another instance/)
  })

  it('Make mirror with an untouched empty form says what each field needs', async () => {
    const mirror = vi.spyOn(dpmLab, 'mirror')
    const user = renderWithProviders(<MirrorSetupForm />)
    await user.click(screen.getByRole('button', { name: 'Make mirror' }))
    expect(description(screen.getByRole('combobox', { name: /Principal database/ }))).toMatch(
      /Enter the principal database/,
    )
    expect(description(screen.getByRole('combobox', { name: /Mirror instance/ }))).toMatch(
      /Enter the mirror instance/,
    )
    expect(mirror).not.toHaveBeenCalled()
  })
})

describe('Reset the lab, as typed', () => {
  it('points out an answer that cannot become the preset or RESET, and not the start of one', async () => {
    const run = vi.fn()
    const user = renderWithProviders(<ResetSection run={run} busy={false} />)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    const confirm = screen.getByRole('textbox', { name: /To confirm, type default or RESET/ })
    await user.type(confirm, 'def')
    expect(description(confirm)).not.toMatch(/Type default or RESET/)
    await user.type(confirm, 'x')
    expect(description(confirm)).toMatch(/Type default or RESET\./)
    await user.clear(confirm)
    await user.type(confirm, 'Res')
    expect(description(confirm)).not.toMatch(/Type default or RESET/)
    const dialog = screen.getByRole('alertdialog', { name: 'Reset the lab' })
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }))
    expect(description(confirm)).toMatch(/Type default or RESET to reset; nothing was reset\./)
    expect(run).not.toHaveBeenCalled()
    await user.type(confirm, 'et')
    expect(description(confirm)).not.toMatch(/Type default or RESET/)
  })
})
