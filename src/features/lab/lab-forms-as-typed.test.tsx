// @vitest-environment jsdom
// The lab's forms (Faults, Make a database the mirror of another, the Reset confirmation) say what is wrong
// as the admin types, next to the field, and stop as soon as the value is right; nothing wrong is sent.
import { screen, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WAREHOUSE_STD02 } from '../../agent-api/demo-estate'
import type { LabEstate } from '../../agent-api/lab-schemas'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { describedBy } from '../../test/field-description'
import { renderWithProviders } from '../../test/render-with-providers'
import { CreateDatabaseForm } from './create-database-form'
import { FaultsSection } from './faults-form'
import { dpmLab } from './lab-controller'
import { MirrorSetupForm } from './mirror-setup-form'
import { ResetSection } from './reset-section'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())
beforeEach(() => resetMockEstate('default'))

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
    expect(describedBy(latency)).toMatch(/Enter a whole number of milliseconds from 0 to 60000\./)
    await user.clear(errorRate)
    await user.type(errorRate, '101')
    expect(describedBy(errorRate)).toMatch(/Enter a percentage from 0 to 100\./)
    await user.type(unreachable, 'SQL-NOPE')
    expect(describedBy(unreachable)).toMatch(/Not a computer of this estate: SQL-NOPE\./)
    await user.click(screen.getByRole('button', { name: 'Apply faults' }))
    expect(faults).not.toHaveBeenCalled()

    await user.clear(latency)
    await user.type(latency, '50')
    await user.clear(errorRate)
    await user.type(errorRate, '10')
    await user.clear(unreachable)
    await user.type(unreachable, 'sql-mir01, sqlclu01')
    for (const field of [latency, errorRate, unreachable])
      expect(describedBy(field)).not.toMatch(/Enter|Not a/)
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
    expect(describedBy(principal)).not.toMatch(/Enter the principal/)
    await user.type(principal, 'WarehouseDB')
    expect(describedBy(principal)).toMatch(/Enter the principal database as COMPUTER\\INSTANCE\\DATABASE\./)
    expect(describedBy(mirror)).not.toMatch(/Enter the mirror/)
    await user.clear(principal)
    await user.type(principal, WAREHOUSE_STD02)
    expect(describedBy(principal)).not.toMatch(/Enter the principal/)
    await user.type(mirror, 'SQL-STD02\\MSSQLSERVER')
    expect(describedBy(mirror)).toMatch(/The mirror must be on another instance than the principal\./)
    await user.clear(mirror)
    await user.type(mirror, 'SQL-STD03')
    expect(describedBy(mirror)).toMatch(/Enter the mirror instance as COMPUTER\\INSTANCE\./)
    await user.type(mirror, '\\MSSQLSERVER')
    expect(describedBy(mirror)).not.toMatch(/Enter the mirror|another instance/)
  })

  it('Make mirror with an untouched empty form says what each field needs', async () => {
    const mirror = vi.spyOn(dpmLab, 'mirror')
    const user = renderWithProviders(<MirrorSetupForm />)
    await user.click(screen.getByRole('button', { name: 'Make mirror' }))
    expect(describedBy(screen.getByRole('combobox', { name: /Principal database/ }))).toMatch(
      /Enter the principal database/,
    )
    expect(describedBy(screen.getByRole('combobox', { name: /Mirror instance/ }))).toMatch(
      /Enter the mirror instance/,
    )
    expect(mirror).not.toHaveBeenCalled()
  })
})

describe('Create a database, as typed', () => {
  it('says what is wrong next to each field, then the lab refusal next to its field, then creates it', async () => {
    const user = renderWithProviders(<CreateDatabaseForm />)
    const instance = screen.getByRole('textbox', { name: /Instance/ })
    const name = screen.getByRole('textbox', { name: /Database name/ })
    const create = screen.getByRole('button', { name: 'Create database' })
    await user.type(instance, 'SQL-STD01')
    expect(describedBy(instance)).toMatch(/Enter the instance as COMPUTER\\INSTANCE\./)
    await user.type(name, 'Orders|2026')
    expect(describedBy(name)).toMatch(/A database name cannot contain/)

    // Right as typed, refused by the lab: an unknown instance, then a name already there.
    await user.type(instance, '\\NOPE')
    await user.clear(name)
    await user.type(name, 'hrdb')
    await user.click(create)
    expect(await screen.findByText(/There is no SQL Server instance SQL-STD01\\NOPE/)).toBeTruthy()
    expect(describedBy(instance)).toMatch(/There is no SQL Server instance SQL-STD01\\NOPE/)
    await user.clear(instance)
    await user.type(instance, 'SQL-STD01\\MSSQLSERVER')
    expect(describedBy(instance)).not.toMatch(/There is no/)
    await user.click(create)
    expect(
      await screen.findByText(/A database named HRDB already exists on SQL-STD01\\MSSQLSERVER\./),
    ).toBeTruthy()
    expect(describedBy(name)).toMatch(/A database named HRDB already exists/)

    await user.clear(name)
    await user.type(name, 'OrdersDB')
    await user.click(create)
    expect((await screen.findByRole('status')).textContent).toMatch(
      /SQL-STD01\\MSSQLSERVER\\OrdersDB was created\./,
    )
  })
})

describe('Reset the lab, as typed', () => {
  it('points out an answer that cannot become the preset or RESET, and not the start of one', async () => {
    const run = vi.fn()
    const user = renderWithProviders(<ResetSection run={run} busy={false} />)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    const confirm = screen.getByRole('textbox', { name: /To confirm, type default or RESET/ })
    await user.type(confirm, 'def')
    expect(describedBy(confirm)).not.toMatch(/Type default or RESET/)
    await user.type(confirm, 'x')
    expect(describedBy(confirm)).toMatch(/Type default or RESET\./)
    await user.clear(confirm)
    await user.type(confirm, 'Res')
    expect(describedBy(confirm)).not.toMatch(/Type default or RESET/)
    const dialog = screen.getByRole('alertdialog', { name: 'Reset the lab' })
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }))
    expect(describedBy(confirm)).toMatch(/Type default or RESET to reset; nothing was reset\./)
    expect(run).not.toHaveBeenCalled()
    await user.type(confirm, 'et')
    expect(describedBy(confirm)).not.toMatch(/Type default or RESET/)
  })
})
