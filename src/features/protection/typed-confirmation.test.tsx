// @vitest-environment jsdom
// The typed confirmation of a deletion points out a mistyped answer as it is typed, not the start of a right
// one; after a refused confirmation it says nothing was deleted until the answer is right.
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { describedBy } from '../../test/field-description'
import { TypedConfirmation } from './typed-confirmation'

function Harness({ showError }: { showError: boolean }) {
  const [value, setValue] = useState('')
  return (
    <TypedConfirmation
      accepted={['SalesDB', 'DELETE']}
      value={value}
      onChange={setValue}
      showError={showError}
    />
  )
}

const renderConfirmation = (showError: boolean) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness showError={showError} />
    </FluentProvider>,
  )
  return { user: userEvent.setup() }
}

describe('TypedConfirmation', () => {
  it('says nothing for the start of an answer, points out a mistyped one at once', async () => {
    const { user } = renderConfirmation(false)
    const confirm = screen.getByRole('textbox', { name: /To confirm, type "SalesDB" or "DELETE"/ })
    await user.type(confirm, 'Sales')
    expect(describedBy(confirm)).not.toMatch(/Type "SalesDB"/)
    await user.type(confirm, 'X')
    expect(describedBy(confirm)).toMatch(/Type "SalesDB" or "DELETE" exactly\./)
    expect(confirm.getAttribute('aria-invalid')).toBe('true')
    await user.type(confirm, '{Backspace}DB')
    expect(describedBy(confirm)).not.toMatch(/Type "SalesDB"/)
  })

  it('after a refused confirmation says nothing was deleted, until the answer is right', async () => {
    const { user } = renderConfirmation(true)
    const confirm = screen.getByRole('textbox', { name: /To confirm/ })
    await user.type(confirm, 'DEL')
    expect(describedBy(confirm)).toMatch(/exactly to delete the data; nothing was deleted\./)
    await user.type(confirm, 'ETE')
    expect(describedBy(confirm)).not.toMatch(/nothing was deleted/)
  })
})
