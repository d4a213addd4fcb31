// Always On availability groups beside mirroring: when SalesDB's principal fails (S7) DPM stops backing it up
// and checks the replica 30 minutes later; when OrdersDB's primary replica fails, DPM detects it at the next
// backup and goes on from the replica the group's backup preference chooses then, with no check and no alert.
import { lab, openMonitoringView, openTab } from '../tour-actions'
import type { Tour } from '../tour-types'
import { AG_ORDERS, jobRow, ORDERS_AG01, protectedMember, SALES_DB } from './demo-estate'
import { advanceThenShowAlert, alertLook, demoEstateStep, protectThenAdvance } from './tour-steps'

const TOOK_OVER = 'Mirror took over as principal: backups stopped'

export const agTour: Tour = {
  id: 'AG',
  title: 'A mirroring failover and an availability group failover, side by side',
  summary:
    'DPM honours the backup preference of an availability group and detects a failover: protection continues from the new replica, with no 30-minute wait and no consistency check, unlike a mirroring failover.',
  steps: [
    demoEstateStep(
      'SalesDB is mirrored between SQL-PRI01 (principal) and SQL-MIR01. OrdersDB is a database of the availability group AG-Orders: primary replica on SQL-AG01, secondaries on SQL-AG02 (priority 60) and SQL-AG03 (priority 40), backup preference Prefer secondary.',
    ),
    {
      title: 'Protect SalesDB and OrdersDB',
      narration:
        'Protect both in one group and let their replicas be created. DPM keeps one replica for the mirror and one for the database of the availability group, whatever replica it was selected on.',
      doIt: {
        label: 'Protect SalesDB and OrdersDB in the group Side by side, then +15 min',
        run: protectThenAdvance([SALES_DB, ORDERS_AG01], 'Side by side', 15),
      },
      look: { label: 'OrdersDB: OK', at: protectedMember(ORDERS_AG01) },
    },
    {
      title: 'OrdersDB is backed up on a secondary',
      narration:
        'SalesDB is backed up on its principal. For OrdersDB DPM follows the backup preference Prefer secondary: of the readable secondaries online, the one with the highest backup priority, SQL-AG02.',
      doIt: { label: 'Open the jobs', run: () => openMonitoringView('Jobs') },
      look: { label: 'A job of OrdersDB on SQL-AG02', at: jobRow('SQL-AG02') },
    },
    {
      title: 'Both primaries fail',
      narration:
        'SQL-PRI01 is lost and SQL-MIR01 takes over as the principal of SalesDB (forced service). The primary replica of AG-Orders on SQL-AG01 fails too: SQL-AG02, its synchronous partner, takes over by automatic failover.',
      doIt: {
        label: 'Principal fails, then the primary replica of AG-Orders fails',
        run: async () => {
          await lab().principalFails(SALES_DB)
          await lab().availabilityGroupPrimaryFails(AG_ORDERS)
          await openTab('Protection')
        },
      },
      look: { label: 'SalesDB on the Protection tab', at: protectedMember(SALES_DB) },
    },
    {
      title: 'The mirror: backups stop',
      narration:
        'At the next backup DPM detects that the mirror of SalesDB is the principal: it stops the backup job and schedules a consistency check on the failed-over database after 30 minutes.',
      doIt: {
        label: 'Run the clock 15 minutes and open the alert',
        run: advanceThenShowAlert(15, TOOK_OVER),
      },
      look: alertLook(TOOK_OVER, `The alert "${TOOK_OVER}", with the time of the check`),
    },
    {
      title: 'The availability group: protection goes on',
      narration:
        'In the same 15 minutes DPM detected the failover of AG-Orders and simply continued: SQL-AG02 is the primary now, so Prefer secondary chooses SQL-AG03, the secondary still online. No consistency check, no 30-minute wait, no alert.',
      doIt: { label: 'Open the jobs', run: () => openMonitoringView('Jobs') },
      look: { label: 'The synchronization of OrdersDB on SQL-AG03', at: jobRow('SQL-AG03') },
    },
    {
      title: 'After 30 minutes',
      narration:
        'SalesDB is protected again on SQL-MIR01 after its consistency check. OrdersDB never stopped: its recovery points form one timeline, each taken on the replica DPM chose then (the Reporting tab shows which).',
      doIt: {
        label: 'Run the clock 30 minutes and open the Protection tab',
        run: async () => {
          await lab().advance(30)
          await openTab('Protection')
        },
      },
      look: { label: 'OrdersDB: OK', at: { ...protectedMember(ORDERS_AG01), text: 'OK' } },
    },
  ],
}
