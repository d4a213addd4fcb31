// A chart with its table view: the same data as a grid, for screen readers and for reading exact values.
import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components'
import { TableRegular } from '@fluentui/react-icons'
import { type ReactNode, useId, useState } from 'react'

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
})

export function ChartPanel({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const styles = useStyles()
  const headingId = useId()
  const [showTable, setShowTable] = useState(false)
  return (
    <section aria-labelledby={headingId} className={styles.panel}>
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          {title}
        </h3>
        <ToggleButton
          icon={<TableRegular />}
          checked={showTable}
          onClick={() => setShowTable((shown) => !shown)}
          aria-label={`Table view of ${title}`}
        >
          Table view
        </ToggleButton>
      </div>
      {showTable ? table : chart}
    </section>
  )
}
