import { useStore } from 'zustand'
import { protectionWizardStore, type WizardDraft } from '../../dpm/protection-wizard-store'

/** The open draft; the dialog only renders while there is one. */
export function useWizardDraft(): WizardDraft {
  const draft = useStore(protectionWizardStore, (state) => state.draft)
  if (!draft) throw new Error('The protection wizard has no draft.')
  return draft
}
