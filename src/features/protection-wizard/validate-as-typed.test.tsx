// @vitest-environment jsdom
// Create New Protection Group says what is wrong as the admin types, next to the field, without Next, and
// stops saying it as soon as the value is right. Driven by role through the real dialog and its store.
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HR_DB } from '../../agent-api/demo-estate'
import { DEFAULT_POLICY, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import {
  closeProtectionWizard,
  newDraft,
  protectionWizardStore,
  type SelectedMember,
  type WizardDraft,
} from '../../dpm/protection-wizard-store'
import { queryClient } from '../../dpm/query-client'
import { serverStore } from '../../dpm/server-store'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { resetSimTime } from '../../sim-clock/clock'
import { describedBy } from '../../test/field-description'
import { giveVirtualListsAViewport } from '../../test/jsdom-viewport'
import { renderWithProviders } from '../../test/render-with-providers'
import { ProtectionWizardHost } from './protection-wizard-host'

const NOW = Date.parse('2026-01-05T09:00:00Z')
const HR: SelectedMember = {
  key: HR_DB,
  instance: 'SQL-STD01\\MSSQLSERVER',
  member: {
    path: HR_DB,
    sizeMb: 10,
    logSizeMb: 1,
    recoveryModel: 'FULL',
    readOnly: false,
  },
}

beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  giveVirtualListsAViewport({ width: 600, height: 900 })
})
afterAll(() => mockAgentsServer.close())
beforeEach(() => {
  resetMockEstate('default')
  resetSimTime(NOW)
  queryClient.clear()
  serverStore.setState({ server: EMPTY_SERVER_STATE })
  closeProtectionWizard()
})

