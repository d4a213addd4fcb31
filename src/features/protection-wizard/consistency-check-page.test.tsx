// @vitest-environment jsdom
// Choose Consistency Check Options says what is wrong as the admin types, next to the field that is wrong.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { newDraft } from '../../dpm/protection-wizard-store'
import { ConsistencyCheckPage } from './consistency-check-page'

/** The text of the elements that describe an input (Fluent's Field ties its message with aria-describedby). */
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

const draftWith = (start: string, maxDurationHours: number) => {
  const draft = newDraft({ mode: 'create' })
  return {
    ...draft,
    page: 'consistency' as const,
    policy: {
      ...draft.policy,
      consistencyCheck: { onInconsistent: true, daily: { start, maxDurationHours } },
    },
  }
}

describe('ConsistencyCheckPage', () => {
  it('shows a bad maximum duration as typed, tied to the duration field, before Next', () => {
    render(<ConsistencyCheckPage draft={draftWith('01:00', 30)} problems={[]} />)
    expect(descriptionOf(screen.getByRole('spinbutton', { name: /Maximum duration/ }))).toMatch(
      /Enter a maximum duration between 1 and 24 hours\./,
    )
    expect(descriptionOf(screen.getByLabelText(/Start time/))).not.toMatch(/maximum duration/)
  })

  it('shows a bad start time next to the start time only', () => {
    render(<ConsistencyCheckPage draft={draftWith('', 8)} problems={[]} />)
    expect(descriptionOf(screen.getByLabelText(/Start time/))).toMatch(/Enter a start time as HH:MM/)
    expect(screen.queryByText(/maximum duration between/)).toBeNull()
  })
})
