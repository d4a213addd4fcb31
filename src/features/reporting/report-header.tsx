// A report's title, what it covers and its CSV export.
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowDownloadRegular } from '@fluentui/react-icons'
import { formatUtc } from '../../domain/world/time'
import { downloadCsv } from './download-csv'
import { csvFileName, type ReportTable } from './reports-csv'
import { type PeriodRange, REPORT_PERIOD_LABELS } from './reports-period'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  covers: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground3 },
})

export function ReportHeader({
  title,
  range,
  csv,
}: {
  title: string
  range: PeriodRange
  /** Built when the admin exports, not on every render. */
  csv: () => ReportTable
}) {
  const styles = useStyles()
  const period = REPORT_PERIOD_LABELS[range.period]
  return (
    <div className={styles.header}>
      <div>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.covers}>
          {period}: {formatUtc(range.from)} to {formatUtc(range.to)}
        </p>
      </div>
      <Button
        icon={<ArrowDownloadRegular />}
        onClick={() => downloadCsv(csvFileName(title, period, range.to), csv())}
      >
        Export to CSV
      </Button>
    </div>
  )
}
