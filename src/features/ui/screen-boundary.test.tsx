// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ScreenBoundary } from './screen-boundary'

let broken = true
function Workspace() {
  if (broken) throw new Error('Failed to fetch dynamically imported module')
  return <p>Protection groups</p>
}

describe('ScreenBoundary', () => {
  it('says which screen failed and why, and Try again shows it once it works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    render(
      <FluentProvider theme={webLightTheme}>
        <ScreenBoundary name="Protection">
          <Workspace />
        </ScreenBoundary>
      </FluentProvider>,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Protection could not be shown')
    expect(alert.textContent).toContain('Failed to fetch dynamically imported module')
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Protection groups')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
