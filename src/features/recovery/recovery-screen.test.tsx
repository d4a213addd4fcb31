// @vitest-environment jsdom
// The Recovery tab and wizard against a stand-in agent (msw/node), driven by role as an admin would.
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import {
  AGENT_API,
  type FolderCopyRequest,
  type ListComputersResponse,
  type RestoreRequest,
} from '../../agent-api/schemas'
import type { DatabaseFacts, InstanceFacts } from '../../domain/estate/estate'
import { type DataSource, type DpmServerState, EMPTY_SERVER_STATE } from '../../domain/protection/protection'
import { RecoveryPoints } from '../../domain/protection/recovery-points'
import { getServer, serverStore } from '../../dpm/server-store'
import { resetSimTime } from '../../sim-clock/clock'
import { giveVirtualListsAViewport } from '../../test/jsdom-viewport'
import { RecoveryScreen } from './recovery-screen'
import { closeRecoveryWizard, recoveryWizardStore } from './recovery-wizard-store'

const api = (path: string) => `*${AGENT_API}${path}`
const T0 = Date.parse('2026-01-07T09:00:00Z')
const MON_8PM = Date.parse('2026-01-05T20:00:00Z')
const TUE_8PM = Date.parse('2026-01-06T20:00:00Z')

const db = (instance: string, name: string, mirrored = false): DatabaseFacts => {
  const [computer = ''] = instance.split('\\')
  return {
    path: `${instance}\\${name}`,
    computer,
    instance: instance.split('\\')[1] ?? '',
    name,
    state: mirrored ? 'RESTORING' : 'ONLINE',
    recoveryModel: 'FULL',
    readOnly: false,
    sizeMb: 500,
    logSizeMb: 50,
  }
}
const instances: Record<string, InstanceFacts[]> = {
  'SQL-MIR01': [
    {
      path: 'SQL-MIR01\\MSSQLSERVER',
      computer: 'SQL-MIR01',
      name: 'MSSQLSERVER',
      databases: [db('SQL-MIR01\\MSSQLSERVER', 'SalesDB', true)],
    },
  ],
  'SQL-STD01': [
    {
      path: 'SQL-STD01\\MSSQLSERVER',
      computer: 'SQL-STD01',
      name: 'MSSQLSERVER',
      databases: [db('SQL-STD01\\MSSQLSERVER', 'HRDB')],
    },
  ],
}
const restores: RestoreRequest[] = []
const copies: FolderCopyRequest[] = []

const agents = setupServer(
  http.get(api('/computers'), () =>
    HttpResponse.json({
      computers: ['SQL-MIR01', 'SQL-STD01'].map((name) => ({
        name,
        domain: 'contoso.local',
        addresses: [],
        agent: { status: 'OK', version: '5' },
      })),
      clusters: [],
      availabilityGroups: [],
    } satisfies ListComputersResponse),
  ),
  http.get(api('/computers/:name/instances'), ({ params }) =>
    HttpResponse.json({ instances: instances[String(params.name)] ?? [] }),
  ),
  http.post(api('/databases/facts'), async ({ request }) => {
    const { paths } = (await request.json()) as { paths: string[] }
    return HttpResponse.json({
      databases: paths.map((path) => ({ path, facts: db('SQL-STD01\\MSSQLSERVER', 'HRDB') })),
    })
  }),
  http.post(api('/folder-copies'), async ({ request }) => {
    copies.push((await request.json()) as FolderCopyRequest)
    return HttpResponse.json({ files: [], durationSec: 10 })
  }),
  http.post(api('/restores'), async ({ request }) => {
    const body = (await request.json()) as RestoreRequest
    restores.push(body)
    return HttpResponse.json({
      durationSec: 60,
      database: {
        ...db(body.targetInstance, body.databaseName),
        state: body.state === 'operational' ? 'ONLINE' : 'RESTORING',
      },
    })
  }),
)

