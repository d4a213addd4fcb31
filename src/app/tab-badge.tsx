import { CounterBadge } from '@fluentui/react-components'
import { useServer } from '../dpm/use-server'

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
    <CounterBadge
      count={count}
      color="danger"
      size="small"
      style={{ marginLeft: 6 }}
      aria-hidden
      title={`${count} active critical ${count === 1 ? 'alert' : 'alerts'}`}
      data-testid="critical-alert-count"
    />
  )
}
