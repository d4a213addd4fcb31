// Whether the Create New Protection Group wizard is open, and for what. The Protection tab opens it (New,
// Modify); the app mounts it. The wizard's draft lives beside it (owned by the wizard feature).
import { createJSONStorage, persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import { onWorldReset } from './world-reset'

export type WizardTarget = { mode: 'create' } | { mode: 'modify'; groupId: string }

interface WizardOpenState {
  target?: WizardTarget
}

export const protectionWizardStore = createStore<WizardOpenState>()(
  persist(() => ({}) as WizardOpenState, {
    name: 'dpm-console:wizard-open',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
)

export function openProtectionWizard(target: WizardTarget): void {
  protectionWizardStore.setState({ target })
}

export function closeProtectionWizard(): void {
  protectionWizardStore.setState({ target: undefined })
}

onWorldReset(closeProtectionWizard)
