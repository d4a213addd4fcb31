// @vitest-environment jsdom
// What a keystroke or an expand renders on Select Group Members: counted, not timed (docs/performance.md has
// the times). The rows and Selected members are wrapped to count their renders.
import { act, screen, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { closeProtectionWizard, openProtectionWizard } from '../../dpm/protection-wizard-store'
import { queryClient } from '../../dpm/query-client'
import { serverStore } from '../../dpm/server-store'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { giveVirtualListsAViewport } from '../../test/jsdom-viewport'
import { renderWithProviders } from '../../test/render-with-providers'
import { ProtectionWizardHost } from './protection-wizard-host'

const renders = vi.hoisted(() => ({ rows: 0, selected: 0 }))

// Counted inside their memo boundaries: a render the memo skips is not counted (and a component without memo
// has no inner component to count, which fails the test).
const countedInside = (memoized: unknown, count: () => void) => {
  const { type: inner } = memoized as { type: (props: object) => unknown }
  return {
    ...(memoized as object),
    type: (props: object) => {
      count()
      return inner(props)
    },
  }
}

vi.mock('./member-row', async (original) => {
  const actual = await original<typeof import('./member-row')>()
  return { ...actual, MemberRow: countedInside(actual.MemberRow, () => renders.rows++) }
})

vi.mock('./selected-members-list', async (original) => {
  const actual = await original<typeof import('./selected-members-list')>()
  return {
    ...actual,
    SelectedMembersList: countedInside(actual.SelectedMembersList, () => renders.selected++),
  }
})

beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  giveVirtualListsAViewport({ width: 600, height: 900 })
})
afterAll(() => mockAgentsServer.close())
beforeEach(() => {
  resetMockEstate('default')
  queryClient.clear()
  serverStore.setState({ server: EMPTY_SERVER_STATE })
  closeProtectionWizard()
})

async function openAtMembers() {
  const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
  act(() => openProtectionWizard({ mode: 'create' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await within(dialog).findByTestId('member:SQL-PRI01')
  return { user, dialog }
}

it('a keystroke in Search members renders the search box, not the tree rows', async () => {
  const { user, dialog } = await openAtMembers()
  const box = within(dialog).getByRole('searchbox', { name: 'Search members' })
  await user.click(box)
  const before = renders.rows
  await user.type(box, 'Sal')
  expect(box).toHaveProperty('value', 'Sal')
  // Within the typing pause: the tree has not been asked to change.
  expect(renders.rows).toBe(before)
})

it('expanding a server leaves Selected members alone', async () => {
  const { user } = await openAtMembers()
  const before = renders.selected
  await user.click(await screen.findByTestId('member:SQL-PRI01'))
  await user.keyboard('{ArrowRight}')
  await screen.findByTestId('member:SQL-PRI01\\MSSQLSERVER')
  expect(before).toBeGreaterThan(0)
  expect(renders.selected).toBe(before)
})

it('checking a database renders its row, not every row in view', async () => {
  const { user, dialog } = await openAtMembers()
  await user.click(await screen.findByTestId('member:SQL-PRI01'))
  await user.keyboard('{ArrowRight}')
  const checkbox = await within(dialog).findByRole('checkbox', { name: 'SalesDB' })
  await vi.waitFor(() => expect(checkbox).toHaveProperty('disabled', false))
  const inView = within(dialog).getAllByRole('treeitem').length
  const before = renders.rows
  await user.click(checkbox)
  await vi.waitFor(() => expect(checkbox).toHaveProperty('checked', true))
  // The checked row, and the focus moving onto it (the row that had it and the row that gets it).
  expect(inView).toBeGreaterThan(6)
  expect(renders.rows - before).toBeLessThanOrEqual(4)
})
