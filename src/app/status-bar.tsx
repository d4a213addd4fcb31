import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { FaultIndicator } from '../features/lab/fault-indicator'
import { TourMount } from '../features/tours/tour-mount'
import { formatSimTime } from '../features/ui/format'
import { clockStore } from '../sim-clock/clock'
import { TabRoleNotice } from './tab-role-notice'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  spacer: { flex: 1 },
})

export function StatusBar({ labOpen, onToggleLab }: { labOpen: boolean; onToggleLab: () => void }) {
  const styles = useStyles()
  const { now, mode, speed } = useStore(clockStore)
  return (
    <footer className={styles.bar}>
      <span>Simulated time:</span>
      <time data-testid="sim-clock" dateTime={new Date(now).toISOString()}>
        {formatSimTime(now)}
      </time>
      <span>{mode === 'running' ? `running at ${speed}x` : 'paused'}</span>
      <FaultIndicator />
      <span className={styles.spacer} />
      <TabRoleNotice />
      <TourMount />
      <Button
        size="small"
        appearance={labOpen ? 'primary' : 'secondary'}
        aria-pressed={labOpen}
        onClick={onToggleLab}
      >
        Lab
      </Button>
    </footer>
  )
}