const base = (id: string, path: string, extra: Partial<DataSource> = {}): DataSource => ({
  id,
  path,
  groupId: 'pg-1',
  protectedAt: T0,
  sizeMb: 500,
  logSizeMb: 50,
  recoveryModel: 'FULL',
  readOnly: false,
  replica: 'ok',
  condition: { kind: 'ok' },
  ...extra,
})

const state: DpmServerState = {
  ...EMPTY_SERVER_STATE,
  nextId: 100,
  groups: {
    'pg-1': {
      id: 'pg-1',
      name: 'Sales',
      createdAt: T0,
      autoProtectInstances: [],
      policy: {
        retentionDays: 5,
        syncFrequency: 15,
        expressFull: { times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
        replicaCreation: { method: 'now' },
        consistencyCheck: { onInconsistent: true },
        autoGrow: true,
      },
    },
  },
  dataSources: {
    'ds-1': base('ds-1', 'SQL-PRI01\\MSSQLSERVER\\SalesDB', {
      mirror: {
        sessionId: 's-1',
        partners: [SALES_DB, SALES_MIRROR_COPY],
        activePath: SALES_DB,
      },
    }),
    // Retained after Stop protection: still recoverable.
    'ds-2': base('ds-2', 'SQL-STD01\\MSSQLSERVER\\HRDB', { groupId: undefined, stoppedAt: T0 }),
  },
  recoveryPoints: RecoveryPoints.from([
    { dataSourceId: 'ds-1', at: MON_8PM, kind: 'express-full', sizeMb: 500 },
    { dataSourceId: 'ds-2', at: MON_8PM, kind: 'express-full', sizeMb: 400 },
    { dataSourceId: 'ds-2', at: TUE_8PM, kind: 'express-full', sizeMb: 450 },
  ]),
}

beforeAll(() => {
  agents.listen({ onUnhandledRequest: 'error' })
  giveVirtualListsAViewport({ width: 400, height: 600 })
})
afterAll(() => agents.close())
beforeEach(() => {
  restores.length = 0
  copies.length = 0
  resetSimTime(T0)
  serverStore.setState({ server: state })
  closeRecoveryWizard()
})
afterEach(() => agents.resetHandlers())

/** Puts a whole value in a field at once (one input event, as a paste): the flows here are not about typing. */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field)
  await user.paste(text)
}

function renderScreen() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  })
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <RecoveryScreen />
      </QueryClientProvider>
    </FluentProvider>,
  )
  return userEvent.setup()
}

async function openWizard(user: ReturnType<typeof userEvent.setup>, database: RegExp) {
  const tree = screen.getByRole('tree', { name: 'Protected data' })
  await user.click(within(tree).getByRole('treeitem', { name: database }))
  await user.click(screen.getByRole('button', { name: 'Recover' }))
  return screen.getByRole('dialog', { name: 'Recovery Wizard' })
}

const isDisabled = (element: HTMLElement) => (element as HTMLInputElement).disabled
const isChecked = (element: HTMLElement) => (element as HTMLInputElement).checked

const next = (user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) =>
  user.click(within(dialog).getByRole('button', { name: 'Next' }))

