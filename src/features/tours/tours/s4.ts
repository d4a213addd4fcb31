// S4: a protected database gets mirrored. DPM raises an alert at the next backup; the fix is to remove
// protection retaining the backup data and protect it again, which gives one replica for the mirror.
import { reprotectFromAlert } from '../tour-actions'
import type { Tour } from '../tour-types'
import { protectedMember, WAREHOUSE_STD02 } from './demo-estate'
import {
  advanceThenShowAlert,
  alertLook,
  demoEstateStep,
  fixThenOpenProtection,
  mirrorWarehouseOntoStd03,
  protectThenAdvance,
} from './tour-steps'

const ALERT = 'Protected database is now mirrored'

export const s4Tour: Tour = {
  id: 'S4',
  title: 'A protected SQL Server database gets mirrored',
  summary: 'At the time of backup, DPM detects that the database was mirrored and raises an alert.',
  steps: [
    demoEstateStep('WarehouseDB on SQL-STD02 is not mirrored; SQL-STD03 holds a WarehouseDB of its own.'),
    {
      title: 'Protect WarehouseDB',
      narration: 'Protect WarehouseDB with the wizard and let the replica be created and synchronized.',
      doIt: {
        label: 'Protect WarehouseDB in the group Warehouse, then +15 min',
        run: protectThenAdvance([WAREHOUSE_STD02], 'Warehouse', 15),
      },
      look: { label: 'WarehouseDB: OK', at: protectedMember(WAREHOUSE_STD02) },
    },
    {
      title: 'The database gets mirrored',
      narration:
        'The DBA mirrors WarehouseDB to SQL-STD03. DPM is not told: the member still shows its last status.',
      doIt: mirrorWarehouseOntoStd03,
      look: { label: 'WarehouseDB on the Protection tab', at: protectedMember(WAREHOUSE_STD02) },
    },
    {
      title: 'Detected at the time of backup',
      narration: 'At the time of backup, DPM detects that the database was mirrored and raises an alert.',
      doIt: { label: 'Run the clock 15 minutes and open the alert', run: advanceThenShowAlert(15, ALERT) },
      look: alertLook(ALERT),
    },
    {
      title: 'Remove protection, retaining the data, and reprotect',
      narration:
        'Remove protection (with retaining backup data) for the database, and then reprotect it: DPM maintains a single replica for the mirror.',
      doIt: {
        label: 'Stop protection retaining data and protect WarehouseDB again',
        run: fixThenOpenProtection(() => reprotectFromAlert([WAREHOUSE_STD02], 'Warehouse')),
      },
      look: {
        label: 'WarehouseDB, protected once with both partners',
        at: { ...protectedMember(WAREHOUSE_STD02), text: 'Mirror: SQL-STD03' },
      },
    },
  ],
}
