import { Button, Toolbar } from '@fluentui/react-components'
import { openProtectionWizard } from '../../dpm/protection-wizard-store'

export function ProtectionScreen() {
  return (
    <Toolbar aria-label="Protection actions">
      <Button onClick={() => openProtectionWizard({ mode: 'create' })}>New</Button>
    </Toolbar>
  )
}
