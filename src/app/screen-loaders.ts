// The code of each workspace, loaded on first use so that startup pays for one. The workspace the console
// opens on is fetched by the entry itself, alongside the console's own code (src/main.tsx).
import type { ReactNode } from 'react'
import type { ConsoleTab } from './navigation'

export type Screen = () => ReactNode

export const screenLoaders: Record<ConsoleTab, () => Promise<{ default: Screen }>> = {
  monitoring: () =>
    import('../features/monitoring/monitoring-screen').then((m) => ({ default: m.MonitoringScreen })),
  protection: () =>
    import('../features/protection/protection-screen').then((m) => ({ default: m.ProtectionScreen })),
  // The Recovery Wizard's store starts with its workspace, the first code to use it.
  recovery: async () => {
    const [screen, store] = await Promise.all([
      import('../features/recovery/recovery-screen'),
      import('../features/recovery/recovery-wizard-store'),
    ])
    void store.startRecoveryWizardStore()
    return { default: screen.RecoveryScreen }
  },
  reporting: () =>
    import('../features/reporting/reporting-screen').then((m) => ({ default: m.ReportingScreen })),
  management: () =>
    import('../features/management/management-screen').then((m) => ({ default: m.ManagementScreen })),
}

const preloadedScreens = new Map<ConsoleTab, Screen>()

/**
 * Loads the workspace the console opens on before the first render, so that it renders at once: a lazy
 * screen would first show its fallback, and React holds a fallback on screen for at least 300 ms. A screen
 * that fails to load here is left to its lazy twin, whose error boundary shows the failure.
 */
export async function preloadScreen(tab: ConsoleTab): Promise<void> {
  try {
    preloadedScreens.set(tab, (await screenLoaders[tab]()).default)
  } catch {
    // Shown by the screen's boundary when it renders.
  }
}

export function preloadedScreen(tab: ConsoleTab): Screen | undefined {
  return preloadedScreens.get(tab)
}
