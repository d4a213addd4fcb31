// The details pane under a screen's list, as in DPM: a labelled region with a heading.
import { makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  pane: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    minHeight: '120px',
    maxHeight: '45%',
    overflow: 'auto',
    flexShrink: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
})

export function DetailsPane({
  label,
  heading,
  children,
}: {
  label: string
  heading: string
  children: ReactNode
}) {
  const styles = useStyles()
  return (
    <section aria-label={label} className={styles.pane}>
      <h2 className={styles.heading}>{heading}</h2>
      {children}
    </section>
  )
}
