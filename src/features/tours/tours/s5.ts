// S5: a mirror is broken. Backups of the protected mirrored database fail with alerts; the fix is to remove
// protection retaining the data and protect the database again.
import { lab, openMonitoringView, reprotectFromAlert, showAlert } from '../tour-actions'
import type { Tour } from '../tour-types'
import { jobRow, protectedMember, SALES_DB } from './demo-estate'
import {
  advanceThenShowAlert,
  alertLook,
  demoEstateStep,
  fixThenOpenProtection,
  protectThenAdvance,
} from './tour-steps'

const ALERT = 'Database mirroring session is broken'

export const s5Tour: Tour = {
  id: 'S5',
  title: 'A mirror is broken',
  summary:
    'When the mirror is broken for a mirrored SQL Server database that is currently protected by DPM, backups fail with alerts.',
  steps: [
    demoEstateStep('SalesDB is mirrored between SQL-PRI01 and SQL-MIR01.'),
    {
      title: 'Protect SalesDB',
      narration: 'Protect the mirrored SalesDB and let the replica be created and synchronized.',
      doIt: {
        label: 'Protect SalesDB in the group Sales, then +15 min',
        run: protectThenAdvance([SALES_DB], 'Sales', 15),
      },
      look: { label: 'SalesDB: OK', at: protectedMember(SALES_DB) },
    },
    {
      title: 'The mirror is broken',
      narration: 'The DBA removes the mirroring session of SalesDB.',
      doIt: { label: 'Break the mirror of SalesDB', run: () => lab().breakMirror(SALES_DB) },
      look: { label: 'SalesDB on the Protection tab', at: protectedMember(SALES_DB) },
    },
    {
      title: 'Backups fail with alerts',
      narration:
        'The next backups fail (error 30164: if the database was part of a mirroring session, either re-establish mirroring or remove the database from protection and recreate the protection group).',
      doIt: { label: 'Run the clock 30 minutes and open the alert', run: advanceThenShowAlert(30, ALERT) },
      look: alertLook(ALERT),
    },
    {
      title: 'The failed jobs',
      narration: 'Monitoring > Jobs lists each failed synchronization with its error.',
      doIt: { label: 'Open the jobs', run: () => openMonitoringView('Jobs') },
      look: { label: 'A failed synchronization', at: jobRow('Failed') },
    },
    {
      title: 'Remove protection, retaining the data, and reprotect',
      narration: 'Remove protection (retain data) for the SQL Server database and reprotect it.',
      doIt: {
        label: 'Stop protection retaining data and protect SalesDB again',
        run: fixThenOpenProtection(async () => {
          await showAlert(ALERT)
          await reprotectFromAlert([SALES_DB], 'Sales')
        }),
      },
      look: { label: 'SalesDB: OK', at: { ...protectedMember(SALES_DB), text: 'OK' } },
    },
  ],
}
