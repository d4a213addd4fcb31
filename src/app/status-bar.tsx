import { Button } from '@fluentui/react-components'
import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { formatSimTime } from '../features/ui/format'
import { usePainted } from '../features/ui/use-painted'
import { clockStore } from '../sim-clock/clock'
import styles from './status-bar.module.css'

// Loaded after the first paint: each pulls in code (the agent API's schemas, the tours, the stores of the
// writing tab) that the first paint does not need.
const FaultIndicator = lazy(() =>
  import('../features/lab/fault-indicator').then((m) => ({ default: m.FaultIndicator })),
)
const TourMount = lazy(() => import('../features/tours/tour-mount').then((m) => ({ default: m.TourMount })))
const TabRoleNotice = lazy(() => import('./tab-role-notice').then((m) => ({ default: m.TabRoleNotice })))

export function StatusBar({ labOpen, onToggleLab }: { labOpen: boolean; onToggleLab: () => void }) {
  const { now, mode, speed } = useStore(clockStore)
  const extras = usePainted()
  return (
    <footer className={styles.bar}>
      <span>Simulated time:</span>
      <time data-testid="sim-clock" dateTime={new Date(now).toISOString()}>
        {formatSimTime(now)}
      </time>
      <span>{mode === 'running' ? `running at ${speed}x` : 'paused'}</span>
      {extras && (
        <Suspense fallback={null}>
          <FaultIndicator />
        </Suspense>
      )}
      <span className={styles.spacer} />
      {extras && (
        <Suspense fallback={null}>
          <TabRoleNotice />
          <TourMount />
        </Suspense>
      )}
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
