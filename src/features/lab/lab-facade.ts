// window.dpmLab is there from the first moment, but the lab's code (the agent API client, the scheduler)
// loads on its first use: the console's first render does not wait for it.
import { simNow } from '../../sim-clock/clock'
import type { DpmLab } from './lab-controller'

type AsyncMethod = Exclude<keyof DpmLab, 'now'>

const loadLab = () => import('./lab-controller').then((module) => module.dpmLab)

function deferred<K extends AsyncMethod>(name: K): DpmLab[K] {
  return (async (...args: Parameters<DpmLab[K]>) => {
    const lab = await loadLab()
    return (lab[name] as (...a: Parameters<DpmLab[K]>) => ReturnType<DpmLab[K]>)(...args)
  }) as DpmLab[K]
}

export function installLabFacade(): void {
  window.dpmLab = {
    reset: deferred('reset'),
    now: () => new Date(simNow()).toISOString(),
    advance: deferred('advance'),
    failover: deferred('failover'),
    principalFails: deferred('principalFails'),
    failback: deferred('failback'),
    breakMirror: deferred('breakMirror'),
    mirror: deferred('mirror'),
    createDatabase: deferred('createDatabase'),
    installAgent: deferred('installAgent'),
    uninstallAgent: deferred('uninstallAgent'),
    faults: deferred('faults'),
    attachDisk: deferred('attachDisk'),
    files: deferred('files'),
    failoverAvailabilityGroup: deferred('failoverAvailabilityGroup'),
    availabilityGroupPrimaryFails: deferred('availabilityGroupPrimaryFails'),
    replicaOffline: deferred('replicaOffline'),
    replicaOnline: deferred('replicaOnline'),
    setBackupPreference: deferred('setBackupPreference'),
    setReplicaBackupPriority: deferred('setReplicaBackupPriority'),
    setReplicaExcludedFromBackup: deferred('setReplicaExcludedFromBackup'),
  }
}
