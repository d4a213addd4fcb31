// S7: the principal fails and the mirror takes over. DPM stops the backup job when it detects it, runs a
// consistency check after 30 minutes, and refuses a backup tried before that check.
import { lab, openTab, selectProtectedRow, showAlert } from '../tour-actions'
import type { Tour } from '../tour-types'
import { click } from '../ui-driver'
import { jobRow, protectedMember, SALES_DB } from './demo-estate'
import {
  advanceThenOpenJobs,
  advanceThenShowAlert,
  alertLook,
  demoEstateStep,
  protectThenAdvance,
} from './tour-steps'

const TOOK_OVER = 'Mirror took over as principal: backups stopped'
const CHECK_REQUIRED = 'Consistency check required'

export const s7Tour: Tour = {
  id: 'S7',
  title: 'The principal fails and the mirror takes over',
  summary:
    'When DPM detects that the mirror is the principal partner, it stops the backup job. It then performs a consistency check on the database that failed over after 30 minutes.',
  steps: [
    demoEstateStep('SalesDB is mirrored between SQL-PRI01 (principal) and SQL-MIR01 (mirror).'),
    {
      title: 'Protect SalesDB',
      narration: 'Protect SalesDB and let the replica be created and synchronized.',
      doIt: {
        label: 'Protect SalesDB in the group Sales, then +15 min',
        run: protectThenAdvance([SALES_DB], 'Sales', 15),
      },
      look: { label: 'SalesDB: OK', at: protectedMember(SALES_DB) },
    },
    {
      title: 'The principal fails',
      narration: 'SQL-PRI01 is lost and SQL-MIR01 takes over as the principal (forced service).',
      doIt: { label: 'Principal fails', run: () => lab().principalFails(SALES_DB) },
      look: { label: 'SalesDB on the Protection tab', at: protectedMember(SALES_DB) },
    },
    {
      title: 'DPM stops the backup job',
      narration:
        'At the next backup DPM detects that the mirror is the principal partner: it stops the backup job and schedules a consistency check on the failed-over database after 30 minutes.',
      doIt: {
        label: 'Run the clock 15 minutes and open the alert',
        run: advanceThenShowAlert(15, TOOK_OVER),
      },
      look: alertLook(TOOK_OVER, `The alert "${TOOK_OVER}", with the time of the check`),
    },
    {
      title: 'A backup before the check',
      narration:
        'If you try to back up the mirrored database before the scheduled consistency check, an alert indicating that a consistency check is required is created, and the backup does not start until a consistency check is done.',
      doIt: {
        label: 'Create recovery point > Express full backup, then open the alert',
        run: async () => {
          await selectProtectedRow(protectedMember(SALES_DB))
          await click({ selector: 'button', name: 'Create recovery point' })
          await click({ selector: '[role="menuitem"]', name: 'Express full backup' })
          await showAlert(CHECK_REQUIRED)
        },
      },
      look: alertLook(CHECK_REQUIRED),
    },
    {
      title: 'The consistency check after 30 minutes',
      narration:
        'Thirty minutes after the detection DPM runs the consistency check; protection continues on the new principal, SQL-MIR01.',
      doIt: { label: 'Run the clock 30 minutes and open the jobs', run: advanceThenOpenJobs(30) },
      look: { label: 'The completed consistency check', at: jobRow('Consistency check') },
    },
    {
      title: 'Protection continues',
      narration: 'SalesDB is protected once, now backed up on SQL-MIR01.',
      doIt: { label: 'Open the Protection tab', run: () => openTab('Protection') },
      look: {
        label: 'SalesDB: OK, principal SQL-MIR01',
        at: { ...protectedMember(SALES_DB), text: 'Principal: SQL-MIR01' },
      },
    },
  ],
}
