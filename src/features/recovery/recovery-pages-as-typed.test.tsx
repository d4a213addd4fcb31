// @vitest-environment jsdom
// Specify Alternate Recovery Location and Specify Recovery Options say what is wrong as the admin types, next
// to the field, without Next, and stop as soon as the value is right.
import { screen } from '@testing-library/react'
import { useState } from 'react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RecoveryType } from '../../domain/recovery/recovery'
import { mockAgentsServer, resetMockEstate } from '../../mock-agents/test-server'
import { describedBy } from '../../test/field-description'
import { renderWithProviders } from '../../test/render-with-providers'
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

const renderPage = (props: Parameters<typeof Harness>[0]) => renderWithProviders(<Harness {...props} />)

describe('Specify Alternate Recovery Location, as typed', () => {
  it('Network folder: quiet until typed, each UNC problem as typed, gone once the path is right', async () => {
    const user = renderPage({ page: 'location', type: 'network-folder' })
    const folder = screen.getByRole('textbox', { name: /Network folder/ })
    expect(describedBy(folder)).not.toMatch(/Enter the network folder/)
    await user.type(folder, 'D:\\Recovery')
    expect(describedBy(folder)).toMatch(/A network folder is a UNC path that starts with \\\\\./)
    await user.clear(folder)
    expect(describedBy(folder)).toMatch(/Enter the network folder as a UNC path/)
    await user.type(folder, '\\\\SQL-STD02\\Recovery\\HR')
    expect(describedBy(folder)).not.toMatch(/UNC path|server name|share name/)
  })

  it('Network folder: after a refused Next an untouched empty folder says what it needs', () => {
    renderPage({ page: 'location', type: 'network-folder', attempted: true })
    expect(describedBy(screen.getByRole('textbox', { name: /Network folder/ }))).toMatch(
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
    expect(describedBy(instance)).toMatch(/There is no SQL Server instance/)
    await user.type(instance, 'SQL-STD01')
    expect(describedBy(instance)).toMatch(/Select a SQL Server instance, as COMPUTER\\INSTANCE\./)
    await user.type(instance, '\\MSSQLSERVER')
    expect(describedBy(instance)).not.toMatch(/Select a SQL Server instance/)
  })

  it('Database name: empty or with a forbidden character as typed, gone once it is right', async () => {
    const user = renderPage({ page: 'location', type: 'any-instance' })
    const name = screen.getByRole('textbox', { name: /Database name/ })
    await user.clear(name)
    expect(describedBy(name)).toMatch(/Enter a database name\./)
    await user.type(name, 'HR/Copy')
    expect(describedBy(name)).toMatch(/A database name cannot contain/)
    await user.clear(name)
    await user.type(name, 'HR\u2066Copy')
    expect(describedBy(name)).toMatch(
      /A database name cannot contain control characters, .* \(found: U\+2066\)\./,
    )
    await user.clear(name)
    await user.type(name, 'HR_Copy')
    expect(describedBy(name)).not.toMatch(/database name/i)
  })
})

describe('Specify Recovery Options, as typed', () => {
  it('Bandwidth limit: out of range as typed, gone once it is right', async () => {
    const user = renderPage({ page: 'options', type: 'any-instance' })
    await user.click(screen.getByRole('checkbox', { name: 'Enable network bandwidth usage throttling' }))
    const limit = screen.getByRole('textbox', { name: /Bandwidth limit/ })
    expect(describedBy(limit)).not.toMatch(/Enter a whole number/)
    await user.type(limit, 'x')
    expect(describedBy(limit)).toMatch(/Enter a whole number of Mbps from 1 to 10,000\./)
    await user.clear(limit)
    await user.type(limit, '50')
    expect(describedBy(limit)).not.toMatch(/Enter a whole number/)
  })

  it('Recipients: quiet until typed, a bad address as typed, gone once every address is right', async () => {
    const user = renderPage({ page: 'options', type: 'any-instance' })
    await user.click(screen.getByRole('checkbox', { name: 'Send an e-mail when the recovery completes' }))
    const recipients = screen.getByRole('textbox', { name: /Recipients/ })
    expect(describedBy(recipients)).not.toMatch(/Enter at least one/)
    await user.type(recipients, 'nobody')
    expect(describedBy(recipients)).toMatch(/"nobody" is not an e-mail address\./)
    await user.clear(recipients)
    expect(describedBy(recipients)).toMatch(/Enter at least one e-mail address\./)
    await user.type(recipients, 'dba@contoso.local')
    expect(describedBy(recipients)).not.toMatch(/e-mail address/)
  })
})
