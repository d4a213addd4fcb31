// @vitest-environment jsdom
// Choose Consistency Check Options shows each problem next to the field that is wrong (the wizard hands the
// page its problems as typed: see validate-as-typed.test.tsx).
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { newDraft, type WizardDraft } from '../../dpm/protection-wizard-store'
import { describedBy } from '../../test/field-description'
import { ConsistencyCheckPage } from './consistency-check-page'
import { validatePage } from './page-validation'

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

const renderPage = (draft: WizardDraft) =>
  render(
    <ConsistencyCheckPage
      draft={draft}
      problems={validatePage('consistency', draft, { groups: [], now: 0 })}
    />,
  )

describe('ConsistencyCheckPage', () => {
  it('shows a bad maximum duration tied to the duration field', () => {
    renderPage(draftWith('01:00', 30))
    expect(describedBy(screen.getByRole('spinbutton', { name: /Maximum duration/ }))).toMatch(
      /Enter a maximum duration between 1 and 24 hours\./,
    )
    expect(describedBy(screen.getByLabelText(/Start time/))).not.toMatch(/maximum duration/)
  })

  it('shows a bad start time next to the start time only', () => {
    renderPage(draftWith('', 8))
    expect(describedBy(screen.getByLabelText(/Start time/))).toMatch(/Enter a start time as HH:MM/)
    expect(screen.queryByText(/maximum duration between/)).toBeNull()
  })
})
