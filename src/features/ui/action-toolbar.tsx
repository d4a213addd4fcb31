// A row of action buttons with the toolbar role: Left and Right move between its enabled buttons. Fluent's
// Toolbar is not used: its focus management puts focusable elements inside aria-hidden ones, which axe
// reports (aria-hidden-focus).
import type { KeyboardEvent, ReactNode } from 'react'
import styles from './action-toolbar.module.css'

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
  if (!step) return
  // A combobox keeps its own arrow keys (and a list it opened sends them here through React's portal).
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>(
      'button:not(:disabled):not([role="combobox"])',
    ),
  ]
  const index = buttons.indexOf(event.target as HTMLButtonElement)
  if (index === -1) return
  event.preventDefault()
  buttons[(index + step + buttons.length) % buttons.length]?.focus()
}

export function ActionToolbar({
  label,
  wrap,
  children,
}: {
  label: string
  wrap?: boolean
  children: ReactNode
}) {
  return (
    <div
      role="toolbar"
      aria-label={label}
      className={wrap ? `${styles.toolbar} ${styles.wrap}` : styles.toolbar}
      onKeyDown={moveFocus}
    >
      {children}
    </div>
  )
}