// Fluent in jsdom is slow on a busy machine: these tests drive whole wizards.
describe('Recovery tab', { timeout: 20_000 }, () => {
  it('shows the protected data once per mirror, under its principal, retained sources included', () => {
    renderScreen()
    const tree = screen.getByRole('tree', { name: 'Protected data' })
    const items = within(tree)
      .getAllByRole('treeitem')
      .map((item) => item.getAttribute('data-testid'))
    expect(items).toEqual([
      'recovery:SQL-PRI01',
      'recovery:SQL-PRI01\\MSSQLSERVER',
      'recovery:SQL-PRI01\\MSSQLSERVER\\SalesDB',
      'recovery:SQL-STD01',
      'recovery:SQL-STD01\\MSSQLSERVER',
      'recovery:SQL-STD01\\MSSQLSERVER\\HRDB',
    ])
    expect(within(tree).getByTestId('recovery:SQL-PRI01\\MSSQLSERVER\\SalesDB').textContent).toContain(
      SALES_MIRROR_COPY,
    )
    expect(within(tree).getByTestId('recovery:SQL-STD01\\MSSQLSERVER\\HRDB').textContent).toContain(
      'Inactive protection',
    )
  })

  it('bolds the days with recovery points and lists the times of the chosen day', async () => {
    const user = renderScreen()
    await user.click(screen.getByRole('treeitem', { name: /HRDB/ }))
    const calendar = screen.getByRole('table', { name: 'Recovery dates, January 2026' })
    expect(
      isDisabled(
        within(calendar).getByRole('button', { name: 'Monday, January 5, 2026, has recovery points' }),
      ),
    ).toBe(false)
    expect(isDisabled(within(calendar).getByRole('button', { name: 'Wednesday, January 7, 2026' }))).toBe(
      true,
    )
    const times = screen.getByRole('radiogroup', { name: 'Recovery time' })
    expect(isChecked(within(times).getByRole('radio', { name: /^Latest/ }))).toBe(true)
    await user.click(within(calendar).getByRole('button', { name: /January 5, 2026, has/ }))
    expect(isChecked(within(times).getByRole('radio', { name: '2026-01-05 20:00 UTC' }))).toBe(true)
    expect(within(times).queryByRole('radio', { name: '2026-01-06 20:00 UTC' })).toBeNull()
  })

  it('S9: recovers a mirrored database to its partner under a new name, refusing the taken name (30205)', async () => {
    const user = renderScreen()
    const dialog = await openWizard(user, /SalesDB/)
    expect(within(dialog).getByRole('heading', { name: 'Review Recovery Selection' })).toBeTruthy()
    await next(user, dialog)
    const original = within(dialog).getByRole('radio', { name: 'Recover to original instance of SQL Server' })
    expect(isDisabled(original)).toBe(true)
    expect(original.getAttribute('aria-describedby')).toBeTruthy()
    expect(within(dialog).getByText(/mirroring session exists for this database.*30223/)).toBeTruthy()
    expect(isChecked(within(dialog).getByRole('radio', { name: 'Recover to any SQL instance' }))).toBe(true)
    expect(isDisabled(within(dialog).getByRole('radio', { name: 'Copy to tape' }))).toBe(true)
    await next(user, dialog)
    expect(within(dialog).getByRole('heading', { name: 'Specify Alternate Recovery Location' })).toBeTruthy()
    await enter(user, within(dialog).getByRole('combobox', { name: /Instance/ }), 'SQL-MIR01\\MSSQLSERVER')
    await next(user, dialog)
    expect(
      await within(dialog).findByText(
        'A database named "SalesDB" already exists on SQL-MIR01\\MSSQLSERVER. Choose another database name. (ID: 30205)',
      ),
    ).toBeTruthy()
    const name = within(dialog).getByRole('textbox', { name: /Database name/ })
    await user.clear(name)
    await enter(user, name, 'SalesDB_Recovered')
    await next(user, dialog)
    // Latest: no database state to choose.
    expect(await within(dialog).findByRole('heading', { name: 'Specify Recovery Options' })).toBeTruthy()
    await next(user, dialog)
    expect(within(dialog).getByRole('heading', { name: 'Summary' })).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }))
    expect(within(dialog).getByRole('heading', { name: 'Recovery Status' })).toBeTruthy()
    await waitFor(() =>
      expect(within(dialog).getByTestId('recovery-status').textContent).toBe('Status: Completed'),
    )
    expect(restores).toEqual([
      expect.objectContaining({
        sourcePath: SALES_DB,
        targetInstance: 'SQL-MIR01\\MSSQLSERVER',
        databaseName: 'SalesDB_Recovered',
        state: 'operational',
        overwrite: false,
      }),
    ])
    expect(getServer().alerts.map((alert) => alert.title)).toEqual(['Recovery succeeded'])
  })

  it('recovers a retained plain database to its original instance, non-operational, from a recovery point', async () => {
    const user = renderScreen()
    await user.click(screen.getByRole('treeitem', { name: /HRDB/ }))
    await user.click(screen.getByRole('radio', { name: '2026-01-06 20:00 UTC' }))
    const dialog = await openWizard(user, /HRDB/)
    await next(user, dialog)
    const original = within(dialog).getByRole('radio', { name: 'Recover to original instance of SQL Server' })
    await waitFor(() => expect(isDisabled(original)).toBe(false))
    expect(isChecked(original)).toBe(true)
    await next(user, dialog)
    expect(within(dialog).getByRole('heading', { name: 'Specify Database State' })).toBeTruthy()
    await user.click(
      within(dialog).getByRole('radio', {
        name: 'Leave database non-operational but able to restore additional transaction logs',
      }),
    )
    await next(user, dialog)
    await next(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }))
    await waitFor(() =>
      expect(within(dialog).getByTestId('recovery-status').textContent).toBe('Status: Completed'),
    )
    expect(restores).toEqual([
      expect.objectContaining({
        targetInstance: 'SQL-STD01\\MSSQLSERVER',
        databaseName: 'HRDB',
        recoveryPointAt: TUE_8PM,
        sizeMb: 450,
        state: 'non-operational',
        overwrite: true,
      }),
    ])
  })

  it('checks a network folder as it is typed, then copies to it', async () => {
    const user = renderScreen()
    const dialog = await openWizard(user, /HRDB/)
    await next(user, dialog)
    await user.click(within(dialog).getByRole('radio', { name: 'Copy to a network folder' }))
    await next(user, dialog)
    const folder = within(dialog).getByRole('textbox', { name: /Network folder/ })
    await user.type(folder, 'C:\\Recovery')
    expect(within(dialog).getByText('A network folder is a UNC path that starts with \\\\.')).toBeTruthy()
    await next(user, dialog)
    expect(within(dialog).getByRole('heading', { name: 'Specify Alternate Recovery Location' })).toBeTruthy()
    await user.clear(folder)
    await user.type(folder, '\\\\SQL-MIR01\\Recovery\\HR')
    expect(within(dialog).queryByText(/UNC path/)).toBeNull()
    await next(user, dialog)
    expect(await within(dialog).findByRole('heading', { name: 'Specify Recovery Options' })).toBeTruthy()
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Send an e-mail when the recovery completes' }),
    )
    await user.type(within(dialog).getByRole('textbox', { name: /Recipients/ }), 'nobody')
    await next(user, dialog)
    expect(within(dialog).getByText('"nobody" is not an e-mail address.')).toBeTruthy()
    await user.clear(within(dialog).getByRole('textbox', { name: /Recipients/ }))
    await user.type(within(dialog).getByRole('textbox', { name: /Recipients/ }), 'dba@contoso.local')
    await next(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }))
    await waitFor(() =>
      expect(within(dialog).getByTestId('recovery-status').textContent).toBe('Status: Completed'),
    )
    expect(restores).toEqual([])
    expect(copies).toEqual([
      expect.objectContaining({ folder: '\\\\SQL-MIR01\\Recovery\\HR', logSizeMb: 50 }),
    ])
    expect(getServer().jobs.at(-1)).toMatchObject({
      type: 'recovery',
      status: 'completed',
      computer: 'SQL-MIR01',
    })
  })

  it('shows a failed recovery with the agent message and retries it', async () => {
    agents.use(
      http.post(api('/restores'), () =>
        HttpResponse.json({ code: 'Unreachable', message: 'SQL-STD01 does not answer.' }, { status: 503 }),
      ),
    )
    const user = renderScreen()
    const dialog = await openWizard(user, /HRDB/)
    await next(user, dialog)
    await waitFor(() =>
      expect(
        isDisabled(within(dialog).getByRole('radio', { name: 'Recover to original instance of SQL Server' })),
      ).toBe(false),
    )
    await next(user, dialog)
    await next(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }))
    expect(await within(dialog).findByText('SQL-STD01 does not answer.')).toBeTruthy()
    expect(getServer().alerts.map((alert) => alert.title)).toEqual(['Recovery failed'])
    agents.resetHandlers()
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await waitFor(() =>
      expect(within(dialog).getByTestId('recovery-status').textContent).toBe('Status: Completed'),
    )
    expect(getServer().jobs.map((job) => job.status)).toEqual(['failed', 'completed'])
  })

  it('says when the agent cannot tell whether a mirroring session exists now, with Retry', async () => {
    agents.use(
      http.post(api('/databases/facts'), () =>
        HttpResponse.json({ code: 'Unreachable', message: 'SQL-STD01 does not answer.' }, { status: 503 }),
      ),
    )
    const user = renderScreen()
    const dialog = await openWizard(user, /HRDB/)
    await next(user, dialog)
    expect(
      await within(dialog).findByText(/mirroring session exists.*SQL-STD01 does not answer/),
    ).toBeTruthy()
    agents.resetHandlers()
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(within(dialog).queryByText(/SQL-STD01 does not answer/)).toBeNull())
  })

  it('comes back after a reload on the page it was left, with the values typed, and follows its started job', async () => {
    const user = renderScreen()
    const dialog = await openWizard(user, /SalesDB/)
    await next(user, dialog)
    await next(user, dialog)
    const name = within(dialog).getByRole('textbox', { name: 'Database name' })
    await user.clear(name)
    await enter(user, name, 'SalesDB_Half')

    // A reload: the screen mounts again from the stored wizard only.
    cleanup()
    renderScreen()
    const reopened = screen.getByRole('dialog', { name: 'Recovery Wizard' })
    expect(
      within(reopened).getByRole('heading', { name: 'Specify Alternate Recovery Location' }),
    ).toBeTruthy()
    expect((within(reopened).getByRole('textbox', { name: 'Database name' }) as HTMLInputElement).value).toBe(
      'SalesDB_Half',
    )
    const salesDb = within(screen.getByRole('tree', { name: 'Protected data' })).getByRole('treeitem', {
      name: /SalesDB/,
    })
    expect(salesDb.getAttribute('aria-selected')).toBe('true')

    // Recovery Status after a reload shows the recorded job's outcome; nothing is restored a second time.
    const open = recoveryWizardStore.getState().open
    if (!open) throw new Error('the wizard is not stored')
    serverStore.setState({
      server: {
        ...state,
        jobs: [
          {
            id: 'job-7',
            type: 'recovery',
            dataSourceId: 'ds-1',
            source: SALES_DB,
            computer: 'SQL-MIR01',
            groupName: 'Sales',
            status: 'completed',
            scheduledAt: T0,
            startedAt: T0,
            endedAt: T0 + 120_000,
            dataTransferredMb: 500,
          },
        ],
      },
    })
    recoveryWizardStore.setState({
      open: {
        ...open,
        page: 'status',
        run: {
          jobId: 'job-7',
          spec: {
            dataSourceId: 'ds-1',
            point: open.point,
            type: 'any-instance',
            destination: {
              kind: 'instance',
              instancePath: 'SQL-MIR01\\MSSQLSERVER',
              databaseName: 'SalesDB_Half',
              overwrite: false,
            },
            state: 'operational',
            notify: [],
          },
        },
      },
    })
    cleanup()
    renderScreen()
    const status = screen.getByRole('dialog', { name: 'Recovery Wizard' })
    expect(within(status).getByTestId('recovery-status').textContent).toBe('Status: Completed')
    expect(within(status).getByText('2 min')).toBeTruthy()
    expect(restores).toEqual([])
    expect(getServer().jobs).toHaveLength(1)

    await user.click(within(status).getByRole('button', { name: 'Close' }))
    expect(recoveryWizardStore.getState().open).toBeUndefined()
  })
})
