// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  HR_DB as HR,
  SALES_DB as SALES,
  SALES_MIRROR_COPY as SALES_MIRROR,
} from '../../agent-api/demo-estate'
import {
  type DataSource,
  DEFAULT_POLICY,
  type DpmServerState,
  EMPTY_SERVER_STATE,
} from '../../domain/protection/protection'
import { RecoveryPoints } from '../../domain/protection/recovery-points'
import { createRecoveryPoint, runConsistencyCheck, stopProtectionOf } from '../../dpm/protection-actions'
import { protectionWizardStore } from '../../dpm/protection-wizard-store'
import { updateServer } from '../../dpm/server-store'
import { ProtectionScreen } from './protection-screen'

vi.mock('../../dpm/protection-actions', () => ({
  runConsistencyCheck: vi.fn(async () => {}),
  createRecoveryPoint: vi.fn(async () => {}),
  stopProtectionOf: vi.fn(async () => {}),
}))

const T = Date.parse('2026-01-05T09:00:00Z')

const dataSource = (over: Partial<DataSource> & Pick<DataSource, 'id' | 'path'>): DataSource => ({
  groupId: 'pg-1',
  protectedAt: T,
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
  ...over,
})

const world: DpmServerState = {
  ...EMPTY_SERVER_STATE,
  groups: {
    'pg-1': { id: 'pg-1', name: 'Sales', policy: DEFAULT_POLICY, createdAt: T, autoProtectInstances: [] },
  },
  dataSources: {
    // S7: the mirror took over; DPM backs up the new principal and checks at detection + 30 minutes.
    'ds-1': dataSource({
      id: 'ds-1',
      path: SALES,
      mirror: { sessionId: 's1', partners: [SALES, SALES_MIRROR], activePath: SALES_MIRROR },
      condition: { kind: 'cc-scheduled', at: T + 30 * 60_000, detectedAt: T },
      lastRecoveryPointAt: T - 60_000,
    }),
    'ds-2': dataSource({ id: 'ds-2', path: HR, groupId: undefined, stoppedAt: T }),
  },
  recoveryPoints: RecoveryPoints.from([
    { dataSourceId: 'ds-1', at: T - 120_000, kind: 'express-full', sizeMb: 100 },
    { dataSourceId: 'ds-1', at: T - 60_000, kind: 'synchronization', sizeMb: 1 },
    { dataSourceId: 'ds-2', at: T - 60_000, kind: 'express-full', sizeMb: 1 },
  ]),
}

// Fluent's DOM under user-event is slow when the two shared cores are busy.
vi.setConfig({ testTimeout: 20_000 })

