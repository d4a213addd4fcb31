// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { f6Target, listenForF6 } from './f6-cycle'

function page() {
  document.body.innerHTML = `
    <div role="dialog" aria-modal="true" aria-labelledby="title"><h2 id="title">Create New Protection Group</h2>
      <button id="next">Next</button></div>
    <aside aria-label="Tour S2" tabindex="-1"><button id="do-it">Do it</button></aside>`
  const get = (selector: string) => document.querySelector<HTMLElement>(selector) as HTMLElement
  return { modal: get('[role="dialog"]'), panel: get('aside'), next: get('#next'), doIt: get('#do-it') }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('F6 between an open dialog and the tour panel', () => {
  it('goes to the panel from the dialog, and back to where the focus was in the dialog', () => {
    const { modal, panel, next, doIt } = page()
    expect(f6Target(next, panel, modal, next)).toBe(panel)
    expect(f6Target(doIt, panel, modal, next)).toBe(next)
    expect(f6Target(doIt, panel, modal, undefined)).toBe(modal)
  })

  it('does nothing without an open dialog', () => {
    const { panel, doIt } = page()
    expect(f6Target(doIt, panel, undefined, undefined)).toBeUndefined()
  })

  it('moves the focus on F6 and says where it went', () => {
    const { panel, next } = page()
    const said: string[] = []
    const stop = listenForF6(panel, (text) => said.push(text))
    next.focus()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', bubbles: true }))
    expect(document.activeElement).toBe(panel)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', bubbles: true }))
    expect(document.activeElement).toBe(next)
    expect(said).toEqual([
      'Tour S2 panel. F6 returns to Create New Protection Group.',
      'Create New Protection Group. F6 goes to the tour panel.',
    ])
    stop()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', bubbles: true }))
    expect(document.activeElement).toBe(next)
  })

  it('comes back to where the focus was even when the listener started after it got there', () => {
    // The panel re-rendering starts a new listener while the admin sits on Next: F6 must still come back.
    const { panel, next } = page()
    next.focus()
    const stop = listenForF6(panel, () => {})
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', bubbles: true }))
    expect(document.activeElement).toBe(panel)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', bubbles: true }))
    expect(document.activeElement).toBe(next)
    stop()
  })
})
