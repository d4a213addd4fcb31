// Export state as a download: the whole world (DPM server, estate, clock) in one file. The lab offers it, and
// so do the notice of a storage that no longer saves and the page shown when the console failed.
import { downloadFile } from './download-file'

export async function exportStateFile(): Promise<void> {
  const { exportState, stateFileName } = await import('../../dpm/state-transfer')
  const file = await exportState()
  downloadFile(stateFileName(file), new Blob([JSON.stringify(file)], { type: 'application/json' }))
}