beforeAll(() => {
  // Role queries check every element's computed style, which is slow in jsdom on a loaded machine; the
  // screens under test hide nothing that a query could wrongly find.
  configure({ defaultHidden: true })
  // jsdom lays nothing out: give the virtualized grid a viewport.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})

beforeEach(() => {
  vi.clearAllMocks()
  updateServer(() => world)
  protectionWizardStore.setState({ target: undefined })
})

const renderScreen = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ProtectionScreen />
    </FluentProvider>,
  )

/**
 * The open dialog with this title. (Found by its heading: in jsdom, Fluent's focus manager may mark the dialog
 * itself aria-hidden, and an aria-hidden element has no accessible name.)
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('heading', { name: title })).toBeDefined()
  return dialog
}

const grid = () => screen.getByRole('treegrid', { name: 'Protection groups' })
const button = (name: string) => screen.getByRole('button', { name })
/**
 * Clicks Create recovery point with the click's events in one go, as a browser sends them to what is under the
 * pointer: the button gives way to the menu's own as the menu's code arrives, and a click spread over several
 * tasks would send its last events to the button that was replaced.
 */
async function openRecoveryPointMenu() {
  await userEvent.setup({ delay: null }).click(button('Create recovery point'))
}
/** Clicks a member's row and waits for it to be selected: the toolbar acts on the selection. */
async function selectMember(path: string) {
  const row = within(grid()).getByTestId(`ds:${path}`)
  await userEvent.click(row)
  await waitFor(() => expect(row.getAttribute('aria-selected')).toBe('true'))
}

describe('Protection tab', () => {
  it('lists groups and members with their status; a mirrored member once, with its principal now', () => {
    renderScreen()
    const sales = within(grid()).getByTestId(`ds:${SALES}`)
    expect(sales.textContent).toContain('Consistency check scheduled at 2026-01-05 09:30 UTC')
    expect(sales.textContent).toContain('Principal: SQL-MIR01\\MSSQLSERVER; Mirror: SQL-PRI01\\MSSQLSERVER')
    expect(within(grid()).queryByTestId(`ds:${SALES_MIRROR}`)).toBeNull()
    expect(within(grid()).getByRole('row', { name: /Inactive protection/ })).toBeDefined()
    expect(within(grid()).getByTestId(`ds:${HR}`).textContent).toContain('Inactive replica available')
  })

  it('shows the selected member in the details pane', async () => {
    renderScreen()
    await userEvent.click(within(grid()).getByTestId(`ds:${SALES}`))
    const details = screen.getByRole('region', { name: 'Details' })
    expect(details.textContent).toContain('Recovery points2')
    expect(details.textContent).toContain('Last recovery point2026-01-05 08:59 UTC')
    expect(details.textContent).toContain('Mirror partnersSQL-PRI01\\MSSQLSERVER, SQL-MIR01\\MSSQLSERVER')
    expect(details.textContent).toContain('Principal nowSQL-MIR01\\MSSQLSERVER')
  })

  it('acts on the selected row only: nothing selected, nothing but New', () => {
    renderScreen()
    expect(button('New')).toHaveProperty('disabled', false)
    for (const name of ['Modify', 'Stop protection', 'Consistency check', 'Create recovery point']) {
      expect(button(name)).toHaveProperty('disabled', true)
    }
  })

  it('New opens the wizard to create, Modify to modify the selected member’s group', async () => {
    renderScreen()
    await userEvent.click(button('New'))
    expect(protectionWizardStore.getState().target).toEqual({ mode: 'create' })
    await userEvent.click(within(grid()).getByTestId(`ds:${SALES}`))
    await userEvent.click(button('Modify'))
    expect(protectionWizardStore.getState().target).toEqual({ mode: 'modify', groupId: 'pg-1' })
  })

  it('Stop protection retains replicas by default', async () => {
    renderScreen()
    await userEvent.click(within(grid()).getByTestId(`ds:${SALES}`))
    await userEvent.click(button('Stop protection'))
    const dialog = await dialogTitled('Stop Protection')
    expect(within(dialog).getByRole('radio', { name: 'Retain replicas on disk' })).toHaveProperty(
      'checked',
      true,
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop Protection' }))
    expect(stopProtectionOf).toHaveBeenCalledWith(['ds-1'], 'retain')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('deleting replicas needs the typed name or DELETE', async () => {
    renderScreen()
    await userEvent.click(within(grid()).getByTestId(`ds:${SALES}`))
    await userEvent.click(button('Stop protection'))
    const dialog = await dialogTitled('Stop Protection')
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Delete data source replicas from disk' }),
    )
    const confirm = within(dialog).getByRole('textbox', { name: /To confirm, type "SalesDB" or "DELETE"/ })
    await userEvent.type(confirm, 'Sales')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop Protection' }))
    expect(stopProtectionOf).not.toHaveBeenCalled()
    expect(dialog.textContent).toContain('nothing was deleted')
    await userEvent.type(confirm, 'DB')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop Protection' }))
    expect(stopProtectionOf).toHaveBeenCalledWith(['ds-1'], 'delete')
  })

  it('asks DPM’s question before a consistency check, then runs it', async () => {
    renderScreen()
    await userEvent.click(within(grid()).getByTestId(`ds:${SALES}`))
    await userEvent.click(button('Consistency check'))
    const question = await screen.findByRole('alertdialog')
    expect(question.textContent).toMatch(
      /Consistency check is a time intensive operation.*Do you want to perform the consistency check\?/,
    )
    await userEvent.click(within(question).getByRole('button', { name: 'Yes' }))
    expect(runConsistencyCheck).toHaveBeenCalledWith('ds-1')
  })

  it('creates an express full backup or a synchronization for the selected member', async () => {
    renderScreen()
    await selectMember(SALES)
    await openRecoveryPointMenu()
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Synchronize' }))
    expect(createRecoveryPoint).toHaveBeenCalledWith('ds-1', 'synchronization')
  })

  it('shows an agent error where the action started, with Retry', async () => {
    vi.mocked(createRecoveryPoint).mockRejectedValueOnce(new Error('The agent could not be reached.'))
    renderScreen()
    await selectMember(SALES)
    await openRecoveryPointMenu()
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Express full backup' }))
    const error = await screen.findByRole('alert')
    expect(error.textContent).toContain('Express full backup failed')
    expect(error.textContent).toContain('The agent could not be reached.')
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }))
    expect(createRecoveryPoint).toHaveBeenCalledTimes(2)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('removes inactive protection after a typed confirmation', async () => {
    renderScreen()
    await userEvent.click(within(grid()).getByTestId(`ds:${HR}`))
    expect(button('Stop protection')).toHaveProperty('disabled', true)
    await userEvent.click(button('Remove inactive protection'))
    const dialog = await dialogTitled('Remove inactive protection')
    expect(dialog.textContent).toContain('1 recovery points')
    await userEvent.type(within(dialog).getByRole('textbox'), 'DELETE')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }))
    expect(stopProtectionOf).toHaveBeenCalledWith(['ds-2'], 'delete')
  })

  it('is keyboard usable: arrows move, Left collapses a group, Enter selects', async () => {
    renderScreen()
    const rows = within(grid()).getAllByRole('row')
    const firstGroup = rows[1] as HTMLElement
    firstGroup.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(within(grid()).getByTestId(`ds:${SALES}`))
    await userEvent.keyboard('{Enter}')
    expect(within(grid()).getByTestId(`ds:${SALES}`).getAttribute('aria-selected')).toBe('true')
    await userEvent.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(firstGroup)
    await userEvent.keyboard('{ArrowLeft}')
    expect(firstGroup.getAttribute('aria-expanded')).toBe('false')
    expect(within(grid()).queryByTestId(`ds:${SALES}`)).toBeNull()
  })
})
