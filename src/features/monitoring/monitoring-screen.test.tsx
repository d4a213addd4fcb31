// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SALES_DB as SALES, WAREHOUSE_STD02 as WAREHOUSE } from '../../agent-api/demo-estate'
import { ALERT_CATALOG } from '../../domain/engine/alerts'
import {
  type Alert,
  type AlertType,
  type DataSource,
  DEFAULT_POLICY,
  type DpmServerState,
  EMPTY_SERVER_STATE,
  type Job,
} from '../../domain/protection/protection'
import {
  cancelJob,
  createRecoveryPoint,
  inactivateAlert,
  retryJob,
  runConsistencyCheck,
  stopProtectionOf,
} from '../../dpm/protection-actions'
import { protectionWizardStore } from '../../dpm/protection-wizard-store'
import { updateServer } from '../../dpm/server-store'
import { resetSimTime } from '../../sim-clock/clock'
import { MonitoringScreen } from './monitoring-screen'
import { INITIAL_MONITORING_VIEW, monitoringViewStore } from './monitoring-view-store'

vi.mock('../../dpm/protection-actions', () => ({
  runConsistencyCheck: vi.fn(async () => {}),
  createRecoveryPoint: vi.fn(async () => {}),
  stopProtectionOf: vi.fn(async () => {}),
  retryJob: vi.fn(async () => {}),
  cancelJob: vi.fn(async () => {}),
  inactivateAlert: vi.fn(async () => {}),
}))

const T = Date.parse('2026-01-05T09:00:00Z')

const dataSource = (id: string, path: string): DataSource => ({
  id,
  path,
  groupId: 'pg-1',
  protectedAt: T,
  sizeMb: 100,
  logSizeMb: 10,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
})

const alert = (
  id: string,
  type: AlertType,
  dataSourceId: string,
  source: string,
  over: Partial<Alert> = {},
) => ({
  id,
  type,
  ...ALERT_CATALOG[type],
  description: `${ALERT_CATALOG[type].title} on ${source}.`,
  dataSourceId,
  source,
  computer: source.split('\\')[0] ?? '',
  groupName: 'Group 1',
  raisedAt: T,
  lastSeenAt: T,
  occurrences: 1,
  ...over,
})

const job = (id: string, over: Partial<Job>): Job => ({
  id,
  type: 'synchronization',
  dataSourceId: 'ds-2',
  source: SALES,
  computer: 'SQL-PRI01',
  groupName: 'Group 1',
  status: 'completed',
  scheduledAt: T,
  startedAt: T,
  endedAt: T + 120_000,
  dataTransferredMb: 12,
  ...over,
})

const world: DpmServerState = {
  ...EMPTY_SERVER_STATE,
  groups: {
    'pg-1': { id: 'pg-1', name: 'Group 1', policy: DEFAULT_POLICY, createdAt: T, autoProtectInstances: [] },
  },
  dataSources: { 'ds-1': dataSource('ds-1', WAREHOUSE), 'ds-2': dataSource('ds-2', SALES) },
  alerts: [
    alert('alert-1', 'mirrored-after-protection', 'ds-1', WAREHOUSE),
    alert('alert-2', 'consistency-check-required', 'ds-2', SALES, { lastSeenAt: T + 60_000 }),
    alert('alert-3', 'mirror-took-over', 'ds-2', SALES, { inactiveAt: T + 120_000 }),
  ],
  jobs: [
    job('job-1', {}),
    job('job-2', {
      status: 'failed',
      error: 'A consistency check is required.',
      dataTransferredMb: undefined,
    }),
    job('job-3', {
      type: 'consistency-check',
      status: 'in-progress',
      endedAt: undefined,
      dueEndAt: T + 20 * 60_000,
    }),
    job('job-4', {
      type: 'express-full',
      status: 'scheduled',
      startedAt: undefined,
      scheduledAt: T + 3_600_000,
    }),
  ],
}

// Fluent's DOM under user-event is slow when the two shared cores are busy.
vi.setConfig({ testTimeout: 20_000 })

