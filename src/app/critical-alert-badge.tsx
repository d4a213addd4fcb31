import { CounterBadge } from '@fluentui/react-components'

export function CriticalAlertBadge({ count }: { count: number }) {
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
