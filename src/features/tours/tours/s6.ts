// S6: the principal fails over and fails back before the next backup. DPM is not informed: protection is
// not affected.
import { lab, openTab } from '../tour-actions'
import type { Tour } from '../tour-types'
import { jobRow, protectedMember, SALES_DB } from './demo-estate'
import { advanceThenOpenJobs, demoEstateStep, protectThenAdvance } from './tour-steps'

export const s6Tour: Tour = {
  id: 'S6',
  title: 'The principal fails over and fails back before the next backup',
  summary:
    "This scenario doesn't affect protection because DPM isn't informed about the failover, unless a backup of the mirror is in progress.",
  steps: [
    demoEstateStep('SalesDB is mirrored with high safety and a witness: a manual failover is possible.'),
    {
      title: 'Protect SalesDB',
      narration:
        'Protect SalesDB and let the clock run until no backup is in progress (the synchronization at 09:15 has finished).',
      doIt: {
        label: 'Protect SalesDB in the group Sales, then +20 min',
        run: protectThenAdvance([SALES_DB], 'Sales', 20),
      },
      look: { label: 'SalesDB: OK, principal SQL-PRI01', at: protectedMember(SALES_DB) },
    },
    {
      title: 'Fail over, then fail back',
      narration:
        'SQL-MIR01 becomes the principal, then SQL-PRI01 again, between two backups. No backup of the mirror was in progress.',
      doIt: {
        label: 'Fail SalesDB over and back',
        run: async () => {
          await lab().failover(SALES_DB)
          await lab().failback(SALES_DB)
        },
      },
      look: { label: 'SalesDB: still OK', at: protectedMember(SALES_DB) },
    },
    {
      title: 'Protection is not affected',
      narration: "DPM isn't informed about the failover: the next synchronizations complete as before.",
      doIt: { label: 'Run the clock 1 hour and open the jobs', run: advanceThenOpenJobs(60) },
      look: { label: 'A completed synchronization', at: jobRow('Completed') },
    },
    {
      title: 'No alert',
      narration: 'No job failed and no alert was raised; SalesDB is still backed up on SQL-PRI01.',
      doIt: { label: 'Open the Protection tab', run: () => openTab('Protection') },
      look: {
        label: 'SalesDB: OK, principal SQL-PRI01',
        at: { ...protectedMember(SALES_DB), text: 'Principal: SQL-PRI01' },
      },
    },
  ],
}
