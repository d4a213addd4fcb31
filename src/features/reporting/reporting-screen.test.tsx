// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SALES_DB as SALES } from '../../agent-api/demo-estate'
import { advanceTo, FakeEstate, protect } from '../../domain/engine/engine-test-support'
import { type DpmServerState, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { HOUR_MS } from '../../domain/world/time'
import { updateServer } from '../../dpm/server-store'
import { resetSimTime } from '../../sim-clock/clock'
import { giveVirtualListsAViewport } from '../../test/jsdom-viewport'
import { ReportingScreen } from './reporting-screen'
import { reportingViewStore } from './reporting-view-store'

vi.setConfig({ testTimeout: 20_000 })

const START = Date.parse('2026-01-05T09:00:00Z')
const NOW = START + 4 * HOUR_MS

/** S7 through the engine: an hour of backups, the principal fails, the check 30 minutes after detection. */
function s7World(): DpmServerState {
  const fake = new FakeEstate().add(SALES)
  fake.establish(SALES, 'SQL-MIR01\\MSSQLSERVER', START - HOUR_MS)
  let state = protect(EMPTY_SERVER_STATE, fake, [SALES], START, {}, 'Sales')
  state = advanceTo(state, fake, START + HOUR_MS)
  fake.principalFails(SALES, START + HOUR_MS)
  return advanceTo(state, fake, NOW)
}

beforeAll(() => {
  configure({ defaultHidden: true })
  giveVirtualListsAViewport({ width: 1000, height: 600 })
})

beforeEach(() => {
  updateServer(() => s7World())
  resetSimTime(NOW)
  reportingViewStore.setState({ report: 'status', period: 'last-24-hours' })
})

const renderScreen = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportingScreen />
    </FluentProvider>,
  )

describe('the Reporting tab', () => {
  it('shows the status report per group and data source, and its jobs chart as a table', async () => {
    const user = userEvent.setup()
    renderScreen()
    const grid = screen.getByRole('treegrid', { name: 'Status report' })
    const row = within(grid).getByTestId(`report-ds:${SALES}`)
    expect(row.textContent).toMatch(/Sales.*SalesDB/)
    expect(within(grid).getByRole('row', { name: /^Sales 1 data source/ })).toBeTruthy()
    expect(screen.queryByRole('grid', { name: 'Successful and failed jobs' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Table view of Successful and failed jobs' }))
    const hours = within(screen.getByRole('grid', { name: 'Successful and failed jobs' })).getAllByRole('row')
    expect(hours).toHaveLength(25)
    // S7: the backup stopped at detection is a failed job.
    const failed = hours.slice(1).reduce((sum, hour) => sum + Number(hour.lastElementChild?.textContent), 0)
    expect(failed).toBeGreaterThan(0)
  })

  it('switches report and period; the timeline shows the stop and the resumption', async () => {
    const user = userEvent.setup()
    renderScreen()
    await user.click(screen.getByRole('tab', { name: 'Recovery point status' }))
    expect(screen.getByRole('heading', { name: 'Recovery point status' })).toBeTruthy()
    const lane = screen.getByRole('img', {
      name: new RegExp(`^${SALES.replaceAll('\\', '\\\\')}: \\d+ recovery points`),
    })
    expect(lane.getAttribute('aria-label')).toMatch(/backups stopped at .* UTC, resumed at .* UTC/)
    await user.click(screen.getByRole('button', { name: 'Table view of Recovery point timeline' }))
    const events = within(screen.getByRole('grid', { name: 'Recovery point timeline' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[2]?.textContent)
    expect(events).toEqual([
      'Recovery points created',
      'Backups stopped',
      'Backups resumed',
      'Recovery points created',
    ])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 30 days')
    expect(screen.getByText(/^Last 30 days: 2025-12-07 00:00 UTC to 2026-01-05 13:00 UTC$/)).toBeTruthy()
  })

  it('exports the report shown as a CSV file', async () => {
    const user = userEvent.setup()
    const files: Blob[] = []
    URL.createObjectURL = (blob: Blob) => {
      files.push(blob)
      return 'blob:report'
    }
    URL.revokeObjectURL = () => {}
    renderScreen()
    await user.click(screen.getByRole('tab', { name: 'Disk utilization' }))
    await user.click(screen.getByRole('button', { name: 'Export to CSV' }))
    const csv = await files[0]?.text()
    const lines = csv?.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines?.[0]).toBe(
      'Time,Protection group,Replica space (MB),Recovery point space (MB),Allocated space (MB),Share of storage pool (%)',
    )
    expect(lines?.[1]).toMatch(/^2026-01-05 13:00 UTC,Sales,1100,/)
  })
})
