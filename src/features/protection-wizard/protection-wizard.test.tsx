// @vitest-environment jsdom
// The wizard against the mock agents' default preset (msw/node), driven by role as an admin would.
import { act, screen, waitFor, within } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { installAgents } from '../../agent-api/agents'
import {
  FINANCE_DB,
  HR_DB,
  SALES_DB as SALES,
  SALES_MIRROR_COPY as SALES_COPY,
} from '../../agent-api/demo-estate'
import { AGENT_API } from '../../agent-api/schemas'
import { DEFAULT_POLICY, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { createProtectionGroup } from '../../domain/protection/protection-groups'
import { agentInstallWizardStore, closeAgentInstall } from '../../dpm/agent-install-store'
import { computersQuery } from '../../dpm/estate-inventory'
import {
  closeProtectionWizard,
  openProtectionWizard,
  protectionWizardStore,
} from '../../dpm/protection-wizard-store'
import { queryClient } from '../../dpm/query-client'
import { getServer, serverStore } from '../../dpm/server-store'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { simNow } from '../../sim-clock/clock'
import { describedBy } from '../../test/field-description'
import { giveVirtualListsAViewport } from '../../test/jsdom-viewport'
import { renderWithProviders } from '../../test/render-with-providers'
import { ProtectionWizardHost } from './protection-wizard-host'

beforeAll(() => {
  mockAgentsServer.listen({ onUnhandledRequest: 'error' })
  giveVirtualListsAViewport({ width: 600, height: 900 })
})
afterAll(() => mockAgentsServer.close())
afterEach(() => mockAgentsServer.resetHandlers())
beforeEach(() => {
  resetMockEstate('default')
  queryClient.clear()
  serverStore.setState({ server: EMPTY_SERVER_STATE })
  closeProtectionWizard()
  closeAgentInstall()
})

async function openAtMembers() {
  const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
  act(() => openProtectionWizard({ mode: 'create' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await within(dialog).findByRole('heading', { name: 'Select Group Members' })
  await within(dialog).findByTestId('member:SQL-PRI01')
  return { user, dialog }
}

const row = (path: string) => screen.findByTestId(`member:${path}`)
const checkboxOf = async (path: string) => within(await row(path)).getByRole<HTMLInputElement>('checkbox')
const text = (element: Element | undefined | null) => element?.textContent ?? ''
async function expand(user: ReturnType<typeof userEvent.setup>, server: string) {
  const item = await row(server)
  await user.click(item)
  await user.keyboard('{ArrowRight}')
}

async function nextTo(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, heading: string) {
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await within(dialog).findByRole('heading', { name: heading })
}

/** From Select Data Protection Method to Summary with the defaults. */
async function nextToSummary(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  for (const heading of [
    'Specify Short-Term Goals',
    'Review Disk Storage Allocation',
    'Choose Replica Creation Method',
    'Choose Consistency Check Options',
    'Summary',
  ])
    await nextTo(user, dialog, heading)
}

describe('Opening the wizard', () => {
  it('reads the protected computers ahead, on Welcome, so Select Group Members paints from the cache', async () => {
    renderWithProviders(<ProtectionWizardHost />, queryClient)
    act(() => openProtectionWizard({ mode: 'create' }))
    // The dialog's code loads lazily (the setup's wait gives a busy machine time).
    const heading = await screen.findByRole('heading', { name: 'Welcome' })
    expect(heading).toBeTruthy()
    await waitFor(() => expect(queryClient.getQueryData(computersQuery().queryKey)).toBeDefined())
  })
})

describe('Opened for one database', () => {
  it('opens at Select Group Members with the database selected, its mirror detected', async () => {
    renderWithProviders(<ProtectionWizardHost />, queryClient)
    act(() => openProtectionWizard({ mode: 'create' }, SALES_COPY))
    const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
    await within(dialog).findByRole('heading', { name: 'Select Group Members' })
    const selected = within(dialog).getByRole('list', { name: 'Selected members' })
    await waitFor(() => expect(text(selected)).toContain('SalesDB'))
    const members = protectionWizardStore.getState().draft?.members ?? []
    expect(members.map((m) => m.member.mirror?.partners)).toEqual([[SALES, SALES_COPY]])
    expect((await checkboxOf(SALES_COPY)).checked).toBe(true)
    expect(protectionWizardStore.getState().draft?.preselect).toBeUndefined()
  })
})

describe('Select Protection Group Type', () => {
  it('protects servers: Clients is disabled and says why', async () => {
    const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
    act(() => openProtectionWizard({ mode: 'create' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    await within(dialog).findByRole('heading', { name: 'Select Protection Group Type' })
    const servers = within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Servers' })
    const clients = within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Clients' })
    expect(servers.checked).toBe(true)
    expect(clients.disabled).toBe(true)
    expect(describedBy(clients)).toMatch(/this DPM server protects servers running SQL Server/)
  })
})

describe('Select Group Members', () => {
  it('lists only servers with an agent, clustered instances under their virtual server', async () => {
    await openAtMembers()
    expect(text(await row('SQLCLU01'))).toContain('CLU01-N1, CLU01-N2')
    expect(screen.queryByTestId('member:SQL-NOAGENT01')).toBeNull()
    expect(screen.queryByTestId('member:SQL-MIR02')).toBeNull()
    expect(screen.queryByTestId('member:CLU01-N1')).toBeNull()
  })

  it('S2: either copy of SalesDB selects one data source, with the mirror details', async () => {
    const { user, dialog } = await openAtMembers()
    await expand(user, 'SQL-PRI01')
    await user.click(await checkboxOf(SALES))
    const details = await within(dialog).findByRole('region', { name: 'Mirror details' })
    expect(text(details)).toContain(SALES_COPY)
    expect(text(details)).toContain('High safety with automatic failover')
    expect(text(details)).toContain('SYNCHRONIZED')
    expect(text(details)).toContain('DPM maintains a single replica for the mirror.')
    const selected = within(dialog).getByRole('list', { name: 'Selected members' })
    expect(within(selected).getAllByRole('listitem')).toHaveLength(1)

    await expand(user, 'SQL-MIR01')
    await waitFor(async () => expect((await checkboxOf(SALES_COPY)).checked).toBe(true))
    await user.click(await checkboxOf(SALES_COPY))
    expect(within(selected).queryAllByRole('listitem')).toHaveLength(0)
    await user.click(await checkboxOf(SALES_COPY))
    const items = within(selected).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(text(items[0])).toContain(SALES)
    expect(text(items[0])).toContain(`mirror ${SALES_COPY}`)
  })

  it('S1: FinanceDB is blocked naming SQL-MIR02; Install agent, then Refresh makes it selectable', async () => {
    const { user, dialog } = await openAtMembers()
    await expand(user, 'SQL-PRI02')
    const finance = FINANCE_DB
    await waitFor(async () => expect(text(await row(finance))).toContain('SQL-MIR02'))
    expect((await checkboxOf(finance)).disabled).toBe(true)
    await user.click(within(await row(finance)).getByRole('button', { name: 'Install agent' }))
    expect(agentInstallWizardStore.getState().draft).toMatchObject({
      page: 'method',
      computers: ['SQL-MIR02'],
    })
    await installAgents(['SQL-MIR02'])
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }))
    await waitFor(async () => expect((await checkboxOf(finance)).disabled).toBe(false))
  })

  it('S10: LedgerDB and BillingDB (from either copy) are disabled with their reasons', async () => {
    const { user, dialog } = await openAtMembers()
    await expand(user, 'SQL-SAME01')
    const ledger = 'SQL-SAME01\\INST1\\LedgerDB'
    await waitFor(async () => expect(text(await row(ledger))).toContain('same server (SQL-SAME01)'))
    expect((await checkboxOf(ledger)).disabled).toBe(true)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search members' }), 'BillingDB')
    const billingCopy = 'SQL-IP02\\MSSQLSERVER\\BillingDB'
    await waitFor(async () => expect(text(await row(billingCopy))).toContain('TCP://10.20.30.41:5022'))
    expect((await checkboxOf(billingCopy)).disabled).toBe(true)
    expect(text(await row('SQL-IP01\\MSSQLSERVER\\BillingDB'))).toContain('explicitly configured IP address')
  })

  it('Search members finds databases of servers that were never expanded', async () => {
    const { user, dialog } = await openAtMembers()
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search members' }), 'ClaimsDB')
    const claims = 'SQLCLU01\\SQLFCI\\ClaimsDB'
    await waitFor(async () => expect((await checkboxOf(claims)).disabled).toBe(false))
    expect(screen.queryByTestId('member:SQL-STD01')).toBeNull()
  })

  it('Search members says when a page after the first could not be read, and Retry reads it again', async () => {
    resetMockEstate('large', { computers: 40, databases: 1000, sessions: 0 })
    // The agents answer the first page of a search and fail every page after it, until reset.
    mockAgentsServer.use(
      http.get(`*${AGENT_API}/databases`, ({ request }) =>
        new URL(request.url).searchParams.has('after')
          ? HttpResponse.json({ code: 'AgentError', message: 'SQL-L0007 does not answer.' }, { status: 500 })
          : undefined,
      ),
    )
    const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
    act(() => openProtectionWizard({ mode: 'create' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create New Protection Group' })
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    await user.type(await within(dialog).findByRole('searchbox', { name: 'Search members' }), 'db')
    // jsdom lays nothing out (a row measures 0 px): the last row is mounted at once, and the next page asked for.
    const alert = await within(dialog).findByRole('alert')
    expect(text(alert)).toBe('The search failed: SQL-L0007 does not answer.Retry')
    // The servers of the matches read: the first page's, then more.
    const servers = () => Number(within(dialog).getAllByRole('treeitem')[0]?.getAttribute('aria-setsize'))
    const serversOfFirstPage = servers()
    expect(serversOfFirstPage).toBeGreaterThan(0)

    mockAgentsServer.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(servers()).toBeGreaterThan(serversOfFirstPage))
    expect(within(dialog).queryByRole('alert')).toBeNull()
  })

  it('nothing selected: Next shows error 31010 and stays', async () => {
    const { user, dialog } = await openAtMembers()
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    expect(text(await within(dialog).findByRole('alert'))).toMatch(/no members were selected for protection/i)
    expect(within(dialog).getByRole('heading', { name: 'Select Group Members' })).toBeTruthy()
  })
})

describe('Create Group', () => {
  it('creates one data source for SalesDB and shows every task as Success', async () => {
    const { user, dialog } = await openAtMembers()
    await expand(user, 'SQL-MIR01')
    await waitFor(async () => expect((await checkboxOf(SALES_COPY)).disabled).toBe(false))
    await user.click(await checkboxOf(SALES_COPY))
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    const name = await within(dialog).findByRole('textbox', { name: /Protection group name/ })
    await user.type(name, 'Sales (mirrored)')
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(describedBy(name)).toMatch(/cannot contain the characters/))
    await user.clear(name)
    await user.type(name, 'Sales mirrored')
    await nextToSummary(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'View script' }))
    expect(dialog.querySelector('code')?.textContent).toContain(
      "New-DPMProtectionGroup -DPMServerName $dpmServer -Name 'Sales mirrored'",
    )
    await user.click(within(dialog).getByRole('button', { name: 'Create Group' }))
    const tasks = await within(dialog).findByRole('table', { name: 'Tasks' })
    const results = within(tasks).getAllByRole('row').slice(1)
    expect(results.length).toBeGreaterThan(1)
    for (const result of results) expect(text(result)).toMatch(/Success$/)
    const sources = Object.values(getServer().dataSources)
    expect(sources.map((ds) => [ds.path, ds.mirror?.partners])).toEqual([[SALES, [SALES, SALES_COPY]]])
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(protectionWizardStore.getState().draft).toBeUndefined()
  })
})

describe('Modify Group', () => {
  it('opens as DPM does, titled Modify Group, and applies the changes with Update Group', async () => {
    const hr = HR_DB
    const created = createProtectionGroup(
      EMPTY_SERVER_STATE,
      {
        name: 'Staff',
        members: [{ path: hr, sizeMb: 100, logSizeMb: 10, recoveryModel: 'FULL', readOnly: false }],
        autoProtectInstances: [],
        policy: DEFAULT_POLICY,
      },
      simNow(),
    )
    serverStore.setState({ server: created.state })
    const user = renderWithProviders(<ProtectionWizardHost />, queryClient)
    act(() => openProtectionWizard({ mode: 'modify', groupId: created.groupId }))
    const dialog = await screen.findByRole('dialog', { name: 'Modify Group' })
    await within(dialog).findByRole('heading', { name: 'Select Group Members' })
    await nextTo(user, dialog, 'Select Data Protection Method')
    await nextToSummary(user, dialog)
    expect(within(dialog).queryByRole('button', { name: 'Create Group' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Update Group' }))
    await within(dialog).findByRole('table', { name: 'Tasks' })
    expect(Object.values(getServer().groups).map((group) => group.name)).toEqual(['Staff'])
  })
})