beforeAll(() => {
  // Role queries check every element's computed style, which is slow in jsdom on a loaded machine; the
  // screens under test hide nothing that a query could wrongly find.
  configure({ defaultHidden: true })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})

beforeEach(() => {
  vi.clearAllMocks()
  updateServer(() => world)
  resetSimTime(T + 10 * 60_000)
  monitoringViewStore.setState(INITIAL_MONITORING_VIEW)
  protectionWizardStore.setState({ target: undefined })
})

const renderScreen = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <MonitoringScreen />
    </FluentProvider>,
  )

const alertsGrid = () => screen.getByRole('grid', { name: 'Alerts' })
const jobsGrid = () => screen.getByRole('grid', { name: 'Jobs' })
const details = () => screen.getByRole('region', { name: 'Alert details' })
const rowNamed = (grid: HTMLElement, name: RegExp) => within(grid).getByRole('row', { name })
/** The group headings of a grouped grid: their cell can be expanded. */
const headings = (grid: HTMLElement) =>
  [...grid.querySelectorAll('td[aria-expanded]')].map((cell) => cell.textContent)

describe('Monitoring > Alerts', () => {
  it('lists active alerts grouped by severity, with the contract’s columns', () => {
    renderScreen()
    const headers = within(alertsGrid())
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
    expect(headers).toEqual([
      'Severity',
      'Alert',
      'Computer',
      'Protection Group',
      'Data Source',
      'Time raised',
    ])
    const rows = within(alertsGrid())
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent)
    expect(rows).toEqual([
      'Critical (2)',
      expect.stringContaining('Consistency check required'),
      expect.stringContaining('Protected database is now mirrored'),
    ])
  })

  it('shows inactive alerts on request and groups by computer', async () => {
    renderScreen()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show inactive alerts' }))
    expect(
      rowNamed(alertsGrid(), /Mirror took over as principal: backups stopped \(inactive\)/),
    ).toBeDefined()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Computer')
    expect(headings(alertsGrid())).toEqual(['SQL-PRI01 (2)', 'SQL-STD02 (1)'])
  })

  it('S4: the recommended action stops protection retaining data, then opens the wizard', async () => {
    renderScreen()
    await userEvent.click(rowNamed(alertsGrid(), /Protected database is now mirrored/))
    expect(details().textContent).toContain(`Protected database is now mirrored on ${WAREHOUSE}.`)
    expect(details().textContent).toContain('Remove protection for the database, retaining the backup data')
    await userEvent.click(
      within(details()).getByRole('button', { name: 'Stop protection retaining data and protect again' }),
    )
    expect(stopProtectionOf).toHaveBeenCalledWith(['ds-1'], 'retain')
    await waitFor(() => expect(protectionWizardStore.getState().target).toEqual({ mode: 'create' }))
  })

  it('S7: a required consistency check is run from the alert, then the failed backup retried', async () => {
    renderScreen()
    await userEvent.click(rowNamed(alertsGrid(), /Consistency check required/))
    await userEvent.click(
      within(details()).getByRole('button', { name: 'Run a synchronization job with consistency check' }),
    )
    expect(runConsistencyCheck).toHaveBeenCalledWith('ds-2')
    await userEvent.click(within(details()).getByRole('button', { name: 'Retry the backup' }))
    // The latest failed backup of SalesDB was a synchronization.
    expect(createRecoveryPoint).toHaveBeenCalledWith('ds-2', 'synchronization')
  })

  it('inactivates an alert; an inactive alert offers no actions', async () => {
    renderScreen()
    await userEvent.click(rowNamed(alertsGrid(), /Consistency check required/))
    await userEvent.click(within(details()).getByRole('button', { name: 'Inactivate alert' }))
    expect(inactivateAlert).toHaveBeenCalledWith('alert-2')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show inactive alerts' }))
    await userEvent.click(rowNamed(alertsGrid(), /Mirror took over/))
    expect(within(details()).queryAllByRole('button')).toEqual([])
    expect(details().textContent).toContain('StatusInactive')
  })

  it('shows a failed action next to the buttons, with Retry', async () => {
    vi.mocked(runConsistencyCheck).mockRejectedValueOnce(new Error('The agent did not answer within 15 s.'))
    renderScreen()
    await userEvent.click(rowNamed(alertsGrid(), /Consistency check required/))
    await userEvent.click(
      within(details()).getByRole('button', { name: 'Run a synchronization job with consistency check' }),
    )
    const error = await within(details()).findByRole('alert')
    expect(error.textContent).toContain('The agent did not answer within 15 s.')
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }))
    expect(runConsistencyCheck).toHaveBeenCalledTimes(2)
  })
})

