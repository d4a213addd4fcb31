// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import type { DataSource } from '../../domain/protection/protection'
import { ProtectionToolbar } from './protection-toolbar'
import { RecoveryPointMenu } from './recovery-point-menu'

const inFluent = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>)

describe('Create recovery point', () => {
  it('opens its menu when clicked before the menu’s code has loaded', async () => {
    const noop = () => undefined
    const onCreate = vi.fn()
    const member = { id: 'ds-1', path: SALES_DB, groupId: 'pg-1' } as DataSource
    inFluent(
      <ProtectionToolbar
        selection={{ kind: 'member', dataSource: member, members: [member] }}
        busy={false}
        onStopProtection={noop}
        onConsistencyCheck={noop}
        onCreateRecoveryPoint={onCreate}
        onRemoveInactive={noop}
      />,
    )
    // The first test of the file: the menu's module is still loading when the button is clicked.
    fireEvent.click(screen.getByRole('button', { name: 'Create recovery point' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Express full backup' }))
    expect(onCreate).toHaveBeenCalledWith('express-full')
  })

  it('opens at once when asked, and creates the chosen kind', async () => {
    const onCreate = vi.fn()
    inFluent(<RecoveryPointMenu disabled={false} openAtOnce onCreate={onCreate} />)
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Synchronize' }))
    expect(onCreate).toHaveBeenCalledWith('synchronization')
  })

  it('opens for a click that reaches it after it appeared (the stand-in was clicked as its code arrived)', async () => {
    const menu = (openAtOnce: boolean) => (
      <FluentProvider theme={webLightTheme}>
        <RecoveryPointMenu disabled={false} openAtOnce={openAtOnce} onCreate={vi.fn()} />
      </FluentProvider>
    )
    const { rerender } = render(menu(false))
    expect(screen.queryByRole('menuitem')).toBeNull()
    rerender(menu(true))
    expect(await screen.findByRole('menuitem', { name: 'Express full backup' })).toBeTruthy()
  })

  it('stays closed when disabled, even if asked to open', () => {
    inFluent(<RecoveryPointMenu disabled openAtOnce onCreate={vi.fn()} />)
    expect(screen.queryByRole('menu')).toBeNull()
  })
})
