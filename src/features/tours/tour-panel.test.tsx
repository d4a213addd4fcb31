// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { TOUR_IDS } from '../../dpm/tour-ids'
import { TOURS } from './tour-catalog'
import { TourPanel } from './tour-panel'
import { endTour, startTour } from './tour-store'

afterEach(() => act(() => endTour()))

function renderPanel() {
  render(
    <FluentProvider theme={webLightTheme}>
      <TourPanel />
    </FluentProvider>,
  )
  return screen.getByRole('complementary', { name: 'Tour S7' })
}

describe('the tours', () => {
  it('are one per scenario S2 to S9 and AG, each starting from a fresh demo estate', () => {
    expect(Object.keys(TOURS)).toEqual([...TOUR_IDS])
    for (const id of TOUR_IDS) {
      const tour = TOURS[id]
      expect(tour.id).toBe(id)
      expect(tour.steps.length).toBeGreaterThanOrEqual(5)
      expect(tour.steps[0]?.title).toBe('The demo estate')
      // Every step can be done with Do it and points at where to look.
      for (const step of tour.steps) expect([step.doIt?.label, step.look?.label]).not.toContain(undefined)
    }
  })
})

describe('the tour panel', () => {
  it('narrates the step, and moves between steps', async () => {
    act(() => startTour('S7'))
    const panel = renderPanel()
    expect(within(panel).getByTestId('tour-step').textContent).toBe('Step 1 of 7')
    expect(within(panel).getByRole('heading', { name: 'The demo estate' })).toBeTruthy()
    expect(document.body.dataset.tourOpen).toBe('S7')
    await userEvent.click(within(panel).getByRole('button', { name: 'Next step' }))
    expect(within(panel).getByTestId('tour-step').textContent).toBe('Step 2 of 7')
    expect(within(panel).getByText('Look at:').textContent).toContain('SalesDB: OK')
    await userEvent.click(within(panel).getByRole('button', { name: 'Previous step' }))
    expect(within(panel).getByTestId('tour-step').textContent).toBe('Step 1 of 7')
  })

  it('shows a failed Do it with the reason and Try again, on the same step', async () => {
    // No mock agents here: window.dpmLab is missing, so the reset of the first step fails.
    act(() => startTour('S7'))
    const panel = renderPanel()
    await userEvent.click(within(panel).getByRole('button', { name: 'Do it' }))
    const failure = await within(panel).findByRole('alert')
    expect(failure.textContent).toContain('The lab is not available: the mock agents are not running.')
    expect(within(failure).getByRole('button', { name: 'Try again' })).toBeTruthy()
    expect(within(panel).getByTestId('tour-step').textContent).toBe('Step 1 of 7')
  })

  it('ends with Finish tour on the last step, and gives the page its width back', async () => {
    act(() => startTour('S7'))
    const panel = renderPanel()
    for (let step = 1; step < 7; step++)
      await userEvent.click(within(panel).getByRole('button', { name: 'Next step' }))
    await userEvent.click(within(panel).getByRole('button', { name: 'Finish tour' }))
    expect(screen.queryByRole('complementary', { name: 'Tour S7' })).toBeNull()
    expect(document.body.dataset.tourOpen).toBeUndefined()
  })
})
