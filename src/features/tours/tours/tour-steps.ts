// Step builders the scenario tours share: the fresh demo estate, protecting databases with the wizard and
// letting the clock run, reading the alert DPM raises at the next backup.
import {
  freshDemoWorld,
  lab,
  openMonitoringView,
  openTab,
  protectWithWizard,
  showAlert,
} from '../tour-actions'
import type { TourStep } from '../tour-types'
import { alertRow, newButton, STD03_INSTANCE, WAREHOUSE_STD02 } from './demo-estate'

type DoIt = NonNullable<TourStep['doIt']>
type Look = NonNullable<TourStep['look']>

/** Every tour starts here: the default estate, nothing protected, the clock paused at Monday 09:00 UTC. */
export const demoEstateStep = (estate: string): TourStep => ({
  title: 'The demo estate',
  narration: `A fresh default estate, nothing protected yet, the simulated clock paused. ${estate}`,
  doIt: { label: 'Reset the lab and open the Protection tab', run: () => freshDemoWorld('Protection') },
  look: { label: 'New: Create New Protection Group', at: newButton },
})

/** Protects the databases with the wizard's defaults, then runs the clock so the replica gets created. */
export const protectThenAdvance = (paths: string[], groupName: string, minutes: number) => async () => {
  await protectWithWizard(paths, groupName)
  await lab().advance(minutes)
}

/** Runs the clock to the next backup, where DPM detects the change and raises the alert, and shows it. */
export const advanceThenShowAlert = (minutes: number, title: string, source?: string) => async () => {
  await lab().advance(minutes)
  await showAlert(title, source)
}

export const advanceThenOpenJobs = (minutes: number) => async () => {
  await lab().advance(minutes)
  await openMonitoringView('Jobs')
}

/** The admin's fix, then 30 minutes for the new replica and its first backup, then the Protection tab. */
export const fixThenOpenProtection = (fix: () => Promise<void>) => async () => {
  await fix()
  await lab().advance(30)
  await openTab('Protection')
}

export const alertLook = (title: string, label = `The alert "${title}"`): Look => ({
  label,
  at: alertRow(title),
})

/** S4, S8: the DBA mirrors WarehouseDB from SQL-STD02 onto SQL-STD03; DPM is not told. */
export const mirrorWarehouseOntoStd03: DoIt = {
  label: 'Mirror WarehouseDB onto SQL-STD03',
  run: () => lab().mirror(WAREHOUSE_STD02, STD03_INSTANCE),
}
