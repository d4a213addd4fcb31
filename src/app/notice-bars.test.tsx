// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { reportWriteFailure, reportWriteSuccess } from '../browser-storage/storage-health'
import { NoticeBars } from './notice-bars'
import { RootBoundary } from './root-boundary'

describe('a storage that stops saving', () => {
  it('is said at once, with Export state, until a write succeeds again', async () => {
    render(<NoticeBars />)
    expect(screen.queryByRole('alert')).toBeNull()
    act(() => reportWriteFailure('dpm-console:world', 'simulated world'))
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert.textContent).toContain('Changes are not being saved')
    expect(screen.getByRole('button', { name: 'Export state' })).toBeTruthy()
    // A second failure does not add a second message.
    act(() => reportWriteFailure('dpm-console:world', 'simulated world'))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    act(() => reportWriteSuccess('dpm-console:world'))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

function StatusBar(): never {
  throw new Error('Invalid time value')
}

describe('the root boundary', () => {
  it('shows what happened with Export state and Reset instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    render(
      <RootBoundary>
        <StatusBar />
      </RootBoundary>,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('DPM Console stopped')
    expect(alert.textContent).toContain('Invalid time value')
    expect(screen.getByRole('button', { name: 'Export state' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy()
  })
})