describe('Monitoring > Jobs', () => {
  const openJobs = async () => {
    renderScreen()
    await userEvent.click(screen.getByRole('tab', { name: 'Jobs' }))
  }

  it('groups jobs by status by default, with the contract’s columns', async () => {
    await openJobs()
    const headers = within(jobsGrid())
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
    expect(headers.slice(0, 8)).toEqual([
      'Type',
      'Source',
      'Computer',
      'Protection Group',
      'Status',
      'Start Time',
      'Time Elapsed',
      'Data Transferred',
    ])
    expect(headings(jobsGrid())).toEqual(['Failed (1)', 'In progress (1)', 'Scheduled (1)', 'Completed (1)'])
    expect(within(jobsGrid()).getByTestId('job:job-1').textContent).toContain('2 min')
    expect(within(jobsGrid()).getByTestId('job:job-1').textContent).toContain('12 MB')
  })

  it('shows the progress of a running job and its elapsed time', async () => {
    await openJobs()
    const running = within(jobsGrid()).getByTestId('job:job-3')
    // Ten minutes into a job the agent said takes twenty.
    expect(within(running).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5')
    expect(running.textContent).toContain('10 min')
  })

  it('offers Retry on a failed job and Cancel on scheduled and running ones', async () => {
    await openJobs()
    await userEvent.click(
      within(within(jobsGrid()).getByTestId('job:job-2')).getByRole('button', { name: 'Retry' }),
    )
    expect(retryJob).toHaveBeenCalledWith('job-2')
    await userEvent.click(
      within(within(jobsGrid()).getByTestId('job:job-4')).getByRole('button', { name: 'Cancel' }),
    )
    expect(cancelJob).toHaveBeenCalledWith('job-4')
    expect(within(within(jobsGrid()).getByTestId('job:job-1')).queryByRole('button')).toBeNull()
  })

  it('filters by status and time range, and shows a failed job’s error', async () => {
    await openJobs()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Failed')
    const ids = within(jobsGrid())
      .queryAllByTestId(/^job:/)
      .map((row) => row.getAttribute('data-testid'))
    expect(ids).toEqual(['job:job-2'])
    await userEvent.click(within(jobsGrid()).getByTestId('job:job-2'))
    expect(screen.getByRole('region', { name: 'Job details' }).textContent).toContain(
      'ErrorA consistency check is required.',
    )
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), 'Last hour')
    resetSimTime(T + 90 * 60_000)
    await waitFor(() =>
      expect(
        within(jobsGrid())
          .queryAllByTestId(/^job:/)
          .map((row) => row.getAttribute('data-testid')),
      ).toEqual(['job:job-4']),
    )
  })

  it('says how many older jobs the bounded history counts but no longer lists', async () => {
    updateServer((state) => ({
      ...state,
      jobHistory: { trimmed: { completed: 900, failed: 3, canceled: 1 }, trimmedUntil: T - 86_400_000 },
    }))
    await openJobs()
    expect(screen.getByText(/900 completed, 3 failed and 1 canceled jobs are counted/)).toBeDefined()
  })

  it('groups by type', async () => {
    await openJobs()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Type')
    expect(headings(jobsGrid())).toEqual([
      'Synchronization (2)',
      'Express full backup (1)',
      'Consistency check (1)',
    ])
  })
})
