// The details pane under a screen's list, as in DPM: a labelled region with a heading.
import type { ReactNode } from 'react'
import styles from './details-pane.module.css'

export function DetailsPane({
  label,
  heading,
  children,
}: {
  label: string
  heading: string
  children: ReactNode
}) {
  return (
    <section aria-label={label} className={styles.pane}>
      <h2 className={styles.heading}>{heading}</h2>
      {children}
    </section>
  )
}
