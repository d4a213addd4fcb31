import { lazy, Suspense } from 'react'
import { useServer } from '../dpm/use-server'

// The badge's code loads with the first active critical alert.
const CriticalAlertBadge = lazy(() =>
  import('./critical-alert-badge').then((m) => ({ default: m.CriticalAlertBadge })),
)

/**
 * The Monitoring tab's count of active critical alerts, as DPM shows it. Hidden from the accessibility tree,
 * so the tab's name stays "Monitoring" (a test's getByRole('tab', { name: 'Monitoring' }) must keep working);
 * the count is in the badge's tooltip and on the Alerts table itself.
 */
export function TabBadge() {
  const count = useServer(
    (state) =>
      state.alerts.filter((alert) => alert.severity === 'Critical' && alert.inactiveAt === undefined).length,
  )
  if (count === 0) return null
  return (
    <Suspense fallback={null}>
      <CriticalAlertBadge count={count} />
    </Suspense>
  )
}
