// @vitest-environment jsdom
// The wizard frame every wizard shares: its steps, its buttons, Escape, and the one rule of Next and finish.
import { screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../test/render-with-providers'
import { useWizardNavigation, WizardFrame } from './wizard-frame'

const PAGES = ['One', 'Two', 'Summary', 'Done'] as const
type Page = (typeof PAGES)[number]

/** A wizard whose page Two is valid once "ok" is checked. */
function TestWizard({
  onCancel,
  onClose,
  run,
}: {
  onCancel: () => void
  onClose: () => void
  run: () => void
}) {
  const [page, setPage] = useState<Page>('One')
  const [ok, setOk] = useState(false)
  const navigation = useWizardNavigation(PAGES, page, setPage)
  return (
    <WizardFrame
      title="Test Wizard"
      steps={PAGES}
      current={PAGES.indexOf(page)}
      headingId="test-page-title"
      size="standard"
      actions={
        page === 'Done'
          ? { onClose }
          : {
              onBack: navigation.back,
              onNext:
                page === 'Summary'
                  ? () =>
                      navigation.finish(ok ? undefined : 'Two', () => {
                        run()
                        setPage('Done')
                      })
                  : () => void navigation.next(() => page !== 'Two' || ok),
              finishLabel: page === 'Summary' ? 'Finish' : undefined,
              onCancel,
            }
      }
    >
      <label>
        <input type="checkbox" checked={ok} onChange={(event) => setOk(event.target.checked)} />
        ok
      </label>
      {navigation.attempted && <p role="alert">Check ok first.</p>}
    </WizardFrame>
  )
}

const setup = () => {
  const calls = { cancel: vi.fn(), close: vi.fn(), run: vi.fn() }
  const user = renderWithProviders(
    <TestWizard onCancel={calls.cancel} onClose={calls.close} run={calls.run} />,
  )
  const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement
  const current = () => screen.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]')
  return { user, calls, button, current }
}

describe('the wizard frame', () => {
  it('names the dialog, lists the steps with the current one, and titles the page', async () => {
    const { current, button } = setup()
    expect(await screen.findByRole('dialog', { name: 'Test Wizard' })).toBeTruthy()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([...PAGES])
    expect(current()?.textContent).toBe('One')
    expect(screen.getByRole('heading', { name: 'One' })).toBeTruthy()
    expect(button('Back').disabled).toBe(true)
    expect(button('Next').disabled).toBe(false)
  })

  // Next asks whether the page is valid and waits for the answer (it may come from the agents): the page changes,
  // and its heading takes the focus, in a render after the click. The tests wait for them.
  it('Next stays on a page with a problem and says so; a page change focuses its heading', async () => {
    const { user, button, current } = setup()
    await user.click(button('Next'))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Two' })))
    await user.click(button('Next'))
    expect((await screen.findByRole('alert')).textContent).toBe('Check ok first.')
    expect(current()?.textContent).toBe('Two')
    await user.click(screen.getByRole('checkbox', { name: 'ok' }))
    await user.click(button('Next'))
    await screen.findByRole('heading', { name: 'Summary' })
    expect(current()?.textContent).toBe('Summary')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull()
    await user.click(button('Back'))
    expect(current()?.textContent).toBe('Two')
  })

  it('the finish goes back to the first page that is not valid, or runs and leaves only Close', async () => {
    const { user, button, current, calls } = setup()
    await user.click(button('Next'))
    await screen.findByRole('heading', { name: 'Two' })
    await user.click(screen.getByRole('checkbox', { name: 'ok' }))
    await user.click(button('Next'))
    await screen.findByRole('heading', { name: 'Summary' })
    await user.click(screen.getByRole('checkbox', { name: 'ok' }))
    await user.click(button('Finish'))
    expect(current()?.textContent).toBe('Two')
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(calls.run).not.toHaveBeenCalled()
    await user.click(screen.getByRole('checkbox', { name: 'ok' }))
    await user.click(button('Next'))
    await screen.findByRole('heading', { name: 'Summary' })
    await user.click(button('Finish'))
    expect(calls.run).toHaveBeenCalledOnce()
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Close'])
    await user.keyboard('{Escape}')
    expect(calls.close).toHaveBeenCalledOnce()
  })

  it('Escape is Cancel before the last page', async () => {
    const { user, calls } = setup()
    await screen.findByRole('dialog')
    await user.keyboard('{Escape}')
    expect(calls.cancel).toHaveBeenCalledOnce()
  })
})
