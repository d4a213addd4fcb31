// @vitest-environment jsdom
// Specify Alternate Recovery Location and Specify Recovery Options say what is wrong as the admin types, next
// to the field, without Next, and stop as soon as the value is right.
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RecoveryType } from '../../domain/recovery'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import type { LocationErrors } from './check-destination'
import type { RecoveryDraft } from './recovery-draft'
import { RecoveryLocationPage } from './recovery-location-page'
import { RecoveryOptionsPage } from './recovery-options-page'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockAgentsServer.close())
beforeEach(() => resetMockEstate('default'))

const DRAFT: RecoveryDraft = {
  type: 'any-instance',
  instance: '',
  databaseName: 'HRDB',
  folder: '',
  state: 'operational',
  throttle: false,
  throttleMbps: '100',
  notify: false,
  recipients: '',
}

/** A page with its draft kept as the wizard keeps it. */
function Harness({
  page,
  type,
  attempted = false,
  errors = {},
}: {
  page: 'location' | 'options'
  type: RecoveryType
  attempted?: boolean
  errors?: LocationErrors
}) {
  const [draft, setDraft] = useState<RecoveryDraft>({ ...DRAFT, type })
  const update = (change: Partial<RecoveryDraft>) => setDraft((current) => ({ ...current, ...change }))
  return page === 'location' ? (
    <RecoveryLocationPage
      draft={draft}
      update={update}
      errors={errors}
      attempted={attempted}
      onRetry={() => undefined}
    />
  ) : (
    <RecoveryOptionsPage draft={draft} update={update} attempted={attempted} />
  )
}

function renderPage(props: Parameters<typeof Harness>[0]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <Harness {...props} />
      </QueryClientProvider>
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

describe('Specify Alternate Recovery Location, as typed', () => {
  it('Network folder: quiet until typed, each UNC problem as typed, gone once the path is right', async () => {
    const user = renderPage({ page: 'location', type: 'network-folder' })
    const folder = screen.getByRole('textbox', { name: /Network folder/ })
    expect(description(folder)).not.toMatch(/Enter the network folder/)
    await user.type(folder, 'D:\\Recovery')
    expect(description(folder)).toMatch(/A network folder is a UNC path that starts with \\\\\./)
    await user.clear(folder)
    expect(description(folder)).toMatch(/Enter the network folder as a UNC path/)
    await user.type(folder, '\\\\SQL-STD02\\Recovery\\HR')
    expect(description(folder)).not.toMatch(/UNC path|server name|share name/)
  })

  it('Network folder: after a refused Next an untouched empty folder says what it needs', () => {
    renderPage({ page: 'location', type: 'network-folder', attempted: true })
    expect(description(screen.getByRole('textbox', { name: /Network folder/ }))).toMatch(
      /Enter the network folder as a UNC path/,
    )
  })

  it('Instance: COMPUTER\\INSTANCE as typed; the agents’ answer to Next shows while the form is right', async () => {
    const user = renderPage({
      page: 'location',
      type: 'any-instance',
      errors: { instance: 'There is no SQL Server instance SQL-STD01\\NOPE.' },
    })
    const instance = screen.getByRole('combobox', { name: /Instance/ })
    expect(description(instance)).toMatch(/There is no SQL Server instance/)
    await user.type(instance, 'SQL-STD01')
    expect(description(instance)).toMatch(/Select a SQL Server instance, as COMPUTER\\INSTANCE\./)
    await user.type(instance, '\\MSSQLSERVER')
    expect(description(instance)).not.toMatch(/Select a SQL Server instance/)
  })

  it('Database name: empty or with a forbidden character as typed, gone once it is right', async () => {
    const user = renderPage({ page: 'location', type: 'any-instance' })
    const name = screen.getByRole('textbox', { name: /Database name/ })
    await user.clear(name)
    expect(description(name)).toMatch(/Enter a database name\./)
    await user.type(name, 'HR/Copy')
    expect(description(name)).toMatch(/A database name cannot contain/)
    await user.clear(name)
    await user.type(name, 'HR_Copy')
    expect(description(name)).not.toMatch(/database name/i)
  })
})

describe('Specify Recovery Options, as typed', () => {
  it('Bandwidth limit: out of range as typed, gone once it is right', async () => {
    const user = renderPage({ page: 'options', type: 'any-instance' })
    await user.click(screen.getByRole('checkbox', { name: 'Enable network bandwidth usage throttling' }))
    const limit = screen.getByRole('textbox', { name: /Bandwidth limit/ })
    expect(description(limit)).not.toMatch(/Enter a whole number/)
    await user.type(limit, 'x')
    expect(description(limit)).toMatch(/Enter a whole number of Mbps from 1 to 10,000\./)
    await user.clear(limit)
    await user.type(limit, '50')
    expect(description(limit)).not.toMatch(/Enter a whole number/)
  })

  it('Recipients: quiet until typed, a bad address as typed, gone once every address is right', async () => {
    const user = renderPage({ page: 'options', type: 'any-instance' })
    await user.click(screen.getByRole('checkbox', { name: 'Send an e-mail when the recovery completes' }))
    const recipients = screen.getByRole('textbox', { name: /Recipients/ })
    expect(description(recipients)).not.toMatch(/Enter at least one/)
    await user.type(recipients, 'nobody')
    expect(description(recipients)).toMatch(/"nobody" is not an e-mail address\./)
    await user.clear(recipients)
    expect(description(recipients)).toMatch(/Enter at least one e-mail address\./)
    await user.type(recipients, 'dba@contoso.local')
    expect(description(recipients)).not.toMatch(/e-mail address/)
  })
})
