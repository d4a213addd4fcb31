// The console's frame, built only on the public contract (URL parameters, roles and names, window.dpmLab).
import { expect, type Page } from '@playwright/test'

export type ConsoleTabName = 'Monitoring' | 'Protection' | 'Recovery' | 'Reporting' | 'Management'
export type ConsoleTabPath = 'monitoring' | 'protection' | 'recovery' | 'reporting' | 'management'

/** Opens the console on a fresh preset with the simulated clock paused. */
export async function openConsole(
  page: Page,
  {
    tab = 'monitoring',
    preset = 'default',
    at,
    tour,
  }: { tab?: ConsoleTabPath; preset?: string; at?: string; tour?: string } = {},
): Promise<void> {
  const params = new URLSearchParams({ preset, clock: 'manual' })
  if (at) params.set('at', at)
  if (tour) params.set('tour', tour)
  await page.goto(`/${tab}?${params}`)
  await expect(page.getByRole('tablist', { name: 'Navigation' })).toBeVisible()
}

export async function openTab(page: Page, name: ConsoleTabName): Promise<void> {
  await page.getByRole('tablist', { name: 'Navigation' }).getByRole('tab', { name }).click()
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
}

/** The Lab panel (button Lab in the status bar). */
export async function openLabPanel(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Lab' })
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Lab', exact: true }).click()
  await expect(panel).toBeVisible()
  return panel
}

type LabMethod =
  | 'reset'
  | 'advance'
  | 'failover'
  | 'principalFails'
  | 'failback'
  | 'breakMirror'
  | 'mirror'
  | 'createDatabase'
  | 'installAgent'
  | 'uninstallAgent'
  | 'faults'
  | 'attachDisk'
  | 'files'
  | 'failoverAvailabilityGroup'
  | 'availabilityGroupPrimaryFails'
  | 'replicaOffline'
  | 'replicaOnline'
  | 'setBackupPreference'
  | 'setReplicaBackupPriority'
  | 'setReplicaExcludedFromBackup'

/** A file that Copy to a network folder wrote (window.dpmLab.files). */
export interface NetworkFolderFile {
  computer: string
  path: string
  sizeMb: number
  writtenAt: number
  sourcePath: string
}

/** window.dpmLab from the test: `await lab(page).failover('SQL-PRI01\\MSSQLSERVER\\SalesDB')`. */
export function lab(page: Page) {
  const call = <T = void>(method: LabMethod, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      async ([name, rest]) => {
        const api = window.dpmLab as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
        const fn = api?.[name as string]
        if (!fn) throw new Error(`window.dpmLab.${name} is not there: are the mock agents running?`)
        return await fn(...(rest as unknown[]))
      },
      [method, args] as const,
    ) as Promise<T>
  return {
    reset: (preset?: string) => call('reset', preset),
    advance: (minutes: number) => call('advance', minutes),
    failover: (db: string) => call('failover', db),
    principalFails: (db: string) => call('principalFails', db),
    failback: (db: string) => call('failback', db),
    breakMirror: (db: string) => call('breakMirror', db),
    mirror: (principalDbPath: string, mirrorInstance: string) =>
      call('mirror', principalDbPath, mirrorInstance),
    createDatabase: (instancePath: string, name: string) => call('createDatabase', instancePath, name),
    installAgent: (computer: string) => call('installAgent', computer),
    uninstallAgent: (computer: string) => call('uninstallAgent', computer),
    faults: (faults: { latencyMs?: number; errorRate?: number; unreachable?: string[] }) =>
      call('faults', faults),
    attachDisk: (sizeGb: number) => call('attachDisk', sizeGb),
    files: (computer: string) => call<NetworkFolderFile[]>('files', computer),
    failoverAvailabilityGroup: (ag: string, toInstance?: string) =>
      call('failoverAvailabilityGroup', ...(toInstance === undefined ? [ag] : [ag, toInstance])),
    availabilityGroupPrimaryFails: (ag: string) => call('availabilityGroupPrimaryFails', ag),
    replicaOffline: (ag: string, instanceOrComputer: string) =>
      call('replicaOffline', ag, instanceOrComputer),
    replicaOnline: (ag: string, instanceOrComputer: string) => call('replicaOnline', ag, instanceOrComputer),
    setBackupPreference: (ag: string, preference: string) => call('setBackupPreference', ag, preference),
    setReplicaBackupPriority: (ag: string, instanceOrComputer: string, priority: number) =>
      call('setReplicaBackupPriority', ag, instanceOrComputer, priority),
    setReplicaExcludedFromBackup: (ag: string, instanceOrComputer: string, excluded: boolean) =>
      call('setReplicaExcludedFromBackup', ag, instanceOrComputer, excluded),
    now: () => page.evaluate(() => window.dpmLab?.now() ?? ''),
  }
}

/** The message window.dpmLab[method](...args) rejects with, or 'no error'. */
export const labError = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(
    async ([name, rest]) => {
      try {
        const api = window.dpmLab as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
        await api[name as string]?.(...(rest as unknown[]))
        return 'no error'
      } catch (error) {
        return error instanceof Error ? error.message : String(error)
      }
    },
    [method, args] as const,
  )

/** Everything the console keeps in the browser (dpm-console:*), as stored text, by key. */
export const storedState = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('dpm-console:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  )