/** The wizard opened on `page` with HRDB selected and `change` applied to a fresh draft. */
async function openOn(page: WizardDraft['page'], change: Partial<WizardDraft> = {}) {
  const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
  act(() =>
    protectionWizardStore.setState({
      target: { mode: 'create' },
      draft: { ...newDraft({ mode: 'create' }), members: [HR], page, ...change },
    }),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
  return { user, dialog }
}

const draft = () => protectionWizardStore.getState().draft

describe('validation as typed', () => {
  it('Protection group name: quiet while untouched, each rule as typed, gone once the name is right', async () => {
    const { user, dialog } = await openOn('method', { name: '' })
    const name = within(dialog).getByRole('textbox', { name: /Protection group name/ })
    expect(describedBy(name)).not.toMatch(/Enter a name/)
    await user.type(name, 'Sales (2026)')
    expect(describedBy(name)).toMatch(/cannot contain the characters \| \/ \( \) \. \(found: \( \)\)/)
    await user.clear(name)
    await user.type(name, 'Sales\u202E6202')
    expect(describedBy(name)).toMatch(/cannot contain control characters, .* \(found: U\+202E\)\./)
    await user.clear(name)
    await waitFor(() => expect(describedBy(name)).toMatch(/Enter a name for the protection group\./))
    await user.type(name, 'Sales 2026')
    expect(describedBy(name)).not.toMatch(/protection group/)
    expect(within(dialog).queryByRole('alert')).toBeNull()
    expect(within(dialog).getByRole('heading', { name: 'Select Data Protection Method' })).toBeTruthy()
  })

  it('Protection group name: the default name Protection Group 1; Next refuses an emptied name and says why', async () => {
    const { user, dialog } = await openOn('method')
    const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: /Protection group name/ })
    expect(name.value).toBe('Protection Group 1')
    await user.clear(name)
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    expect(describedBy(name)).toMatch(/Enter a name for the protection group\./)
    expect(within(dialog).getByRole('heading', { name: 'Select Data Protection Method' })).toBeTruthy()
  })

  it('short-term protection using Disk: unchecking it says why at once', async () => {
    const { user, dialog } = await openOn('method', { name: 'HR' })
    const disk = within(dialog).getByRole('checkbox', { name: 'I want short-term protection using Disk' })
    await user.click(disk)
    expect(describedBy(disk)).toMatch(/only protection method this DPM server offers/)
    await user.click(disk)
    expect(within(dialog).queryByText(/only protection method/)).toBeNull()
  })

  it('Retention range: out of range or empty as typed; the last good value stays in the policy', async () => {
    const { user, dialog } = await openOn('goals')
    const retention = within(dialog).getByRole('spinbutton', { name: /Retention range/ })
    await user.clear(retention)
    expect(describedBy(retention)).toMatch(/Enter a whole number of days, between 1 and 448 days\./)
    await user.type(retention, '0')
    expect(describedBy(retention)).toMatch(/The retention range must be between 1 and 448 days\./)
    expect(draft()?.policy.retentionDays).toBe(DEFAULT_POLICY.retentionDays)
    await user.clear(retention)
    await user.type(retention, '30')
    expect(describedBy(retention)).not.toMatch(/retention range|whole number/)
    expect(draft()?.policy.retentionDays).toBe(30)
  })

  it('express full backup times: a cleared or repeated time, then a good one', async () => {
    const { user, dialog } = await openOn('goals')
    await user.click(within(dialog).getByRole('button', { name: 'Modify' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add time' }))
    const second = within(dialog).getByLabelText('Express full backup time 2')
    await user.clear(second)
    expect(second.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(second)).toMatch(/Enter every time in full, as HH:MM/)
    await user.type(second, '20:00')
    expect(describedBy(second)).toMatch(/Each time can be listed once\./)
    await user.clear(second)
    await user.type(second, '06:30')
    expect(second.getAttribute('aria-invalid')).toBeNull()
    expect(within(dialog).queryByText(/Each time|in full/)).toBeNull()
    expect(draft()?.policy.expressFull.times).toEqual(['20:00', '06:30'])
  })

  it('Synchronization frequency: slower than the express full backups is said at once', async () => {
    const { user, dialog } = await openOn('goals', {
      policy: {
        ...newDraft({ mode: 'create' }).policy,
        expressFull: { times: ['08:00', '20:00'], days: [1] },
      },
    })
    const frequency = within(dialog).getByRole('combobox', { name: 'Synchronization frequency' })
    await user.selectOptions(frequency, 'Every 24 hours')
    expect(describedBy(frequency)).toMatch(
      /At least one synchronization must run between two recovery points/,
    )
    await user.selectOptions(frequency, 'Every 4 hours')
    expect(describedBy(frequency)).not.toMatch(/synchronization must run/)
  })

  it('Later: a date and time in the past as typed, a future one clears it', async () => {
    const { user, dialog } = await openOn('replica', {
      policy: {
        ...newDraft({ mode: 'create' }).policy,
        replicaCreation: { method: 'later', at: NOW + 3_600_000 },
      },
    })
    const at = within(dialog).getByLabelText(/Date and time \(UTC, simulated clock\)/)
    await user.clear(at)
    expect(describedBy(at)).toMatch(/Enter the date and time for the replica creation \(UTC\)\./)
    await user.type(at, '2026-01-04T22:00')
    expect(describedBy(at)).toMatch(/not in the past/)
    await user.clear(at)
    await user.type(at, '2026-01-06T22:00')
    expect(describedBy(at)).not.toMatch(/not in the past|Enter the date/)
    expect(draft()?.policy.replicaCreation).toEqual({
      method: 'later',
      at: Date.parse('2026-01-06T22:00:00Z'),
    })
  })

  it('daily consistency check: start time and maximum duration as typed, each by its own field', async () => {
    const { user, dialog } = await openOn('consistency', {
      policy: {
        ...newDraft({ mode: 'create' }).policy,
        consistencyCheck: { onInconsistent: true, daily: { start: '01:00', maxDurationHours: 8 } },
      },
    })
    const duration = within(dialog).getByRole('spinbutton', { name: /Maximum duration/ })
    await user.type(duration, '0')
    expect(describedBy(duration)).toMatch(/Enter a maximum duration between 1 and 24 hours\./)
    const start = within(dialog).getByLabelText(/Start time/)
    expect(describedBy(start)).not.toMatch(/maximum duration/)
    await user.clear(duration)
    await user.type(duration, '6')
    expect(describedBy(duration)).not.toMatch(/maximum duration between/)
    await user.clear(start)
    expect(describedBy(start)).toMatch(/Enter a start time as HH:MM \(UTC\)\./)
    await user.type(start, '02:30')
    expect(describedBy(start)).not.toMatch(/Enter a start time/)
  })

  it('Selected members: removing the last one says 31010 at once; selecting one clears it', async () => {
    const { user, dialog } = await openOn('members')
    expect(within(dialog).queryByRole('alert')).toBeNull()
    const selected = within(dialog).getByRole('list', { name: 'Selected members' })
    await user.click(within(selected).getByRole('button', { name: /Remove/ }))
    expect(within(dialog).getByRole('alert').textContent).toMatch(/No members were selected for protection/)
    const server = await within(dialog).findByTestId('member:SQL-STD01')
    await user.click(server)
    await user.keyboard('{ArrowRight}')
    const payroll = await within(dialog).findByTestId('member:SQL-STD01\\MSSQLSERVER\\PayrollDB')
    const checkbox = within(payroll).getByRole<HTMLInputElement>('checkbox')
    await waitFor(() => expect(checkbox.disabled).toBe(false))
    await user.click(checkbox)
    await waitFor(() => expect(within(dialog).queryByText(/No members were selected/)).toBeNull())
  })
})
