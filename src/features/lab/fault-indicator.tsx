// The status bar's warning while faults are injected, so nobody mistakes a demo of failures for a bug.
import { Badge } from '@fluentui/react-components'
import { describeFaults } from './fault-view'
import { useLabFaults } from './lab-queries'

export function FaultIndicator() {
  const faults = useLabFaults()
  const description = faults.data && describeFaults(faults.data)
  if (!description) return null
  return (
    <Badge appearance="filled" color="warning" data-testid="faults-indicator" role="status">
      Faults on: {description}
    </Badge>
  )
}
