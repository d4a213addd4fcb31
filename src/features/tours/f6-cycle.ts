// F6 moves between the open modal dialog (a wizard) and the tour's panel, as F6 moves between the panes of
// a Windows console: a keyboard-only presenter reaches Do it and Next step while the wizard is open, and comes
// back to where they were in the dialog. Each move is announced.

/** The topmost open modal dialog: the last one in the document. */
function openModal(): HTMLElement | undefined {
  const modals = document.querySelectorAll<HTMLElement>(
    '[role="dialog"][aria-modal="true"], [role="alertdialog"]',
  )
  return modals[modals.length - 1]
}

function nameOf(element: HTMLElement): string | undefined {
  const labelledBy = element.getAttribute('aria-labelledby')
  const label = labelledBy
    ? document.getElementById(labelledBy)?.textContent
    : element.getAttribute('aria-label')
  return label?.trim() || undefined
}

/** Where F6 sends the focus from `active`: the panel from the dialog, the dialog back from the panel. */
export function f6Target(
  active: Element | null,
  panel: HTMLElement,
  modal: HTMLElement | undefined,
  lastInModal: HTMLElement | undefined,
): HTMLElement | undefined {
  if (!modal) return undefined
  if (active && panel.contains(active)) {
    return lastInModal && modal.contains(lastInModal) ? lastInModal : modal
  }
  return panel
}

/**
 * Listens for F6 while a tour's panel is open; `announce` receives what a screen reader should say. Returns
 * the listener's removal.
 */
export function listenForF6(panel: HTMLElement, announce: (text: string) => void): () => void {
  // Where the admin was in the dialog when F6 took them to the panel: read as F6 is pressed, never from
  // earlier focus events, which a listener set up after them (the panel re-rendering) would not have seen.
  let lastInModal: HTMLElement | undefined
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'F6' || event.altKey || event.ctrlKey || event.metaKey) return
    const modal = openModal()
    const active = document.activeElement
    if (modal && active instanceof HTMLElement && modal.contains(active)) lastInModal = active
    const target = f6Target(active, panel, modal, lastInModal)
    if (!target || !modal) return
    event.preventDefault()
    event.stopPropagation()
    target.focus()
    const dialogName = nameOf(modal) ?? 'the dialog'
    announce(
      target === panel
        ? `${nameOf(panel) ?? 'Tour'} panel. F6 returns to ${dialogName}.`
        : `${dialogName}. F6 goes to the tour panel.`,
    )
  }
  document.addEventListener('keydown', onKeyDown, true)
  return () => document.removeEventListener('keydown', onKeyDown, true)
}
