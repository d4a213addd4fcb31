// Mounted by the console shell: shows the Create New Protection Group wizard while it is open. The wizard's
// code loads on first use.
import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { protectionWizardStore } from '../../dpm/protection-wizard-store'

const ProtectionWizardDialog = lazy(() =>
  import('./protection-wizard-dialog').then((m) => ({ default: m.ProtectionWizardDialog })),
)

export function ProtectionWizardHost() {
  const open = useStore(
    protectionWizardStore,
    (state) => state.target !== undefined && state.draft !== undefined,
  )
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <ProtectionWizardDialog />
    </Suspense>
  )
}
